package number

import (
	"strings"
	"unicode/utf8"
)

// spanAfter reads a range that begins with the number a: "200–300",
// "200 to 300", "40 or 45", "5k-20k". The second number must be larger.
func spanAfter(s string, a value) (Number, bool) {
	j := skipSpaces(s, a.end)
	if j >= len(s) {
		return Number{}, false
	}
	k, ok := rangeJoin(s, j, j > a.end)
	if !ok {
		return Number{}, false
	}
	if j == a.end && s[j] == '-' && (chainBefore(s, a.start) || a.words) {
		return Number{}, false // +1-222-2222, a phone number; "twenty-one" is read elsewhere
	}
	b, ok := single(s, k)
	if !ok || (j == a.end && chainAfter(s, b.end)) {
		return Number{}, false
	}
	if strings.EqualFold(s[j:min(j+2, len(s))], "or") && a.mult != 1 && a.mult != b.mult {
		return Number{}, false // "10 bln or 10 tln" are alternatives, not a range
	}
	return makeSpan(s, a, b)
}

// rangeJoin returns where the second number of a range starts, after a dash,
// a tilde or "to", "through", "or" at s[j]; spaced says whether spaces came
// before s[j], which words need.
func rangeJoin(s string, j int, spaced bool) (int, bool) {
	switch s[j] {
	case '-', '~':
		return skipSpaces(s, j+1), true
	}
	if r, size := utf8.DecodeRuneInString(s[j:]); r == '–' || r == '—' {
		return skipSpaces(s, j+size), true
	}
	if !spaced || !isLetter(s[j]) {
		return 0, false
	}
	end := wordEnd(s, j)
	switch strings.ToLower(s[j:end]) {
	case "to", "through", "or":
		k := skipSpaces(s, end)
		return k, k > end
	}
	return 0, false
}

// chainBefore reports a number that continues a code: "+1", "222-" after
// digits, "12/".
func chainBefore(s string, start int) bool {
	if start == 0 {
		return false
	}
	c := s[start-1]
	if c == '+' || c == '/' || c == '#' {
		return true
	}
	return (c == '-' || c == '.') && start >= 2 && isDigitByte(s[start-2])
}

// chainAfter reports a code going on after end: "-2222", "/2222".
func chainAfter(s string, end int) bool {
	if end+1 >= len(s) {
		return false
	}
	return (s[end] == '-' || s[end] == '/' || s[end] == '.' || s[end] == ':') && isDigitByte(s[end+1])
}

// makeSpan joins two numbers into a range when the second is the larger.
// A bare first number takes the scale of the second: "2 to 3 million" is
// two million to three million.
func makeSpan(s string, a, b value) (Number, bool) {
	lo := a.v
	if a.mult == 1 && b.mult > 1 && lo < b.mult && lo*b.mult < b.v+b.mult {
		lo *= b.mult
	}
	if a.mult == 1 && b.mult == 1 && !a.decimal && !b.decimal && lo >= 1 && lo < 100 && b.v >= 1000 &&
		strings.HasSuffix(s[b.start:b.end], "000") && lo*1000 < b.v {
		lo *= 1000 // "2-3,000": the first shares the second's thousands
	}
	if b.v <= lo || lo < 0 || a.decimal && a.mult == 1 && b.mult == 1 {
		return Number{}, false
	}
	return Number{
		Start: a.start, End: b.end, Text: s[a.start:b.end], Kind: Span,
		Low: roundCount(lo), High: roundCount(b.v), Value: lo,
		Words: a.words || b.words, HighAt: b.start,
	}, true
}

// spanWords reads "between 200 and 300" and "from 200 to 300" at s[i].
func spanWords(s string, i int) (Number, bool) {
	e, end, ok := wordAt(s, i)
	if !ok || (e.kind != kindBetween && e.kind != kindFrom) {
		return Number{}, false
	}
	j := skipSpaces(s, end)
	if j == end || j >= len(s) {
		return Number{}, false
	}
	a, ok := single(s, j)
	if !ok {
		return Number{}, false
	}
	k := skipSpaces(s, a.end)
	if k == a.end || k >= len(s) {
		if n, ok := spanAfter(s, a); ok { // "between 200-300"
			return widen(s, n, i), true
		}
		return Number{}, false
	}
	want := "to"
	if e.kind == kindBetween {
		want = "and"
	}
	if jend := wordEnd(s, k); strings.EqualFold(s[k:jend], want) {
		b, ok := single(s, skipSpaces(s, jend))
		if !ok {
			return Number{}, false
		}
		n, ok := makeSpan(s, a, b)
		if !ok {
			return Number{}, false
		}
		return widen(s, n, i), true
	}
	if n, ok := spanAfter(s, a); ok {
		return widen(s, n, i), true
	}
	return Number{}, false
}

