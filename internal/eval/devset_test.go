package eval

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func TestDevSetWellFormed(t *testing.T) {
	items, err := LoadDevSet()
	if err != nil {
		t.Fatal(err)
	}
	checkItems(t, "dev set", items, "", 320, 90)
}

// checkItems checks an annotated set: unique ids with the prefix, every
// item valid and tagged, and at least the sizes it was written to have.
func checkItems(t *testing.T, set string, items []DevItem, prefix string, minItems, minNegatives int) {
	t.Helper()
	seen := map[string]bool{}
	negatives := 0
	for _, it := range items {
		if seen[it.ID] {
			t.Errorf("%s: duplicate id %s", set, it.ID)
		}
		seen[it.ID] = true
		if !strings.HasPrefix(it.ID, prefix) {
			t.Errorf("%s: id %s does not start with %q", set, it.ID, prefix)
		}
		if err := it.Validate(); err != nil {
			t.Error(err)
		}
		if len(it.Tags) == 0 {
			t.Errorf("%s: %s has no tags", set, it.ID)
		}
		if len(it.Claims) == 0 {
			negatives++
		}
	}
	if len(items) < minItems {
		t.Errorf("%s has %d items, want at least %d", set, len(items), minItems)
	}
	if negatives < minNegatives {
		t.Errorf("%s has %d negative items, want at least %d", set, negatives, minNegatives)
	}
}

func TestDevSet(t *testing.T) {
	rep, err := DevSet(context.Background(), SharedDir())
	if err != nil {
		t.Fatal(err)
	}
	// The extractor is being built; the report is logged, not asserted.
	t.Logf("%s on %s", rep.Name, rep.Data)
	for _, m := range rep.Metrics {
		t.Logf("%-46s %.3f (n=%d)", m.Name, m.Value, m.N)
	}
	for _, m := range rep.Misses {
		t.Log(m)
	}
}

// fakeClaim builds a found claim for the scorer tests.
func fakeClaim(m tally.Measure, low, high *int64, q tally.Qualifier, who string, mod tally.Modality, when *tally.When) tally.Claim {
	c := tally.Claim{Measure: m, Figure: tally.Figure{Low: low, High: high, Qualifier: q}, Modality: mod, When: when}
	if who != "" {
		c.Claimant = &tally.Claimant{Name: who}
	}
	return c
}

func str(s string) *string { return &s }

