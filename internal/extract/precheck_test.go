package extract

import (
	"strings"
	"testing"

	"tally/internal/extract/sentence"
)

// mayCountRef is mayCount written plainly: a digit, or a run of ASCII
// letters that is a number word.
func mayCountRef(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' || (c == 0xD9 || c == 0xDB) && i+1 < len(s) && isIndicDigit(c, s[i+1]) {
			return true
		}
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return !(r < 0x80 && isASCIILetter(byte(r))) })
	for _, w := range words {
		for _, n := range numberWords {
			if strings.ToLower(w) == n {
				return true
			}
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func FuzzMayCount(f *testing.F) {
	for _, s := range []string{
		"no numbers at all here", "one man died", "THOUSANDS marched", "twoé", "éone", "Ärzte",
		"۱۲ نفر", "٣ killed", "scoresheet", "x7", "dozen.", "Ninety-nine",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayCount(s, 0, len(s)), mayCountRef(s); got != want {
			t.Fatalf("mayCount(%q) = %v, want %v", s, got, want)
		}
		// A span sees only its own bytes.
		if len(s) > 2 {
			if got, want := mayCount(s, 1, len(s)-1), mayCountRef(s[1:len(s)-1]); got != want {
				t.Fatalf("mayCount(%q, 1, %d) = %v, want %v", s, len(s)-1, got, want)
			}
		}
	})
}

// BenchmarkMayCount runs the pre-check over every sentence of the
// benchmark corpus, as Extract does.
func BenchmarkMayCount(b *testing.B) {
	texts := newsCorpus(1, 4<<20)
	size := 0
	spans := make([][][2]int, len(texts))
	for i, t := range texts {
		spans[i] = sentence.AppendSplit(nil, t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for i, t := range texts {
			for _, s := range spans[i] {
				mayCount(t, s[0], s[1])
			}
		}
	}
}
