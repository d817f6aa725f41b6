package place

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally/internal/extract/wordset"
)

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
		{"Rallies in 100 CITIES", true},
		{"the United Nations said", true},
		{"Towns", true},
		{"c1ties", false},
	}
	for _, c := range nationalCores {
		if len(c) < 2 || strings.Trim(c, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("core %q: holdsCore needs two small letters or more, and only those", c)
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
		want := containsAny(wordset.AppendLower(nil, s), nationalCores)
		if got := holdsCore(s); got != want {
			t.Fatalf("holdsCore(%q) = %v, containsAny of it lowered says %v", s, got, want)
		}
		if got := holdsCore([]byte(s)); got != want {
			t.Fatalf("holdsCore([]byte(%q)) = %v, containsAny of it lowered says %v", s, got, want)
		}
	})
}

// TestGroupSiblings checks the document's grouping of figures by sentence
// against the map siblings builds, with scopes out of order.
func TestGroupSiblings(t *testing.T) {
	scopes := []Scope{
		{Sentence: [2]int{50, 90}, Figure: [2]int{60, 62}},
		{Sentence: [2]int{0, 40}, Figure: [2]int{10, 12}},
		{Sentence: [2]int{50, 90}, Figure: [2]int{55, 57}},
		{Sentence: [2]int{0, 40}, Figure: [2]int{20, 22}},
		{Sentence: [2]int{0, 45}, Figure: [2]int{30, 32}},
		{Sentence: [2]int{50, 90}, Figure: [2]int{80, 82}},
	}
	want := siblings(scopes)
	d := &document{}
	for range 2 { // the second time in the room the first left
		d.groupSiblings(scopes)
		for i, sc := range scopes {
			if diff := cmp.Diff(want[sc.Sentence], d.siblings(i)); diff != "" {
				t.Errorf("siblings(%d) differs from the map's (-map +got):\n%s", i, diff)
			}
		}
	}
}
