package geo

import (
	"iter"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzKeyIndex puts the words of a text into a keyIndex and a Go map,
// each with a slot, and checks that both answer alike: for every word
// put, for words never put, and in what all yields.
func FuzzKeyIndex(f *testing.F) {
	f.Add("tehran shiraz tehran  bandar abbas", "abbas x")
	f.Add("", "")
	f.Add("a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg", "zz")
	f.Fuzz(func(t *testing.T, words, probes string) {
		x := newKeyIndex(1) // small, so that it grows
		m := map[string]slot{}
		for i, w := range strings.Split(words, " ") {
			sl := slot{head: int32(i), words: uint8(len(w))}
			x.put(w, sl)
			m[w] = sl
		}
		for _, w := range append(strings.Split(words, " "), strings.Split(probes, " ")...) {
			want, wantOK := m[w]
			if got, ok := x.get(w); got != want || ok != wantOK {
				t.Fatalf("get(%q) = %v, %v, the map says %v, %v", w, got, ok, want, wantOK)
			}
			if got, ok := x.getBytes([]byte(w)); got != want || ok != wantOK {
				t.Fatalf("getBytes(%q) = %v, %v, the map says %v, %v", w, got, ok, want, wantOK)
			}
		}
		all := map[string]slot{}
		for k, sl := range x.all() {
			all[k] = sl
		}
		if diff := cmp.Diff(m, all, cmp.AllowUnexported(slot{})); diff != "" {
			t.Fatalf("all() differs from the map (-map +all):\n%s", diff)
		}
		if got, want := x.len(), len(m); got != want {
			t.Fatalf("len() = %d, want %d", got, want)
		}
	})
}

// TestIndexMatchesKeys checks the embedded gazetteer's index against its
// own keys: every key line is found, with its chain.
func TestIndexMatchesKeys(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if n := g.index.len(); n < 100000 {
		t.Fatalf("%d keys, want the embedded gazetteer's hundreds of thousands", n)
	}
	for key, sl := range g.index.all() {
		got, ok := g.index.getBytes([]byte(key))
		if !ok || got != sl {
			t.Fatalf("getBytes(%q) = %v, %v, want %v, true", key, got, ok, sl)
		}
	}
}

// len is the number of keys; the tests read it.
func (x *keyIndex) len() int { return x.n }

// all yields every key with its slot, in no set order, for the tests.
func (x *keyIndex) all() iter.Seq2[string, slot] {
	return func(yield func(string, slot) bool) {
		if x.hasEmpty && !yield("", x.empty) {
			return
		}
		for _, c := range x.cells {
			if c.size != 0 && !yield(string(x.keys[c.off:c.off+c.size]), slot{head: c.head, words: c.words}) {
				return
			}
		}
	}
}
