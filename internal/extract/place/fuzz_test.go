package place

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"tally"
)

var fuzzSeeds = []string{
	"Security forces detained 250 people in Tabriz and 120 in Urmia.",
	"TEHRAN (Reuters) — Tehran dismissed the report. The U.S. and UK disagreed.",
	"تظاهرات در تبریز و ارومیه ادامه یافت.",
	"Iran's People's Republic of China, N'Djamena, Sistan-Baluchestan province, US$5",
	"", ".", "U.S", "A.B.C.", "’s 's '", "Mr. Jordan said.\n\nIn Sari, 3 died.",
}

func FuzzMentions(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	r := resolver(f)
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for _, m := range r.Mentions(text) {
			if m.Start < prevEnd || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %q span [%d,%d) out of order or range (prev end %d, len %d)", m.Text, m.Start, m.End, prevEnd, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention text %q != text[%d:%d]", m.Text, m.Start, m.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("mention %q splits a character", m.Text)
			}
			if m.Place.Name == "" {
				t.Fatalf("mention %q has no place", m.Text)
			}
			prevEnd = m.End
		}
	})
}

func FuzzPlaces(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0, len(s)/2, len(s)/3)
	}
	r := resolver(f)
	f.Fuzz(func(t *testing.T, text string, a, b, c int) {
		// Scopes may be nonsense: bad spans must not panic.
		scopes := []Scope{
			{Sentence: [2]int{a, b}, Paragraph: [2]int{0, len(text)}, Figure: [2]int{c, c + 1}},
			{Sentence: [2]int{0, len(text)}, Paragraph: [2]int{b, a}, Figure: [2]int{a, b}},
		}
		got := r.Places(text, scopes)
		if diff := cmp.Diff(eagerPlaces(r, text, scopes), got); diff != "" {
			t.Fatalf("%q: resolving only the scopes' mentions changed the places (-all +scopes'):\n%s", text, diff)
		}
		if len(got) != len(scopes) {
			t.Fatalf("%d place lists for %d scopes", len(got), len(scopes))
		}
		for _, ps := range got {
			for _, p := range ps {
				if p.Kind != "city" && p.Kind != "admin1" && p.Kind != "country" {
					t.Fatalf("place %q has kind %q", p.Name, p.Kind)
				}
			}
		}
	})
}

// siblings groups the figure spans of the scopes by sentence, in a map:
// what groupSiblings does in a document's room.
func siblings(scopes []Scope) map[[2]int][][2]int {
	figs := make(map[[2]int][][2]int, len(scopes))
	for _, sc := range scopes {
		figs[sc.Sentence] = append(figs[sc.Sentence], sc.Figure)
	}
	return figs
}

// eagerPlaces is Places resolving every mention of the text, not only
// those of the scopes' sentences and paragraphs.
func eagerPlaces(r *Resolver, text string, scopes []Scope) [][]tally.Place {
	out := make([][]tally.Place, len(scopes))
	if len(scopes) == 0 {
		return out
	}
	d := r.newDocument()
	d.read(text, nil)
	figs := siblings(scopes)
	for i, sc := range scopes {
		out[i] = d.places(figs[sc.Sentence], sc)
	}
	d.release()
	return out
}

// TestPlacesResolveOnlyScopes checks, on news text with many paragraphs
// and figures, that resolving only the mentions the scopes can read gives
// the places that resolving all of them does.
func TestPlacesResolveOnlyScopes(t *testing.T) {
	r := resolver(t)
	text := newsText + newsText
	for _, n := range []int{1, 2, 5, 40} {
		var scopes []Scope
		for at, k := 0, 0; k < len(text); k += len(text) / n {
			at = k
			for at < len(text) && (text[at] < '0' || text[at] > '9') {
				at++
			}
			if at >= len(text) {
				break
			}
			scopes = append(scopes, Scope{Sentence: [2]int{max(0, at-60), min(len(text), at+60)},
				Paragraph: [2]int{max(0, at-200), min(len(text), at+200)}, Figure: [2]int{at, at + 1}})
		}
		if diff := cmp.Diff(eagerPlaces(r, text, scopes), r.Places(text, scopes)); diff != "" {
			t.Errorf("%d scopes: places differ (-all +scopes'):\n%s", len(scopes), diff)
		}
	}
}

// FuzzTokenize checks the fast path for ASCII words against scanWord,
// which reads every word.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, tok := range tokenize(text, nil) {
			if want := scanWord(text, tok.start); want.end != tok.end || want.flags != tok.flags&^(joinableFlag|sentStartFlag) {
				t.Fatalf("%q: token at %d is [%d,%d) %08b, scanWord reads [%d,%d) %08b", text, tok.start, tok.start, tok.end, tok.flags, want.start, want.end, want.flags)
			}
		}
	})
}
