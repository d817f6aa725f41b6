package figure

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// show writes a match compactly: measure, qualifier, low/high, unit, text.
func show(m Match) string {
	b := func(p *int64) string {
		if p == nil {
			return "_"
		}
		return fmt.Sprint(*p)
	}
	return fmt.Sprintf("%s %s %s/%s %s %q", m.Measure, m.Figure.Qualifier, b(m.Figure.Low), b(m.Figure.High), m.Figure.Unit, m.Figure.Text)
}

func found(s string) []string {
	var out []string
	for _, m := range Find(s, 0, len(s)) {
		out = append(out, show(m))
	}
	return out
}

func TestFindMeasures(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Security forces opened fire, killing 1,500 people and arresting at least 12,000 activists.", []string{
			`killed exact 1500/1500 person "1,500 people"`,
			`arrested at_least 12000/_ activist "at least 12,000 activists"`}},
		{"There were protests in about 200 cities.", []string{`places about 200/200 city "about 200 cities"`}},
		{"In 1988, 30,000 political prisoners were executed.", []string{`executed exact 30000/30000 prisoner "30,000 political prisoners"`}},
		{"A crowd of 5,000 gathered outside the court.", []string{`participants exact 5000/5000  "5,000"`}},
		{"The death toll rose to 304 on Tuesday.", []string{`killed exact 304/304  "304"`}},
		{"The number of people killed by police during last week's unrest has risen to at least 143.", []string{`killed at_least 143/_ person "at least 143"`}},
		{"The number of students detained since the strike began climbed to 60.", []string{`arrested exact 60/60 student "60"`}},
		{"Fuel prices have risen to 3,000 rials.", nil},
		{"The group named 304 men, women and children it says were killed.", []string{`killed exact 304/304 man "304 men"`}},
		{"Among the dead were two boys aged 15 and 17.", []string{`killed exact 2/2 boy "two boys"`}},
		{"The court sentenced 20 people to death.", []string{`sentenced exact 20/20 person "20 people"`}},
		{"At least 304 people, including 23 children, were killed.", []string{
			`killed at_least 304/_ person "At least 304 people"`,
			`killed exact 23/23 child "23 children"`}},
		{"Amnesty counted 71 minors among the 527 dead.", []string{
			`killed exact 71/71 minor "71 minors"`,
			`killed exact 527/527  "527 dead"`}},
		{"Some 70 people remain missing after the raid.", []string{`disappeared about 70/70 person "Some 70 people"`}},
		{"Security forces shot dead 12 protesters in Zahedan.", []string{`killed exact 12/12 protester "12 protesters"`}},
		{"More than 7,000 people were arrested during the week.", []string{`arrested more_than 7000/_ person "More than 7,000 people"`}},
		{"Up to 5,000 demonstrators gathered in the square.", []string{`participants at_most _/5000 demonstrator "Up to 5,000 demonstrators"`}},
		{"Fewer than 100 people attended the vigil.", []string{`participants less_than _/100 person "Fewer than 100 people"`}},
		{"No fewer than 40 detainees were hanged last year.", []string{`executed at_least 40/_ detainee "No fewer than 40 detainees"`}},
		{"A minimum of 18 journalists have been jailed.", []string{`arrested at_least 18/_ journalist "A minimum of 18 journalists"`}},
		{"Upwards of 300 students joined the strike.", []string{`participants more_than 300/_ student "Upwards of 300 students"`}},
		{"At most 50 workers walked out.", []string{`participants at_most _/50 worker "At most 50 workers"`}},
		{"No more than 20 were injured, officials said.", []string{`injured at_most _/20  "No more than 20"`}},
		{"As many as 1,200 people may have died.", []string{`killed at_most _/1200 person "As many as 1,200 people"`}},
		{"Under 30 people were detained.", []string{`arrested less_than _/30 person "Under 30 people"`}},
		{"Nearly 500 were wounded.", []string{`injured about 500/500  "Nearly 500"`}},
		{"Roughly 2,000 people fled the town.", []string{`displaced about 2000/2000 person "Roughly 2,000 people"`}},
		{"Around 60 bodies were recovered from the river.", []string{`killed about 60/60 body "Around 60 bodies"`}},
		{"An estimated 10,000 people marched through the city.", []string{`participants about 10000/10000 person "An estimated 10,000 people"`}},
		{"Approximately 400 people were displaced by the fighting.", []string{`displaced about 400/400 person "Approximately 400 people"`}},
		{"Over 200 people were killed.", []string{`killed more_than 200/_ person "Over 200 people"`}},
		{"Between 1,000 and 1,500 people were detained.", []string{`arrested range 1000/1500 person "Between 1,000 and 1,500 people"`}},
		{"Police arrested 200-300 people.", []string{`arrested range 200/300 person "200-300 people"`}},
		{"Officials said 40 or 45 people were killed.", []string{`killed range 40/45 person "40 or 45 people"`}},
		{"Dozens were injured in the clashes.", []string{`injured vague 24/_  "Dozens"`}},
		{"Hundreds were arrested.", []string{`arrested vague 200/_  "Hundreds"`}},
		{"Thousands took to the streets.", []string{`participants vague 2000/_  "Thousands"`}},
		{"Several thousand people joined the march.", []string{`participants vague 2000/_ person "Several thousand people"`}},
		{"Tens of thousands of people fled their homes.", []string{`displaced vague 20000/_ person "Tens of thousands of people"`}},
		{"Hundreds of thousands of Iranians protested.", []string{`participants vague 200000/_ Iranian "Hundreds of thousands of Iranians"`}},
		{"The uprising left fifteen hundred people dead.", []string{`killed exact 1500/1500 person "fifteen hundred people"`}},
		{"Officials said twelve thousand had been detained.", []string{`arrested exact 12000/12000  "twelve thousand"`}},
		{"Two hundred and thirty prisoners were executed in 1988.", []string{`executed exact 230/230 prisoner "Two hundred and thirty prisoners"`}},
		{"A hundred people were hurt.", []string{`injured exact 100/100 person "A hundred people"`}},
		{"One protester was killed and another wounded.", []string{`killed exact 1/1 protester "One protester"`}},
		{"Police detained 1.500 people in Istanbul.", []string{`arrested exact 1500/1500 person "1.500 people"`}},
		{"A 5,000-strong crowd gathered.", []string{`participants exact 5000/5000  "5,000"`}},
		{"Militants abducted 27 villagers.", []string{`disappeared exact 27/27 villager "27 villagers"`}},
		{"The court handed down 20 death sentences.", []string{`sentenced exact 20/20 sentence "20 death sentences"`}},
		{"Authorities carried out 300 executions this year.", []string{`executed exact 300/300 execution "300 executions"`}},
		{"Rights groups documented 12,000 arrests.", []string{`arrested exact 12000/12000 arrest "12,000 arrests"`}},
		{"The 13-year-old was among 40 people killed.", []string{`killed exact 40/40 person "40 people"`}},
		{"Protests broke out in 100 cities across 31 provinces.", []string{
			`places exact 100/100 city "100 cities"`, `places exact 31/31 province "31 provinces"`}},
		{"Flight 752 was shot down, killing all 176 people on board.", []string{`killed exact 176/176 person "176 people"`}},
		{"The death toll from the protests rose from 200 to 304.", []string{`killed exact 304/304  "304"`}},
		{"The 2019 protests left 1,500 dead.", []string{`killed exact 1500/1500  "1,500 dead"`}},
		{"Police said 2000 people had gathered.", []string{`participants exact 2000/2000 person "2000 people"`}},
		{"Since 1979 the state has executed thousands.", []string{`executed vague 2000/_  "thousands"`}},
		{"Sixty-two students were among the 200 people arrested.", []string{
			`arrested exact 62/62 student "Sixty-two students"`, `arrested exact 200/200 person "200 people"`}},
		{"Police arrested 200 people and killed 3.", []string{
			`arrested exact 200/200 person "200 people"`, `killed exact 3/3 person "3"`}},
		{"Ten people were killed and 20 injured.", []string{
			`killed exact 10/10 person "Ten people"`, `injured exact 20/20 person "20 injured"`}},
		{"Two people died and three were hurt.", []string{
			`killed exact 2/2 person "Two people"`, `injured exact 3/3 person "three"`}},
		{"Police beat 300 detained protesters.", []string{`arrested exact 300/300 protester "300 detained protesters"`}},
		{"Five were taken into custody.", []string{`arrested exact 5/5  "Five"`}},
		{"Some 12,000 striking workers went on strike.", []string{`participants about 12000/12000 worker "Some 12,000 striking workers"`}},
		{"They held 200 rallies in the north.", []string{`other exact 200/200 rally "200 rallies"`}},
		{"A total of 500 or more protesters were held.", []string{`arrested at_least 500/_ protester "500 or more protesters"`}},
		{"Police detained 300-odd students.", []string{`arrested about 300/300 student "300-odd students"`}},
		{"Rights groups say ۱۵۰۰ people were killed.", []string{`killed exact 1500/1500 person "۱۵۰۰ people"`}},
		{"Officials said the number of dead had reached 1,200.", []string{`killed exact 1200/1200  "1,200"`}},
		// parts of a figure
		{"Security forces killed 26 people on Friday, 14 of them in one street.", []string{
			`killed exact 26/26 person "26 people"`, `killed exact 14/14 person "14"`}},
		{"Of the 448 people killed, 60 were children and 29 were women.", []string{
			`killed exact 448/448 person "448 people"`, `killed exact 60/60 child "60"`, `killed exact 29/29 woman "29"`}},
		{"Since the protests began, 326 people have been killed, including 43 children and 25 women.", []string{
			`killed exact 326/326 person "326 people"`, `killed exact 43/43 child "43 children"`, `killed exact 25/25 woman "25 women"`}},
		{"More than 7,000 people were arrested in 28 of the country's 31 provinces.", []string{
			`arrested more_than 7000/_ person "More than 7,000 people"`,
			`places exact 28/28 province "28 of the country's 31 provinces"`}},
		{"At least 2 of the dead were police officers.", []string{`killed at_least 2/_ officer "At least 2"`}},
		{"Police said 1,700 people had been arrested, of whom 1,300 remained in detention.", []string{
			`arrested exact 1700/1700 person "1,700 people"`, `arrested exact 1300/1300 person "1,300"`}},
		{"Nearly 7.5 million people have been driven from their homes.", []string{
			`displaced about 7500000/7500000 person "Nearly 7.5 million people"`}},
		{"More than 500,000 people have crossed from Sudan into Chad.", []string{
			`displaced more_than 500000/_ person "More than 500,000 people"`}},
		{"Search teams found the remains of at least 40 people.", []string{
			`killed at_least 40/_ person "at least 40 people"`}},
		{"He was driven to hospital with 3 others.", nil},
		{"Police: 18 dead, incl. 3 officers", []string{`killed exact 18/18  "18 dead"`, `killed exact 3/3 officer "3 officers"`}},
		{"The mutiny killed 74 people, 57 of them army officers.", []string{
			`killed exact 74/74 person "74 people"`, `killed exact 57/57 officer "57"`}},
		{"The office says 129 people reported missing have not yet been found.", []string{
			`disappeared exact 129/129 person "129 people"`}},
		{"The disturbances affected 16 of the country's 47 counties.", []string{
			`places exact 16/16 county "16 of the country's 47 counties"`}},
		{"Police say a separate rally at the monument has drawn about 20,000.", []string{
			`participants about 20000/20000  "about 20,000"`}},
		{"Another 47 defendants received life sentences.", []string{`sentenced exact 47/47 defendant "47 defendants"`}},
		{"Courts have so far jailed 460 people, with sentences ranging from four weeks to nine years.", []string{
			`sentenced exact 460/460 person "460 people"`}},
		{"The commission said 507 people were deprived of their liberty.", []string{`arrested exact 507/507 person "507 people"`}},
		{"The centre recognises 1,420 people as political prisoners.", []string{`arrested exact 1420/1420 person "1,420 people"`}},
		{"The toll since the October 9 vote rose to 278.", []string{`killed exact 278/278  "278"`}},
		{"Police said 12 people were hurt on March 27, and 31 were arrested.", []string{
			`injured exact 12/12 person "12 people"`, `arrested exact 31/31  "31"`}},
		{"Police arrested 2,460 people, of whom 312 were university students.", []string{
			`arrested exact 2460/2460 person "2,460 people"`, `arrested exact 312/312 student "312"`}},
		{"Doctors said 230 people had been killed, six of them members of the security forces, and that 7,000 had been detained.", []string{
			`killed exact 230/230 person "230 people"`, `killed exact 6/6 member "six"`, `arrested exact 7000/7000 person "7,000"`}},
		{"Arrested: 8,295, of whom 616 were government employees\nSurrenderers were not counted.", []string{
			`arrested exact 8295/8295  "8,295"`, `arrested exact 616/616 employee "616"`}},
		// coordination
		{"Two police officers and three civilians were killed in the attack.", []string{
			`killed exact 2/2 officer "Two police officers"`, `killed exact 3/3 civilian "three civilians"`}},
		{"Police arrested 200 people and 30 were later released.", []string{`arrested exact 200/200 person "200 people"`, `other exact 30/30 person "30"`}},
		{"Three protesters were sentenced to death and another 12 to prison terms.", []string{
			`sentenced exact 3/3 protester "Three protesters"`, `sentenced exact 12/12 protester "12"`}},
		{"Clashes left seven dead and dozens injured.", []string{
			`killed exact 7/7  "seven dead"`, `injured vague 24/_  "dozens injured"`}},
		{"A car bomb killed four soldiers and wounded nine passers-by.", []string{
			`killed exact 4/4 soldier "four soldiers"`, `injured exact 9/9 passer-by "nine passers-by"`}},
		// phrases
		{"The state put 81 men to death in one day.", []string{`executed exact 81/81 man "81 men"`}},
		{"Three people were beaten to death and 11 others were badly hurt.", []string{
			`killed exact 3/3 person "Three people"`, `injured exact 11/11 person "11"`}},
		{"At least 150 people lost an eye to rubber bullets.", []string{`injured at_least 150/_ person "At least 150 people"`}},
		{"The police took 1,300 people into custody over the weekend.", []string{`arrested exact 1300/1300 person "1,300 people"`}},
		{"No fewer than 36 journalists remain behind bars.", []string{`arrested at_least 36/_ journalist "No fewer than 36 journalists"`}},
		{"Some 700,000 Rohingya fled to Bangladesh.", []string{`displaced about 700000/700000 Rohingya "Some 700,000 Rohingya"`}},
		{"Organisers expect 100,000 people to join the march.", []string{`participants exact 100000/100000 person "100,000 people"`}},
		{"Up to 10,000 more families could flee before the rains.", []string{`displaced at_most _/10000 family "Up to 10,000 more families"`}},
		{"The whereabouts of 43 students are unknown.", []string{`disappeared exact 43/43 student "43 students"`}},
		{"Witnesses said at least 30 may have been killed.", []string{`killed at_least 30/_  "at least 30"`}},
		{"The 2009 election protests left at least 72 people dead.", []string{`killed at_least 72/_ person "at least 72 people"`}},
		{"Some 300 shops and 50 banks were torched in the riots.", []string{
			`other about 300/300 shop "Some 300 shops"`, `other exact 50/50 bank "50 banks"`}},
		{"The number of detainees has risen to 15,000.", []string{`arrested exact 15000/15000 detainee "15,000"`}},
		{"Tallies from the clinic — Killed: 6; wounded: 85; detained: 140.", []string{`killed exact 6/6  "6"`, `injured exact 85/85  "85"`, `arrested exact 140/140  "140"`}},
		{"A court jailed nine students for terms of up to eight years.", []string{`sentenced exact 9/9 student "nine students"`}},
		{"Police jailed 30 protesters overnight.", []string{`arrested exact 30/30 protester "30 protesters"`}},
		{"Some 60 people were taken to the city's main hospital after the clashes.", []string{`injured about 60/60 person "Some 60 people"`}},
		{"Forty officers needed medical treatment after the protest.", []string{`injured exact 40/40 officer "Forty officers"`}},
		{"The number of those displaced by the fighting has passed 200,000.", []string{`displaced more_than 200000/_  "passed 200,000"`}},
		{"Tens of thousands of mourners thronged the streets of the city.", []string{`participants vague 20000/_ mourner "Tens of thousands of mourners"`}},
		{"The rights centre documented 41 cases of enforced disappearance.", []string{`disappeared exact 41/41 case "41 cases"`}},
		{"Another 3,000 people crossed into Chad overnight.", []string{`displaced exact 3000/3000 person "3,000 people"`}},
		{"The regional monitor raised the toll from 31 to 47 on Friday.", []string{`killed exact 47/47  "47"`}},
		{"The ministry put the number of dead at 52, up from 40 a day earlier.", []string{`killed exact 52/52  "52"`}},
		{"For news of relatives held after the protests, call 0300 555 0199.", nil},
		{"Four senior police officers told the inquiry that 70 people were arrested.", []string{`arrested exact 70/70 person "70 people"`}},
		{"The group interviewed 30 witnesses and counted 12 deaths in custody.", []string{`killed exact 12/12 death "12 deaths"`}},
		{"The report relies on interviews with 55 relatives of the dead.", nil},
		{"The death toll from the strikes that began on 3 March has risen to 61.", []string{`killed exact 61/61  "61"`}},
		{"At least 14 students attending the vigil had been detained.", []string{`arrested at_least 14/_ student "At least 14 students"`}},
		{"The group put the number of students arrested at 320.", []string{`arrested exact 320/320 student "320"`}},
		{"Fighting has forced more than 9,000 people from their homes since May.", []string{`displaced more_than 9000/_ person "more than 9,000 people"`}},
		{"Medics treated 48 people for injuries.", []string{`injured exact 48/48 person "48 people"`}},
		{"The court said 1,300 people had been prosecuted and 217 given prison sentences.", []string{`other exact 1300/1300 person "1,300 people"`, `sentenced exact 217/217 person "217"`}},
		{"Some 258 people were taken into police custody after the riots.", []string{`arrested about 258/258 person "Some 258 people"`}},
		{"Twenty officers sought medical help after the march.", []string{`injured exact 20/20 officer "Twenty officers"`}},
		{"Volunteers took 11 protesters to hospital.", []string{`injured exact 11/11 protester "11 protesters"`}},
		{"The army said it had neutralised 24 fighters.", []string{`killed exact 24/24 fighter "24 fighters"`}},
		{"Police counted 5,000 marchers; organisers said 8,000.", []string{`participants exact 5000/5000 marcher "5,000 marchers"`, `participants exact 8000/8000  "8,000"`}},
		{"The government counts 197 dead; the commission, 317.", []string{`killed exact 197/197  "197 dead"`, `killed exact 317/317  "317"`}},
		{"Doctors said 5 dead, 31 with gunshot wounds.", []string{`killed exact 5/5  "5 dead"`, `injured exact 31/31  "31"`}},
		{"A poll of 2,000 voters backed the protesters.", nil},
		{"Some 1,200 people detained last week had been released on bail.", []string{`other about 1200/1200 person "Some 1,200 people"`}},
		{"Dozens of people \u2014 witnesses say 30 \u2014 were killed.", []string{`killed vague 24/_ person "Dozens of people"`, `killed exact 30/30  "30"`}},
		{"Scores of others were arrested.", []string{`arrested vague 40/_  "Scores"`}},
		{"Of the 39 dead, 17 were in Nairobi.", []string{`killed exact 39/39  "39 dead"`, `killed exact 17/17  "17"`}},
		{"Soldiers summarily executed at least 30 villagers.", []string{`killed at_least 30/_ villager "at least 30 villagers"`}},
		{"The army said it had \"neutralised\" 24 fighters.", []string{`killed exact 24/24 fighter "24 fighters"`}},
		{"Two men, Ali Rezaei and Omid Karimi, were hanged at dawn.", []string{`executed exact 2/2 man "Two men"`}},
		{"Killed by the junta: 1,384", []string{`killed exact 1384/1384  "1,384"`}},
		{"Organisers of the rally say they expect 50,000 people by midday.", []string{`participants exact 50000/50000 person "50,000 people"`}},
		{"The school, which has 1,200 pupils and 45 teachers, was closed after the riots.", nil},
		{"Taxi fares of 300-400 kwanza led to riots in which 30 people were killed.", []string{`killed exact 30/30 person "30 people"`}},
		{"Drugs worth \u20b134.7 billion were seized in raids in which 40 people were killed.", []string{`killed exact 40/40 person "40 people"`}},
		{"Court sentences 75 to death over the 2013 sit-in", []string{`sentenced exact 75/75  "75"`}},
		{"Protesters, numbering about 5,000, marched on the palace.", []string{`participants about 5000/5000  "about 5,000"`}},
		{"Kahindo, a mother of six, said 30 were killed.", []string{`killed exact 30/30  "30"`}},
		{"| category | killed |\n|---|---|\n| civilians | 1,249 |\n| members of armed groups | 82 |", []string{`killed exact 1249/1249 civilian "1,249"`, `killed exact 82/82 member "82"`}},
		{"Total: 173 leaders killed in 2024.\n\nBy department:\n- Cauca: 41\n- other departments: 70", []string{`killed exact 173/173 leader "173 leaders"`, `killed exact 41/41  "41"`, `killed exact 70/70  "70"`}},
		{"The hospital says it is treating 47 people, eight of them in a critical condition.", []string{`injured exact 47/47 person "47 people"`, `injured exact 8/8 person "eight"`}},
		{"The ministry says 107,000 people are attending the rally.", []string{`participants exact 107000/107000 person "107,000 people"`}},
		{"Organisers estimate that 40,000 people are on the streets.", []string{`participants exact 40000/40000 person "40,000 people"`}},
		{"Thousands of people have surrounded the parliament; 200 soldiers surrounded the hospital.", []string{`participants vague 2000/_ person "Thousands of people"`, `other exact 200/200 soldier "200 soldiers"`}},
		{"Organisers expect at least 100,000 people at tomorrow's march.", []string{`participants at_least 100000/_ person "at least 100,000 people"`}},
		{"Police detained 240 people at the rally.", []string{`arrested exact 240/240 person "240 people"`}},
		{"Four people were arrested at the rally of 2,000 supporters, held on the anniversary.", []string{`arrested exact 4/4 person "Four people"`, `participants exact 2000/2000 supporter "2,000 supporters"`}},
		{"The toll stood at 19, with 140 people in hospital.", []string{`killed exact 19/19  "19"`, `injured exact 140/140 person "140 people"`}},
		{"94 people had been injured, among them 63 protesters.", []string{`injured exact 94/94 person "94 people"`, `injured exact 63/63 protester "63 protesters"`}},
		{"It said 230 members of the security forces and 250 fighters loyal to Assad had been killed.", []string{`killed exact 230/230 member "230 members"`, `killed exact 250/250 fighter "250 fighters"`}},
		{"Deaths by province:\n| Baghdad | 87 |\n| Dhi Qar | 23 |", []string{`killed exact 87/87  "87"`, `killed exact 23/23  "23"`}},
		{"Camps on the edge of the city already held more than 600,000 displaced people.", []string{`displaced more_than 600000/_ person "more than 600,000 displaced people"`}},
		{"The city of 2 million people was under curfew after 30 were killed.", []string{`killed exact 30/30  "30"`}},
		{"Egypt, with nearly 100 million people, has sentenced more than 2,500 people to death.", []string{`sentenced more_than 2500/_ person "more than 2,500 people"`}},
		{"The toll rose to 104 on Sunday, with more than 6,000 people wounded.", []string{`killed exact 104/104  "104"`, `injured more_than 6000/_ person "more than 6,000 people"`}},
		{"A trial opened over the 2011 sniper killings of 45 protesters.", []string{`killed exact 45/45 protester "45 protesters"`}},
		{"Three soldiers under his command were each sentenced to 10 years in prison.", []string{`sentenced exact 3/3 soldier "Three soldiers"`}},
		{"Political prisoners: 1,793\n- civilians: 1,620\n- men: 1,524; women: 269", []string{`arrested exact 1793/1793 prisoner "1,793"`, `arrested exact 1620/1620 civilian "1,620"`, `arrested exact 1524/1524 man "1,524"`, `arrested exact 269/269 woman "269"`}},
		{"Dead: 12 | Arrests: 40", []string{`killed exact 12/12  "12"`, `arrested exact 40/40 arrest "40"`}},
		{"Detentions by province: Istanbul 512; Ankara 210; other provinces 230.", []string{`arrested exact 512/512  "512"`, `arrested exact 210/210  "210"`, `arrested exact 230/230  "230"`}},
		{"Police killed 6,393 people in 2023, down from 6,430 in 2022. State figures: Bahia 1,699; Rio de Janeiro 871.", []string{`killed exact 6393/6393 person "6,393 people"`, `killed exact 6430/6430 person "6,430"`, `killed exact 1699/1699  "1,699"`, `killed exact 871/871  "871"`}},
		{"The toll rose to 1,085, up from 1,070 last week.", []string{`killed exact 1085/1085  "1,085"`}},
		// An earlier figure the claimant has since replaced is no claim.
		{"The ministry put the toll at 52, after earlier putting it at 40.", []string{`killed exact 52/52  "52"`}},
		// A crowd's verb before the figure yields to a state written after it.
		{"Health centres attended 1,070 people injured in the protests.", []string{`injured exact 1070/1070 person "1,070 people"`}},
		// "up from" a month's figure compares months; it revises nothing.
		{"The group recorded 55 executions in January, up from 41 in December.", []string{
			`executed exact 55/55 execution "55 executions"`, `executed exact 41/41  "41"`}},
		// A verb in -s after a figure is no plural noun for it.
		{"The toll of 975 means more people were killed this year than last.", []string{`killed exact 975/975  "975"`}},
		{"Activists said 300 deaths represents the worst week of the crackdown.", []string{`killed exact 300/300 death "300 deaths"`}},
		{"Flight 752 was shot down; Room 512 was searched.", nil},
		{"Executions by province, January 2023:\nAlborz: 14\nIsfahan: 8\nTotal: 22", []string{`executed exact 14/14  "14"`, `executed exact 8/8  "8"`, `executed exact 22/22  "22"`}},
		{"DISPLACEMENT BY STATE\nKhartoum | 1,100,000\nWest Darfur | 180,000", []string{`displaced exact 1100000/1100000  "1,100,000"`, `displaced exact 180000/180000  "180,000"`}},
		{"Police put the attendance at 37,000.", []string{`participants exact 37000/37000  "37,000"`}},
		{"He said a group of about 500 people had gathered outside.", []string{`participants about 500/500 person "about 500 people"`}},
		{"Up to 200,000 people had taken part in the unrest, and 140 government sites had been set on fire.", []string{`participants at_most _/200000 person "Up to 200,000 people"`, `other exact 140/140 site "140 government sites"`}},
		{"Three men were burned to death and 12 people were burned in the attack.", []string{`killed exact 3/3 man "Three men"`, `injured exact 12/12 person "12 people"`}},
		{"Among the detainees documented by the committee were:\n- 42 journalists;\n- 17 lawyers.", []string{`arrested exact 42/42 journalist "42 journalists"`, `arrested exact 17/17 lawyer "17 lawyers"`}},
		{"No fewer than 300 were killed, and perhaps as many as 1,000.", []string{`killed at_least 300/_  "No fewer than 300"`, `killed at_most _/1000  "as many as 1,000"`}},
		{"Three people drowned while fleeing the police.", []string{`killed exact 3/3 person "Three people"`}},
		{"The commission raised its count of protesters killed since 1 October to 319.", []string{`killed exact 319/319 protester "319"`}},
		{"Its list of political prisoners reached 1,000 on Tuesday.", []string{`arrested exact 1000/1000  "1,000"`}},
		{"Protest deaths passed 220 on Sunday.", []string{`killed more_than 220/_  "passed 220"`}},
		{"It said 62 defenders had been arrested in 2023, compared with 41 the previous year.", []string{`arrested exact 62/62 defender "62 defenders"`, `arrested exact 41/41  "41"`}},
		{"The death toll from the protests and the crackdown that ended them rose to 88.", []string{`killed exact 88/88  "88"`}},
		{"Inflation fell and the toll rose to 12.", []string{`killed exact 12/12  "12"`}},
		{"The crowd, from towns where people could live and work, numbered about 5,000.", []string{`participants about 5000/5000  "about 5,000"`}},
		{"The government puts the number of civilians killed between May 18 and May 27, 1980, at 165.", []string{`killed exact 165/165 civilian "165"`}},
		{"Recap: 3 dead (2 in Lome, 1 in Sokode), 60 arrests.", []string{`killed exact 3/3  "3 dead"`, `killed exact 2/2  "2"`, `killed exact 1/1  "1"`, `arrested exact 60/60 arrest "60 arrests"`}},
		{"Injured: 55 (6 gunshot)", []string{`injured exact 55/55  "55"`, `injured exact 6/6  "6"`}},
		{"Police detained 40 people (the ministry said 45) after the protest.", []string{`arrested exact 40/40 person "40 people"`, `arrested exact 45/45 person "45"`}},
		{"The ministry said 530 remained in pre-trial detention after the protests.", []string{`arrested exact 530/530  "530"`}},
		{"The group recorded 32 cases of enforced disappearance during the crackdown.", []string{`disappeared exact 32/32 case "32 cases"`}},
		{"The group recorded 37 cases of torture during the crackdown.", []string{`other exact 37/37 case "37 cases"`}},
		{"Three detainees were tortured to death and 12 were tortured in custody.", []string{`killed exact 3/3 detainee "Three detainees"`, `injured exact 12/12 detainee "12"`}},
		{"An exhibition on the protests shows 300 photographs.", nil},
		{"Polls open in all 47 counties; 22.1 million voters are registered.", nil},
		{"The National Guard said 17,000 troops had been called up.", []string{`other exact 17000/17000 troop "17,000 troops"`}},
		{"The death toll from protests on Wednesday and Thursday over the arrest of Bobi Wine rose to 37.", []string{`killed exact 37/37  "37"`}},
		{"He broke rules that limit rallies to 200 people after 30 were killed.", []string{`killed exact 30/30  "30"`}},
		{"Protests on July 11 spread to more than 40 towns after 3 were killed.", []string{`places more_than 40/_ town "more than 40 towns"`, `killed exact 3/3  "3"`}},
		{"Police arrested 532 people in 17 of Kenya's 47 counties during the protests.", []string{`arrested exact 532/532 person "532 people"`, `places exact 17/17 county "17 of Kenya's 47 counties"`}},
		{"Police said 52 officers had been injured and 88 vehicles damaged.", []string{`injured exact 52/52 officer "52 officers"`, `other exact 88/88 vehicle "88 vehicles"`}},
		{"State TV said 256 \"rioters\" had been arrested.", []string{`arrested exact 256/256 rioter "256 \"rioters\""`}},
		{"Organisers said \u201cwell over\u201d 100,000 people marched.", []string{"participants more_than 100000/_ person \"\u201cwell over\u201d 100,000 people\""}},
		{"The army lost four soldiers in the ambush.", []string{`killed exact 4/4 soldier "four soldiers"`}},
		{"Forty protesters lost an eye to rubber bullets.", []string{`injured exact 40/40 protester "Forty protesters"`}},
		{"The ministry said 45 officers and gendarmes had been injured.", []string{`injured exact 45/45 officer "45 officers"`}},
		{"Eleven protesters and an officer were killed.", []string{`killed exact 11/11 protester "Eleven protesters"`}},
		{"More than 1,500 prisoners escaped; 150 had since been recaptured.", []string{`other more_than 1500/_ prisoner "More than 1,500 prisoners"`, `arrested exact 150/150  "150"`}},
		{"Two men convicted of killing a militiaman during the protests had been hanged.", []string{`executed exact 2/2 man "Two men"`}},
		{"At least 304 people were killed, up from the 208 deaths it had counted.", []string{`killed at_least 304/_ person "At least 304 people"`}},
		{"Tens of thousands of people filled the square.", []string{`participants vague 20000/_ person "Tens of thousands of people"`}},
		{"The court announced death sentences against five protesters.", []string{`sentenced exact 5/5 protester "five protesters"`}},
		{"One young man, arrested in Tehran in September, was hanged on Thursday.", []string{`executed exact 1/1 man "One young man"`}},
		{"Volunteers gathered the names of thousands of victims.", []string{`other vague 2000/_ victim "thousands of victims"`}},
		{"Two men convicted of killing a militia member had been hanged at dawn.", []string{`executed exact 2/2 man "Two men"`}},
		{"Saudi Arabia executes 81 men in a single day", []string{`executed exact 81/81 man "81 men"`}},
		{"The coordinator said 200 people remained unaccounted for.", []string{`disappeared exact 200/200 person "200 people"`}},
		{"At least 12 journalists were assaulted by police.", []string{`injured at_least 12/_ journalist "At least 12 journalists"`}},
		{"The crowd, protesting against the pass laws, numbered about 5,000.", []string{`participants about 5000/5000  "about 5,000"`}},
		{"More than 500,000 people had already been displaced.", []string{`displaced more_than 500000/_ person "More than 500,000 people"`}},
		{"About 23,000 Nicaraguans have sought asylum in Costa Rica.", []string{`displaced about 23000/23000 Nicaraguan "About 23,000 Nicaraguans"`}},
		{"The charter's 14 articles set out how the 40 detainees would be freed.", []string{`other exact 40/40 detainee "40 detainees"`}},
		{"Police said 2,300 rioters, 400 of whom were minors, were arrested.", []string{
			`arrested exact 2300/2300 rioter "2,300 rioters"`, `arrested exact 400/400 minor "400"`}},
		{"Activists say at least 40,000 were detained, 4,000 of them women.", []string{
			`arrested at_least 40000/_  "at least 40,000"`, `arrested exact 4000/4000 woman "4,000"`}},
		{"Police said three people, two of them police officers, had died.", []string{
			`killed exact 3/3 person "three people"`, `killed exact 2/2 officer "two"`}},
		{"Police said three people had died, one of them a police officer.", []string{
			`killed exact 3/3 person "three people"`, `killed exact 1/1 officer "one"`}},
		{"One of them was a good idea, he said.", nil},
		{"He said 215 of the dead were civilians and nine were police officers.", []string{
			`killed exact 215/215 civilian "215"`, `killed exact 9/9 officer "nine"`}},
		{"Of the dead, 60 were children.", []string{`killed exact 60/60 child "60"`}},
		{"A mob burned the house, killing his wife and two children.", []string{`killed exact 2/2 child "two children"`}},
		{"By region: Donetsk 96 killed, Kharkiv 41, Kyiv city 37, other regions 27.", []string{
			`killed exact 96/96  "96"`, `killed exact 41/41  "41"`, `killed exact 37/37  "37"`, `killed exact 27/27  "27"`}},
		{"Of the civilians killed, 22 were children.", []string{`killed exact 22/22 child "22"`}},
		{"Camara, now 60, seized power in a coup that killed 12 people.", []string{`killed exact 12/12 person "12 people"`}},
		{"Police said ~20,000 people marched.", []string{`participants about 20000/20000 person "~20,000 people"`}},
		{"Police estimate 107,000 people at the peak so far.", []string{`participants exact 107000/107000 person "107,000 people"`}},
		{"Ambulance service: 56 people treated, 2 taken to hospital.", []string{`injured exact 56/56 person "56 people"`, `injured exact 2/2 person "2"`}},
		{"Soldiers killed 21 civilians, 13 of them children, one a pregnant woman.", []string{
			`killed exact 21/21 civilian "21 civilians"`, `killed exact 13/13 child "13"`, `killed exact 1/1 woman "one"`}},
		{"Iran hanged 975 people, an average of more than two and a half executions a day.", []string{`executed exact 975/975 person "975 people"`}},
		{"A failure to reopen the crossing could lead to 1,000 deaths a week.", []string{`killed exact 1000/1000 death "1,000 deaths"`}},
		{"Total deaths: 37 (28 on 18 November, 9 on 19 November)", []string{
			`killed exact 37/37 death "37"`, `killed exact 28/28 death "28"`, `killed exact 9/9 death "9"`}},
		{"Deceased: 5; Deaths in custody: 4", []string{`killed exact 5/5  "5"`, `killed exact 4/4 death "4"`}},
		{"The group put the size of the march at 1.03 million.", []string{
			`participants exact 1030000/1030000  "1.03 million"`}},
		{"Of the dead, 10 were Awami League supporters and one was a member of a militia.", []string{
			`killed exact 10/10 supporter "10"`, `killed exact 1/1 member "one"`}},
		{"Protest leaders, whose confederation says it represents about 1.1 million people, called off the protests.", nil},
		{"In all, 31 former combatants who signed the accord were killed.", []string{`killed exact 31/31 combatant "31 former combatants"`}},
		{"Today: killed 6 (Sagaing 4, Magway 2); arrested 21.", []string{
			`killed exact 6/6  "6"`, `killed exact 4/4  "4"`, `killed exact 2/2  "2"`, `arrested exact 21/21  "21"`}},
		{"- Total killed by the junta since 1 February 2021: 2,940", []string{`killed exact 2940/2940  "2,940"`}},
		{"State channel Khabar 24 reports that 18 soldiers were killed.", []string{`killed exact 18/18 soldier "18 soldiers"`}},
		{"In all, 11,520 civilians have been verified as killed and 23,640 as injured.", []string{
			`killed exact 11520/11520 civilian "11,520 civilians"`, `injured exact 23640/23640 civilian "23,640"`}},
		{"The ministry said 667 people were arrested overnight and 249 police officers injured.", []string{
			`arrested exact 667/667 person "667 people"`, `injured exact 249/249 officer "249 police officers"`}},
		{"Balance:\nInjured attended by the emergency medical service: 579\nDead on arrival or after admission: 31", []string{
			`injured exact 579/579  "579"`, `killed exact 31/31  "31"`}},
		{"The government said 51 civilians, 11 police officers and seven soldiers had been killed.", []string{
			`killed exact 51/51 civilian "51 civilians"`, `killed exact 11/11 officer "11 police officers"`, `killed exact 7/7 soldier "seven soldiers"`}},
		{"The attack left 12 soldiers and three civilians dead.", []string{
			`killed exact 12/12 soldier "12 soldiers"`, `killed exact 3/3 civilian "three civilians"`}},
		{"Police arrested 51 people, 30 were released and seven were charged.", []string{
			`arrested exact 51/51 person "51 people"`, `other exact 30/30 person "30"`, `other exact 7/7 person "seven"`}},
		{"The authorities confirmed 24 deaths, while opposition groups put the toll at more than 100.", []string{
			`killed exact 24/24 death "24 deaths"`, `killed more_than 100/_  "more than 100"`}},
		{"An estimated 2 to 3 million people marched on Sunday.", []string{
			`participants range 2000000/3000000 person "2 to 3 million people"`}},
		{"Rallies took place in 160 towns and cities.", []string{`places exact 160/160 town "160 towns"`}},
		{"Thousands of Kurds fled to Iraq.", []string{`displaced vague 2000/_ Kurd "Thousands of Kurds"`}},
		{"Amnesty first reported 106 deaths, then raised the figure to 143, and later to 304.", []string{
			`killed exact 106/106 death "106 deaths"`, `killed exact 143/143  "143"`, `killed exact 304/304  "304"`}},
		{"At least 304 people, among them 23 children, according to Amnesty, were killed.", []string{
			`killed at_least 304/_ person "At least 304 people"`, `killed exact 23/23 child "23 children"`}},
		{"Some 200 people, police said, were arrested.", []string{`arrested about 200/200 person "Some 200 people"`}},
		{"The death toll went up to 304 on Friday.", []string{`killed exact 304/304  "304"`}},
		{"Some 300 people lost their lives in the unrest.", []string{`killed about 300/300 person "Some 300 people"`}},
		{"Less than 50 protesters remained in the square.", []string{`participants less_than _/50 protester "Less than 50 protesters"`}},
		{"At least hundreds were detained.", []string{`arrested at_least 200/_  "At least hundreds"`}},
		{"More than 1.5 million people rallied.", []string{`participants more_than 1500000/_ person "More than 1.5 million people"`}},
		{"About 1.5m people marched.", []string{`participants about 1500000/1500000 person "About 1.5m people"`}},
		{"Between 2,000 and 3,000 people are estimated to have been killed.", []string{
			`killed range 2000/3000 person "Between 2,000 and 3,000 people"`}},
		{"The arrest of 20 members of the union was condemned.", []string{`arrested exact 20/20 member "20 members"`}},
		{"The authorities said that nine members of the security forces had died.", []string{`killed exact 9/9 member "nine members"`}},
		{"Hundreds, if not thousands, were arrested.", []string{
			`arrested vague 200/_  "Hundreds"`, `arrested vague 2000/_  "thousands"`}},
		{"Two or three people were killed.", []string{`killed range 2/3 person "Two or three people"`}},
		{"More than a dozen protesters were injured.", []string{`injured more_than 12/_ protester "More than a dozen protesters"`}},
		{"Hengaw recorded three deaths and 221 injuries in Kurdish cities.", []string{
			`killed exact 3/3 death "three deaths"`, `injured exact 221/221 injury "221 injuries"`}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(found(tt.in), tt.want); diff != "" {
			t.Errorf("Find(%q) (-got +want):\n%s", tt.in, diff)
		}
	}
}

