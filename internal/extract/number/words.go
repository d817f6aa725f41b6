package number

import (
	"math"

	"tally/internal/extract/wordset"
)

// wordKind is the part a word plays in a written number.
type wordKind uint8

const (
	kindNone    wordKind = iota
	kindDigits           // not a word: a number in digits
	kindUnit             // zero … nine
	kindTeen             // ten … nineteen
	kindTens             // twenty … ninety
	kindHundred          // hundred
	kindBig              // thousand, million, billion, trillion, lakh, crore
	kindAbbrev           // k, bn, mn, mln, bln, tn, tln, mil: a scale only after digits
	kindDozen            // dozen (12)
	kindArticle          // a, an: "a hundred", "a dozen"
	kindHalf             // half, quarter: "half a million"
	kindAnd              // and: "two hundred and thirty"
	kindPoint            // point: "two point five"
	kindVague            // dozens, scores, hundreds, thousands, millions, billions, tens
	kindFew              // several, few, many: "several thousand"
	kindBetween          // between: "between 200 and 300"
	kindFrom             // from: "from 200 to 300"
)

// entry is a word of the number lexicon.
type entry struct {
	kind wordKind
	val  float64
}

// lexicon holds every word that can be part of a written number.
var lexicon = map[string]entry{
	"zero": {kindUnit, 0}, "nought": {kindUnit, 0}, "naught": {kindUnit, 0},
	"one": {kindUnit, 1}, "two": {kindUnit, 2}, "three": {kindUnit, 3}, "four": {kindUnit, 4},
	"five": {kindUnit, 5}, "six": {kindUnit, 6}, "seven": {kindUnit, 7}, "eight": {kindUnit, 8},
	"nine": {kindUnit, 9},
	"ten":  {kindTeen, 10}, "eleven": {kindTeen, 11}, "twelve": {kindTeen, 12},
	"thirteen": {kindTeen, 13}, "fourteen": {kindTeen, 14}, "fifteen": {kindTeen, 15},
	"sixteen": {kindTeen, 16}, "seventeen": {kindTeen, 17}, "eighteen": {kindTeen, 18},
	"nineteen": {kindTeen, 19},
	"twenty":   {kindTens, 20}, "thirty": {kindTens, 30}, "forty": {kindTens, 40},
	"fourty": {kindTens, 40}, "fifty": {kindTens, 50}, "sixty": {kindTens, 60},
	"seventy": {kindTens, 70}, "eighty": {kindTens, 80}, "ninety": {kindTens, 90},
	"hundred":  {kindHundred, 100},
	"thousand": {kindBig, 1e3}, "million": {kindBig, 1e6}, "billion": {kindBig, 1e9},
	"trillion": {kindBig, 1e12}, "lakh": {kindBig, 1e5}, "lakhs": {kindBig, 1e5},
	"crore": {kindBig, 1e7}, "crores": {kindBig, 1e7},
	"k": {kindAbbrev, 1e3}, "mn": {kindAbbrev, 1e6}, "mln": {kindAbbrev, 1e6},
	"mil": {kindAbbrev, 1e6}, "bn": {kindAbbrev, 1e9}, "bln": {kindAbbrev, 1e9},
	"tn": {kindAbbrev, 1e12}, "tln": {kindAbbrev, 1e12},
	"dozen": {kindDozen, 12}, "dz": {kindDozen, 12}, "dzs": {kindDozen, 12}, "dozs": {kindDozen, 12},
	"a": {kindArticle, 1}, "an": {kindArticle, 1},
	"half": {kindHalf, 0.5}, "quarter": {kindHalf, 0.25},
	"and":    {kindAnd, 0},
	"point":  {kindPoint, 0},
	"dozens": {kindVague, 24}, "scores": {kindVague, 40}, "hundreds": {kindVague, 200},
	"thousands": {kindVague, 2000}, "millions": {kindVague, 2e6}, "billions": {kindVague, 2e9},
	"tens":    {kindVague, 20},
	"several": {kindFew, 2}, "few": {kindFew, 2}, "many": {kindFew, 2},
	"between": {kindBetween, 0}, "from": {kindFrom, 0},
}

