package number

import (
	"math"
	"unicode/utf8"

	"tally/internal/extract/wordset"
)

// digitAt returns the value of the digit at s[i] and its size in bytes, or
// size 0 when there is none. It reads ASCII, Arabic-Indic (U+0660–0669) and
// Persian (U+06F0–06F9) digits.
func digitAt(s string, i int) (d, size int) {
	c := s[i]
	if c >= '0' && c <= '9' {
		return int(c - '0'), 1
	}
	if (c != 0xD9 && c != 0xDB) || i+1 >= len(s) {
		return 0, 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660), n
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0), n
	}
	return 0, 0
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// group is one run of digits inside a written number: "1", "500" in "1,500".
type group struct {
	start, end int
	digits     int
}

// sepKind is the character between two digit groups.
type sepKind uint8

const (
	sepComma       sepKind = iota + 1 // ,
	sepDot                            // .
	sepSpace                          // space, no-break space, narrow no-break space, thin space
	sepApostrophe                     // ' and ’ (Swiss style)
	sepArabicGroup                    // ٬ U+066C
	sepArabicPoint                    // ٫ U+066B, always a decimal point
)

// maxGroups bounds how many groups one number may have; longer chains are
// identifiers (IP addresses, phone numbers), read as separate numbers.
const maxGroups = 8

// sepAt returns the separator at s[i] and its size, if a digit follows it.
func sepAt(s string, i int) (sepKind, int) {
	if i >= len(s) {
		return 0, 0
	}
	var k sepKind
	size := 1
	switch s[i] {
	case ',':
		k = sepComma
	case '.':
		k = sepDot
	case ' ':
		k = sepSpace
	case '\'':
		k = sepApostrophe
	default:
		r, n := utf8.DecodeRuneInString(s[i:])
		size = n
		switch r {
		case 0x00A0, 0x202F, 0x2009:
			k = sepSpace
		case 0x2019:
			k = sepApostrophe
		case 0x066C:
			k = sepArabicGroup
		case 0x066B:
			k = sepArabicPoint
		default:
			return 0, 0
		}
	}
	if i+size >= len(s) {
		return 0, 0
	}
	if _, d := digitAt(s, i+size); d == 0 {
		return 0, 0
	}
	return k, size
}

// digitRun returns the end of the digits starting at s[i] and their count.
func digitRun(s string, i int) (end, count int) {
	for i < len(s) {
		_, size := digitAt(s, i)
		if size == 0 {
			break
		}
		i += size
		count++
	}
	return i, count
}

// digits reads a number written in digits at s[i]: groups, separators, a
// decimal part and a glued scale suffix ("10k", "2.3bn"). ok is false for
// digits glued to letters ("29km", "4th", "F16").
func digits(s string, i int) (value, bool) {
	if i > 0 && isLetter(s[i-1]) {
		return value{}, false
	}
	if chained(s, i) {
		return chainLink(s, i)
	}
	var gs [maxGroups]group
	var seps [maxGroups]sepKind
	k := 0
	j := i
	if s[i] == '.' { // ".08"
		end, n := digitRun(s, i+1)
		gs[0] = group{i, i, 0}
		gs[1] = group{i + 1, end, n}
		seps[1] = sepDot
		k = 1
		j = end
	} else {
		end, n := digitRun(s, i)
		gs[0] = group{i, end, n}
		j = end
		for k+1 < maxGroups {
			sk, size := sepAt(s, j)
			if sk == 0 {
				break
			}
			end, n := digitRun(s, j+size)
			k++
			gs[k] = group{j + size, end, n}
			seps[k] = sk
			j = end
		}
	}
	if afterMonth(s, i) {
		k = firstSpace(seps[:k+1]) // "May 5 300 people" is a day, then a count
	}
	m, decimalAt := interpret(s, gs[:k+1], seps[:k+1])
	v := value{start: i, end: gs[m].end, mult: 1}
	var ok bool
	v.v, ok = groupsValue(s, gs[:m+1], decimalAt)
	if !ok {
		return value{}, false
	}
	v.decimal = decimalAt > 0
	return glued(s, v)
}

