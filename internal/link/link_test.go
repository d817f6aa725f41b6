package link

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
)

// Places used by the scenarios; coordinates are rounded public figures.
var (
	iran    = tally.Place{Name: "Iran", Country: "IR", Lat: 32, Lon: 53, Kind: "country", GeonamesID: 130758}
	shiraz  = tally.Place{Name: "Shiraz", Country: "IR", Admin1: "Fars", Lat: 29.61, Lon: 52.54, Kind: "city", GeonamesID: 115019}
	tehran  = tally.Place{Name: "Tehran", Country: "IR", Lat: 35.69, Lon: 51.42, Kind: "city", GeonamesID: 112931}
	zahedan = tally.Place{Name: "Zahedan", Country: "IR", Admin1: "Sistan and Baluchestan", Lat: 29.5, Lon: 60.86, Kind: "city", GeonamesID: 1159301}
	iraq    = tally.Place{Name: "Iraq", Country: "IQ", Lat: 33, Lon: 44, Kind: "country", GeonamesID: 99237}
)

// spec describes one claim of a scenario briefly.
type spec struct {
	doc, publisher, published string
	claimant                  string // "" for the publisher's own voice
	measure                   tally.Measure
	low, high                 int64 // -1 for an open bound
	qualifier                 tally.Qualifier
	quote                     string
	when                      [2]string
	where                     []tally.Place
	modality                  tally.Modality
	eventType                 tally.EventType
	at                        int // figure offset in the document
}

func bound(n int64) *int64 {
	if n < 0 {
		return nil
	}
	return tally.Int64(n)
}

func (s spec) claim() tally.Claim {
	c := tally.Claim{
		ID:         tally.ClaimID(s.doc, s.at),
		Doc:        s.doc,
		Quote:      s.quote,
		FigureSpan: [2]int{s.at, s.at + 3},
		Measure:    s.measure,
		Figure:     tally.Figure{Low: bound(s.low), High: bound(s.high), Qualifier: s.qualifier},
		EventType:  s.eventType,
		Modality:   s.modality,
		Where:      s.where,
		Publisher:  s.publisher,
	}
	if c.EventType == "" {
		c.EventType = tally.Protest
	}
	if c.Modality == "" {
		c.Modality = tally.Reported
	}
	if s.claimant != "" {
		c.Claimant = &tally.Claimant{Name: s.claimant, Cue: "said"}
	}
	if s.when != [2]string{} {
		c.When = &tally.When{Start: s.when[0], End: s.when[1]}
	}
	if s.published != "" {
		t, err := time.Parse(time.DateOnly, s.published)
		if err != nil {
			panic(err)
		}
		c.Published = t
	}
	return c
}

var nov2019 = [2]string{"2019-11-15", "2019-11-19"}