// maxWordLen is the longest word of the lexicon.
const maxWordLen = 9

// shapeTable holds, for each first letter and length, the set of last
// letters of lexicon words: most words of a text fail this test and never
// reach the table.
type shapeTable [26][maxWordLen + 1]uint32

// shapes builds the shape table of the lexicon words that keep(e) selects.
func shapes(keep func(entry) bool) *shapeTable {
	var t shapeTable
	for w, e := range lexicon {
		if keep(e) {
			t[w[0]-'a'][len(w)] |= 1 << (w[len(w)-1] - 'a')
		}
	}
	return &t
}

// lexiconTab is lexicon as a wordset table, which lookup reads faster
// than the map.
var lexiconTab = wordset.New(lexicon)

var (
	anyShape   = shapes(func(entry) bool { return true })
	startShape = shapes(entry.startsNumber)
)

// fits reports whether w has the shape of a word in t. w is ASCII letters.
func (t *shapeTable) fits(w string) bool {
	if len(w) == 0 || len(w) > maxWordLen {
		return false
	}
	return t[w[0]|0x20-'a'][len(w)]&(1<<(w[len(w)-1]|0x20-'a')) != 0
}

// lookup finds a word in the lexicon, ignoring case, without allocating.
func lookup(w string) (entry, bool) {
	if !anyShape.fits(w) {
		return entry{}, false
	}
	var buf [maxWordLen]byte
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return lexiconTab.Get(w)
	}
	return lexiconTab.GetBytes(buf[:len(w)])
}

// startsNumber reports whether a word can begin a number without another
// number word after it; Contains tests only these, so that "a" and "and"
// do not make every sentence look numeric.
func (e entry) startsNumber() bool {
	switch e.kind {
	case kindUnit, kindTeen, kindTens, kindHundred, kindBig, kindDozen, kindVague:
		return true
	}
	return false
}

// wordAt returns the lexicon entry of the word at s[i] and the word's end.
func wordAt(s string, i int) (entry, int, bool) {
	if i >= len(s) || !isLetter(s[i]) || (i > 0 && isLetter(s[i-1])) {
		return entry{}, i, false
	}
	end := wordEnd(s, i)
	if end < len(s) && isDigitByte(s[end]) {
		return entry{}, end, false
	}
	e, ok := lookup(s[i:end])
	return e, end, ok
}

// skipSpaces returns the offset after the spaces at s[i] (not line breaks:
// a number does not run across lines).
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case i+1 < len(s) && s[i] == 0xC2 && s[i+1] == 0xA0: // no-break space
			i += 2
		default:
			return i
		}
	}
	return i
}

// compound is the state of a number being read atom by atom.
type compound struct {
	total, current float64
	lastBig        float64 // the smallest scale applied to total
	prev           wordKind
	end            int
	mult           float64
	words, decimal bool
}

// single reads one number at s[i]: digits, words or both ("3 hundred and
// 21", "1.5 million", "two hundred and two thousand").
func single(s string, i int) (value, bool) {
	if i >= len(s) {
		return value{}, false
	}
	c, ok := first(s, i)
	if !ok {
		return value{}, false
	}
	for {
		next, ok := c.extend(s)
		if !ok {
			break
		}
		c = next
	}
	v := value{start: i, end: c.end, v: c.total + c.current, mult: 1, words: c.words, decimal: c.decimal}
	if c.prev == kindHundred || c.prev == kindBig || c.prev == kindAbbrev {
		v.mult = c.mult
	}
	if v.v >= maxValue || math.IsNaN(v.v) {
		return value{}, false
	}
	return v, true
}

// first reads the first atom of a number.
func first(s string, i int) (compound, bool) {
	c := compound{lastBig: math.Inf(1), mult: 1}
	if !isLetter(s[i]) {
		v, ok := digits(s, i)
		if !ok {
			return c, false
		}
		c.end, c.decimal = v.end, v.decimal
		if v.mult > 1 { // "10k": the scale is already applied
			c.total, c.lastBig, c.prev, c.mult = v.v, v.mult, kindBig, v.mult
			return c, true
		}
		c.current, c.prev = v.v, kindDigits
		return c, true
	}
	e, end, ok := wordAt(s, i)
	if !ok {
		return c, false
	}
	c.words, c.end = true, end
	switch e.kind {
	case kindUnit, kindTeen, kindTens:
		c.current, c.prev = e.val, e.kind
	case kindHundred, kindDozen:
		c.current, c.prev, c.mult = e.val, e.kind, e.val
	case kindBig:
		c.total, c.lastBig, c.prev, c.mult = e.val, e.val, kindBig, e.val
	case kindArticle, kindHalf:
		return scaledBy(s, c, e)
	default:
		return c, false
	}
	return c, true
}

