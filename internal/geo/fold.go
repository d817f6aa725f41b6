package geo

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold turns a place name into its lookup key: lower case, without
// diacritics, hyphens read as spaces, periods and apostrophes dropped, runs
// of spaces collapsed, and the Arabic and Persian forms of the same letter
// made one. The generator and the recogniser must fold alike, so both call
// this function.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		out, ok := foldRune(unicode.ToLower(r))
		if !ok {
			continue
		}
		if out == " " {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		b.WriteString(out)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// foldRune maps one lower-case rune to its folded text; ok is false for a
// rune to drop.
func foldRune(r rune) (string, bool) {
	switch r {
	case '-', '‐', '‑', '–', '_', ' ', '\t', '\n', '\u200c', '\u00a0', ',', '/':
		return " ", true
	case '.', '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '´', 'ـ', '\u200d', '\u200f', '\u200e':
		return "", false
	case 'ı':
		return "i", true
	case 'ø':
		return "o", true
	case 'ł':
		return "l", true
	case 'đ', 'ð':
		return "d", true
	case 'ß':
		return "ss", true
	case 'æ':
		return "ae", true
	case 'œ':
		return "oe", true
	case 'þ':
		return "th", true
	case 'ي', 'ى', 'ئ':
		return "ی", true
	case 'ك':
		return "ک", true
	case 'ة', 'ۀ', 'ە':
		return "ه", true
	case 'أ', 'إ', 'ٱ':
		return "ا", true
	}
	return string(r), true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII is Fold's fast path: most names and most text are ASCII.
func foldASCII(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c == '-' || c == '.' || c == '\'' || c == '`' || c == ',' || c == '/' || c == '_' ||
			c == '\t' || c == '\n' || (c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ')) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	out, _ := appendFoldASCII(make([]byte, 0, len(s)), s)
	return string(out)
}

// FoldInto appends Fold(s) to dst; ASCII text is folded without
// allocating, for callers that fold many words of a text in turn.
func FoldInto(dst []byte, s string) []byte {
	if out, ok := appendFoldASCII(dst, s); ok {
		return out
	}
	return append(dst, Fold(s)...)
}

// Marks of asciiFold for the bytes that are not kept as a folded byte.
const (
	foldDrop  = 0xFF // dropped: periods, apostrophes
	foldSpace = 0xFE // a word break: spaces, hyphens, commas...
	foldWide  = 0xFD // not ASCII: the whole string takes the slow path
)

// asciiFold maps each byte to its folded form or to a mark, so that the
// fast path reads one table entry per byte.
var asciiFold = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= utf8.RuneSelf {
			t[c] = foldWide
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c + 'a' - 'A')
	}
	for _, c := range ".'`" {
		t[c] = foldDrop
	}
	for _, c := range "- ,/_\t\n" {
		t[c] = foldSpace
	}
	return t
}()

// appendFoldASCII appends the folded form of s to dst when s is ASCII;
// otherwise it returns dst unchanged and false.
func appendFoldASCII(dst []byte, s string) ([]byte, bool) {
	start := len(dst)
	dst = slices.Grow(dst, len(s))
	space := true
	for i := 0; i < len(s); i++ {
		switch c := asciiFold[s[i]]; c {
		case foldDrop:
		case foldSpace:
			if !space {
				dst = append(dst, ' ')
			}
			space = true
		case foldWide:
			return dst[:start], false
		default:
			dst = append(dst, c)
			space = false
		}
	}
	if n := len(dst); n > start && dst[n-1] == ' ' {
		dst = dst[:n-1]
	}
	return dst, true
}
