package eval

import (
	"context"
	"testing"
)

// TestTempEval3 runs the TempEval-3 dev set and holds timex to a floor
// below which a change has made things worse.
func TestTempEval3(t *testing.T) {
	r, err := TempEval3(context.Background(), SharedDir())
	if err != nil {
		t.Fatal(err)
	}
	if r.Skipped != "" {
		t.Skip(r.Skipped)
	}
	for _, m := range r.Metrics {
		t.Logf("%s: %.3f (n=%d)", m.Name, m.Value, m.N)
	}
	for _, m := range r.Misses {
		t.Log("miss: " + m)
	}
	if got := r.Metrics[0].Value; got < 0.85 {
		t.Errorf("DATE value accuracy = %.3f, want >= 0.85", got)
	}
}

// TestDateTimePeriods runs the Recognizers-Text date cases and holds timex
// to a floor on each file.
func TestDateTimePeriods(t *testing.T) {
	r, err := DateTimePeriods(context.Background(), SharedDir())
	if err != nil {
		t.Fatal(err)
	}
	if r.Skipped != "" {
		t.Skip(r.Skipped)
	}
	for _, m := range r.Metrics {
		t.Logf("%s: %.3f (n=%d)", m.Name, m.Value, m.N)
	}
	for _, m := range r.Misses {
		t.Log("miss: " + m)
	}
	for _, m := range r.Metrics {
		if m.N == 0 || m.Value < 0.2 {
			t.Errorf("%s = %.3f over %d cases, want >= 0.2", m.Name, m.Value, m.N)
		}
	}
}

// TestMeanTime runs the held-out MEANTIME check and holds it to a floor.
func TestMeanTime(t *testing.T) {
	r, err := MeanTime(context.Background(), SharedDir())
	if err != nil {
		t.Fatal(err)
	}
	if r.Skipped != "" {
		t.Skip(r.Skipped)
	}
	for _, m := range r.Metrics {
		t.Logf("%s: %.3f (n=%d)", m.Name, m.Value, m.N)
	}
	for _, m := range r.Misses {
		t.Log("miss: " + m)
	}
	if m := r.Metrics[0]; m.N < 100 || m.Value < 0.5 {
		t.Errorf("%s = %.3f over %d, want >= 0.5 over at least 100", m.Name, m.Value, m.N)
	}
}