// scaledBy reads "a hundred", "a dozen", "half a million", "quarter million":
// a fraction or one of a scale word.
func scaledBy(s string, c compound, e entry) (compound, bool) {
	j := skipSpaces(s, c.end)
	if e.kind == kindHalf {
		if a, end, ok := wordAt(s, j); ok && a.kind == kindArticle {
			j = skipSpaces(s, end)
		}
	}
	scale, end, ok := wordAt(s, j)
	if !ok || j == c.end {
		return c, false
	}
	c.end = end
	switch scale.kind {
	case kindHundred, kindDozen:
		c.current, c.prev, c.mult = e.val*scale.val, scale.kind, scale.val
	case kindBig:
		c.total, c.lastBig, c.prev, c.mult = e.val*scale.val, scale.val, kindBig, scale.val
	default:
		return c, false
	}
	return c, true
}

// extend reads one more atom after c, or reports false when the number ends.
func (c compound) extend(s string) (compound, bool) {
	j, sep, ok := c.separator(s)
	if !ok {
		return c, false
	}
	if e, end, ok := wordAt(s, j); ok && e.kind == kindAnd {
		return c.afterAnd(s, skipSpaces(s, end))
	}
	return c.atom(s, j, sep)
}

// separator finds where the next atom starts: after spaces, or after a
// hyphen between tens and units ("twenty-one", "fifty - two").
func (c compound) separator(s string) (next int, sep byte, ok bool) {
	j := skipSpaces(s, c.end)
	if j < len(s) && s[j] == '-' && c.prev == kindTens {
		k := skipSpaces(s, j+1)
		return k, '-', k < len(s)
	}
	if j == c.end {
		return j, 0, false
	}
	return j, ' ', j < len(s)
}

// afterAnd reads the atom after "and": "two hundred and thirty", "one and
// a half million". On failure the number ends before "and".
func (c compound) afterAnd(s string, j int) (compound, bool) {
	if c.prev != kindHundred && c.prev != kindBig {
		return c.andAHalf(s, j)
	}
	if c.prev == kindBig && j < len(s) && s[j] >= '0' && s[j] <= '9' {
		// "worth 500 million and 40 people were killed": digits after a
		// scale and "and" begin a number of their own, though "3 hundred
		// and 21" is one.
		return c, false
	}
	next, ok := c.atom(s, j, ' ')
	if !ok || next.prev == kindHundred || next.prev == kindBig {
		return c, false // "3 hundred and 2 hundred" is two numbers
	}
	// "one thousand and two thousand": when the group after "and" runs into
	// a scale it cannot take, "and" joined two numbers.
	if k, _, ok := next.separator(s); ok {
		if e, _, ok := wordAt(s, k); ok && (e.kind == kindBig || e.kind == kindHundred || e.kind == kindAbbrev) {
			if _, ok := next.atom(s, k, ' '); !ok {
				return c, false
			}
		}
	}
	return next, true
}

// andAHalf reads "and a half" before a scale word: "five and a half million".
func (c compound) andAHalf(s string, j int) (compound, bool) {
	if c.prev != kindUnit && c.prev != kindTeen && c.prev != kindTens && c.prev != kindDigits {
		return c, false
	}
	a, end, ok := wordAt(s, j)
	if !ok || a.kind != kindArticle {
		return c, false
	}
	h, end, ok := wordAt(s, skipSpaces(s, end))
	if !ok || h.kind != kindHalf {
		return c, false
	}
	big, bigEnd, ok := wordAt(s, skipSpaces(s, end))
	if !ok || big.kind != kindBig {
		return c, false
	}
	c.current += h.val
	c.total += c.current * big.val
	c.current, c.lastBig, c.prev, c.mult, c.end = 0, big.val, kindBig, big.val, bigEnd
	return c, true
}

