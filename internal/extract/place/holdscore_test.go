package place

import "testing"

var holdsCoreSeeds = []string{
	"", "c", "countr", "the country", "in 29 provinces", "nationwide", "cities", "citie",
	"towns and villages", "town", "p", "provinc", "international", "crowds",
}

func TestHoldsCore(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"protests spread across the country", true},
		{"in 100 cities", true},
		{"in 29 of iran's 31 provinces", true},
		{"the united nations said", true},
		{"police detained 250 people in tabriz", false},
		{"several towns", true},
		{"one town", false},
		{"", false},
	}
	for _, c := range nationalCores {
		if len(c) < 2 || c[1] < 'a' || c[1] > 'z' {
			t.Errorf("core %q: coreStarts needs two bytes, a small letter second", c)
		}
	}
	for _, tt := range tests {
		if got := holdsCore([]byte(tt.s)); got != tt.want {
			t.Errorf("holdsCore(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// FuzzHoldsCore checks the one-pass test against a search per core.
func FuzzHoldsCore(f *testing.F) {
	for _, s := range holdsCoreSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := holdsCore([]byte(s)), containsAny([]byte(s), nationalCores); got != want {
			t.Fatalf("holdsCore(%q) = %v, containsAny says %v", s, got, want)
		}
	})
}
