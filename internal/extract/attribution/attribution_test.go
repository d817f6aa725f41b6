package attribution

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally/internal/extract/sentence"
)

// attribute splits text, finds the sentence holding the first occurrence of
// figure, and attributes it.
func attribute(t *testing.T, text, figure string) (Attribution, bool) {
	t.Helper()
	at := strings.Index(text, figure)
	if at < 0 {
		t.Fatalf("figure %q not in %q", figure, text)
	}
	sents := sentence.Split(text)
	d := NewDocument(text, sents)
	for i, s := range sents {
		if s[0] <= at && at < s[1] {
			return d.Attribute(i, [2]int{at, at + len(figure)})
		}
	}
	t.Fatalf("figure %q in no sentence", figure)
	return Attribution{}, false
}

func TestAttribute(t *testing.T) {
	type want struct {
		Name   string
		Via    []string
		Cue    string
		Denies bool
		Borrow bool
	}
	tests := []struct {
		name, text, figure string
		want               *want
	}{
		{"subject before", "Amnesty International said at least 304 people were killed.", "304",
			&want{Name: "Amnesty International", Cue: "said"}},
		{"trailing", "At least 304 people were killed, Amnesty International said on Tuesday.", "304",
			&want{Name: "Amnesty International", Cue: "said"}},
		{"inverted", `"We have buried 40 people," said Karim Saberi, a gravedigger in the town.`, "40",
			&want{Name: "Karim Saberi", Cue: "said"}},
		{"inverted with a given name", `"We have buried 40 people," said a woman outside the morgue who gave only her first name, Yeni.`, "40",
			&want{Name: "Yeni", Cue: "said"}},
		{"inverted with a name given as", `"We have buried 40 people," said a man who gave his name as Karim.`, "40",
			&want{Name: "Karim", Cue: "said"}},
		{"according to before", "According to Iran Human Rights, 448 people have been killed.", "448",
			&want{Name: "Iran Human Rights", Cue: "According to"}},
		{"according to after", "At least 12 people died in custody, according to the group's tally.", "12",
			&want{Name: "the group", Cue: "according to"}},
		{"said on monday that", "The interior ministry said on Monday that 200 people had been arrested.", "200",
			&want{Name: "interior ministry", Cue: "said"}},
		{"sentence-initial common noun", "Officials said 1,500 people were detained.", "1,500",
			&want{Name: "officials", Cue: "said"}},
		{"state media", "State media reported that 40 rioters were arrested.", "40",
			&want{Name: "state media", Cue: "reported"}},
		{"apposition dropped", "Hengaw, a Kurdish rights group, said 15 people were shot dead.", "15",
			&want{Name: "Hengaw", Cue: "said"}},
		{"quoted after a description", "On Monday a Guards general, Amirali Hajizadeh, was quoted by the agency Mehr as saying that 300 people had died.", "300",
			&want{Name: "Amirali Hajizadeh", Via: []string{"Mehr"}, Cue: "quoted"}},
		{"a day opens the sentence", "On Monday Amirali Hajizadeh said that 300 people had died.", "300",
			&want{Name: "Amirali Hajizadeh", Cue: "said"}},
		{"spoke only of", `The minister spoke only of "several dozen" victims.`, "several dozen",
			&want{Name: "the minister", Cue: "spoke"}},
		{"short form of a longer name", "The Iraqi High Commission for Human Rights counted 21,000 wounded. The Iraqi High Commission said 35 activists had been killed.", "35",
			&want{Name: "Iraqi High Commission for Human Rights", Cue: "said"}},
		{"known as", "The Kenya National Commission on Human Rights, known as KNCHR, said 627 people had been arrested.", "627",
			&want{Name: "KNCHR", Cue: "said"}},
		{"known by initials", "The National Committee for the Liberation of Detainees, known by its French initials as the CNLD, said 59 activists had been freed.", "59",
			&want{Name: "CNLD", Cue: "said"}},
		{"a list's closing bracketed source", "LATEST TOLL\nDead: 23\nArrested: 50\n(Amnesty International Kenya, 09:00 Wednesday)", "50",
			&want{Name: "Amnesty International Kenya", Cue: "(", Borrow: true}},
		{"a list header's bracketed source", "Toll after three days of protests (Red Cross figures):\nDead: 4\nInjured: 212", "212",
			&want{Name: "Red Cross", Cue: "(", Borrow: true}},
		{"lists", "Indepaz, a think tank, lists 75 dead.", "75", &want{Name: "Indepaz", Cue: "lists"}},
		{"a name with digits", "Updated 08:30 GMT - The protest movement M66 says at least seven bodies were found.", "seven",
			&want{Name: "M66", Cue: "says"}},
		{"corrected to", "Our entry said 47 officers were hurt. New York police have since corrected their figure to 33.", "33",
			&want{Name: "New York police", Cue: "corrected their figure to"}},
		{"reports before a list", "After the riot, the SNAI reports:\n- inmates killed: 119\n- inmates injured: 80", "80",
			&want{Name: "SNAI", Cue: "reports"}},
		{"a subject with a relative clause", "Two years ago, the organisers of a march against a bill that would have allowed extraditions to China said two million people had marched.", "two million",
			&want{Name: "organisers of a march against a bill", Cue: "said"}},
		{"adding that is no relative", `"Many were beaten," said Viasna's Valiantsin Stefanovich, adding that the centre had documented at least 450 cases of torture.`, "450",
			&want{Name: "the centre", Cue: "documented"}},
		{"spoke to an outlet", "A senior police officer, who spoke to the Bay Report on condition of anonymity, said at least 75 bodies had been taken to hospitals.", "75",
			&want{Name: "senior police officer", Via: []string{"Bay Report"}, Cue: "said"}},
		{"through its agency", "Iran's judiciary, through its Mizan news agency, said that 1,200 people had been released.", "1,200",
			&want{Name: "Iran's judiciary", Via: []string{"Mizan"}, Cue: "said"}},
		{"an outlet reported that a voice said", "ISNA reported that the head of Iran's prisons organisation had said 1,200 detainees were released.", "1,200",
			&want{Name: "head of Iran's prisons organisation", Via: []string{"ISNA"}, Cue: "said"}},
		{"read on television", "The government spokesman said in a statement read on state television that seven people had drowned.", "seven",
			&want{Name: "government spokesman", Via: []string{"state television"}, Cue: "said"}},
		{"our entry at a time", "22:05 - Correction: our 16:45 entry said 47 officers had been injured.", "47", nil},
		{"a table header's bracketed source", "DISPLACEMENT BY STATE (IOM, as of 11 June)\nKhartoum | 1,100,000\nWest Darfur | 180,000", "180,000",
			&want{Name: "IOM", Cue: "(", Borrow: true}},
		{"a row's own bracket is no header", "Ticker:\n7 dead in Nakawa (police)\n2 dead in Kalerwe", "2", nil},
		{"claimed responsibility", "The group claimed responsibility for 10 attacks.", "10", nil},
		{"a total's label", "Total since 27 June: 3,354 arrests.", "3,354", nil},
		{"a list's places are no voices", "Arrests by province: Tehran 645, Fars 96.\n\nDeaths: we verified the killing of 185 protesters.", "185", nil},
		{"into inside a name", "About 1,133 people were killed, according to the Commission of Inquiry into Post-Election Violence.", "1,133",
			&want{Name: "Commission of Inquiry into Post-Election Violence", Cue: "according to"}},
		{"tied to another", "The toll has risen to 108, a doctors' committee aligned with the protest movement said.", "108",
			&want{Name: "doctors' committee", Cue: "said"}},
		{"backed by another", "Militias backed by the army said 30 fighters had been captured.", "30",
			&want{Name: "Militias", Cue: "said"}},
		{"description before name", "The Norway-based group Iran Human Rights said 72 people were executed.", "72",
			&want{Name: "Iran Human Rights", Cue: "said"}},
		{"chain", "Reuters, citing three interior ministry officials, said 1,500 people were killed.", "1,500",
			&want{Name: "three interior ministry officials", Via: []string{"Reuters"}, Cue: "said"}},
		{"time after carrier", "Seven soldiers were killed, a military source told AFP on Monday.", "Seven",
			&want{Name: "military source", Via: []string{"AFP"}, Cue: "told"}},
		{"unnamed source in a chain", "The Fars news agency, citing an unnamed security official, said 180 people had been arrested.", "180",
			&want{Name: "unnamed security official", Via: []string{"Fars news agency"}, Cue: "said"}},
		{"description in a headline is no name", "Rights group raises toll to 304\n\nAmnesty International said at least 304 people were killed. The London-based group said 23 children were among the dead.", "23",
			&want{Name: "Amnesty International", Cue: "said"}},
		{"role qualified by a place", "Al-Qaeda's affiliate in the Sahel, JNIM, said it had killed 300 militiamen.", "300",
			&want{Name: "JNIM", Cue: "said"}},
		{"aside between subject and cue", "French security officials, in an assessment seen by CNN, put the number of people killed at up to 600.", "600",
			&want{Name: "French security officials", Via: []string{"CNN"}, Cue: "put the number of people killed at"}},
		{"aside with no subject before it", "Twelve people were killed in the attack, in the capital, said the governor.", "Twelve",
			&want{Name: "the governor", Cue: "said"}},
		{"telling after a denial", "The minister rejected the figure, telling Reuters that 19 people had died.", "19",
			&want{Name: "the minister", Via: []string{"Reuters"}, Cue: "telling"}},
		{"a coordinated cue with its own clause", "Ruto said 19 people had died, and denied that police had used excessive force.", "19",
			&want{Name: "Ruto", Cue: "said"}},
		{"capitalised count is a name", "In its annual report, Iraq Body Count put the number of civilian deaths at 2,392.", "2,392",
			&want{Name: "Iraq Body Count", Cue: "put the number of civilian deaths at"}},
		{"a voice's estimates", "Some 3,000 people took part, according to police estimates.", "3,000",
			&want{Name: "police", Cue: "according to"}},
		{"a voice's plural possessive", "Some 3,000 people took part, according to organisers' count.", "3,000",
			&want{Name: "organisers", Cue: "according to"}},
		{"opposition figures are people", "At least 72 people were killed, according to opposition figures.", "72",
			&want{Name: "opposition figures", Cue: "according to"}},
		{"a participle after a figure noun names nobody", "Violence has displaced 6.3 million people, the highest figure ever recorded, the IOM said.", "6.3 million",
			&want{Name: "IOM", Cue: "said"}},
		{"crowds estimated at", "The protests drew crowds estimated at more than a million.", "a million", nil},
		{"estimated at least is active", "Police estimated at least 5,000 people had gathered.", "5,000",
			&want{Name: "police", Cue: "estimated"}},
		{"a name's count", "Viasna's list of political prisoners reached 1,000 on Tuesday.", "1,000",
			&want{Name: "Viasna", Cue: "list"}},
		{"role in apposition without an article", "Mojtaba Zolnour, head of the parliament's national security committee, said six of the dead were officers.", "six",
			&want{Name: "Mojtaba Zolnour", Cue: "said"}},
		// The role's noun phrase stops at "and", so only roleApposition
		// reads the appositive; the one above is a single noun phrase.
		{"a role with a coordination in apposition", "Jane Roe, head of the council's security and foreign policy committee, said six of the dead were officers.", "six",
			&want{Name: "Jane Roe", Cue: "said"}},
		{"an estimate comes from a document's author", "The highest estimate, about 600 dead, comes from a security assessment by a Western government that was later reported by CNN.", "600",
			&want{Name: "Western government", Via: []string{"CNN"}, Cue: "comes"}},
		{"a participle inside a document's phrase", "More than two million people have been displaced, according to the government's last published figures.", "two million",
			&want{Name: "government", Cue: "according to"}},
		{"a state label is no voice", "Hospitals reported the following casualties:\n- Wounded admitted: 410", "410",
			&want{Name: "hospitals", Cue: "reported"}},
		{"a described anaphor stands for the name before it", "More than 1,300 civilians were killed, the Syrian Observatory for Human Rights said. The Britain-based monitor said many were executed. It said 230 members of the security forces had also been killed.", "230",
			&want{Name: "Syrian Observatory for Human Rights", Cue: "said"}},
		{"a possessive description is no anaphor", "Manuel Merino resigned less than a week after taking office. The ombudsman's office said 94 people had been injured.", "94",
			&want{Name: "ombudsman's office", Cue: "said"}},
		{"states after a number is a noun", "Civic Election Watch said it had recorded killings in at least 12 of the country's 36 states, and that thugs had burned voting materials at 94 polling units.", "94",
			&want{Name: "Civic Election Watch", Cue: "recorded"}},
		{"a possessive before a name", "Her Awami League said 44 of its members had been killed.", "44",
			&want{Name: "Awami League", Cue: "said"}},
		{"a possessive before a role stays", "Six students were jailed, their lawyer said.", "Six",
			&want{Name: "their lawyer", Cue: "said"}},
		{"an outlet described before its name", "Prime Minister Boubou Cisse told the state broadcaster ORTM on Monday that 11 people had died.", "11",
			&want{Name: "Prime Minister Boubou Cisse", Via: []string{"ORTM"}, Cue: "told"}},
		{"a list's place label is no voice", "By department:\n- Cauca: 41\n- Valle del Cauca: 17", "17", nil},
		{"a list's source label", "What we know:\n- Plataforma Decide: 30 dead since 21 Oct", "30",
			&want{Name: "Plataforma Decide", Cue: ":"}},
		{"a lower-case institution is a referent", "Police arrested 719 people, the interior ministry said. In the suburbs, the mayor said rioters had rammed a car into his home.\n\nThe ministry said police had arrested 1,311 people the night before.", "1,311",
			&want{Name: "interior ministry", Cue: "said"}},
		{"it is no president", "Seven people died, the ombudsman's office said, hours after President Lenin Moreno agreed to withdraw the decree. It said 1,192 people had been detained.", "1,192",
			&want{Name: "ombudsman's office", Cue: "said"}},
		{"evidence stays in via", "Amnesty International, citing interviews with witnesses, said at least 304 people were killed.", "304",
			&want{Name: "Amnesty International", Via: []string{"interviews with witnesses"}, Cue: "said"}},
		{"citing after", "State television reported 20 deaths, citing hospital sources.", "20",
			&want{Name: "hospital sources", Via: []string{"state television"}, Cue: "reported"}},
		{"quoted as saying", "IRNA quoted a provincial police chief as saying 60 people were held.", "60",
			&want{Name: "provincial police chief", Via: []string{"IRNA"}, Cue: "quoted"}},
		{"put the toll at", "Amnesty put the death toll at 304.", "304",
			&want{Name: "Amnesty", Cue: "put the death toll at"}},
		{"passive agent", "More than 500 deaths were documented by the Human Rights Activists News Agency.", "500",
			&want{Name: "Human Rights Activists News Agency", Cue: "documented"}},
		{"passive without agent", "More than 500 deaths were reported.", "500", nil},
		{"estimated qualifier", "An estimated 200 people marched.", "200", nil},
		{"denied", "Officials denied that 1,500 people were killed.", "1,500",
			&want{Name: "officials", Cue: "denied", Denies: true}},
		{"no cue", "At least 30 people were killed in Zahedan.", "30", nil},
		{"anaphor group", "Hengaw documents abuses in Kurdish areas. The group said 15 people were shot.", "15",
			&want{Name: "Hengaw", Cue: "said"}},
		{"anaphor agency", "The Tasnim news agency ran the story. The agency reported 12 arrests.", "12",
			&want{Name: "Tasnim news agency", Cue: "reported"}},
		{"anaphor by the same head", "The UN refugee agency warned of a crisis. The agency said 1.4 million people had fled.", "1.4",
			&want{Name: "UN refugee agency", Cue: "said"}},
		{"it as the earlier claimant", "The toll rose to 45, the health ministry said, after it first reported 20 deaths.", "20",
			&want{Name: "health ministry", Cue: "reported"}},
		{"he with titles", "Interior Minister Abdolreza Rahmani Fazli spoke on television. He added that 40 of the dead had been shot.", "40",
			&want{Name: "Abdolreza Rahmani Fazli", Cue: "added"}},
		{"relative clause dropped", "The Human Rights Activists News Agency, which relies on a network of volunteers, said 19,262 people had been arrested.", "19,262",
			&want{Name: "Human Rights Activists News Agency", Cue: "said"}},
		{"bracketed acronym", "The Kurdistan Human Rights Network (KHRN) says that 14 people were killed.", "14",
			&want{Name: "Kurdistan Human Rights Network", Cue: "says"}},
		{"connectors inside names", "The Committee to Protect Journalists said 95 reporters were held.", "95",
			&want{Name: "Committee to Protect Journalists", Cue: "said"}},
		{"role to organisation", "Iran's mission to the UN disputed the figure of 208 dead.", "208",
			&want{Name: "Iran's mission to the UN", Cue: "disputed", Denies: true}},
		{"unattributed reports name nobody", "Unconfirmed reports put the number of dead at more than 100.", "100", nil},
		{"adverb is no subject", "The figure of 15 dead could not be independently verified.", "15", nil},
		{"inverted needs a closing name", "Doctors, who work nearby, said the number of people killed had climbed to 118.", "118",
			&want{Name: "doctors", Cue: "said"}},
		{"called fake", "Khosravi called the report of about 1,500 dead fake news.", "1,500",
			&want{Name: "Khosravi", Cue: "called", Denies: true}},
		{"called without rejection", "Khosravi called 300 families.", "300", nil},
		{"negated cue", "The government did not confirm that 75 people had been killed.", "75",
			&want{Name: "government", Cue: "confirm"}},
		{"found", "Twelve people died in custody last year, the ombudsman found.", "Twelve",
			&want{Name: "ombudsman", Cue: "found"}},
		{"a header names its source", "Provincial police figures for three days of unrest \u2014 Killed: 8; injured: 290.", "290",
			&want{Name: "provincial police", Cue: "figures"}},
		{"a header with initials", "Centro para Democracia e Direitos Humanos (CDD) update, 15 January: 315 people killed.", "315",
			&want{Name: "Centro para Democracia e Direitos Humanos", Cue: "update"}},
		{"a kind of figures is no source", "Hospital figures for the second day: 5 dead, 61 injured.", "61", nil},
		{"a body's toll behind an aside", "The health ministry's last toll, issued in June, was more than 3,000 dead.", "3,000",
			&want{Name: "health ministry", Cue: "toll"}},
		{"a channel's number", "France 24 said 12 people died.", "12",
			&want{Name: "France 24", Cue: "said"}},
		{"adds", "Amnesty International said 22 people were killed. It adds that 50 people were arrested.", "50",
			&want{Name: "Amnesty International", Cue: "adds"}},
		{"tell us", "Doctors at the national hospital tell us they have received 45 people with gunshot wounds.", "45",
			&want{Name: "doctors at the national hospital", Cue: "tell"}},
		{"report that", "In South Kivu, local authorities report that 35,000 people have fled.", "35,000",
			&want{Name: "local authorities", Cue: "report"}},
		{"a report is no cue", "The office said in its fact-finding report that 1,400 people may have been killed.", "1,400",
			&want{Name: "the office", Cue: "said"}},
		{"a possessive appositive", "The National Unity Platform, Wine's party, said 56 people were killed.", "56",
			&want{Name: "National Unity Platform", Cue: "said"}},
		{"a country's toll is nobody's", "The country's toll, issued in June, was more than 3,000 dead.", "3,000", nil},
		// "state" is a common claimant as well as a place: only bodyOwner
		// keeps its toll from it.
		{"a state's toll is nobody's", "The state's toll, issued in June, was more than 3,000 dead.", "3,000", nil},
		{"found as a discovery", "Search teams found the remains of at least 40 people, according to prosecutors.", "40",
			&want{Name: "prosecutors", Cue: "according to"}},
		{"put the crowd at", "Organisers said 1.7 million marched, while police put the crowd at 128,000.", "128,000",
			&want{Name: "police", Cue: "put the crowd at"}},
		{"backward inheritance", "Dr. Fatima Ali told the inquiry that 42 wounded protesters came to her clinic. Of those, 11 later died.", "11",
			&want{Name: "Fatima Ali", Cue: "told", Borrow: true}},
		{"pronoun subject does not continue", "Police fired 10,000 rounds of tear gas. They arrested 6,000 people, police said.", "10,000", nil},
		{"anaphor it", "Amnesty International published a report. It said 304 people died.", "304",
			&want{Name: "Amnesty International", Cue: "said"}},
		{"anaphor person", "We spoke to Narges Karimi, a nurse. She said 40 wounded arrived.", "40",
			&want{Name: "Narges Karimi", Cue: "said"}},
		{"across sentences", "At least 448 people have been killed. Sixty of them were children, the group Iran Human Rights said.", "448",
			&want{Name: "Iran Human Rights", Cue: "said", Borrow: true}},
		{"across a quote", `"We counted 300 bodies. Most were young men," the doctor said.`, "300",
			&want{Name: "doctor", Cue: "said", Borrow: true}},
		{"a qualifier opens a new figure", "At least 448 people have been killed. Some 40 were wounded, the group said.", "448", nil},
		{"no borrowing across paragraphs", "At least 448 people have been killed.\n\nMost were young, the group said.", "448", nil},
		{"no borrowing without continuation", "At least 448 people have been killed. The economy shrank, the bank said.", "448", nil},
		{"nearest cue wins", "Officials said 100 were held, while activists said 700 were held.", "700",
			&want{Name: "activists", Cue: "said"}},
		{"report by", "A report by Human Rights Watch said 23 children were killed.", "23",
			&want{Name: "Human Rights Watch", Cue: "said"}},
		{"told", "A hospital official told Reuters that 35 bodies had arrived.", "35",
			&want{Name: "hospital official", Via: []string{"Reuters"}, Cue: "told"}},
		{"raised the figure", "Amnesty International first reported 106 deaths. A week later it raised the figure to 143.", "143",
			&want{Name: "Amnesty International", Cue: "raised the figure to"}},
		{"relative clause cue", "The government, which put the figure at 46, accused the doctors of exaggerating.", "46",
			&want{Name: "government", Cue: "put the figure at"}},
		{"plural possessive", "Less than 50 people were still held, the lawyers' association said.", "50",
			&want{Name: "lawyers' association", Cue: "said"}},
		{"joint subject", "Both the police and the organisers agreed that about 80,000 people had come.", "80,000",
			&want{Name: "organisers", Cue: "agreed"}},
		{"partitive subject", "Three officials spoke to Reuters. Two of them said 400 women were among the dead.", "400",
			&want{Name: "Three officials", Cue: "said"}},
		{"the minister", "Interior Minister Abdolreza Rahmani Fazli spoke on television. The minister added that 40 of the dead had been shot.", "40",
			&want{Name: "Abdolreza Rahmani Fazli", Cue: "added"}},
		{"its research", "Amnesty International published a report. According to its research, 220 of the deaths were in four provinces.", "220",
			&want{Name: "Amnesty International", Cue: "According to"}},
		{"year before a subject", "In 2016 a former minister said 300 had died.", "300",
			&want{Name: "former minister", Cue: "said"}},
		{"ampersand in a name", "According to figures compiled by the Armed Conflict Location & Event Data Project, 1,200 protests took place.", "1,200",
			&want{Name: "Armed Conflict Location & Event Data Project", Cue: "According to"}},
		{"claims as a verb", "The opposition claims 70 of its members were arrested, a charge the commission rejected.", "70",
			&want{Name: "opposition", Cue: "claims"}},
		{"claims as a noun", "Claims of 70 arrests spread online.", "70", nil},
		{"name in apposition to a role", "The ministry's spokesman, Ahmad Vahidi, said 40 police officers had been wounded.", "40",
			&want{Name: "Ahmad Vahidi", Cue: "said"}},
		{"put after a relative clause", "The monitor, which tracks arrests, put the number of detainees at over 18,000.", "18,000",
			&want{Name: "the monitor", Cue: "put the number of detainees at"}},
		{"adverb before the cue", "The government has repeatedly rejected reports that 300 protesters were killed.", "300",
			&want{Name: "government", Cue: "rejected", Denies: true}},
		{"fear", "Up to 3,000 people may have died, officials fear.", "3,000",
			&want{Name: "officials", Cue: "fear"}},
		{"told an inquiry", "A nurse told the inquiry that 35 bodies had arrived.", "35",
			&want{Name: "nurse", Cue: "told"}},
		{"put with a long object", "Marchers said half a million took part, while police put the turnout along the official route at 61,000.", "61,000",
			&want{Name: "police", Cue: "put the turnout along the official route at"}},
		{"a cue across while is its own", "Nine people died in the clashes, while the governor said two had died.", "Nine", nil},
		{"a cue across a semicolon reaches back", "Dead: 9; wounded: 70, the health office said.", "9",
			&want{Name: "health office", Cue: "said"}},
		{"coordinated cue", "The city council put the toll from the riots at 11 and said 300 people had been detained.", "300",
			&want{Name: "city council", Cue: "said"}},
		{"dismissing claims", "Only 200 marched, the governor's office said, dismissing organisers' claims that police had held 90 people.", "90",
			&want{Name: "governor's office", Cue: "dismissing", Denies: true}},
		{"possessive before a cue word", "Troops have held 900 people since Friday's disputed vote, the army said.", "900",
			&want{Name: "army", Cue: "said"}},
		{"cue word inside a name", "More than 400 were detained in the United States on Sunday, according to a count by the Marshall Project.", "400",
			&want{Name: "Marshall Project", Cue: "according to"}},
		{"tally kept by", "At least 61 people have died, according to a tally kept by the Oslo-based group.", "61",
			&want{Name: "Oslo-based group", Cue: "according to"}},
		{"described group resolved", "Iran Human Rights published new figures. At least 95 were hanged in May, the Oslo-based group said.", "95",
			&want{Name: "Iran Human Rights", Cue: "said"}},
		{"name after a described group", "The Baloch rights group Haalvsh says 16 people were shot. The group also counted 40 arrests.", "40",
			&want{Name: "Haalvsh", Cue: "counted"}},
		{"he refers to a role", "Twelve bodies were brought to Al-Kindi Hospital, a hospital doctor said. Three more died overnight, he added.", "Three",
			&want{Name: "hospital doctor", Cue: "added", Borrow: false}},
		{"coalition including a member", "Seven people were killed, a network of lawyers including the Defenders Union said.", "Seven",
			&want{Name: "network of lawyers", Cue: "said"}},
		{"coordinated common nouns", "At least 30 were wounded, doctors and nurses said.", "30",
			&want{Name: "doctors and nurses", Cue: "said"}},
		{"a news conference carries nothing", "Four guards were among the dead, a prison official told a news conference.", "Four",
			&want{Name: "prison official", Cue: "told"}},
		{"evidence with a complement", "About 70 people were killed, the monitor said, citing accounts from relatives.", "70",
			&want{Name: "the monitor", Via: []string{"accounts from relatives"}, Cue: "said"}},
		{"role on a country", "The UN independent expert on Haiti said 1,100 people were killed in March.", "1,100",
			&want{Name: "UN independent expert on Haiti", Cue: "said"}},
		{"counts as a verb", "Memorial, the rights centre, counts more than 300 political prisoners.", "300",
			&want{Name: "Memorial", Cue: "counts"}},
		{"reports closing a sentence", "At least 19 people were killed on Monday, the Daily Star reports.", "19",
			&want{Name: "Daily Star", Cue: "reports"}},
		{"reports as a noun", "Reports from the border say 300 families have fled.", "300", nil},
		{"an acronym that is a word", "The WHO said 1,200 people had died, citing figures from the health ministry.", "1,200",
			&want{Name: "health ministry", Via: []string{"WHO"}, Cue: "said"}},
		{"told a newspaper", "A senior officer told the Evening Tribune that 40 soldiers were killed.", "40",
			&want{Name: "senior officer", Via: []string{"Evening Tribune"}, Cue: "told"}},
		{"our reporter", "Our correspondent counted 56 bodies at the morgue.", "56", nil},
		{"the sources are the sources named before", "Police said five died. More than 200 were hurt, medical sources told the agency. Another 30 were held, the sources said.", "30",
			&want{Name: "medical sources", Cue: "said"}},
		{"the organisers are not the police", "Police said five died. Another 30 were held, the organisers said.", "30",
			&want{Name: "organisers", Cue: "said"}},
		{"cited informants are evidence", "Security forces held 23 men, the monitor said, citing relatives and lawyers.", "23",
			&want{Name: "the monitor", Via: []string{"relatives and lawyers"}, Cue: "said"}},
		{"cited officials are the origin", "Reuters, citing three officials, said 1,500 died.", "1,500",
			&want{Name: "three officials", Via: []string{"Reuters"}, Cue: "said"}},
		{"citing stops at a semicolon", "The union counted 44 arrests; five died, it said, citing colleagues.", "44",
			&want{Name: "the union", Cue: "counted"}},
		{"quoted by an outlet as saying", "The group's director was quoted by the Evening Wire as saying 4 protesters were hanged.", "4",
			&want{Name: "group's director", Via: []string{"Evening Wire"}, Cue: "quoted"}},
		{"told reporters after an appositive name", "Thirty died on Wednesday, the UN special envoy for Myanmar, Jane Doe, told reporters in New York.", "Thirty",
			&want{Name: "Jane Doe", Cue: "told"}},
		{"believed to be describes", "Since June, 82 people were taken by men believed to be officers, the commission said.", "82",
			&want{Name: "the commission", Cue: "said"}},
		{"a named union", "France's CGT union said 3.5 million people marched.", "3.5 million",
			&want{Name: "CGT", Cue: "said"}},
		{"a described group keeps its head", "The Kurdish rights group said 12 people were shot.", "12",
			&want{Name: "the Kurdish rights group", Cue: "said"}},
		{"a named newspaper", "The Dainik Prothom newspaper said 12 people were shot.", "12",
			&want{Name: "Dainik Prothom", Cue: "said"}},
		{"an outlet's capitals after its description", "Three people died, state broadcaster ZBC said.", "Three",
			&want{Name: "ZBC", Cue: "said"}},
		{"a medium is no outlet's name", "Three people died, state TV said.", "Three",
			&want{Name: "state TV", Cue: "said"}},
		{"a name in apposition to a description", "Guinea's opposition coalition, the FNDC, said 12 protesters were shot dead.", "12",
			&want{Name: "FNDC", Cue: "said"}},
		{"a list's label", "\u2022 19:42 \u2013 Interior ministry: 43 detained so far today, 3 officers hurt", "43",
			&want{Name: "Interior ministry", Cue: ":"}},
		{"labels between bars", "Rights groups: 76 killed | State TV: 41 killed | Arrests: 1,200+ (Tehran police chief)", "41",
			&want{Name: "State TV", Cue: ":"}},
		{"a source in brackets", "Rights groups: 76 killed | Arrests: 1,200+ (Tehran police chief)", "1,200",
			&want{Name: "Tehran police chief", Cue: "("}},
		{"a count's label", "10:40 AAPP count for yesterday: 107 dead.", "107",
			&want{Name: "AAPP", Cue: ":"}},
		{"by a body's count", "Around two million people marched, by the CGT's count.", "two million",
			&want{Name: "CGT", Cue: "by"}},
		{"claim with a vague number", "A police source puts turnout at 800,000; the organisers claim millions.", "millions",
			&want{Name: "organisers", Cue: "claim"}},
		{"a witness on a street", "Witnesses on Pushkinskaya say one man was killed.", "one",
			&want{Name: "witnesses on Pushkinskaya", Cue: "say"}},
		{"our correspondent", "Our correspondent says he saw four bodies, in addition to nine the director reported.", "four", nil},
		{"we in a body's statement", "The Kenya Rights Forum is alarmed by the abductions. Since June, we have documented 82 cases.", "82",
			&want{Name: "Kenya Rights Forum", Cue: "documented"}},
		{"a release's label with its date", "Direitos Humanos Centre (DHC) update, 15 January 2025: since October, 315 people killed.", "315",
			&want{Name: "Direitos Humanos Centre", Cue: ":", Borrow: true}},
		{"an appositive name with its acronym", "Kenya's police watchdog, the Independent Policing Oversight Authority (IPOA), said it was investigating 60 deaths.", "60",
			&want{Name: "Independent Policing Oversight Authority", Cue: "said"}},
		{"told an outlet, then a clause", "A local official told the Sahel Wire the toll could exceed 300.", "300",
			&want{Name: "local official", Via: []string{"Sahel Wire"}, Cue: "told"}},
		{"a place's label is no source", "Bolivia: the GIEI, a panel of experts appointed by the IACHR, concluded that 37 people died.", "37",
			&want{Name: "GIEI", Cue: "concluded"}},
		{"a speaker on an outlet", "22:10: Darmanin on TF1: 40,000 officers will be deployed tonight.", "40,000",
			&want{Name: "Darmanin", Via: []string{"TF1"}, Cue: ":"}},
		{"a label with to inside its name", "Committee to Protect Journalists: 14 reporters were arrested.", "14",
			&want{Name: "Committee to Protect Journalists", Cue: ":"}},
		{"a cue on another line of a list", "\u2022 19:42 \u2013 Interior ministry: 43 detained so far today\n\u2022 20:05 \u2013 Opposition says 10 protesters hospitalised", "43",
			&want{Name: "Interior ministry", Cue: ":"}},
		{"a closing cue speaks for a ticker", "Dead: 14 | Injured: 96 | Arrested: 410, the governor's office said.", "14",
			&want{Name: "governor's office", Cue: "said"}},
		{"a subject before a relative clause", "A committee it set up had verified 834 deaths.", "834",
			&want{Name: "committee", Cue: "verified"}},
		{"she after a role with a place", "An ICRC spokesperson in Tripoli said 120 were missing. Thirty-two bodies had been identified, she said.", "Thirty-two",
			&want{Name: "ICRC spokesperson in Tripoli", Cue: "said"}},
		{"a surname given in full before", "Interior Minister Pascoal Ronda spoke on Monday. At least 236 acts of vandalism were recorded, Ronda said.", "236",
			&want{Name: "Pascoal Ronda", Cue: "said"}},
		{"a short name given in full before", "Amnesty International published its report. At least 40 people were hanged, Amnesty said.", "40",
			&want{Name: "Amnesty International", Cue: "said"}},
		{"an outlet's description", "The lawmaker was quoted by the semi-official ISNA news agency as saying 7,000 were arrested.", "7,000",
			&want{Name: "the lawmaker", Via: []string{"ISNA"}, Cue: "quoted"}},
		{"last week between subject and verb", "The judiciary spokesman last week denied that 300 had died.", "300",
			&want{Name: "judiciary spokesman", Cue: "denied", Denies: true}},
		{"a bare count goes on", "In Nasiriyah, at least 29 people were killed, the sources said. Four were killed in Najaf.", "Four",
			&want{Name: "sources", Cue: "said", Borrow: true}},
		{"a ticker's source cell", "Thailand protest | 17 Nov | injured: 55 | source: Erawan Medical Centre", "55",
			&want{Name: "Erawan Medical Centre", Cue: ":"}},
		{"brackets closing a ticker", "Dead: 12 | Injured: 140 | Detained: 300+ (interior ministry figures)", "12",
			&want{Name: "interior ministry", Cue: "("}},
		{"per a source", "Recap of the day: 3 dead, 60 arrests - per the opposition coalition.", "60",
			&want{Name: "opposition coalition", Cue: "per"}},
		{"saying after a rejection", "The government rejected the figure of 900 dead, saying that 40 people had been killed.", "40",
			&want{Name: "government", Cue: "saying"}},
		{"a cue that opens a list", "The group recorded the following as of 31 December:\n- Killed by the junta: 1,384\n- Detained: 8,338", "8,338",
			&want{Name: "the group", Cue: "recorded"}},
		{"a reduced passive with its agent", "Among the detainees documented by the Helsinki Committee were 42 journalists.", "42",
			&want{Name: "Helsinki Committee", Cue: "documented"}},
		{"a described body refers to the same kind", "The Kenya National Commission on Human Rights gave a toll of 39. The state-funded commission also counted 627 arrests.", "627",
			&want{Name: "Kenya National Commission on Human Rights", Cue: "counted"}},
		{"it in the claimant's own sentence", "The collective Nicaragua Nunca Mas said on Thursday it had identified 355 people killed.", "355",
			&want{Name: "Nicaragua Nunca Mas", Cue: "identified"}},
		{"our after a liveblog time", "12:15 Our correspondent in Minsk says at least 50,000 people have gathered.", "50,000", nil},
		{"spoke of", "Journalists put the dead at 9, while hospital staff spoke of 40 wounded.", "40",
			&want{Name: "hospital staff", Cue: "spoke"}},
		{"gave a toll of", "The UN mission, MONUSCO, gave a toll of seven dead.", "seven",
			&want{Name: "MONUSCO", Cue: "gave a toll of"}},
		{"Spanish connectors in a name", "The rights group Alianza por los Derechos Humanos reported that 11 people died.", "11",
			&want{Name: "Alianza por los Derechos Humanos", Cue: "reported"}},
		{"headline source after a dash", "Six killed in clashes near the border - witnesses", "Six",
			&want{Name: "witnesses", Cue: "-"}},
		{"headline source after an em dash", "Curfew imposed in 12 cities \u2014 state TV", "12",
			&want{Name: "state TV", Cue: "\u2014"}},
		// The tail runs past dashTailWords, so the bound alone turns it
		// away; the shorter tail after it reaches voiceLike.
		{"a dash before a clause is no source", "Police detained 40 people - the most in a decade.", "40", nil},
		{"a short dash tail that names no voice", "Police detained 40 people - most in a decade.", "40", nil},
		{"unverified reports name nobody", "The mission said that, according to reports it could not yet verify, 80 people died.", "80",
			&want{Name: "the mission", Cue: "said"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := attribute(t, tt.text, tt.figure)
			var got *want
			if ok {
				got = &want{Name: a.Name, Via: a.Via, Cue: a.Cue, Denies: a.Denies, Borrow: a.Borrowed}
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Attribute(%q) (-got +want):\n%s", tt.text, diff)
			}
		})
	}
}

