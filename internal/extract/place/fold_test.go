package place

import "testing"

func TestNational(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Protests were held in 29 of Iran's 31 provinces.", true},
		{"Rallies took place in 100 cities on Friday.", true},
		{"Nationwide, 500 people were detained.", true},
		{"Strikes spread across the country.", true},
		{"Police detained 250 people in Tabriz.", false},
		{"Several provinces reported unrest.", false},
	}
	for _, tt := range tests {
		var buf []byte
		if got := national(tt.sentence, [2]int{0, len(tt.sentence)}, &buf); got != tt.want {
			t.Errorf("national(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
	var buf []byte
	if national("short", [2]int{3, 99}, &buf) {
		t.Error("a span past the text: want false")
	}
}

func TestAttach(t *testing.T) {
	figs := [][2]int{{0, 3}, {15, 18}}
	tests := []struct {
		name string
		m    Mention
		want [2]int
	}{
		{"cue after the first figure", Mention{Start: 7, End: 13, Cue: true}, figs[0]},
		{"no cue before the second figure", Mention{Start: 7, End: 13}, figs[1]},
		{"cue after the last figure", Mention{Start: 22, End: 27, Cue: true}, figs[1]},
	}
	for _, tt := range tests {
		if got := attach(figs, tt.m); got != tt.want {
			t.Errorf("%s: attach = %v, want %v", tt.name, got, tt.want)
		}
	}
}
