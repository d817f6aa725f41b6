package eval

import (
	"context"
	"math"
	"testing"
)

func TestBCubed(t *testing.T) {
	gold := func(d string) string { return d[:1] }
	tests := []struct {
		name   string
		groups [][]string
		p, r   float64
	}{
		{"perfect", [][]string{{"a1", "a2"}, {"b1"}}, 1, 1},
		{"all apart", [][]string{{"a1"}, {"a2"}, {"b1"}}, 1, (0.5 + 0.5 + 1) / 3},
		{"all together", [][]string{{"a1", "a2", "b1"}}, (2.0/3 + 2.0/3 + 1.0/3) / 3, 1},
		{"empty", nil, 0, 0},
	}
	for _, tt := range tests {
		p, r := bCubed(tt.groups, gold)
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 {
			t.Errorf("%s: bCubed = %.4f, %.4f; want %.4f, %.4f", tt.name, p, r, tt.p, tt.r)
		}
	}
}

func TestECBGold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"36_1ecb", "36/ecb"},
		{"36_10ecbplus", "36/ecbplus"},
		{"45_3ecb", "45/ecb"},
	}
	for _, tt := range tests {
		if got := ecbGold(tt.in); got != tt.want {
			t.Errorf("ecbGold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestECBPlus measures document linking on the ECB+ test split (a dev set
// for tally) and fails if B³ F1 falls below its target.
func TestECBPlus(t *testing.T) {
	rep, err := ECBPlus(context.Background(), SharedDir())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Skipped != "" {
		t.Skip(rep.Skipped)
	}
	for _, m := range rep.Metrics {
		t.Logf("%s = %.4f (n=%d)", m.Name, m.Value, m.N)
	}
	for _, miss := range rep.Misses {
		t.Log(miss)
	}
	for _, m := range rep.Metrics {
		if m.Target > 0 && m.Value < m.Target {
			t.Errorf("%s = %.4f, below its target %.2f", m.Name, m.Value, m.Target)
		}
	}
}