// demoSpecs is a scenario like the demo corpus: Amnesty's rising toll,
// echoed by other outlets; a wire figure of 1,500 and a syndicated copy of
// it; an official figure of 225; officials denying the 1,500; one city's
// toll; and unrelated events in another year and another country.
func demoSpecs() []spec {
	amnesty := func(doc, pub, published string, low int64, q tally.Qualifier, claimant string) spec {
		return spec{doc: doc, publisher: pub, published: published, claimant: claimant, measure: tally.Killed,
			low: low, high: -1, qualifier: q, when: nov2019, where: []tally.Place{iran},
			quote: "Amnesty said at least " + strconv.FormatInt(low, 10) + " protesters were killed."}
	}
	wire := "Three officials told the agency that about 1,500 people were killed in under two weeks of unrest."
	return []spec{
		amnesty("d-amnesty-1", "Amnesty International", "2019-11-19", 106, tally.MoreThan, ""),
		amnesty("d-guardian", "The Guardian", "2019-11-25", 143, tally.AtLeast, "Amnesty"),
		amnesty("d-bbc", "BBC", "2019-12-02", 208, tally.AtLeast, "Amnesty International"),
		amnesty("d-dw", "DW", "2019-12-03", 208, tally.AtLeast, "AI"),
		amnesty("d-amnesty-2", "Amnesty International", "2020-05-20", 304, tally.AtLeast, ""),
		amnesty("d-npr", "NPR", "2020-05-21", 304, tally.AtLeast, "the Amnesty International"),
		{doc: "d-reuters", publisher: "Reuters", published: "2019-12-23", measure: tally.Killed,
			low: 1500, high: 1500, qualifier: tally.About, quote: wire, when: nov2019, where: []tally.Place{iran}, at: 40},
		{doc: "d-yahoo", publisher: "Yahoo News", published: "2019-12-23", measure: tally.Killed,
			low: 1500, high: 1500, qualifier: tally.About, quote: wire, when: nov2019, where: []tally.Place{iran}, at: 52},
		{doc: "d-irna", publisher: "IRNA", published: "2020-06-01", claimant: "Iranian officials", measure: tally.Killed,
			low: 225, high: 225, qualifier: tally.Exact, quote: "Officials put the toll at 225.", when: nov2019, where: []tally.Place{iran}},
		{doc: "d-irna", publisher: "IRNA", published: "2020-06-01", claimant: "officials", measure: tally.Killed,
			low: 1500, high: 1500, qualifier: tally.Exact, quote: "Officials denied that 1,500 died.", when: nov2019,
			where: []tally.Place{iran}, modality: tally.Denied, at: 90},
		{doc: "d-irna", publisher: "IRNA", published: "2020-06-01", claimant: "a senior member of parliament", measure: tally.Killed,
			low: 230, high: 230, qualifier: tally.Exact, quote: "A lawmaker put the dead at 230.", when: [2]string{"2019-11"}, at: 140},
		{doc: "d-amnesty-2", publisher: "Amnesty International", published: "2020-05-20", measure: tally.Killed, // children, inside the 304
			low: 23, high: -1, qualifier: tally.AtLeast, when: nov2019, where: []tally.Place{iran}, at: 60,
			quote: "Among the dead were at least 23 children."},
		{doc: "d-iranintl", publisher: "Iran International", published: "2019-11-20", measure: tally.Arrested,
			low: 7000, high: -1, qualifier: tally.MoreThan, claimant: "a lawmaker",
			quote: "More than 7,000 were detained, a lawmaker said.", when: [2]string{"2019-11"}, where: []tally.Place{iran}},
		{doc: "d-farda", publisher: "Radio Farda", published: "2019-11-21", claimant: "local residents", measure: tally.Killed,
			low: 20, high: 20, qualifier: tally.Exact, quote: "Residents said 20 died in Shiraz.", where: []tally.Place{shiraz}},
		{doc: "d-2022", publisher: "Reuters", published: "2022-10-01", claimant: "IHR", measure: tally.Killed,
			low: 133, high: -1, qualifier: tally.AtLeast, quote: "IHR counted at least 133 dead.",
			when: [2]string{"2022-09-16", "2022-09-30"}, where: []tally.Place{iran}},
		{doc: "d-zahedan", publisher: "Iran International", published: "2022-10-06", claimant: "Amnesty", measure: tally.Killed,
			low: 66, high: -1, qualifier: tally.AtLeast, quote: "Amnesty said at least 66 were killed in Zahedan on 30 September.",
			when: [2]string{"2022-09-30", "2022-09-30"}, where: []tally.Place{zahedan}, eventType: tally.Killing},
		{doc: "d-zahedan", publisher: "Iran International", published: "2022-10-06", claimant: "the authorities", measure: tally.Killed,
			low: 19, high: 19, qualifier: tally.Exact, quote: "The authorities spoke of 19 dead.", at: 70,
			when: [2]string{"2022-09-30", "2022-09-30"}, where: []tally.Place{zahedan}, eventType: tally.Killing},
		{doc: "d-iraq", publisher: "AP", published: "2019-11-20", claimant: "medics", measure: tally.Killed,
			low: 300, high: -1, qualifier: tally.MoreThan, quote: "Medics said more than 300 have died.",
			when: [2]string{"2019-10-01", "2019-11-20"}, where: []tally.Place{iraq}},
	}
}

func claimsOf(specs []spec) []tally.Claim {
	claims := make([]tally.Claim, len(specs))
	for i, s := range specs {
		claims[i] = s.claim()
	}
	return claims
}