func TestScoreDevSet(t *testing.T) {
	n := tally.Int64
	items := []DevItem{
		{ID: "a", Text: "At least 304 people were killed, Amnesty said. Reuters put it at 1,500.", Publisher: "Wire", Tags: []string{"x"},
			Claims: []DevClaim{
				{Measure: tally.Killed, Low: n(304), Qualifier: tally.AtLeast, Claimant: str("Amnesty"), Modality: tally.Reported},
				{Measure: tally.Killed, Low: n(1500), High: n(1500), Qualifier: tally.Exact, Claimant: str("Reuters"), Modality: tally.Reported,
					When: &tally.When{Start: "2019-11-15", End: ""}},
			}},
		{ID: "b", Text: "Police arrested 52 people.", Publisher: "Wire", Tags: []string{"x", "y"},
			Claims: []DevClaim{{Measure: tally.Arrested, Low: n(52), High: n(52), Qualifier: tally.Exact, Modality: tally.Asserted}}},
		{ID: "c", Text: "Inflation hit 40 percent.", Publisher: "Wire", Tags: []string{"neg"}},
		{ID: "d", Text: "The 1988 massacre.", Publisher: "Wire", Tags: []string{"neg"}},
		{ID: "e", Text: "Reuters, citing three interior ministry officials, said 1,500 were killed.", Publisher: "Wire", Tags: []string{"x"},
			Claims: []DevClaim{{Measure: tally.Killed, Low: n(1500), High: n(1500), Qualifier: tally.Exact,
				Claimant: str("interior ministry officials"), Via: []string{"Reuters"}, Modality: tally.Reported}}},
	}
	found := map[string][]tally.Claim{
		// The second claim is found first: matching must not depend on order.
		"a": {
			fakeClaim(tally.Killed, n(1500), n(1500), tally.About, "the REUTERS", tally.Reported, &tally.When{Start: "2019-11-15", End: "2019-11-19"}),
			fakeClaim(tally.Killed, n(304), nil, tally.AtLeast, "Amnesty", tally.Reported, nil),
		},
		// Wrong measure: a miss and a false positive.
		"b": {fakeClaim(tally.Killed, n(52), n(52), tally.Exact, "Wire", tally.Asserted, nil)},
		"d": {fakeClaim(tally.OtherMeasure, n(1988), n(1988), tally.Exact, "", tally.Asserted, nil)},
		// The chain read the other way round is wrong, and counted apart.
		"e": {func() tally.Claim {
			c := fakeClaim(tally.Killed, n(1500), n(1500), tally.Exact, "Reuters", tally.Reported, nil)
			c.Claimant.Via = []string{"three interior ministry officials"}
			return c
		}()},
	}
	extract := func(doc *tally.Document) []tally.Claim {
		return found[strings.TrimPrefix(doc.Source, "devset:")]
	}
	rep, err := ScoreDevSet(context.Background(), items, extract)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Metric{}
	for _, m := range rep.Metrics {
		got[m.Name] = Metric{Name: m.Name, Value: round3(m.Value), N: m.N}
	}
	want := map[string]Metric{
		"figure precision":             {Name: "figure precision", Value: 0.6, N: 5},
		"figure recall":                {Name: "figure recall", Value: 0.75, N: 4},
		"figure F1":                    {Name: "figure F1", Value: 0.667, N: 4},
		"negative items with no claim": {Name: "negative items with no claim", Value: 0.5, N: 2},
		"claimant accuracy":            {Name: "claimant accuracy", Value: 0.667, N: 3},
		"via accuracy":                 {Name: "via accuracy", Value: 0, N: 1},
		"chains read reversed (carrier as claimant)": {Name: "chains read reversed (carrier as claimant)", Value: 1, N: 1},
		"qualifier accuracy":                         {Name: "qualifier accuracy", Value: 0.667, N: 3},
		"unit accuracy":                              {Name: "unit accuracy", Value: 0, N: 0},
		"modality accuracy":                          {Name: "modality accuracy", Value: 1, N: 3},
		"when accuracy":                              {Name: "when accuracy", Value: 1, N: 3},
		"recall x":                                   {Name: "recall x", Value: 0.75, N: 4},
		"recall y":                                   {Name: "recall y", Value: 0, N: 1},
		"clean neg":                                  {Name: "clean neg", Value: 0.5, N: 2},
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("metrics (-got +want):\n%s", diff)
	}
	if len(rep.Misses) != 4 {
		t.Errorf("misses = %d, want 4 (a: qualifier, b: measure, d: false positive, e: reversed chain)\n%s", len(rep.Misses), strings.Join(rep.Misses, "\n"))
	}
}

func round3(v float64) float64 { return float64(int(v*1000+0.5)) / 1000 }

