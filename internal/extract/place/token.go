package place

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of the text, with what recognition needs to know about
// it and the gap before it. Its flags share one byte: set one at a time in
// separate fields, they made every token a row of narrow stores that the
// copy into the slice then read back wide.
type token struct {
	start, end int
	flags      tokenFlags
}

// tokenFlags are the facts about a token.
type tokenFlags uint8

const (
	upperFlag     tokenFlags = 1 << iota // starts with a capital letter
	allCapsFlag                          // every letter a capital (TEHRAN, U.S.)
	arabicFlag                           // Arabic or Persian script
	joinableFlag                         // the gap before it is one space, a hyphen or a ZWNJ: a name may run across it
	sentStartFlag                        // first word of a sentence or of the text
)

func (t token) upper() bool     { return t.flags&upperFlag != 0 }
func (t token) allCaps() bool   { return t.flags&allCapsFlag != 0 }
func (t token) arabic() bool    { return t.flags&arabicFlag != 0 }
func (t token) joinable() bool  { return t.flags&joinableFlag != 0 }
func (t token) sentStart() bool { return t.flags&sentStartFlag != 0 }

// tokenize splits text into words: runs of letters with inner apostrophes
// (N'Djamena) but not a possessive 's, and dotted abbreviations (U.S.) as
// one word. It reuses toks. It runs over every byte of every document
// with figures, so a word of plain ASCII letters, which most words of
// news are, is read inline here, as is the single space that most often
// stands before it: a call per word cost more than reading the word.
// scanWord, which knows apostrophes, dotted abbreviations and other
// scripts, reads the rest.
func tokenize(text string, toks []token) []token {
	if toks == nil {
		toks = make([]token, 0, len(text)/6+1) // news runs near six bytes a word
	}
	toks = toks[:0]
	prevEnd := 0
	for i := 0; i < len(text); {
		c := text[i]
		var t token
		if first := asciiClass[c]; first != 0 {
			// The bits of seen show small letters, capitals or both.
			seen := first
			j := i + 1
			for j < len(text) {
				k := asciiClass[text[j]]
				if k == 0 {
					break
				}
				seen |= k
				j++
			}
			if j < len(text) && (text[j] >= utf8.RuneSelf || text[j] == '\'' || text[j] == '.' && j-i == 1 && first == upperByte) {
				t = scanWord(text, i) // another script, an apostrophe, perhaps U.S.
			} else {
				t = token{start: i, end: j}
				if first == upperByte {
					t.flags = upperFlag
					if seen == upperByte && j-i >= 2 {
						t.flags |= allCapsFlag
					}
				}
			}
		} else if c < utf8.RuneSelf {
			i++
			continue
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		} else {
			t = scanWord(text, i)
		}
		switch {
		case len(toks) == 0:
			t.flags |= sentStartFlag
		case i-prevEnd == 1 && text[prevEnd] == ' ':
			t.flags |= joinableFlag // the commonest gap, by far
		default:
			gap := text[prevEnd:i]
			if gap == " " || gap == "-" || gap == "\u200c" || gap == "- " || gap == " -" {
				t.flags |= joinableFlag
			}
			if endsSentence(gap) {
				t.flags |= sentStartFlag
			}
		}
		toks = append(toks, t)
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

// The classes of asciiClass: the bits of a word's classes show whether it
// has small letters, capitals or both.
const (
	lowerByte = 1
	upperByte = 2
)

// asciiClass classes the ASCII letters; every other byte is 0.
var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = lowerByte, upperByte
	}
	return t
}()

// scanWord reads the word that starts at i. Its facts live in local
// variables and the token is built once at the end: set through a pointer
// into the token slice, they were stored to memory at every letter.
func scanWord(text string, i int) token {
	start := i
	var upper, arabic bool
	if c := text[i]; c < utf8.RuneSelf {
		upper = asciiLetter[c] == 2
		i++
	} else {
		r, size := utf8.DecodeRuneInString(text[i:])
		upper = unicode.IsUpper(r)
		arabic = unicode.Is(unicode.Arabic, r)
		i += size
	}
	allCaps := upper
	letters := 1
scan:
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && asciiLetter[c] != 0 {
			if asciiLetter[c] == 1 {
				allCaps = false
			}
			letters++
			i++
			continue
		}
		r, size := decode(text, i)
		switch {
		case r >= utf8.RuneSelf && isWordRune(r):
			if unicode.IsLower(r) {
				allCaps = false
			}
			letters++
			i += size
		case (r == '\'' || r == '’') && i+size < len(text):
			next, nsize := decode(text, i+size)
			if !isWordRune(next) || isPossessive(text, i+size, next, nsize) {
				break scan
			}
			if unicode.IsUpper(next) {
				upper = true // d'Ivoire, al-'Amarah: the name proper is capitalised
			}
			i += size
		case r == '.' && letters == 1 && allCaps && i+2 < len(text) && isUpperASCII(text[i+1]) && text[i+2] == '.':
			// U.S., U.K.: take the whole dotted abbreviation, final period included.
			j := i
			for j+2 < len(text) && text[j] == '.' && isUpperASCII(text[j+1]) && text[j+2] == '.' {
				j += 2
				letters++
			}
			i = j + 1
			break scan
		default:
			break scan
		}
	}
	if !upper || arabic || letters < 2 {
		allCaps = false // "A", "I" are words, not abbreviations
	}
	t := token{start: start, end: i}
	if upper {
		t.flags |= upperFlag
	}
	if allCaps {
		t.flags |= allCapsFlag
	}
	if arabic {
		t.flags |= arabicFlag
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