// TestFindNotFigures lists numbers that are never figures.
func TestFindNotFigures(t *testing.T) {
	for _, in := range []string{
		"One of the protesters was killed.",
		"A 13-year-old boy, aged 17, was seen.",
		"She paid $200 for the permit.",
		"He spent three and a half years in prison.",
		"The 1988 massacre is still denied.",
		"Prices rose 200 percent and the rial lost 40% of its value.",
		"The fine was $5,000 and bail 2 billion rials.",
		"Article 610 of the penal code was cited.",
		"The G20 and the Group of 20 met.",
		"At 9 pm on 15 November 2019 the march began.",
		"The protests of 11 and 12 July were the largest.",
		"Clashes on 3, 4 or 5 May were reported.",
		"The prison, which was built for 5,300 inmates and now holds 8,500, was stormed by rioters.",
		"The forum, a coalition of 22 rights groups, condemned the killings.",
		"MPs passed the bill by 195 votes to 106 before protesters were killed.",
		"The clashes erupted after the commander of the 444 Brigade was detained.",
		"The dead included a boy of 13.",
		"That is 21 more than the government has acknowledged.",
		"The raids came between March 27 and 31 last year.",
		"He was sentenced to 10 years in prison and 74 lashes.",
		"In 2019 protesters took to the streets.",
		"The UN said one in five children was displaced.",
		"The protests lasted for 10 days and over 3 weeks.",
		"She was held in Ward 209 of Evin prison.",
		"The team won 3-1 and lost 1-3 to rivals.",
		"Call +98-21-555-1234 at 10:30.",
		"Iran has 31 provinces.",
		"The strike is in its 3rd week.",
		"COVID-19 spread fast.",
		"Those under 18 were released.",
		"The unemployment rate was 12.5 in the spring.",
		"The 5/17/2018 ruling stood.",
		"No one was hurt.",
		"The government and the opposition met again on Tuesday.",
		"Polls gave the party a 10-point lead and a 20-member delegation went.",
		"The riots cost 2.3bn dollars.",
		"Temperatures hit 40 degrees during the march.",
		"The march covered 12 kilometres.",
		"Petrol prices then tripled to 3,000.",
		"Police detained him as petrol prices tripled to 3,000.",
		"Mahsa Amini, 22, died in custody.",
		"Protesters gathered outside 10 Downing Street on Sunday.",
		"UN Security Council Resolution 2231 was cited by protesters.",
		"Police fired AK-47 rifles and F-16 jets flew over.",
		"Most of those detained were in their 20s.",
		"He was jailed for 5 years in 2020.",
		"Unrest erupted on 9 Dey 1396 in Mashhad.",
		"A 24-hour curfew was imposed.",
		"The student, who turned 19 in prison, was freed.",
		"Reuters, citing three officials, reported the clashes.",
		"The company employs 12,000 people at its plants.",
		"The council has 47 members.",
		"The resolution passed with 25 votes in favour and 16 abstentions.",
		"Unrest spread across the capital, whose 22 districts were calm.",
		"Police said 0300 protesters had been detained.",
		"Diallo, now 71, had been detained since the coup.",
		// Only the figure's own noun cues unrest, and it names an institution.
		"The ministry said 9,000 police were hired this year.",
		"The ministry opened 300 new courts this year.",
	} {
		if got := found(in); len(got) > 0 {
			t.Errorf("Find(%q) = %v, want none", in, got)
		}
	}
}

