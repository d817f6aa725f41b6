package place

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// tokenizeRef is tokenize as it was first written, plainly: each word
// read by a call and each gap compared whole. tokenize must give the
// same tokens.
func tokenizeRef(text string) []token {
	toks := []token{}
	prevEnd := 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiLetter[c] == 0 {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		}
		t := scanWord(text, i)
		gap := text[prevEnd:i]
		if len(toks) > 0 && (gap == " " || gap == "-" || gap == "\u200c" || gap == "- " || gap == " -") {
			t.flags |= joinableFlag
		}
		if len(toks) == 0 || endsSentence(gap) {
			t.flags |= sentStartFlag
		}
		toks = append(toks, t)
		prevEnd, i = t.end, t.end
	}
	return toks
}

var tokenizeSeeds = []string{
	"", " ", "a", "A", "U.S", "U.S.", "A.B.C. and", "N'Djamena", "Iran's", "d’Ivoire",
	"Sistan-Baluchestan - Zahedan -Rasht", "TEHRAN (Reuters) — x", "Mr. Jordan said.\n\nIn Sari, 3 died.",
	"تظاهرات در\u200cتبریز", "é A", "x\xff y", "ABC", "AbC", "abc.", "A.",
}

func TestTokenizeMatchesRef(t *testing.T) {
	texts := append([]string{newsText, strings.Repeat(newsText, 3)}, tokenizeSeeds...)
	texts = append(texts, fuzzSeeds...)
	for _, text := range texts {
		got := tokenize(text, nil)
		want := tokenizeRef(text)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(token{})); diff != "" {
			t.Errorf("tokenize(%.40q) differs from tokenizeRef (-ref +got):\n%s", text, diff)
		}
	}
}

func FuzzTokenizeRef(f *testing.F) {
	for _, s := range append(tokenizeSeeds, fuzzSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := tokenize(text, nil)
		if diff := cmp.Diff(tokenizeRef(text), got, cmp.AllowUnexported(token{})); diff != "" {
			t.Fatalf("tokenize(%q) differs from tokenizeRef (-ref +got):\n%s", text, diff)
		}
		for k, tok := range got {
			if tok.start < 0 || tok.end <= tok.start || tok.end > len(text) || k > 0 && tok.start < got[k-1].end {
				t.Fatalf("token %d [%d,%d) out of order or range in %q", k, tok.start, tok.end, text)
			}
		}
	})
}
