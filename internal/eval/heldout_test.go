package eval

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func TestSetsWellFormed(t *testing.T) {
	tests := []struct {
		set                    textSet
		what, prefix           string
		minItems, minNegatives int
	}{
		{heldOut2, "held-out set", "h2-", 200, 40},
		{heldOut3, "third held-out set", "h3-", 150, 25},
		// Its author wrote no negative items: its articles and bulletins
		// hold their non-claim numbers inside.
		{heldOut4, "fourth held-out set", "h4-", 70, 0},
		{devSet2, "second dev set", "ho-", 150, 40},
		{devSet3, "third dev set", "d3-", 150, 40},
		{devSet4, "fourth dev set", "d4-", 150, 25},
		{devSet5, "fifth dev set", "d5-", 100, 20},
		{devSet6, "sixth dev set", "d6-", 100, 20},
	}
	for _, tt := range tests {
		items, err := tt.set.load()
		if err != nil {
			t.Fatal(err)
		}
		checkItems(t, tt.what, items, tt.prefix, tt.minItems, tt.minNegatives)
	}
}

// goldExtractor returns every item's gold as found claims: a perfect
// extractor, against which the scorer must give full marks.
func goldExtractor(items []DevItem) ExtractFunc {
	byText := map[string][]DevClaim{}
	for _, it := range items {
		byText[it.Text] = it.Claims
	}
	return func(doc *tally.Document) []tally.Claim {
		var out []tally.Claim
		for _, g := range byText[doc.Text] {
			c := tally.Claim{
				Measure:  g.Measure,
				Figure:   tally.Figure{Low: g.Low, High: g.High, Qualifier: g.Qualifier, Unit: g.Unit},
				Modality: g.Modality,
				When:     g.When,
			}
			if g.Claimant != nil {
				c.Claimant = &tally.Claimant{Name: *g.Claimant, Via: g.Via}
			}
			out = append(out, c)
		}
		return out
	}
}

// metric returns the value and case count of the named metric.
func metric(t *testing.T, rep Report, name string) (float64, int) {
	t.Helper()
	for _, m := range rep.Metrics {
		if m.Name == name {
			return m.Value, m.N
		}
	}
	t.Fatalf("report %s has no metric %q", rep.Name, name)
	return 0, 0
}

func TestScoreHeldOut(t *testing.T) {
	items, err := heldOut2.load()
	if err != nil {
		t.Fatal(err)
	}
	gold, negatives := 0, 0
	for _, it := range items {
		gold += len(it.Claims)
		if len(it.Claims) == 0 {
			negatives++
		}
	}
	nothing := func(*tally.Document) []tally.Claim { return nil }
	tests := []struct {
		name    string
		extract ExtractFunc
		want    map[string]float64
	}{
		{"perfect", goldExtractor(items), map[string]float64{
			"figure precision": 1, "figure recall": 1, "figure F1": 1, "negative items with no claim": 1,
			"claimant accuracy": 1, "via accuracy": 1, "qualifier accuracy": 1, "unit accuracy": 1,
			"modality accuracy": 1, "when accuracy": 1,
		}},
		{"nothing", nothing, map[string]float64{
			"figure recall": 0, "figure F1": 0, "negative items with no claim": 1,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := heldOut2.score(context.Background(), items, tt.extract)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]float64{}
			for name := range tt.want {
				got[name], _ = metric(t, rep, name)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("metrics (-got +want):\n%s", diff)
			}
			if _, n := metric(t, rep, "figure recall"); n != gold {
				t.Errorf("figure recall over %d claims, want %d", n, gold)
			}
			if _, n := metric(t, rep, "negative items with no claim"); n != negatives {
				t.Errorf("negatives over %d items, want %d", n, negatives)
			}
			if got, want := rep.Name, "extract/HeldOut"; got != want {
				t.Errorf("name %q, want %q", got, want)
			}
			if !strings.HasPrefix(rep.Data, heldoutData) {
				t.Errorf("data %q does not say it is held out", rep.Data)
			}
			withheld := false
			for _, n := range rep.Notes {
				if strings.HasPrefix(n, "a dev set") {
					t.Errorf("held-out report keeps the dev set's note %q", n)
				}
				withheld = withheld || strings.Contains(n, "misses withheld")
			}
			// A held-out report names none of its items.
			if len(rep.Misses) != 0 {
				t.Errorf("held-out report shows %d misses, want none", len(rep.Misses))
			}
			if missed := tt.want["figure recall"] < 1; withheld != missed {
				t.Errorf("note of withheld misses: %v, want %v", withheld, missed)
			}
		})
	}
}

func TestHeldOut(t *testing.T) {
	rep, err := heldOut2.run(context.Background(), SharedDir())
	if err != nil {
		t.Fatal(err)
	}
	// The report is logged, not asserted against targets: asserting them
	// would invite tuning the extractor to this set.
	t.Logf("%s on %s", rep.Name, rep.Data)
	for _, m := range rep.Metrics {
		if m.Value < 0 || m.Value > 1 {
			t.Errorf("%s = %v, want a rate in [0,1]", m.Name, m.Value)
		}
		t.Logf("%-46s %.3f (n=%d)", m.Name, m.Value, m.N)
	}
}
