package sentence

import (
	"strings"

	"tally/internal/extract/wordset"
)

// abbreviations are words that take a period without ending a sentence when
// a capitalised word follows ("Dr. Sarah", "Nov. 15", "St. Petersburg").
// Lower-case keys; the lookup folds case.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "mt": true, "ft": true, "vs": true, "v": true,
	"gen": true, "col": true, "lt": true, "maj": true, "capt": true, "cpt": true, "sgt": true,
	"cmdr": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true, "pres": true,
	"hon": true, "amb": true, "supt": true, "insp": true, "det": true, "cpl": true, "pvt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "bros": true, "dept": true, "univ": true,
	"approx": true, "e.g": true, "i.e": true, "cf": true, "al": true, "ca": true, "incl": true, "excl": true,
}

// numberAbbreviations take a period without ending a sentence only before a
// number ("No. 5", "Art. 287"): "the answer was no. Then" still ends.
var numberAbbreviations = map[string]bool{
	"no": true, "nos": true, "art": true, "arts": true, "fig": true, "vol": true, "para": true, "pp": true,
}

// sentenceStarters are capitalised function words that, after a dotted
// acronym ("the U.S. The"), show that the acronym also ended the sentence.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "In": true, "On": true, "At": true, "But": true, "And": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "Its": true,
	"Their": true, "His": true, "Her": true, "After": true, "According": true, "When": true,
	"While": true, "Some": true, "Many": true, "Most": true, "Officials": true, "However": true,
}

// abbreviationShapes rules out most words before the abbreviations are
// asked: a word whose shape no abbreviation has, in any case, is none.
var abbreviationShapes = func() (s wordset.Shapes) {
	for _, set := range []map[string]bool{abbreviations, numberAbbreviations} {
		for w := range set {
			s.Add(w)
		}
	}
	return s
}()

// periodEnds decides whether the period at dot, whose closing run ends at
// end, ends the sentence that began at start.
func periodEnds(text string, start, dot, end int) bool {
	next := skipSpace(text, end)
	if !startsSentence(text, next) {
		return false
	}
	if end > dot+1 {
		return true // `."` or `.)`: a quotation or aside closed after the period
	}
	word := wordBefore(text, start, dot)
	// Most words before a period are longer than any abbreviation, or
	// begin as none does: they are not folded and looked up.
	short := abbreviationShapes.MayHold(word)
	var buf [16]byte
	var lower []byte
	if short {
		lower = wordset.AppendLower(buf[:0], word)
	}
	switch {
	case word == "":
		return true
	case len(word) == 1 && isUpper(word[0]):
		return false // an initial: "J. Smith"
	case short && abbreviations[string(lower)]:
		return false
	case short && numberAbbreviations[string(lower)] && next < len(text) && isDigit(text[next]):
		return false
	case strings.IndexByte(word, '.') >= 0:
		// A dotted acronym ("U.S.", "U.N.") ends the sentence only when
		// a typical sentence opener follows it.
		return sentenceStarters[wordAt(text, next)]
	}
	return true
}

// wordBefore returns the word (letters and inner periods) ending at dot.
func wordBefore(text string, start, dot int) string {
	i := dot
	for i > start && (isLetter(text[i-1]) || text[i-1] == '.') {
		i--
	}
	return strings.Trim(text[i:dot], ".")
}

// wordAt returns the letters starting at i.
func wordAt(text string, i int) string {
	j := i
	for j < len(text) && isLetter(text[j]) {
		j++
	}
	return text[i:j]
}

// startsSentence reports whether a sentence may begin at i: an upper-case
// letter, a digit, an opening quote or bracket, or a non-ASCII letter (the
// splitter does not guess the case of other scripts).
func startsSentence(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := text[i]
	switch {
	case isUpper(c), c >= '0' && c <= '9', c == '"', c == '\'', c == '(', c == '[':
		return true
	case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80:
		return text[i+2] == 0x9C || text[i+2] == 0x98 // “ ‘
	case c >= 0xC0:
		return true
	}
	return false
}

func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