// widen moves a range's start back to its opening word.
func widen(s string, n Number, start int) Number {
	n.Start = start
	n.Text = s[start:n.End]
	return n
}

// vagueAt reads a vague quantity at s[i]: "dozens", "hundreds of
// thousands", "tens of thousands", "several thousand", "a few hundred".
func vagueAt(s string, i int) (Number, bool) {
	e, end, ok := wordAt(s, i)
	if !ok {
		return Number{}, false
	}
	if e.kind == kindArticle { // "a few hundred"
		f, fend, ok := wordAt(s, skipSpaces(s, end))
		if !ok || f.kind != kindFew || fend == end {
			return Number{}, false
		}
		e, end = f, fend
	}
	var low float64
	switch e.kind {
	case kindVague:
		low, end, ok = vagueOf(s, s[i:end], e, end)
	case kindFew:
		low, end, ok = fewOf(s, end)
	default:
		ok = false
	}
	if !ok {
		return Number{}, false
	}
	return Number{
		Start: i, End: end, Text: s[i:end], Kind: Vague,
		Low: roundCount(low), Value: low, Words: true,
	}, true
}

// vagueOf reads a plural quantity word and what may follow it:
// "hundreds of thousands", "tens of millions"; "scores" only before "of".
func vagueOf(s, word string, e entry, end int) (float64, int, bool) {
	of := skipSpaces(s, end)
	ofEnd := wordEnd(s, of)
	hasOf := of > end && strings.EqualFold(s[of:ofEnd], "of")
	if hasOf && e.val <= 200 {
		if big, bend, ok := wordAt(s, skipSpaces(s, ofEnd)); ok && big.kind == kindVague && big.val >= 2000 {
			return e.val * big.val / 2, bend, true
		}
	}
	switch {
	case strings.EqualFold(word, "tens"):
		return 0, end, false
	case strings.EqualFold(word, "scores"):
		return e.val, end, hasOf
	}
	return e.val, end, true
}

// fewOf reads the scale after "several", "few", "many": "several thousand",
// "several hundred thousand", "many thousands".
func fewOf(s string, end int) (float64, int, bool) {
	j := skipSpaces(s, end)
	e, wend, ok := wordAt(s, j)
	if !ok || j == end {
		return 0, end, false
	}
	var low float64
	switch e.kind {
	case kindDozen:
		low = 24
	case kindHundred, kindBig:
		low = 2 * e.val
	case kindVague:
		if e.val < 200 {
			return 0, end, false
		}
		return e.val, wend, true
	default:
		return 0, end, false
	}
	if k := skipSpaces(s, wend); k > wend {
		if big, bend, ok := wordAt(s, k); ok && big.kind == kindBig && big.val > low {
			return low * big.val, bend, true
		}
	}
	return low, wend, true
}

// pronounBefore are the words after which "one" is a pronoun: "the one you
// mean", "which one".
var pronounBefore = []string{"the", "this", "that", "which", "each", "every", "any", "no", "another", "no-one"}

// isPronounOne reports "one" used as a pronoun rather than a count.
func isPronounOne(s string, v value) bool {
	if !strings.EqualFold(s[v.start:v.end], "one") {
		return false
	}
	prev := prevWord(s, v.start)
	for _, p := range pronounBefore {
		if strings.EqualFold(prev, p) {
			return true
		}
	}
	j := skipSpaces(s, v.end)
	return strings.EqualFold(s[j:wordEnd(s, j)], "another")
}

// prevWord returns the word just before start, across spaces.
func prevWord(s string, start int) string {
	j := start
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	return s[k:j]
}