// TestFindOffsets checks that offsets point into the whole text.
// TestFindContext checks that a figure that names an earlier one ("put the
// figure at 46") takes its measure from the sentences before.
func TestFindContext(t *testing.T) {
	text := "Doctors said the death toll had risen to 108. The government, which put the figure at 46, accused them of lying."
	start := strings.Index(text, "The government")
	got := []string{}
	for _, m := range Find(text, start, len(text)) {
		got = append(got, show(m))
	}
	if diff := cmp.Diff(got, []string{`killed exact 46/46  "46"`}); diff != "" {
		t.Errorf("Find (-got +want):\n%s", diff)
	}
}

func TestFindUnitFromSentenceBefore(t *testing.T) {
	tests := []struct{ text, second, want string }{
		{"At least 39 people were killed on Tuesday. ", "Another 107 were injured, it said.", `injured exact 107/107 person "107"`},
		{"More than 700 people were injured as thousands of protesters clashed with police. ",
			"Of those, 153 were taken to hospital.", `injured exact 153/153 person "153"`},
		// Only a figure that opens its sentence so continues the one before.
		{"At least 39 people were killed on Tuesday. ", "Police said 107 were injured.", `injured exact 107/107  "107"`},
	}
	for _, tt := range tests {
		text := tt.text + tt.second
		var got []string
		for _, m := range Find(text, len(tt.text), len(text)) {
			got = append(got, show(m))
		}
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("Find(%q) (-want +got):\n%s", tt.second, diff)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	text := "Unrelated opening. Police said at least 304 people were killed in Shiraz. Nothing."
	start := strings.Index(text, "Police")
	end := strings.Index(text, " Nothing")
	ms := Find(text, start, end)
	if len(ms) != 1 {
		t.Fatalf("Find = %v, want one figure", ms)
	}
	m := ms[0]
	if got, want := text[m.Start:m.End], "at least 304 people"; got != want {
		t.Errorf("text[Start:End] = %q, want %q", got, want)
	}
	if got, want := text[m.TriggerAt:m.TriggerAt+len(m.Trigger)], "killed"; got != want {
		t.Errorf("trigger = %q, want %q", got, want)
	}
	if got, want := text[m.UnitStart:m.UnitEnd], "people"; got != want {
		t.Errorf("unit = %q, want %q", got, want)
	}
}

func TestFindBadBounds(t *testing.T) {
	for _, b := range [][2]int{{-1, 3}, {0, 100}, {5, 2}, {3, 3}} {
		if got := Find("killed 20 people", b[0], b[1]); got != nil {
			t.Errorf("Find(%d, %d) = %v, want nil", b[0], b[1], got)
		}
	}
}

func TestLemma(t *testing.T) {
	tests := []struct{ in, want string }{
		{"people", "person"}, {"protesters", "protester"}, {"cities", "city"},
		{"children", "child"}, {"women", "woman"}, {"churches", "church"},
		{"provinces", "province"}, {"detainees", "detainee"}, {"police", "police"},
		{"buses", "bus"}, {"bodies", "body"}, {"dead", "dead"}, {"crisis", "crisis"},
	}
	for _, tt := range tests {
		if got := lemma(tt.in); got != tt.want {
			t.Errorf("lemma(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFind checks Find's invariants: no panic, spans inside the sentence,
// Text equal to the span, low <= high when both are set.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"At least 304 people, including 23 children, were killed.",
		"Between 200 and 300 protesters were detained in 100 cities.",
		"A crowd of 5,000 gathered; thousands fled.",
		"The death toll rose from 200 to 304.",
		"Some 12,000 striking workers went on strike.",
		"۱۵۰۰ نفر کشته شدند", "1-", "from", "300-", "a 5,000-strong", "+", "between 5 and",
		"Deaths by province:\n| Baghdad | 87 |\n|---|---|", "By county: Nairobi 17, other counties 11.",
		"3 dead (2 in Lome, 1 in", "256 \u201crioters\u201d", "\u201cwell over\u201d 100,000", "Political prisoners: 1,793\n- men: 1,524; women:",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		for _, m := range Find(s, start, end) {
			if m.Start < start || m.End > end || m.Start >= m.End {
				t.Fatalf("Find(%q, %d, %d): span %d..%d outside", s, start, end, m.Start, m.End)
			}
			if m.Figure.Text != s[m.Start:m.End] {
				t.Fatalf("Find(%q): Text %q != s[%d:%d]", s, m.Figure.Text, m.Start, m.End)
			}
			if m.Figure.Low != nil && m.Figure.High != nil && *m.Figure.Low > *m.Figure.High {
				t.Fatalf("Find(%q): low %d > high %d", s, *m.Figure.Low, *m.Figure.High)
			}
			if m.Figure.Low == nil && m.Figure.High == nil {
				t.Fatalf("Find(%q): %q has no bound", s, m.Figure.Text)
			}
			if m.TriggerAt >= 0 && (m.TriggerAt < start || m.TriggerAt+len(m.Trigger) > end) {
				t.Fatalf("Find(%q): trigger at %d outside", s, m.TriggerAt)
			}
			if m.UnitStart >= 0 && (m.UnitStart < m.Start || m.UnitEnd > m.End) {
				t.Fatalf("Find(%q): unit %d..%d outside the figure", s, m.UnitStart, m.UnitEnd)
			}
		}
	})
}

// figureFree is news-like text with no numbers, the common case for Find.
var figureFree = strings.Repeat("The government and the opposition traded accusations on Tuesday, "+
	"while observers said the talks in the capital had stalled again over the question of reform. ", 64)

func BenchmarkFind(b *testing.B) {
	b.SetBytes(int64(len(figureFree)))
	b.ReportAllocs()
	for b.Loop() {
		if ms := Find(figureFree, 0, len(figureFree)); ms != nil {
			b.Fatal("figures found in figure-free text")
		}
	}
}

func BenchmarkFindFigures(b *testing.B) {
	s := "Security forces killed at least 304 people and arrested more than 7,000 in 100 cities, Amnesty said."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, 0, len(s))
	}
}