func TestSameClaimant(t *testing.T) {
	tests := []struct {
		gold      *string
		found     string
		publisher string
		want      bool
	}{
		{nil, "", "Wire", true},
		{nil, "Wire", "Wire", true},
		{nil, "Amnesty", "Wire", false},
		{str("Amnesty International"), "amnesty international", "Wire", true},
		{str("the interior ministry"), "Interior Ministry", "Wire", true},
		{str("interior ministry officials"), "three interior ministry officials", "Wire", true},
		{str("three interior ministry officials"), "officials", "Wire", false},
		{str("Amnesty"), "", "Wire", false},
		{str("HRANA"), "HRANA.", "Wire", true},
		{str("Kurdistan Human Rights Network"), "Kurdistan Human Rights Network (KHRN)", "Wire", true},
		{str("ministry"), "Ministry", "Ministry", true},
		{str("Human Rights Watch"), "", "Human Rights Watch", true},
		{str("Human Rights Watch"), "Amnesty", "Human Rights Watch", false},
	}
	for _, tt := range tests {
		var found *tally.Claimant
		if tt.found != "" {
			found = &tally.Claimant{Name: tt.found}
		}
		if got := sameClaimant(tt.gold, found, tt.publisher); got != tt.want {
			t.Errorf("sameClaimant(%v, %q, %q) = %v, want %v", deref(tt.gold), tt.found, tt.publisher, got, tt.want)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func TestSameWhenAndUnit(t *testing.T) {
	whens := []struct {
		gold, found *tally.When
		want        bool
	}{
		{nil, nil, true},
		{nil, &tally.When{}, true},
		{nil, &tally.When{Start: "2019-11-15", End: "2019-11-15"}, false},
		{&tally.When{Start: "2019-11-15", End: "2019-11-19"}, &tally.When{Start: "2019-11-15", End: "2019-11-19"}, true},
		{&tally.When{Start: "2019-11-15", End: "2019-11-19"}, &tally.When{Start: "2019-11-15", End: "2019-11-15"}, false},
		{&tally.When{Start: "2019-11-15"}, &tally.When{Start: "2019-11-15", End: "2019-11-19"}, true},
		{&tally.When{Start: "2019-11-15"}, nil, false},
	}
	for _, tt := range whens {
		if got := sameWhen(tt.gold, tt.found); got != tt.want {
			t.Errorf("sameWhen(%+v, %+v) = %v, want %v", tt.gold, tt.found, got, tt.want)
		}
	}
	units := []struct {
		gold, found string
		want        bool
	}{
		{"person", "people", true},
		{"protester", "Protesters", true},
		{"child", "children", true},
		{"woman", "women", true},
		{"city", "cities", true},
		{"prisoner", "person", false},
	}
	for _, tt := range units {
		if got := sameUnit(tt.gold, tt.found); got != tt.want {
			t.Errorf("sameUnit(%q, %q) = %v, want %v", tt.gold, tt.found, got, tt.want)
		}
	}
}

func TestValidateRejects(t *testing.T) {
	n := tally.Int64
	tests := []struct {
		name  string
		claim DevClaim
	}{
		{"exact with open high", DevClaim{Measure: tally.Killed, Low: n(3), Qualifier: tally.Exact, Modality: tally.Asserted}},
		{"range reversed", DevClaim{Measure: tally.Killed, Low: n(300), High: n(200), Qualifier: tally.Range, Modality: tally.Asserted}},
		{"at_most with low", DevClaim{Measure: tally.Killed, Low: n(1), High: n(5), Qualifier: tally.AtMost, Modality: tally.Asserted}},
		{"asserted with claimant", DevClaim{Measure: tally.Killed, Low: n(3), High: n(3), Qualifier: tally.Exact, Claimant: str("X"), Modality: tally.Asserted}},
		{"reported without claimant", DevClaim{Measure: tally.Killed, Low: n(3), High: n(3), Qualifier: tally.Exact, Modality: tally.Reported}},
		{"unknown measure", DevClaim{Measure: "slain", Low: n(3), High: n(3), Qualifier: tally.Exact, Modality: tally.Asserted}},
		{"when backwards", DevClaim{Measure: tally.Killed, Low: n(3), High: n(3), Qualifier: tally.Exact, Modality: tally.Asserted,
			When: &tally.When{Start: "2019-11-19", End: "2019-11-15"}}},
	}
	for _, tt := range tests {
		it := DevItem{ID: "x", Text: "x", Claims: []DevClaim{tt.claim}}
		if err := it.Validate(); err == nil {
			t.Errorf("%s: Validate() = nil, want an error", tt.name)
		}
	}
}

func FuzzParseDevItems(f *testing.F) {
	raw, err := devsetFS.ReadFile(devsetDir + "/claimants.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range bytes.SplitN(raw, []byte("\n"), 20) {
		f.Add(line)
	}
	f.Add([]byte(`{"id":"a","text":"Police arrested 52 people.","published":"2020-01-02","publisher":"W","claims":[{"measure":"arrested","low":52,"high":52,"qualifier":"exact","unit":"person","claimant":null,"modality":"asserted","when":null}],"tags":["t"]}`))
	f.Add([]byte(`{"id":"b","claims":[{"low":5,"high":1,"qualifier":"range","when":{"start":"x"}}]}` + "\n\n{}"))
	f.Add([]byte(`{"id":"c","unknown":1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		items, err := ParseDevItems(b)
		if err != nil {
			return
		}
		for _, it := range items {
			_ = it.Validate()
			doc := it.Document()
			if doc.Text != it.Text {
				t.Fatalf("Document().Text = %q, want %q", doc.Text, it.Text)
			}
			rep, err := ScoreDevSet(context.Background(), []DevItem{it}, func(*tally.Document) []tally.Claim { return nil })
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range rep.Metrics {
				if m.Value < 0 || m.Value > 1 {
					t.Fatalf("metric %s = %v, outside [0,1]", m.Name, m.Value)
				}
			}
		}
	})
}
