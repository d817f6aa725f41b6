package extract

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
	"tally/internal/extract/figure"
)

// fakeFigures stands in for figure.Find in the tests of this package's
// own logic: it takes runs of digits and commas, an "at least" before them
// and the next word as the unit, and reads the measure from a verb after.
func fakeFigures(text string, start, end int) []figure.Match {
	var out []figure.Match
	for i := start; i < end; i++ {
		if text[i] < '0' || text[i] > '9' || i > start && (isWordChar(text[i-1]) || text[i-1] >= '0' && text[i-1] <= '9') {
			continue
		}
		j := i
		for j < end && (text[j] >= '0' && text[j] <= '9' || text[j] == ',' && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9') {
			j++
		}
		n, err := strconv.ParseInt(strings.ReplaceAll(text[i:j], ",", ""), 10, 64)
		if err != nil || n >= 1900 && n <= 2100 {
			i = j
			continue
		}
		m := figure.Match{Start: i, End: j, TriggerAt: -1, UnitStart: -1, UnitEnd: -1, Measure: tally.OtherMeasure}
		m.Figure = tally.Figure{Low: tally.Int64(n), High: tally.Int64(n), Qualifier: tally.Exact}
		if i >= start+9 && strings.EqualFold(text[i-9:i], "at least ") {
			m.Start, m.Figure.High, m.Figure.Qualifier = i-9, nil, tally.AtLeast
		}
		if k := j + 1; k < end && text[j] == ' ' {
			u := k
			for u < end && isWordChar(text[u]) {
				u++
			}
			switch text[k:u] {
			case "people", "protesters", "deaths", "things":
			default:
				i = j
				continue
			}
			m.End, m.UnitStart, m.UnitEnd = u, k, u
			m.Figure.Unit = strings.TrimSuffix(strings.TrimSuffix(text[k:u], "s"), "e")
			if text[k:u] == "people" {
				m.Figure.Unit = "person"
			}
		}
		rest := text[start:end]
		for _, ms := range []struct {
			verb string
			m    tally.Measure
		}{{"executed", tally.Executed}, {"killed", tally.Killed}, {"arrested", tally.Arrested}, {"dead", tally.Killed}, {"died", tally.Killed}, {"detained", tally.Arrested}} {
			if strings.Contains(rest, ms.verb) {
				m.Measure = ms.m
				break
			}
		}
		m.Figure.Text = text[m.Start:m.End]
		out = append(out, m)
		i = m.End
	}
	return out
}

func newFake() *Extractor {
	e := New(Options{})
	e.figures = fakeFigures
	return e
}

func doc(text string) *tally.Document {
	return &tally.Document{
		ID:        tally.DocumentID([]byte(text)),
		Text:      text,
		Publisher: "Example News",
		Published: time.Date(2019, 11, 22, 9, 0, 0, 0, time.UTC),
	}
}

// summary is the part of a claim these tests check.
type summary struct {
	Figure    string
	Measure   tally.Measure
	EventType tally.EventType
	Claimant  string
	Via       []string
	Cue       string
	Modality  tally.Modality
	When      string // start..end (text)
	Actors    string
	Where     string // countries, comma-separated
}

func summarise(c tally.Claim) summary {
	s := summary{Figure: c.Figure.Text, Measure: c.Measure, EventType: c.EventType, Modality: c.Modality}
	if c.Claimant != nil {
		s.Claimant, s.Via, s.Cue = c.Claimant.Name, c.Claimant.Via, c.Claimant.Cue
	}
	if c.When != nil {
		s.When = c.When.Start + ".." + c.When.End + " (" + c.When.Text + ")"
	}
	if c.Actors != nil {
		s.Actors = c.Actors.Perpetrator + " > " + c.Actors.Target
	}
	for i, p := range c.Where {
		if i > 0 {
			s.Where += ","
		}
		s.Where += p.Country
	}
	return s
}