// interpret decides how many separators belong to the number (m) and which
// group, if any, is a decimal part (decimalAt, 0 for none).
func interpret(s string, gs []group, seps []sepKind) (m, decimalAt int) {
	k := len(gs) - 1
	for m = k; m > 0; m-- {
		if m < k && seps[m+1] == seps[m] {
			continue // "192.168.1.2" is a chain, not 192,168 then 1.2
		}
		if d, ok := reading(s, gs[:m+1], seps[:m+1]); ok {
			return m, d
		}
	}
	return 0, 0
}

// reading reports whether groups joined by seps read as one number, and
// where its decimal part is. Thousands separators need three-digit groups;
// "1.500" is fifteen hundred (a count) but "1.5" and "4.80" are decimals.
func reading(s string, gs []group, seps []sepKind) (decimalAt int, ok bool) {
	k := len(gs) - 1
	last := seps[k]
	if gs[0].digits == 0 { // ".08"
		return k, k == 1
	}
	if k > 1 && isPoint(last) && seps[1] != last && grouped(gs[:k], seps[:k]) {
		return k, true // 1,234,567.89 · 1.111,11 · 1 234 567.89
	}
	if grouped(gs, seps) {
		if last == sepArabicPoint || (k == 1 && gs[0].digits == 1 && s[gs[0].start] == '0') {
			return k, k == 1 // ٫ is always a decimal point; "0.500" is a decimal
		}
		if k == 1 && last == sepDot && scaleFollows(s, gs[1].end) {
			return 1, true // "1.500 million"
		}
		return 0, true
	}
	if indian(gs, seps) {
		return 0, true
	}
	if k == 1 && isPoint(last) && (last != sepComma || !listFollows(s, gs[1].end)) {
		return 1, true // 1.5 · 1,3 · 5,00
	}
	return 0, false
}

// isPoint reports whether a separator can be a decimal point.
func isPoint(k sepKind) bool { return k == sepDot || k == sepComma || k == sepArabicPoint }

// grouped reports whether the groups are a thousands-grouped integer: one
// separator throughout, a first group of one to three digits, then groups of
// exactly three.
func grouped(gs []group, seps []sepKind) bool {
	if len(gs) < 2 || gs[0].digits < 1 || gs[0].digits > 3 {
		return false
	}
	for j := 1; j < len(gs); j++ {
		if gs[j].digits != 3 || seps[j] != seps[1] {
			return false
		}
	}
	return true
}

// indian reports the Indian grouping 12,34,567: two-digit groups before a
// final three-digit group.
func indian(gs []group, seps []sepKind) bool {
	k := len(gs) - 1
	if k < 2 || gs[0].digits > 2 || gs[k].digits != 3 {
		return false
	}
	for j := 1; j <= k; j++ {
		if seps[j] != sepComma || (j < k && gs[j].digits != 2) {
			return false
		}
	}
	return true
}

// listFollows reports a comma-separated list going on after end ("22,24,26"),
// where "22,24" is not a decimal.
func listFollows(s string, end int) bool {
	return end+1 < len(s) && s[end] == ',' && isDigitByte(s[end+1])
}

// groupsValue computes the value of groups whose decimal part, if any, is
// the group at decimalAt.
func groupsValue(s string, gs []group, decimalAt int) (float64, bool) {
	var n int64
	digits := 0
	intGroups := len(gs)
	if decimalAt > 0 {
		intGroups = decimalAt
	}
	for _, g := range gs[:intGroups] {
		for j := g.start; j < g.end; {
			d, size := digitAt(s, j)
			if digits++; digits > 18 {
				return 0, false
			}
			n = n*10 + int64(d)
			j += size
		}
	}
	v := float64(n)
	if decimalAt > 0 {
		g := gs[decimalAt]
		scale := 0.1
		for j := g.start; j < g.end; {
			d, size := digitAt(s, j)
			v += float64(d) * scale
			scale /= 10
			j += size
		}
	}
	return v, true
}