// BenchmarkFindLongSentence guards against work that grows with the square
// of a sentence: one "sentence" of a thousand numbers, as a table reads.
func BenchmarkFindLongSentence(b *testing.B) {
	s := strings.Repeat("protesters 12, 40 killed, 300 arrested in 5 cities; ", 1000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s, 0, len(s))
	}
}

// BenchmarkFindNews runs Find sentence by sentence over news-like text in
// which one sentence in ten holds a figure, as the extractor does.
func BenchmarkFindNews(b *testing.B) {
	plain := "Observers said the talks in the capital had stalled again over the question of reform. "
	figure := "Rights groups said at least 304 people were killed and more than 7,000 arrested in 100 cities. "
	text := strings.Repeat(strings.Repeat(plain, 9)+figure, 50)
	var spans [][2]int
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			break
		}
		spans = append(spans, [2]int{start, start + end + 1})
		start += end + 2
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, sp := range spans {
			Find(text, sp[0], sp[1])
		}
	}
}

// TestFindParts: a figure counted inside a larger group of what it counts
// is a part; a figure whose group counts something else is not.
func TestFindParts(t *testing.T) {
	tests := []struct {
		text string
		want map[string]bool // figure text → part
	}{
		{"Six of the dead were police officers, he said.", map[string]bool{"Six": true}},
		{"More than 220 of the deaths came in two days.", map[string]bool{"More than 220 of the deaths": true}},
		{"At least 304 people were killed, including 23 children.", map[string]bool{"At least 304 people": false, "23 children": true}},
		{"Of the 448 killed, 60 were children.", map[string]bool{"448": false, "60": true}},
		{"Among the dead were at least 23 children.", map[string]bool{"at least 23 children": true}},
		{"71 minors were among the 527 dead.", map[string]bool{"71 minors": true, "527 dead": false}},
		{"Police detained 300 of the protesters.", map[string]bool{"300 of the protesters": false}},
	}
	for _, tt := range tests {
		got := map[string]bool{}
		for _, m := range Find(tt.text, 0, len(tt.text)) {
			got[m.Figure.Text] = m.Part
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q) parts (-want +got):\n%s", tt.text, diff)
		}
	}
}

// Every currency name is a non-countable too: a number before one is
// money, never a figure.
func TestCurrencyNamesAreNonCountable(t *testing.T) {
	for w := range currencyNames.All() {
		if !nonCountables.Has(w) {
			t.Errorf("currency %q is not among nonCountables", w)
		}
	}
}

// The noun after "of" and a place's possessive is the part's own: "12 of
// Kenya's 47 governors" counts governors.
func TestNounPhraseAfterPossessive(t *testing.T) {
	for _, text := range []string{"Courts jailed 12 of Kenya's 47 governors.", "Police detained 12 of Kenya’s 290 MPs."} {
		st, ok := scanSentence(text, 0, len(text))
		if !ok {
			t.Fatalf("scanSentence(%q) found no number", text)
		}
		k := 0
		for st.toks[k].kind != tNum {
			k++
		}
		head, _ := st.nounPhrase(st.qualify(k))
		if want := len(st.toks) - 2; head != want {
			t.Errorf("nounPhrase(%q) head = %d, want %d (the last noun)", text, head, want)
		}
		st.release()
	}
}
