package eval

import (
	"context"
	"testing"
)

// TestNumberModels runs the Recognizers-Text number cases in tally's scope
// and holds them to the targets of the task: 95% for NumberModel and 90%
// for NumberRangeModel.
func TestNumberModels(t *testing.T) {
	for _, tc := range []struct {
		run  func(context.Context, string) (Report, error)
		want float64
	}{
		{NumberModel, 0.95},
		{NumberRangeModel, 0.90},
	} {
		r, err := tc.run(context.Background(), SharedDir())
		if err != nil {
			t.Fatal(err)
		}
		if r.Skipped != "" {
			t.Skip(r.Skipped)
		}
		for _, m := range r.Metrics {
			t.Logf("%s %s: %.3f (n=%d)", r.Name, m.Name, m.Value, m.N)
		}
		for _, n := range r.Notes {
			t.Log("note: " + n)
		}
		for _, m := range r.Misses {
			t.Log("miss: " + m)
		}
		if got := r.Metrics[0].Value; got < tc.want {
			t.Errorf("%s pass rate = %.3f over %d cases, want >= %.2f", r.Name, got, r.Metrics[0].N, tc.want)
		}
	}
}

// TestNumberModelsSkip checks that an absent data folder skips cleanly.
func TestNumberModelsSkip(t *testing.T) {
	for _, run := range []func(context.Context, string) (Report, error){NumberModel, NumberRangeModel} {
		r, err := run(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		if r.Skipped == "" {
			t.Errorf("%s with no data folder: Skipped is empty, want a reason", r.Name)
		}
	}
}
