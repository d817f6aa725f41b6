package place

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of the text, with what recognition needs to know about
// it and the gap before it.
type token struct {
	start, end int
	upper      bool // starts with a capital letter
	allCaps    bool // every letter a capital (TEHRAN, U.S.)
	arabic     bool // Arabic or Persian script
	ascii      bool
	joinable   bool // the gap before it is one space, a hyphen or a ZWNJ: a name may run across it
	sentStart  bool // first word of a sentence or of the text
}

// tokenize splits text into words: runs of letters with inner apostrophes
// (N'Djamena) but not a possessive 's, and dotted abbreviations (U.S.) as
// one word.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	prevEnd := 0
	sentence := true
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		end, t := scanWord(text, i)
		t.start, t.end = start, end
		gap := text[prevEnd:start]
		t.joinable = len(toks) > 0 && (gap == " " || gap == "-" || gap == "\u200c" || gap == "- " || gap == " -")
		t.sentStart = sentence || endsSentence(gap)
		sentence = false
		toks = append(toks, t)
		prevEnd = end
		i = end
	}
	return toks
}

func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// scanWord reads one word from i and describes it.
func scanWord(text string, i int) (int, token) {
	t := token{upper: true, allCaps: true, ascii: true}
	first := true
	letters := 0
	for i < len(text) {
		r, size := decode(text, i)
		switch {
		case isWordRune(r):
			if first {
				t.upper = unicode.IsUpper(r)
				t.arabic = unicode.Is(unicode.Arabic, r)
				first = false
			}
			if unicode.IsLower(r) {
				t.allCaps = false
			}
			if r >= utf8.RuneSelf {
				t.ascii = false
			}
			letters++
			i += size
		case (r == '\'' || r == '’') && i+size < len(text):
			next, nsize := decode(text, i+size)
			if !isWordRune(next) || isPossessive(text, i+size, next, nsize) {
				return i, finish(t, letters)
			}
			i += size
		case r == '.' && letters == 1 && t.allCaps && i+2 < len(text) && isUpperASCII(text[i+1]) && (text[i+2] == '.'):
			// U.S., U.K.: take the whole dotted abbreviation, final period included.
			j := i
			for j+2 < len(text) && text[j] == '.' && isUpperASCII(text[j+1]) && text[j+2] == '.' {
				j += 2
				letters++
			}
			return j + 1, finish(t, letters)
		default:
			return i, finish(t, letters)
		}
	}
	return i, finish(t, letters)
}

func finish(t token, letters int) token {
	if !t.upper || t.arabic {
		t.allCaps = false
	}
	if letters < 2 && !t.arabic {
		t.allCaps = false // "A", "I" are words, not abbreviations
	}
	return t
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// isPossessive reports whether the apostrophe before j starts a possessive
// 's (Iran's) rather than a name's inner apostrophe.
func isPossessive(text string, j int, next rune, size int) bool {
	if next != 's' {
		return false
	}
	k := j + size
	if k >= len(text) {
		return true
	}
	r, _ := decode(text, k)
	return !isWordRune(r)
}

// endsSentence reports whether a gap between words closes a sentence or a
// paragraph, so that the next word's capital is no evidence of a name.
func endsSentence(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '.', '!', '?', '\n', ':', '"':
			return true
		}
	}
	return false
}