// atom applies the atom at s[j] to c.
func (c compound) atom(s string, j int, sep byte) (compound, bool) {
	if j >= len(s) {
		return c, false
	}
	if !isLetter(s[j]) {
		return c.digitsAtom(s, j)
	}
	e, end, ok := wordAt(s, j)
	if !ok {
		return c, false
	}
	if sep == '-' && e.kind != kindUnit {
		return c, false
	}
	n := c
	n.end, n.words = end, true
	switch e.kind {
	case kindUnit:
		ok = c.prev == kindTens || c.prev == kindHundred || c.prev == kindBig
		n.current += e.val
	case kindTeen, kindTens:
		ok = c.prev == kindHundred || c.prev == kindBig
		n.current += e.val
	case kindHundred:
		ok = c.current > 0 && (c.current < 100 || c.prev == kindDigits && !c.words) && c.prev != kindHundred && c.prev != kindBig
		n.current *= 100
		n.mult = 100
	case kindBig:
		return c.big(e.val, end)
	case kindAbbrev:
		if c.prev != kindDigits {
			return c, false
		}
		return c.big(e.val, end)
	case kindDozen, kindVague:
		ok = e.val == 12 || e.val == 24 // "3 dozen", "three dozens"
		ok = ok && c.total == 0 && c.current > 0 && c.current < 100 && c.prev != kindHundred
		n.current *= 12
		n.mult = 12
		n.prev = kindDozen
		return n, ok
	case kindPoint:
		return c.point(s, end)
	default:
		return c, false
	}
	n.prev = e.kind
	return n, ok
}

// digitsAtom applies digits after a scale word: "4 thousand 3 hundred and 21".
func (c compound) digitsAtom(s string, j int) (compound, bool) {
	if c.prev != kindHundred && c.prev != kindBig {
		return c, false
	}
	v, ok := digits(s, j)
	if !ok || v.mult > 1 {
		return c, false
	}
	limit := c.lastBig
	if c.current >= 100 {
		limit = 100
	}
	if v.v >= limit || v.v == 0 {
		return c, false // "4 thousand 3 hundred and 0" is two numbers
	}
	c.current += v.v
	c.end, c.prev, c.decimal = v.end, kindDigits, v.decimal
	return c, true
}

// big applies a scale word: thousand, million, lakh, crore, bn.
func (c compound) big(scale float64, end int) (compound, bool) {
	switch {
	case c.current > 0 && scale < c.lastBig:
		c.total += c.current * scale
		c.current = 0
	case c.current == 0 && c.total > 0 && scale > c.lastBig:
		c.total *= scale // "a hundred thousand" after "a hundred" was read as 100; "three lakh crore"
	default:
		return c, false
	}
	c.total = math.Round(c.total*1e6) / 1e6
	c.lastBig, c.prev, c.mult, c.end, c.decimal = scale, kindBig, scale, end, false
	return c, true
}

// point reads the digits spoken after "point": "two hundred point zero three".
func (c compound) point(s string, j int) (compound, bool) {
	if c.prev == kindDigits || c.prev == kindBig {
		return c, false
	}
	scale := 0.1
	n := c
	for {
		k := skipSpaces(s, j)
		if k == j {
			break
		}
		e, end, ok := wordAt(s, k)
		if !ok || (e.kind != kindUnit && e.kind != kindTens && e.kind != kindTeen) {
			break
		}
		if e.kind == kindUnit {
			n.current += e.val * scale
			scale /= 10
		} else { // "point seventy-one", "point eleven"
			n.current += e.val * scale / 10
			scale /= 100
		}
		n.end, j = end, end
		if e.kind == kindTens && end < len(s) && s[end] == '-' {
			if u, uend, ok := wordAt(s, end+1); ok && u.kind == kindUnit {
				n.current += u.val * scale * 10
				n.end, j = uend, uend
			}
		}
	}
	if n.end == c.end {
		return c, false
	}
	n.prev, n.decimal = kindPoint, true
	return n, true
}