func TestExtractLogic(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []summary
	}{
		{
			name: "reported with interval",
			text: "Amnesty International said at least 304 people were killed between 15 and 19 November 2019.",
			want: []summary{{Figure: "at least 304 people", Measure: tally.Killed, EventType: tally.Killing,
				Claimant: "Amnesty International", Cue: "said", Modality: tally.Reported,
				When: "2019-11-15..2019-11-19 (between 15 and 19 November 2019)"}},
		},
		{
			name: "asserted, typed by the document's protests",
			text: "Protests over fuel prices spread across Iran on 16 November 2019.\n\nSecurity forces killed 12 protesters in Shiraz.",
			want: []summary{{Figure: "12 protesters", Measure: tally.Killed, EventType: tally.Protest,
				Modality: tally.Asserted, When: "2019-11-16..2019-11-16 (16 November 2019)",
				Actors: "security forces > protesters"}},
		},
		{
			name: "speech date only when nothing else dates it",
			text: "The judiciary said on Monday that 200 people were arrested.",
			want: []summary{{Figure: "200 people", Measure: tally.Arrested, EventType: tally.Arrest,
				Claimant: "judiciary", Cue: "said", Modality: tally.Reported,
				When: "2019-11-18..2019-11-18 (Monday)"}},
		},
		{
			name: "speech date loses to the episode's date",
			text: "The judiciary said on Monday that 200 people were arrested in October.",
			want: []summary{{Figure: "200 people", Measure: tally.Arrested, EventType: tally.Arrest,
				Claimant: "judiciary", Cue: "said", Modality: tally.Reported,
				When: "2019-10-01..2019-10-31 (October)"}},
		},
		{
			name: "a when clause that only tells who spoke dates the speech",
			text: "Protests spread on 15 October. The highest count came in November, when Reuters, citing officials, reported that 1,500 people had died.",
			want: []summary{{Figure: "1,500 people", Measure: tally.Killed, EventType: tally.Protest,
				Claimant: "officials", Via: []string{"Reuters"}, Cue: "reported", Modality: tally.Reported,
				When: "2019-10-15..2019-10-15 (15 October)"}},
		},
		{
			name: "a when clause with an act of its own dates the episode",
			text: "Protests spread on 15 October. The worst came in November, when police opened fire and killed 40 people.",
			want: []summary{{Figure: "40 people", Measure: tally.Killed, EventType: tally.Protest,
				Modality: tally.Asserted, When: "2019-11-01..2019-11-30 (November)", Actors: "police > "}},
		},
		{
			name: "a day that opens a sentence of speech is the speech's",
			text: "Protests spread on 15 October. On Monday, the ministry said 40 people had been arrested.",
			want: []summary{{Figure: "40 people", Measure: tally.Arrested, EventType: tally.Protest,
				Claimant: "the ministry", Cue: "said", Modality: tally.Reported,
				When: "2019-10-15..2019-10-15 (15 October)"}},
		},
		{
			name: "a date before the speech verb is the speech's",
			text: "The judiciary on Monday announced that 200 people had been arrested during the protests of 15 to 17 November.",
			want: []summary{{Figure: "200 people", Measure: tally.Arrested, EventType: tally.Protest,
				Claimant: "judiciary", Cue: "announced", Modality: tally.Reported,
				When: "2019-11-15..2019-11-17 (15 to 17 November)"}},
		},
		{
			name: "hedged",
			text: "Some 40 people were reportedly killed in Mahshahr.",
			want: []summary{{Figure: "40 people", Measure: tally.Killed, EventType: tally.Killing, Modality: tally.Hedged}},
		},
		{
			name: "predicted",
			text: "Doctors warned the toll could reach 500 deaths.",
			want: []summary{{Figure: "500 deaths", Measure: tally.OtherMeasure, EventType: tally.Killing, Claimant: "doctors", Cue: "warned", Modality: tally.Predicted}},
		},
		{
			name: "no forecast across a comma",
			text: "The crowd, from towns where people could live, numbered about 5,000, historians say.",
			want: []summary{{Figure: "5,000", Measure: tally.OtherMeasure, EventType: tally.OtherType, Claimant: "historians", Cue: "say", Modality: tally.Reported}},
		},
		{
			name: "a denial's clause ends at a verb of saying",
			text: "The ministry denied that anyone had been shot, and said 3 people had drowned.",
			want: []summary{{Figure: "3 people", Measure: tally.OtherMeasure, EventType: tally.Killing, Claimant: "the ministry", Cue: "said", Modality: tally.Reported}},
		},
		{
			name: "perhaps hedges its own figure",
			text: "Some 300 people were killed, and perhaps 1,000 people, the commission said.",
			want: []summary{
				{Figure: "300 people", Measure: tally.Killed, EventType: tally.Killing, Claimant: "the commission", Cue: "said", Modality: tally.Reported},
				{Figure: "1,000 people", Measure: tally.Killed, EventType: tally.Killing, Claimant: "the commission", Cue: "said", Modality: tally.Hedged},
			},
		},
		{
			name: "a doubt in the clause that rejects another figure",
			text: "A ministry official said 46 people had died, and rejected the committee's count as unverified.",
			want: []summary{{Figure: "46 people", Measure: tally.Killed, EventType: tally.Killing,
				Claimant: "ministry official", Cue: "said", Modality: tally.Reported}},
		},
		{
			name: "a modal in the subject forecasts nothing",
			text: "Organisers of a march against a bill that would have allowed extraditions said 200,000 people had filled the streets.",
			want: []summary{{Figure: "200,000 people", Measure: tally.OtherMeasure, EventType: tally.Protest,
				Claimant: "organisers of a march against a bill", Cue: "said", Modality: tally.Reported}},
		},
		{
			name: "denied",
			text: "Officials denied that 1,500 people were killed during the protests.",
			want: []summary{{Figure: "1,500 people", Measure: tally.Killed, EventType: tally.Protest,
				Claimant: "officials", Cue: "denied", Modality: tally.Denied}},
		},
		{
			name: "chain",
			text: "Reuters, citing three interior ministry officials, said 1,500 people were killed.",
			want: []summary{{Figure: "1,500 people", Measure: tally.Killed, EventType: tally.Killing,
				Claimant: "three interior ministry officials", Via: []string{"Reuters"}, Cue: "said", Modality: tally.Reported}},
		},
		{
			name: "borrowed cue",
			text: "At least 448 people have been killed. Sixty of them were children, the group Iran Human Rights said.",
			want: []summary{
				{Figure: "At least 448 people", Measure: tally.Killed, EventType: tally.Killing,
					Claimant: "Iran Human Rights", Cue: "said", Modality: tally.Reported},
			},
		},
		{
			name: "executions are their own episode",
			text: "Authorities executed 12 people arrested in the protests.",
			want: []summary{{Figure: "12 people", Measure: tally.Executed, EventType: tally.Execution,
				Modality: tally.Asserted, Actors: "authorities > "}},
		},
		{
			name: "no evidence is a denial",
			text: "There is no evidence that 1,000 people were killed, the minister said.",
			want: []summary{{Figure: "1,000 people", Measure: tally.Killed, EventType: tally.Killing,
				Claimant: "the minister", Cue: "said", Modality: tally.Denied}},
		},
		{name: "no figures", text: "Nothing was counted here.", want: nil},
	}
	e := newFake()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []summary
			for _, c := range e.Extract(doc(tt.text)) {
				got = append(got, summarise(c))
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Extract(%q) (-got +want):\n%s", tt.text, diff)
			}
		})
	}
}

