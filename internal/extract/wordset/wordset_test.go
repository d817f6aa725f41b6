package wordset

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var lexicon = map[string]int{
	"yesterday": 1, "today": 2, "week": 3, "weeks": 4, "weekend": 5, "a": 6, "i": 7, "ab": 8,
	"provinces": 9, "province": 10, "said": 11, "says": 12, "the": 13, "that": 14, "then": 15,
	"ماه": 16, "u.s.": 17, "": 18,
}

func TestGet(t *testing.T) {
	m := New(lexicon)
	for k, want := range lexicon {
		if got, ok := m.Get(k); !ok || got != want {
			t.Errorf("Get(%q) = %d, %v, want %d, true", k, got, ok, want)
		}
		if got, ok := m.GetBytes([]byte(k)); !ok || got != want {
			t.Errorf("GetBytes(%q) = %d, %v, want %d, true", k, got, ok, want)
		}
	}
	for _, w := range []string{"wee", "weekends", "b", "A", "The", "provincez", "thats", "ما", strings.Repeat("x", 100)} {
		if got, ok := m.Get(w); ok || got != 0 {
			t.Errorf("Get(%q) = %d, %v, want 0, false", w, got, ok)
		}
		if m.Has(w) {
			t.Errorf("Has(%q) = true", w)
		}
	}
	all := map[string]int{}
	for k, v := range m.All() {
		all[k] = v
	}
	if diff := cmp.Diff(lexicon, all); diff != "" {
		t.Errorf("All() differs from the map it was built from (-map +All):\n%s", diff)
	}
	if got, want := m.Len(), len(lexicon); got != want {
		t.Errorf("Len() = %d, want %d", got, want)
	}
}

func TestZero(t *testing.T) {
	var m Map[bool]
	if m.Has("x") || m.Has("") || m.Len() != 0 {
		t.Errorf("the zero Map holds words")
	}
	var nilMap *Map[int]
	if nilMap.Has("x") || nilMap.Has("") || nilMap.Len() != 0 || nilMap.Of("x") != 0 {
		t.Errorf("a nil Map holds words")
	}
	if _, ok := nilMap.GetBytes([]byte("x")); ok {
		t.Errorf("a nil Map holds x")
	}
	for range nilMap.All() {
		t.Errorf("a nil Map yields words")
	}
	if s := Set(); s.Has("x") || s.Has("") {
		t.Errorf("an empty Set holds words")
	}
	if s := Set("x", "yz"); !s.Has("x") || !s.Has("yz") || s.Has("y") || !s.Of("yz") {
		t.Errorf("Set(x, yz) answers wrongly")
	}
}

// FuzzGet checks every answer against the Go map the Map was built from,
// for words in it and near it.
func FuzzGet(f *testing.F) {
	for _, s := range []string{"week", "weeks", "", "a", "x", "provinces", "ماه", "\xff"} {
		f.Add(s, "extra")
	}
	f.Fuzz(func(t *testing.T, w, extra string) {
		src := map[string]int{extra: 99}
		for k, v := range lexicon {
			src[k] = v
		}
		m := New(src)
		for _, q := range []string{w, extra, w + "s", strings.ToLower(w)} {
			want, wantOK := src[q]
			if got, ok := m.Get(q); got != want || ok != wantOK {
				t.Fatalf("Get(%q) = %d, %v, the map says %d, %v", q, got, ok, want, wantOK)
			}
			if got, ok := m.GetBytes([]byte(q)); got != want || ok != wantOK {
				t.Fatalf("GetBytes(%q) = %d, %v, the map says %d, %v", q, got, ok, want, wantOK)
			}
		}
	})
}

// TestShapes checks that Shapes admits every word of a set, in any case,
// rules out words of shapes the set lacks, and answers alike for strings
// and bytes.
func TestShapes(t *testing.T) {
	var s Shapes
	for w := range lexicon {
		s.Add(w)
	}
	for w := range lexicon {
		for _, v := range []string{w, swapCase(w)} {
			if !s.MayHold(v) || !s.MayHoldBytes([]byte(v)) {
				t.Errorf("MayHold(%q) = false, but %q is in the set", v, w)
			}
		}
	}
	for _, w := range []string{"wee", "weekends", "thats", "police", "killed", strings.Repeat("x", 100)} {
		if s.MayHold(w) || s.MayHoldBytes([]byte(w)) {
			t.Errorf("MayHold(%q) = true, but no word of the set has its shape", w)
		}
	}
	var zero Shapes
	for _, w := range []string{"", "a", "ab", "ماه"} {
		if zero.MayHold(w) {
			t.Errorf("the zero Shapes may hold %q", w)
		}
	}
}

// swapCase swaps the case of w's ASCII letters.
func swapCase(w string) string {
	b := []byte(w)
	for i, c := range b {
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			b[i] = c ^ 0x20
		}
	}
	return string(b)
}

// FuzzShapes checks that a false answer is certain: no word of the set,
// in any case of its ASCII letters, is ruled out.
func FuzzShapes(f *testing.F) {
	for _, s := range []string{"week", "", "a", "e.g", "ماه", "\xff", "Ab"} {
		f.Add(s, "Weeks")
	}
	f.Fuzz(func(t *testing.T, w, q string) {
		var s Shapes
		s.Add(w)
		s.Add("said")
		for _, v := range []string{w, swapCase(w), "said", "SAID"} {
			if !s.MayHold(v) || !s.MayHoldBytes([]byte(v)) {
				t.Fatalf("MayHold(%q) = false, but the set holds %q", v, w)
			}
		}
		if s.MayHold(q) != s.MayHoldBytes([]byte(q)) {
			t.Fatalf("MayHold(%q) and MayHoldBytes answer differently", q)
		}
	})
}

var queries = strings.Fields("the police said that people were killed in the capital on monday and more than " +
	"were wounded according to officials protesters gathered since march last week weekend today")

var sink int

func BenchmarkMap(b *testing.B) {
	for b.Loop() {
		for _, q := range queries {
			sink += lexicon[q]
		}
	}
}

func BenchmarkWordset(b *testing.B) {
	m := New(lexicon)
	for b.Loop() {
		for _, q := range queries {
			sink += m.Of(q)
		}
	}
}

func TestGetFold(t *testing.T) {
	m := New(map[string]int{"said": 1, "straße": 2, "averyveryverylongwordthatgoesonandon": 3})
	tests := []struct {
		w    string
		want int
		ok   bool
	}{
		{"said", 1, true},
		{"SAID", 1, true},
		{"Said", 1, true},
		{"Straße", 2, true}, // a byte outside ASCII: lowered by strings.ToLower
		{"AVERYVERYVERYLONGWORDTHATGOESONANDON", 3, true}, // longer than the stack room
		{"says", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := m.GetFold(tt.w)
		if got != tt.want || ok != tt.ok {
			t.Errorf("GetFold(%q) = %d, %v; want %d, %v", tt.w, got, ok, tt.want, tt.ok)
		}
		if has := m.HasFold(tt.w); has != tt.ok {
			t.Errorf("HasFold(%q) = %v, want %v", tt.w, has, tt.ok)
		}
	}
}

func TestAppendLower(t *testing.T) {
	// Only ASCII capitals change, so every offset holds.
	in := "Killed 12 ÉLÈVES in Tehran"
	if got, want := string(AppendLower([]byte("x:"), in)), "x:killed 12 ÉlÈves in tehran"; got != want {
		t.Errorf("AppendLower = %q, want %q", got, want)
	}
}