func FuzzAttribute(f *testing.F) {
	f.Add("Reuters, citing officials, said 1,500 were killed. It said so.", 30, 35)
	f.Add("\"We counted 300. Most,\" said he.", 12, 15)
	f.Add("According to , , said", 0, 3)
	f.Fuzz(func(t *testing.T, text string, lo, hi int) {
		sents := sentence.Split(text)
		d := NewDocument(text, sents)
		for i := range sents {
			a, ok := d.Attribute(i, [2]int{lo, hi})
			if ok && (a.CueStart < 0 || a.CueStart+len(a.Cue) > len(text) || text[a.CueStart:a.CueStart+len(a.Cue)] != a.Cue) {
				t.Fatalf("cue %q at %d not in text %q", a.Cue, a.CueStart, text)
			}
		}
	})
}

// attributeAll attributes every sentence of text whole, then releases the
// Document.
func attributeAll(text string) []Attribution {
	sents := sentence.Split(text)
	d := NewDocument(text, sents)
	var out []Attribution
	for i, s := range sents {
		a, _ := d.Attribute(i, s)
		out = append(out, a)
	}
	d.Release()
	return out
}

// TestReleaseLeavesNoTrace checks that a released Document, reused for the
// next, carries none of the last one's sentences or paragraphs over.
func TestReleaseLeavesNoTrace(t *testing.T) {
	texts := []string{
		"Amnesty International said 304 people were killed.\n\nIt said 20 were children. Officials denied it.",
		"At least 208 people have been killed, the group said on Monday. Sixty of them were children, it said.",
		"Reuters, citing three officials, said 1,500 were killed.\n\nThe ministry called the figure fake news.",
	}
	var want [][]Attribution
	for _, text := range texts {
		want = append(want, attributeAll(text))
	}
	for round := 0; round < 3; round++ {
		for i, text := range texts {
			if diff := cmp.Diff(want[i], attributeAll(text)); diff != "" {
				t.Fatalf("round %d, text %d: a reused Document differs (-fresh +reused):\n%s", round, i, diff)
			}
		}
	}
}

