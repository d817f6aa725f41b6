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
// one word. It reuses toks.
func tokenize(text string, toks []token) []token {
	if toks == nil {
		toks = make([]token, 0, len(text)/6+1) // news runs near six bytes a word
	}
	toks = toks[:0]
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
		toks = append(toks, token{start: i})
		t := &toks[len(toks)-1]
		t.end = scanWord(text, i, t)
		gap := text[prevEnd:i]
		t.joinable = len(toks) > 1 && (gap == " " || gap == "-" || gap == "\u200c" || gap == "- " || gap == " -")
		t.sentStart = len(toks) == 1 || endsSentence(gap)
		prevEnd, i = t.end, t.end
	}
	return toks
}

// asciiLetter marks the ASCII letters: 1 lower case, 2 capital.
var asciiLetter = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
		t[c-'a'+'A'] = 2
	}
	return t
}()

func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiLetter[r] != 0
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// scanWord reads the word that starts at i into t and returns its end.
func scanWord(text string, i int, t *token) int {
	t.upper, t.allCaps, t.ascii = true, true, true
	letters := 0
	if c := text[i]; c < utf8.RuneSelf {
		t.upper = asciiLetter[c] == 2
		t.allCaps = t.upper
		letters, i = 1, i+1
	} else {
		r, size := utf8.DecodeRuneInString(text[i:])
		t.upper = unicode.IsUpper(r)
		t.allCaps = t.upper
		t.arabic = unicode.Is(unicode.Arabic, r)
		t.ascii = false
		letters, i = 1, i+size
	}
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && asciiLetter[c] != 0 {
			if asciiLetter[c] == 1 {
				t.allCaps = false
			}
			letters++
			i++
			continue
		}
		r, size := decode(text, i)
		switch {
		case r >= utf8.RuneSelf && isWordRune(r):
			if unicode.IsLower(r) {
				t.allCaps = false
			}
			t.ascii = false
			letters++
			i += size
		case (r == '\'' || r == '’') && i+size < len(text):
			next, nsize := decode(text, i+size)
			if !isWordRune(next) || isPossessive(text, i+size, next, nsize) {
				finish(t, letters)
				return i
			}
			if unicode.IsUpper(next) {
				t.upper = true // d'Ivoire, al-'Amarah: the name proper is capitalised
			}
			i += size
		case r == '.' && letters == 1 && t.allCaps && i+2 < len(text) && isUpperASCII(text[i+1]) && text[i+2] == '.':
			// U.S., U.K.: take the whole dotted abbreviation, final period included.
			j := i
			for j+2 < len(text) && text[j] == '.' && isUpperASCII(text[j+1]) && text[j+2] == '.' {
				j += 2
				letters++
			}
			finish(t, letters)
			return j + 1
		default:
			finish(t, letters)
			return i
		}
	}
	finish(t, letters)
	return i
}

// finish settles what a word's letters say once it is read.
func finish(t *token, letters int) {
	if !t.upper || t.arabic || letters < 2 {
		t.allCaps = false // "A", "I" are words, not abbreviations
	}
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
