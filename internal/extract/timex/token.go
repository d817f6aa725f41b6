package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the class of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, lowercased in low
	tNum                  // digits (ASCII, Persian or Arabic-Indic), value in num
	tPunct                // one rune of punctuation
)

// token is one word, number or punctuation rune of the text, by byte offsets.
type token struct {
	start, end int
	kind       tokKind
	low        string // lowercased word, or the punctuation rune
	num        int    // value of a number, capped to stay small
	digits     int    // how many digits a number was written with
	ord        bool   // "15th": a number with an ordinal suffix
	plural     bool   // "1980s", "80s": a number with a plural s
	upper      bool   // the word began with a capital letter
}

// maxNum caps number values: dates never need more, and the cap keeps
// arithmetic on long digit runs from overflowing.
const maxNum = 1 << 20

// digitValue returns the value of a decimal digit rune in the Latin,
// Persian or Arabic-Indic script, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	}
	return -1
}

// isLetter reports whether r continues a word. ZWNJ joins Persian words.
func isLetter(r rune) bool {
	return unicode.IsLetter(r) || r == '\u200c' || unicode.Is(unicode.Mn, r)
}

// nextToken reads the token at or after pos. ok is false at the end.
func nextToken(text string, pos int) (tok token, ok bool) {
	for pos < len(text) && (text[pos] == ' ' || text[pos] == '\n') {
		pos++
	}
	for pos < len(text) {
		r, size := utf8.DecodeRuneInString(text[pos:])
		if !unicode.IsSpace(r) && r != '\u00a0' {
			break
		}
		pos += size
	}
	if pos >= len(text) {
		return token{}, false
	}
	r, size := utf8.DecodeRuneInString(text[pos:])
	switch {
	case isASCIILetter(text[pos]):
		return readWord(text, pos), true
	case digitValue(r) >= 0:
		return readNumber(text, pos), true
	case isLetter(r):
		return readWord(text, pos), true
	}
	return token{start: pos, end: pos + size, kind: tPunct, low: text[pos : pos+size]}, true
}

// readNumber reads a digit run and an ordinal or plural suffix glued to it.
func readNumber(text string, pos int) token {
	tok := token{start: pos, kind: tNum}
	i := pos
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		v := digitValue(r)
		if v < 0 {
			break
		}
		if tok.num < maxNum {
			tok.num = tok.num*10 + v
		}
		tok.digits++
		i += size
	}
	tok.end = i
	tok.low = text[pos:i]
	suffixEnd := i
	for suffixEnd < len(text) && suffixEnd-i < 3 && isASCIILetter(text[suffixEnd]) {
		suffixEnd++
	}
	if suffixEnd < len(text) && isASCIILetter(text[suffixEnd]) {
		return tok // a longer word glued on: leave it
	}
	switch strings.ToLower(text[i:suffixEnd]) {
	case "st", "nd", "rd", "th":
		tok.ord, tok.end = true, suffixEnd
	case "s":
		tok.plural, tok.end = true, suffixEnd
	}
	return tok
}

// readWord reads a run of letters.
func readWord(text string, pos int) token {
	i := pos
	for i < len(text) {
		if isASCIILetter(text[i]) {
			i++
			continue
		}
		if text[i] < 0x80 {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			break
		}
		i += size
	}
	w := text[pos:i]
	return token{start: pos, end: i, kind: tWord, low: lower(w), upper: w[0] >= 'A' && w[0] <= 'Z'}
}

// lower lowercases a word, without allocating when it is lowercase already.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return lowerCapital(w)
		}
	}
	return w
}

// lowerCapital lowercases a word that needs it. A capitalised word of the
// lexicon ("Monday", "May", "Last") is lowercased into a stack buffer and
// answered with the lexicon's own string; only other words allocate.
func lowerCapital(w string) string {
	var buf [16]byte
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return strings.ToLower(w)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if s, ok := lexiconTab.GetBytes(buf[:len(w)]); ok {
		return s
	}
	return strings.ToLower(w)
}

// lexiconWords holds every ASCII word of the lexicons, for lowerCapital.
var lexiconWords = func() map[string]string {
	m := map[string]string{}
	add := func(w string) {
		if isASCIIWord(w) {
			m[w] = w
		}
	}
	for _, tbl := range []map[string]int{monthNames, weekdays, weekdayAbbrevs, seasons, numberWords, ordinalWords} {
		for w := range tbl {
			add(w)
		}
	}
	for _, tbl := range []map[string]bool{heads, yearCues, countNouns, seasonCues, weekendCues, unitCues, reportingVerbs} {
		for w := range tbl {
			add(w)
		}
	}
	for w := range units {
		add(w)
	}
	for w := range wordClasses {
		add(w)
	}
	for _, w := range []string{"the", "that", "and", "but", "last", "this", "next", "of", "to", "now"} {
		add(w)
	}
	return m
}()

// isASCIIWord reports whether w is ASCII letters only.
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return w != ""
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