func TestNamedLater(t *testing.T) {
	tests := []struct {
		text, figure, want string
	}{
		{"A senior security official said 40 people were killed in the raid. The official, Colonel Idris Mahamat, said the army had acted lawfully.", "40", "Idris Mahamat"},
		{"A senior member of parliament said 230 people were killed. Mojtaba Zolnour, head of the parliament's security committee, said six of the dead were officers.", "230", "Mojtaba Zolnour"},
		{"A police officer said 20 were killed. Police chief John Doe said 30 were arrested.", "20", ""},
		{"A doctor said 12 had died. The hospital, in the north of the city, was full.", "12", ""},
		{"The toll rose to 108, a doctors' committee aligned with the protest movement said. The Central Committee of Sudanese Doctors said 500 were hurt.", "108", "Central Committee of Sudanese Doctors"},
		{"A rights group said 50 were held. The Kenya Human Rights Commission said 20 were hurt.", "50", ""}, // "group" is not in the name
		{"Kenya's state-funded human rights commission said 39 had died. The Kenya National Commission on Human Rights, known as KNCHR, said 627 had been held.", "39", "KNCHR"},
		{"Kazakhstan's prosecutor-general's office said 225 had died. Yerlan Bekov, a spokesman for the prosecutor-general's office, said 19 were police.", "225", ""},
	}
	for _, tt := range tests {
		sents := sentence.Split(tt.text)
		d := NewDocument(tt.text, sents)
		at := strings.Index(tt.text, tt.figure)
		si := 0
		for si < len(sents) && sents[si][1] <= at {
			si++
		}
		a, ok := d.Attribute(si, [2]int{at, at + len(tt.figure)})
		if !ok || !a.Described {
			t.Fatalf("%q: attribution %+v, %v: want a described claimant", tt.text, a, ok)
		}
		got, _ := d.NamedLater(a.Name, sents[si][1])
		if got != tt.want {
			t.Errorf("%q: NamedLater(%q) = %q, want %q", tt.text, a.Name, got, tt.want)
		}
		d.Release()
	}
}