func TestExtractRecord(t *testing.T) {
	text := "Headline about 3 things\n\nAt least 30 people were killed, officials said."
	d := doc(text)
	cs := newFake().Extract(d)
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2", len(cs))
	}
	c := cs[1]
	start := strings.Index(text, "at least 30")
	if start < 0 {
		start = strings.Index(text, "At least 30")
	}
	sent := strings.Index(text, "At least")
	want := tally.Claim{
		ID:         tally.ClaimID(d.ID, c.FigureSpan[0]),
		Doc:        d.ID,
		Span:       [2]int{sent, len(text)},
		Quote:      "At least 30 people were killed, officials said.",
		FigureSpan: c.FigureSpan,
		Published:  d.Published,
		Publisher:  "Example News",
	}
	got := tally.Claim{ID: c.ID, Doc: c.Doc, Span: c.Span, Quote: c.Quote, FigureSpan: c.FigureSpan, Published: c.Published, Publisher: c.Publisher}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("claim record (-got +want):\n%s", diff)
	}
	if c.Where != nil {
		t.Errorf("Where = %v with no resolver, want nil", c.Where)
	}
	_ = start
}

func TestMayCount(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"no numbers at all here", false},
		{"someone was there", false},
		{"one man died", true},
		{"Sixty of them", true},
		{"dozens were hurt", true},
		{"in 2019", true},
		{"۱۲ نفر", true},
		{"tenth time", false},
		{"the three", true},
		{"THOUSANDS marched", true},
		{"at the end: seventeen", true},
		{"scoresheet and thousandss", false},
		{"ones and tens", false},
		{"one", true},
		{"Ärzte", false},
		{"twoé", true},
	}
	for _, tt := range tests {
		if got := mayCount(tt.s, 0, len(tt.s)); got != tt.want {
			t.Errorf("mayCount(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestExtractConcurrent runs one Extractor from many goroutines; with
// -race it checks that Extract shares no mutable state, and it checks that
// every run gives the same claims.
func TestExtractConcurrent(t *testing.T) {
	e := newFake()
	texts := newsCorpus(7, 64<<10)
	want := make([][]tally.Claim, len(texts))
	for i, s := range texts {
		want[i] = e.Extract(doc(s))
	}
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for i, s := range texts {
				if diff := cmp.Diff(e.Extract(doc(s)), want[i]); diff != "" {
					errs <- diff
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if diff := <-errs; diff != "" {
			t.Errorf("concurrent Extract differs (-got +want):\n%s", diff)
		}
	}
}

// TestWhenSharedByAnEpisode: a figure whose sentence has no date takes the
// date of the last figure of the same episode in its paragraph, not the
// first date of the paragraph, which may date something else.
func TestWhenSharedByAnEpisode(t *testing.T) {
	text := "The rights group said on Saturday that the president, elected this week, should answer for " +
		"the execution of thousands of political prisoners in 1988. A former official wrote in his memoirs " +
		"that between 2,800 and 3,800 prisoners had been executed."
	claims := New(Options{}).Extract(doc(text))
	got := datesOf(claims, false)
	want := []string{"thousands of political prisoners 1988-01-01..1988-12-31",
		"between 2,800 and 3,800 prisoners 1988-01-01..1988-12-31"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestPartDateStaysItsOwn(t *testing.T) {
	text := "The coalition said 23 people were killed between 15 and 17 November. It said its figure included 11 people killed near the bridge on 16 November.\n\n" +
		"The prime minister told state radio on Monday that 11 people had died."
	got := datesOf(New(Options{}).Extract(doc(text)), false)
	want := []string{"23 people 2019-11-15..2019-11-17", "11 people 2019-11-16..2019-11-16", "11 people 2019-11-15..2019-11-17"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestCourtDayDatesOnlyItsSentences(t *testing.T) {
	text := "A court on Monday sentenced a former ruler to 20 years over the massacre at a stadium on 28 September 2009. " +
		"Seven other defendants were convicted.\n\nThe court found that at least 156 people had been killed."
	got := datesOf(New(Options{}).Extract(doc(text)), true)
	want := []string{"sentenced Seven other defendants 2019-11-18..2019-11-18", "killed at least 156 people 2009-09-28..2009-09-28"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestSentenceDatedByItsCourt(t *testing.T) {
	text := "A court on Monday sentenced 75 people to death over the sit-in of 14 August 2013.\n\n" +
		"It also sentenced more than 500 others to prison terms.\n\nIn Tehran, 300 protesters were arrested on 2 October. " +
		"The judiciary has said that courts have handed down 20 death sentences over the protests."
	got := datesOf(New(Options{}).Extract(doc(text)), true)
	want := []string{
		"sentenced 75 people 2019-11-18..2019-11-18",
		"sentenced more than 500 2019-11-18..2019-11-18", // the court's day, a paragraph before
		"arrested 300 protesters 2019-10-02..2019-10-02",
		"sentenced 20 death sentences -", // not the day of the protests it punishes
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestBracketedMonthLabelsItsNumber(t *testing.T) {
	text := "Monthly bulletin, October 2019\n\nEnforced disappearances: 47 new cases (September: 39)\nDeceased: 5 (including 1 military officer)"
	got := datesAndClaimants(New(Options{}).Extract(doc(text)))
	want := []string{"47 new cases 2019-10-01..2019-10-31 -", "39 2019-09-01..2019-09-30 -",
		"5 2019-10-01..2019-10-31 -", "1 military officer 2019-10-01..2019-10-31 -"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestEstimatedItAt(t *testing.T) {
	text := "The police said the crowd at the march had numbered 338,000. Police estimated it at 240,000."
	var got []string
	for _, c := range New(Options{}).Extract(doc(text)) {
		got = append(got, string(c.Measure)+" "+c.Figure.Text)
	}
	want := []string{"participants 338,000", "participants 240,000"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestBulletRowsDates(t *testing.T) {
	text := "Snapshot, October 2019\n\n- Displaced people (government figure, 31 March 2018): 2,062\n- Health facilities closed by the unrest: 364\n\n" +
		"Briefing\n\n- Total killed by the army since 1 February 2018: 2,940\n- Total arrested: 17,572"
	got := datesOf(New(Options{}).Extract(doc(text)), false)
	// A row's bracketed date is its own; a first row's counting period
	// ("since …") is the list's.
	want := []string{"364 2019-10-01..2019-10-31", "2,940 2018-02-01..2019-11-22", "17,572 2018-02-01..2019-11-22"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestPartOfAClaimedCount(t *testing.T) {
	text := "Viasna's list of political prisoners reached 1,000 on Tuesday. Among the 1,000 are 96 women."
	var got []string
	for _, c := range New(Options{}).Extract(doc(text)) {
		got = append(got, string(c.Measure)+" "+c.Figure.Text+" "+claimantOf(c)+" "+string(c.Modality))
	}
	want := []string{"arrested 1,000 Viasna reported", "arrested 96 women Viasna reported"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestPartsOfThese(t *testing.T) {
	text := "Total: 173 leaders were killed in 2024.\n\nOf these, 31 were Indigenous leaders and nine were women. " +
		"Of them, 22 were tried in absentia."
	var got []string
	for _, c := range New(Options{}).Extract(doc(text)) {
		got = append(got, string(c.Measure)+" "+c.Figure.Text+" "+c.Figure.Unit)
	}
	want := []string{"killed 173 leaders leader", "killed 31 leader", "killed nine woman"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parts (-want +got):\n%s", diff)
	}
}

func TestListRows(t *testing.T) {
	text := "Prisoners, October 2019\n\nBreakdown:\n* held over the protests of 11 July 2018: 554\n* women: 118\n\n" +
		"Executions by province:\nAlborz: 14\nFars: 6"
	got := datesAndClaimants(New(Options{}).Extract(doc(text)))
	// A row is dated by its own line, else by what stands before the
	// list, never by another row; a province in a list of provinces is
	// no news agency.
	want := []string{"554 2018-07-11..2018-07-11 -", "118 2019-10-01..2019-10-31 -",
		"14 2019-10-01..2019-10-31 -", "6 2019-10-01..2019-10-31 -"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestHeadlineEchoes(t *testing.T) {
	e := New(Options{})
	tests := []struct {
		name, text string
		want       int // claims
	}{
		{"a headline's figure the lead repeats", "Group raises protest toll to 304\n\nAmnesty International said on Monday that 304 people had been killed.", 1},
		{"a headline's own figure", "Police arrest 40 after march\n\nAmnesty International said on Monday that 304 people had been killed.", 2},
		{"a first sentence is no headline", "Police held 40 people.\n\nAmnesty International said 40 people had been held.", 2},
		{"a headline's terse verb", "Courts jail 25 civilians over riots\n\nMilitary courts sentenced 25 civilians to prison terms for their part in the riots.", 1},
		{"a headline's other count", "Thousands of officers on standby after riots\n\nThousands of counter-protesters gathered in the square.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &tally.Document{ID: tally.DocumentID([]byte(tt.text)), Text: tt.text}
			if got := len(e.Extract(doc)); got != tt.want {
				t.Errorf("Extract(%q) gave %d claims, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestPointBack(t *testing.T) {
	e := New(Options{})
	text := "The association said 477 journalists had been detained in 2020. It said 15 of them were still held, and at least 20 others had fled."
	doc := &tally.Document{ID: tally.DocumentID([]byte(text)), Text: text}
	var got []string
	for _, c := range e.Extract(doc) {
		got = append(got, c.Figure.Unit)
	}
	if diff := cmp.Diff(got, []string{"journalist", "journalist", "journalist"}); diff != "" {
		t.Errorf("units (-got +want):\n%s", diff)
	}
}

func TestPublisherNamesItself(t *testing.T) {
	text := "Since the protests began, the Commission has documented 39 deaths.\n\nThe ministry said 12 people were hurt."
	d := doc(text)
	d.Publisher = "Civic Rights Commission"
	var got []string
	for _, c := range New(Options{}).Extract(d) {
		got = append(got, c.Figure.Text+" "+claimantOf(c))
	}
	// "the Commission" is the publisher; "the ministry" is not.
	want := []string{"39 deaths Civic Rights Commission", "12 people the ministry"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claimants (-want +got):\n%s", diff)
	}
}

func TestLaterParagraphsTakeTheDocumentsEpisode(t *testing.T) {
	text := "Army told to fire on looters after a day of clashes leaves 8 dead\n\n" +
		"PORTVILLE, Nov 22 (Example News) - The defence ministry ordered soldiers on Thursday to fire on anyone " +
		"looting shops, a day after clashes between rival camps left eight people dead and more than 200 injured.\n\n" +
		"The violence began when supporters of the governor, bused in from the villages, attacked a sit-in outside " +
		"the assembly. The governor resigned hours later. Police said 78 people had been admitted to the main hospital " +
		"from the sit-in alone."
	got := datesOf(New(Options{}).Extract(doc(text)), false)
	// Thursday is the order's day; the episode, the day before, dates
	// the paragraph that names no day, though its figure is of another
	// kind of event.
	want := []string{"eight people 2019-11-20..2019-11-20", "more than 200 injured 2019-11-20..2019-11-20", "78 people 2019-11-20..2019-11-20"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestByTheEndRunsFromTheEpisode(t *testing.T) {
	text := "Eight years ago today, soldiers fired on a march in Portville, and four people were killed.\n\n" +
		"By the end of 2011, the United Nations said, more than 5,000 people had been killed in the crackdown. " +
		"In 2012, 300 people were killed."
	got := datesOf(New(Options{}).Extract(doc(text)), false)
	want := []string{
		"four people 2011-11-22..2011-11-22",
		"more than 5,000 people 2011-11-22..2011-12-31", // a running total since the episode began
		"300 people 2012-01-01..2012-12-31",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestLiveEntryKeepsItsEpisode(t *testing.T) {
	text := "Unrest after the arrest - live\n\n" +
		"21:15 - Provincial police say 945 people have been arrested since Tuesday and 130 officers injured. " +
		"They say 25 police vehicles have been set on fire.\n\n" +
		"18:40 - A hospital says it has treated 40 people."
	got := datesOf(New(Options{}).Extract(doc(text)), false)
	want := []string{
		"945 people 2019-11-19..2019-11-22", "130 officers 2019-11-19..2019-11-22",
		"25 police vehicles 2019-11-19..2019-11-22", // the entry's episode, not the day it was posted
		"40 people 2019-11-22..2019-11-22",          // an entry with no date of its own: the day it was posted
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestChargesAreNotDatedByTheirEpisode(t *testing.T) {
	text := "Security forces killed 300 people during the protests of 15 September.\n\n" +
		"The judiciary has said that more than 2,000 people have been charged over the unrest. " +
		"Prosecutors charged 40 people on 2 October."
	got := datesOf(New(Options{}).Extract(doc(text)), false)
	want := []string{
		"300 people 2019-09-15..2019-09-15",
		"more than 2,000 people -",         // not the day of the protests the charges concern
		"40 people 2019-10-02..2019-10-02", // the day written for the charges
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

func TestBracketedDateRestatesTheHeaders(t *testing.T) {
	text := "Verified casualties of the July-August 2019 uprising (1 July to 15 August 2019)\n\n" +
		"834 deaths and 13,529 injuries have been verified."
	got := datesOf(New(Options{}).Extract(doc(text)), false)
	want := []string{"834 deaths 2019-07-01..2019-08-15", "13,529 injuries 2019-07-01..2019-08-15"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
}

// datesOf writes each claim as its figure's text and its dates, "-" for
// none, after its measure when measured is set.
func datesOf(claims []tally.Claim, measured bool) []string {
	var got []string
	for _, c := range claims {
		w := "-"
		if c.When != nil {
			w = c.When.Start + ".." + c.When.End
		}
		line := c.Figure.Text + " " + w
		if measured {
			line = string(c.Measure) + " " + line
		}
		got = append(got, line)
	}
	return got
}

// datesAndClaimants writes each claim as datesOf does, then its claimant.
func datesAndClaimants(claims []tally.Claim) []string {
	got := datesOf(claims, false)
	for i, c := range claims {
		got[i] += " " + claimantOf(c)
	}
	return got
}

// claimantOf is the name of the claim's claimant, "-" for none.
func claimantOf(c tally.Claim) string {
	if c.Claimant == nil {
		return "-"
	}
	return c.Claimant.Name
}