func seeded(t testing.TB) *Registry {
	t.Helper()
	reg, err := NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// summary is what a scenario test compares: an event's shape without IDs.
type summary struct {
	Title     string
	Documents int
	Claims    int
	Children  int
	HasParent bool
	Measures  map[tally.Measure]measureSummary
}

type measureSummary struct {
	Low, High   string
	Conflict    bool
	PartiesOnly bool
	Independent int
	Claimants   []string // "name kind party via reports: revisions → current"
}

func summarize(events []tally.Event) []summary {
	out := make([]summary, len(events))
	for i, ev := range events {
		s := summary{Title: ev.Title, Documents: ev.Documents, Claims: len(ev.Claims),
			Children: len(ev.Children), HasParent: ev.Parent != nil, Measures: map[tally.Measure]measureSummary{}}
		for m, mf := range ev.Measures {
			ms := measureSummary{Low: boundKey(mf.Range.Low), High: boundKey(mf.Range.High),
				Conflict: mf.Conflict, PartiesOnly: mf.PartiesOnly, Independent: mf.IndependentClaimants}
			for _, c := range mf.Claimants {
				ms.Claimants = append(ms.Claimants, claimantLine(c))
			}
			s.Measures[m] = ms
		}
		out[i] = s
	}
	return out
}

func claimantLine(c tally.ClaimantFigures) string {
	line := c.Name + " " + string(c.Kind) + " party=" + strconv.FormatBool(c.PartyToConflict) +
		" via=" + strconv.FormatBool(c.ViaPublisher) + " reports=" + strconv.Itoa(c.Reports) + ":"
	for _, r := range append(slices.Clone(c.Revisions), c.Current) {
		line += " " + boundKey(r.Low) + "/" + boundKey(r.High) + "@" + r.ClaimedOn
	}
	return line
}

func TestLinkDemoScenario(t *testing.T) {
	got := summarize(Link(claimsOf(demoSpecs()), seeded(t)))
	want := []summary{
		{Title: "protest, Iraq, 2019-10-01 … 2019-11-20", Documents: 1, Claims: 1, Measures: map[tally.Measure]measureSummary{
			tally.Killed: {Low: "300", High: "-", Independent: 1, Claimants: []string{
				"medics unknown party=false via=false reports=1: 300/-@2019-11-20"}},
		}},
		{Title: "protest, Iran, 2019-11-01 … 2019-11-30", Documents: 10, Claims: 13, Children: 1, Measures: map[tally.Measure]measureSummary{
			tally.Killed: {Low: "225", High: "-", Conflict: true, Independent: 4, Claimants: []string{
				"a senior member of parliament government party=true via=false reports=1: 230/230@2020-06-01",
				"Amnesty International rights_group party=false via=false reports=6: 106/-@2019-11-19 143/-@2019-11-25 208/-@2019-12-02 304/-@2020-05-20",
				"Iranian government government party=true via=false reports=1: 225/225@2020-06-01",
				"Reuters news_agency party=false via=true reports=1: 1500/1500@2019-12-23",
				"Yahoo News unknown party=false via=true reports=1: 1500/1500@2019-12-23",
			}},
			tally.Arrested: {Low: "7000", High: "-", PartiesOnly: true, Independent: 1, Claimants: []string{
				"a lawmaker government party=true via=false reports=1: 7000/-@2019-11-20"}},
		}},
		{Title: "protest, Shiraz, 2019-11-07 … 2019-11-21", Documents: 1, Claims: 1, HasParent: true, Measures: map[tally.Measure]measureSummary{
			tally.Killed: {Low: "20", High: "20", Independent: 1, Claimants: []string{
				"local residents individual party=false via=false reports=1: 20/20@2019-11-21"}},
		}},
		{Title: "protest, Iran, 2022-09-16 … 2022-09-30", Documents: 1, Claims: 1, Children: 1, Measures: map[tally.Measure]measureSummary{
			tally.Killed: {Low: "133", High: "-", Independent: 1, Claimants: []string{
				"Iran Human Rights rights_group party=false via=false reports=1: 133/-@2022-10-01"}},
		}},
		{Title: "killing, Zahedan, 2022-09-30", Documents: 1, Claims: 2, HasParent: true, Measures: map[tally.Measure]measureSummary{
			tally.Killed: {Low: "19", High: "-", Conflict: true, Independent: 2, Claimants: []string{
				"Amnesty International rights_group party=false via=false reports=1: 66/-@2022-10-06",
				"authorities government party=true via=false reports=1: 19/19@2022-10-06",
			}},
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Link demo scenario (-want +got):\n%s", diff)
	}
}

func TestLinkParentChild(t *testing.T) {
	events := Link(claimsOf(demoSpecs()), seeded(t))
	byTitle := make(map[string]tally.Event)
	for _, ev := range events {
		byTitle[ev.Title] = ev
	}
	parent, child := byTitle["protest, Iran, 2019-11-01 … 2019-11-30"], byTitle["protest, Shiraz, 2019-11-07 … 2019-11-21"]
	if got, want := parent.Children, []string{child.ID}; !slices.Equal(got, want) {
		t.Errorf("parent children = %v, want %v", got, want)
	}
	if child.Parent == nil || *child.Parent != parent.ID {
		t.Errorf("child parent = %v, want %s", child.Parent, parent.ID)
	}
	if got, want := parent.Where, []tally.Place{iran}; !cmp.Equal(got, want) {
		t.Errorf("parent where = %v, want %v", got, want)
	}
}

func TestLinkShuffleDeterministic(t *testing.T) {
	reg := seeded(t)
	claims := claimsOf(demoSpecs())
	want := Link(slices.Clone(claims), reg)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := slices.Clone(claims)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if diff := cmp.Diff(want, Link(shuffled, reg)); diff != "" {
			t.Fatalf("Link depends on claim order (-first +shuffled):\n%s", diff)
		}
	}
}

func TestEventIDStable(t *testing.T) {
	tests := []struct {
		a, b []string
		same bool
	}{
		{[]string{"cl_1", "cl_2"}, []string{"cl_2", "cl_1"}, true},
		{[]string{"cl_1", "cl_2"}, []string{"cl_1", "cl_2", "cl_2"}, true},
		{[]string{"cl_1", "cl_2"}, []string{"cl_1", "cl_3"}, false},
		{[]string{"cl_1"}, []string{"cl_1", "cl_2"}, false},
	}
	for _, tt := range tests {
		if got := EventID(tt.a) == EventID(tt.b); got != tt.same {
			t.Errorf("EventID(%v) == EventID(%v) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestTimeClusters(t *testing.T) {
	tests := []struct {
		name  string
		specs []spec
		want  int // events
	}{
		{"year precision joins a month inside it", []spec{
			{doc: "a", when: [2]string{"1988"}, low: 1, high: 1},
			{doc: "b", when: [2]string{"1988-07", "1988-09"}, low: 2, high: 2},
		}, 1},
		{"disjoint dates stay apart", []spec{
			{doc: "a", when: [2]string{"2019-11-15", "2019-11-19"}, low: 1, high: 1},
			{doc: "b", when: [2]string{"2020-01-08", "2020-01-08"}, low: 2, high: 2},
		}, 2},
		{"an undated claim uses the days before publication", []spec{
			{doc: "a", when: [2]string{"2019-11-15", "2019-11-19"}, low: 1, high: 1},
			{doc: "b", published: "2019-11-25", low: 2, high: 2},
		}, 1},
		{"daily undated reports do not chain past the maximum span", chain(200), 3}, // spans of at most 90 days
		{"claims dated on consecutive days stay apart", []spec{
			{doc: "a", when: [2]string{"2019-11-15", "2019-11-15"}, low: 1, high: 1},
			{doc: "b", when: [2]string{"2019-11-16", "2019-11-16"}, low: 2, high: 2},
		}, 2},
		{"undated without a publication date link with each other only", []spec{
			{doc: "a", low: 1, high: 1},
			{doc: "b", low: 2, high: 2},
			{doc: "c", when: [2]string{"2019-11-15"}, low: 3, high: 3},
		}, 2},
		{"a national total and a city count are parent and child", []spec{
			{doc: "a", when: [2]string{"2019-11-15"}, low: 100, high: 100, where: []tally.Place{iran}},
			{doc: "b", when: [2]string{"2019-11-15"}, low: 10, high: 10, where: []tally.Place{tehran}},
		}, 2},
		{"another event type is another event", []spec{
			{doc: "a", when: [2]string{"2019-11-15"}, low: 1, high: 1, eventType: tally.Execution},
			{doc: "b", when: [2]string{"2019-11-15"}, low: 1, high: 1, eventType: tally.Protest},
		}, 2},
		{"a running toll reaches its publication date", []spec{
			{doc: "a", when: [2]string{"2022-09-16", "2022-09-16"}, published: "2022-11-29", low: 448, high: -1, where: []tally.Place{iran}},
			{doc: "b", when: [2]string{"2022-11-24", "2022-11-24"}, published: "2022-11-24", low: 300, high: -1, where: []tally.Place{iran}},
		}, 1},
		{"a toll claimed years later does not bridge two waves", []spec{
			{doc: "a", when: [2]string{"2019-11"}, published: "2023-08-28", low: 200, high: -1, where: []tally.Place{iran}},
			{doc: "b", when: [2]string{"2019-11-15", "2019-11-19"}, published: "2019-12-16", low: 304, high: -1, where: []tally.Place{iran}},
			{doc: "c", when: [2]string{"2022-09-16", "2022-09-30"}, published: "2022-10-01", low: 133, high: -1, where: []tally.Place{iran}},
		}, 2},
		{"a claim naming no place takes its document's country", []spec{
			{doc: "a", when: [2]string{"2019-11"}, low: 230, high: 230},
			{doc: "a", when: [2]string{"2019-11"}, low: 7000, high: 7000, where: []tally.Place{iran}, at: 50},
			{doc: "b", when: [2]string{"2019-11"}, low: 5, high: 5, where: []tally.Place{iraq}},
		}, 2},
		{"a riot links with a protest", []spec{
			{doc: "a", when: [2]string{"2019-11-15"}, low: 1, high: 1, eventType: tally.Riot},
			{doc: "b", when: [2]string{"2019-11-15"}, low: 1, high: 1, eventType: tally.Protest},
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.specs {
				tt.specs[i].measure = tally.Killed
				tt.specs[i].qualifier = tally.Exact
			}
			if got := len(Link(claimsOf(tt.specs), nil)); got != tt.want {
				t.Errorf("events = %d, want %d", got, tt.want)
			}
		})
	}
}

// chain is n undated reports published on n days in a row.
func chain(n int) []spec {
	start := time.Date(2022, 9, 16, 0, 0, 0, 0, time.UTC)
	specs := make([]spec, n)
	for i := range specs {
		day := start.AddDate(0, 0, i).Format(time.DateOnly)
		specs[i] = spec{doc: "d" + strconv.Itoa(i), published: day, low: int64(i), high: int64(i), where: []tally.Place{iran}}
	}
	return specs
}

func TestRangeOf(t *testing.T) {
	cur := func(lo, hi int64) tally.ClaimantFigures {
		return tally.ClaimantFigures{Current: tally.FigureRef{Low: bound(lo), High: bound(hi)}}
	}
	tests := []struct {
		name     string
		in       []tally.ClaimantFigures
		low, hi  string
		conflict bool
	}{
		{"one exact figure", []tally.ClaimantFigures{cur(5, 5)}, "5", "5", false},
		{"at least 304 and 1,500 agree", []tally.ClaimantFigures{cur(304, -1), cur(1500, 1500)}, "304", "-", false},
		{"225 and 1,500 conflict", []tally.ClaimantFigures{cur(225, 225), cur(1500, 1500)}, "225", "1500", true},
		{"up to 100 and more than 200 conflict", []tally.ClaimantFigures{cur(-1, 100), cur(200, -1)}, "-", "-", true},
		{"ranges that touch agree", []tally.ClaimantFigures{cur(100, 200), cur(200, 300)}, "100", "300", false},
	}
	for _, tt := range tests {
		r, conflict := rangeOf(tt.in)
		if got, want := [3]string{boundKey(r.Low), boundKey(r.High), strconv.FormatBool(conflict)},
			[3]string{tt.low, tt.hi, strconv.FormatBool(tt.conflict)}; got != want {
			t.Errorf("%s: rangeOf = %v, want %v", tt.name, got, want)
		}
	}
}

func TestPartiesOnly(t *testing.T) {
	specs := []spec{
		{doc: "a", publisher: "IRNA", when: nov2019, low: 225, high: 225, measure: tally.Killed, quote: "A figure of 225."},
		{doc: "b", claimant: "Fars", when: nov2019, low: 200, high: 200, measure: tally.Killed, quote: "A figure of 200."},
	}
	events := Link(claimsOf(specs), seeded(t))
	if len(events) != 1 {
		t.Fatalf("events = %d, want 1", len(events))
	}
	mf := events[0].Measures[tally.Killed]
	if !mf.PartiesOnly || !mf.Conflict {
		t.Errorf("parties only = %v, conflict = %v; want true, true", mf.PartiesOnly, mf.Conflict)
	}
}

func TestWhenDays(t *testing.T) {
	tests := []struct {
		start, end string
		want       [2]string
		ok         bool
	}{
		{"2019-11-15", "2019-11-19", [2]string{"2019-11-15", "2019-11-19"}, true},
		{"1988", "", [2]string{"1988-01-01", "1988-12-31"}, true},
		{"2020-02", "", [2]string{"2020-02-01", "2020-02-29"}, true},
		{"", "2019-11", [2]string{"2019-11-01", "2019-11-30"}, true},
		{"2019-11-19", "2019-11-15", [2]string{"2019-11-15", "2019-11-19"}, true},
		{"last May", "", [2]string{}, false},
	}
	for _, tt := range tests {
		s, e, ok := whenDays(&tally.When{Start: tt.start, End: tt.end})
		got := [2]string{}
		if ok {
			got = [2]string{dayString(s), dayString(e)}
		}
		if got != tt.want || ok != tt.ok {
			t.Errorf("whenDays(%q, %q) = %v %v, want %v %v", tt.start, tt.end, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCarriersOutermostOnce(t *testing.T) {
	claim := func(via ...string) *item {
		c := &tally.Claim{Claimant: &tally.Claimant{Name: "three officials", Via: via}}
		return &item{c: c}
	}
	got := carriers([]*item{claim("Reuters", "a ministry memo"), claim(), claim("AP"), claim("Reuters")})
	if diff := cmp.Diff([]string{"Reuters", "AP"}, got); diff != "" {
		t.Errorf("carriers (-want +got):\n%s", diff)
	}
}

// TestPublisherHomeCountry: a state agency's report that names no place is
// about its own country, so it joins that country's event.
func TestPublisherHomeCountry(t *testing.T) {
	reg, err := NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)
	claims := []tally.Claim{
		{ID: "a", Doc: "d1", Measure: tally.Killed, EventType: tally.Protest, Publisher: "Amnesty International", Published: published,
			Figure: tally.Figure{Low: bound(106)}, When: &tally.When{Start: "2019-11-15", End: "2019-11-19"},
			Where: []tally.Place{{Name: "Iran", Country: "IR", Kind: "country"}}},
		{ID: "b", Doc: "d2", Measure: tally.Killed, EventType: tally.Protest, Publisher: "IRNA", Published: published,
			Figure: tally.Figure{Low: bound(12), High: bound(12)}, When: &tally.When{Start: "2019-11-15", End: "2019-11-19"}},
	}
	events := Link(claims, reg)
	if len(events) != 1 {
		t.Fatalf("got %d events, want the state agency's claim in Iran's event", len(events))
	}
	if _, err := ParseSources([]byte(`[{"name": "X", "kind": "government", "country": "Iran"}]`), "json"); err == nil {
		t.Error("a country that is not an ISO code was accepted")
	}
}

// TestPartsAreNotTotals: a figure counted inside a larger one ("six of the
// dead") is not set beside other sources' totals.
func TestPartsAreNotTotals(t *testing.T) {
	published := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	when := &tally.When{Start: "2019-11-15", End: "2019-11-19"}
	iran := []tally.Place{{Name: "Iran", Country: "IR", Kind: "country"}}
	claim := func(id, claimant string, low int64, part bool) tally.Claim {
		return tally.Claim{ID: id, Doc: "d" + id, Measure: tally.Killed, EventType: tally.Protest, Published: published,
			Claimant: &tally.Claimant{Name: claimant}, Figure: tally.Figure{Low: bound(low), High: bound(low)},
			When: when, Where: iran, Part: part}
	}
	events := Link([]tally.Claim{
		claim("a", "an MP", 230, false),
		claim("b", "Mojtaba Zolnour", 6, true),
		claim("c", "Amnesty International", 304, false),
		claim("d", "Amnesty International", 23, true),
	}, nil)
	if len(events) != 1 {
		t.Fatalf("got %d events, want 1", len(events))
	}
	var got []string
	for _, c := range events[0].Measures[tally.Killed].Claimants {
		got = append(got, c.Name+" "+boundKey(c.Current.Low))
	}
	if diff := cmp.Diff([]string{"Amnesty International 304", "an MP 230"}, got); diff != "" {
		t.Errorf("claimants (-want +got):\n%s", diff)
	}
	if n := len(events[0].Claims); n != 4 {
		t.Errorf("event holds %d claims, want all 4 (parts too)", n)
	}
}