// suffixes are the scale abbreviations that may be glued to digits or
// written after them ("10k", "2.3bn", "10 bln"). A lower-case "m" is read
// only before a word ("1.5m people"): "10m" alone is as often metres.
var suffixes = map[string]float64{
	"k": 1e3, "K": 1e3,
	"M": 1e6, "MM": 1e6, "mn": 1e6, "Mn": 1e6, "mln": 1e6, "mil": 1e6,
	"b": 1e9, "B": 1e9, "bn": 1e9, "Bn": 1e9, "bln": 1e9,
	"tn": 1e12, "tln": 1e12,
}

// glued applies a scale suffix glued to the digits, and refuses digits glued
// to any other letters.
func glued(s string, v value) (value, bool) {
	if v.end >= len(s) || !isLetter(s[v.end]) {
		return v, true
	}
	end := wordEnd(s, v.end)
	if end < len(s) && isDigitByte(s[end]) {
		return value{}, false
	}
	mult, ok := suffixes[s[v.end:end]]
	if !ok && s[v.end:end] == "m" && end+1 < len(s) && s[end] == ' ' && isLetter(s[end+1]) {
		mult, ok = 1e6, true // "1.5m people"; a bare "10m" may be metres
	}
	if !ok {
		return value{}, false
	}
	return scaled(v, mult, end), true
}

// scaled multiplies v by a scale word or suffix ending at end.
func scaled(v value, mult float64, end int) value {
	v.v *= mult
	v.v = math.Round(v.v*1e6) / 1e6 // 2.3 * 1e9 is not exactly 2.3e9 in floating point
	v.mult = mult
	v.end = end
	v.decimal = false
	return v
}

// wordEnd returns the end of the ASCII letters starting at s[i].
func wordEnd(s string, i int) int {
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

// scaleFollows reports whether a scale word follows end after spaces
// ("1.500 million").
func scaleFollows(s string, end int) bool {
	j := skipSpaces(s, end)
	if j == end || j >= len(s) || !isLetter(s[j]) {
		return false
	}
	e, ok := lookup(s[j:wordEnd(s, j)])
	return ok && e.kind == kindBig
}

// chained reports whether s[i] continues a chain of digit groups ("168" in
// "192.168.1.2", "24" in "22,24,26"), each link of which is a number alone.
func chained(s string, i int) bool {
	return i >= 2 && (s[i-1] == '.' || s[i-1] == ',') && isDigitByte(s[i-2])
}

// chainLink reads one link of a chain as an integer.
func chainLink(s string, i int) (value, bool) {
	end, n := digitRun(s, i)
	v, ok := groupsValue(s, []group{{i, end, n}}, 0)
	if !ok {
		return value{}, false
	}
	return glued(s, value{start: i, end: end, v: v, mult: 1})
}

// firstSpace returns how many separators come before the first space
// separator in seps (seps[0] is unused).
func firstSpace(seps []sepKind) int {
	for j := 1; j < len(seps); j++ {
		if seps[j] == sepSpace {
			return j - 1
		}
	}
	return len(seps) - 1
}

// monthNames are the words after which a number is a day, so that a space
// after it does not group it with the next number.
var monthNames = wordset.New(map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
})

// afterMonth reports a month name just before s[i].
func afterMonth(s string, i int) bool {
	w := prevWord(s, i)
	if w == "" || len(w) > 9 {
		return false
	}
	var buf [9]byte
	for j := 0; j < len(w); j++ {
		buf[j] = w[j] | 0x20
	}
	v, _ := monthNames.GetBytes(buf[:len(w)])
	return v
}
