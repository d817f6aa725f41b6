package timex

// weekdayDate reads a weekday, alone ("on Monday", "Friday night") or
// before a date ("Friday, 22 March 2013"), where the date wins.
func (p *parser) weekdayDate(i int) (val, int, bool) {
	wd, ok := weekdayTab.Get(p.w(i))
	abbrev := weekdayAbbTab.Of(p.w(i))
	if !ok && abbrev == 0 {
		return val{}, i, false
	}
	j := i + 1
	if abbrev != 0 && p.pc(j) == "." {
		j++
	}
	if p.pc(j) == "," {
		j++
	}
	// "Monday, 15 November", "Monday, November 15", "Monday 15/11":
	// the readers called in turn, not from a slice of method values,
	// which built three closures on every weekday.
	if v, k, ok := p.dayMonth(j); ok && v.grain == Day {
		return v, k, true
	}
	if v, k, ok := p.monthFirst(j); ok && v.grain == Day {
		return v, k, true
	}
	if v, k, ok := p.numeric(j); ok && v.grain == Day {
		return v, k, true
	}
	if !ok {
		return val{}, i, false // a short weekday alone: "sun", "sat" are words
	}
	if p.w(i+1) == "the" {
		if t, ok := p.num(i + 2); ok && t.ord && t.num <= 31 {
			return val{}, i, false // "Friday the 11th": left to the day it names
		}
	}
	if weeklyRiteTab.Of(p.w(i + 1)) {
		return val{}, i, false // "Friday prayers", "the Sunday market": a weekly rite, no date
	}
	return p.weekday(wd, p.f.futureCue(p.f.toks[i].start)), p.dayPart(i + 1), true
}

// numeric reads 2019-11-15, 15/11/2019, 11/15/2019, 2019-11 and 11/2019.
func (p *parser) numeric(i int) (val, int, bool) {
	a, ok := p.num(i)
	if p.decimalTail(i) {
		return val{}, i, false
	}
	sep := p.pc(i + 1)
	if !ok || sep != "-" && sep != "/" && sep != "." || !p.glued(i+1) || !p.glued(i+2) {
		return val{}, i, false
	}
	if m, _, _ := p.month(i + 2); m != 0 && a.digits == 4 && p.pc(i+3) == sep && p.glued(i+3) && p.glued(i+4) {
		if d, ok := p.dayNumber(i + 4); ok && validDay(a.num, m, d) {
			return val{grain: Day, y: a.num, m: m, d: d}, i + 5, true // 2019-aug-01
		}
	}
	b, ok := p.num(i + 2)
	if !ok || b.digits > 2 && a.digits != 2 && a.digits != 1 {
		return val{}, i, false
	}
	c, three := p.num(i + 4)
	three = three && p.pc(i+3) == sep && p.glued(i+3) && p.glued(i+4)
	if p.pc(p.after(i, three)) == sep && p.glued(p.after(i, three)) {
		return val{}, i, false // a longer run of numbers: a phone number, a version
	}
	switch {
	case a.digits == 4 && three && b.digits <= 2 && c.digits <= 2:
		v := val{grain: Day, y: a.num, m: b.num, d: c.num, hijri: a.num < 1450}
		if _, _, ok := calSpan(v, a.num); !ok {
			return val{}, i, false
		}
		return v, i + 5, true
	case a.digits == 4 && !three && b.digits <= 2 && b.num >= 1 && b.num <= 12 && sep != ".":
		if t, ok := p.num(i + 2); ok && t.digits == 2 && sep == "-" && a.num%100+1 == t.num {
			return val{}, i, false // "2009-10": a span of years
		}
		return val{grain: Month, y: a.num, m: b.num, hijri: a.num < 1450}, i + 3, true
	case a.digits <= 2 && three && c.digits == 4:
		return p.dayMonthYear(a.num, b.num, c.num, i+5)
	case a.digits <= 2 && !three && b.digits == 4 && a.num >= 1 && a.num <= 12 && sep != ".":
		return val{grain: Month, y: b.num, m: a.num}, i + 3, true
	}
	return val{}, i, false
}

// after is the index after a numeric date of two or three numbers at i.
func (p *parser) after(i int, three bool) int {
	if three {
		return i + 5
	}
	return i + 3
}

// dayMonthYear orders the two small numbers of a numeric date: month-first
// unless the first cannot be a month; see settleAmbiguous.
func (p *parser) dayMonthYear(x, y, year, next int) (val, int, bool) {
	switch {
	case x > 12 && validDay(year, y, x):
		p.f.dayFirst++
		return val{grain: Day, y: year, m: y, d: x}, next, true
	case y > 12 && validDay(year, x, y):
		p.f.monthFirst++
		return val{grain: Day, y: year, m: x, d: y}, next, true
	case validDay(year, x, y):
		v := val{grain: Day, y: year, m: x, d: y}
		if x != y {
			v.amb = &ambiguousDate{y: year, first: x, second: y}
		}
		return v, next, true
	}
	return val{}, next, false
}

// dayNumber reads a day of the month at i: 1..31, perhaps "15th".
func (p *parser) dayNumber(i int) (int, bool) {
	t, ok := p.num(i)
	if !ok || t.digits > 2 || t.num < 1 || t.num > 31 || p.isTime(i) || p.pc(i+1) == "%" {
		return 0, false
	}
	if p.pc(i-1) == "$" || p.pc(i-1) == "#" || p.decimalTail(i) {
		return 0, false
	}
	return t.num, true
}

// decimalTail reports whether the number at i is the tail of a larger
// number: "6,107.31", "1,500".
func (p *parser) decimalTail(i int) bool {
	return (p.pc(i-1) == "." || p.pc(i-1) == ",") && p.glued(i) && p.isNum(i-2) && p.glued(i-1)
}

// month reads a month name at i, with the dot of an abbreviation.
func (p *parser) month(i int) (m, next int, abbrev bool) {
	w := p.w(i)
	m, ok := monthTab.Get(w)
	if !ok {
		if m, ok = persianGregorianMonths[w]; ok {
			return m, i + 1, true // needs a day or a year, like a short form
		}
		return 0, i, false
	}
	next = i + 1
	abbrev = isMonthAbbrev(w)
	if abbrev && p.pc(next) == "." && p.glued(next) && p.isNum(next+1) {
		next++ // "Nov. 15"; a dot before anything else may end the sentence
	}
	return m, next, abbrev
}

// optYear reads an optional year after a day or month: ", 2019", " 2019",
// or " last year", " this year", " next year" against the anchor.
func (p *parser) optYear(j int) (y, next int) {
	if p.f.hasAnchor && p.w(j+1) == "year" {
		if n, ok := map[string]int{"last": -1, "this": 0, "next": 1}[p.w(j)]; ok {
			return p.f.anchor.Year() + n, j + 2 // "between March 27 and 31 last year"
		}
	}
	k := j
	if p.pc(k) == "," {
		k++
	}
	t, ok := p.num(k)
	if !ok || t.digits != 4 || t.num < 1000 || t.plural || t.ord || p.counts(k+1) && !p.verbWithObject(k+1) || p.isTime(k) {
		return 0, j
	}
	if (p.pc(k+1) == "," || p.pc(k+1) == ".") && p.glued(k+1) && p.isNum(k+2) && p.glued(k+2) {
		return 0, j // "15 November 2,019,000" is not written; a larger number is
	}
	return t.num, k + 1
}

// verbWithObject reports a verb at i that takes an object after it, so
// that the number before it is its sentence's subject's date, not a count:
// "the dispersal on 14 August 2013 killed at least 817 people", but "the
// clashes left 2013 killed."
func (p *parser) verbWithObject(i int) bool {
	switch p.w(i) {
	case "killed", "injured", "wounded", "arrested":
		return p.tok(i+1) != nil && p.pc(i+1) == "" // a word or a number, not the sentence's end
	}
	return false
}

// counts reports whether the token at i is a noun a number counts.
func (p *parser) counts(i int) bool { return countNounTab.Of(p.w(i)) }

// dayMonth reads "15 November 2019", "15th of Nov.", "15 Nov".
func (p *parser) dayMonth(i int) (val, int, bool) {
	d, ok := p.dayNumber(i)
	if !ok {
		return val{}, i, false
	}
	j := i + 1
	dashed := p.pc(j) == "-" && p.glued(j) && p.glued(j+1) // 05-Aug-2016
	if p.w(j) == "of" || dashed {
		j++
	}
	m, k, _ := p.month(j)
	if m == 0 {
		return val{}, i, false
	}
	if dashed && p.pc(k) == "-" && p.glued(k) && p.isYear(k+1) && p.glued(k+1) {
		k++
	}
	y, k := p.optYear(k)
	if y != 0 && !validDay(y, m, d) || y == 0 && d > date(2000, m+1, 0).Day() {
		return val{}, i, false
	}
	return val{grain: Day, y: y, m: m, d: d}, k, true
}

// monthFirst reads "November 15, 2019", "Nov. 15", "November 2019",
// "November of 2019" and a month alone.
func (p *parser) monthFirst(i int) (val, int, bool) {
	m, j, abbrev := p.month(i)
	if m == 0 {
		return val{}, i, false
	}
	if d, ok := p.dayNumber(j); ok && !p.counts(j+1) && !(p.pc(j+1) == "," && p.isNum(j+2) && !p.isYear(j+2)) {
		y, k := p.optYear(j + 1)
		if y != 0 && !validDay(y, m, d) || y == 0 && d > date(2000, m+1, 0).Day() {
			return val{}, i, false
		}
		return val{grain: Day, y: y, m: m, d: d}, k, true
	}
	k := j
	if p.w(k) == "of" || (p.pc(k) == "-" || p.pc(k) == "/") && p.glued(k) && p.glued(k+1) { // Dec-2018
		k++
	}
	if y, next := p.optYear(k); y != 0 {
		return val{grain: Month, y: y, m: m}, next, true
	}
	if (abbrev || !p.monthAlone(i)) && !p.rangeEnd(i, j) {
		return val{}, i, false
	}
	return val{grain: Month, m: m}, j, true
}

// rangeEnd reports whether tokens [i, j) stand at an end of a range ("from
// Sep to Nov"), where a short month name needs no day or year.
func (p *parser) rangeEnd(i, j int) bool {
	switch p.side {
	case left:
		return p.isRangeMarker(j) || p.w(j) == "and" && p.w(i-1) == "between"
	case right:
		return p.isRangeMarker(i-1) || p.w(i-1) == "and"
	}
	return false
}

func (p *parser) isNum(i int) bool { _, ok := p.num(i); return ok }

func (p *parser) isYear(i int) bool { t, ok := p.num(i); return ok && t.digits == 4 }

// monthAlone reports whether a month name with no day or year beside it is
// a month: "May" and "March" must be capitalized and follow a preposition,
// since both are also common words.
func (p *parser) monthAlone(i int) bool {
	w := p.w(i)
	if w != "may" && w != "march" {
		return true
	}
	return p.f.toks[i].upper && yearCueTab.Of(p.w(i-1)) && p.w(i-1) != "the" && p.w(i-1) != "a"
}

// hijriDate reads Solar Hijri dates: "24 Aban 1398", "Aban 1398",
// "Aban 24, 1398", "۲۴ آبان ۱۳۹۸".
func (p *parser) hijriDate(i int) (val, int, bool) {
	d, dayFirst := p.dayNumber(i)
	j := i
	if dayFirst {
		j++
	}
	m, ok := hijriMonth(p.w(j))
	if !ok {
		return val{}, i, false
	}
	j++
	if p.w(j) == "ماه" {
		j++
	}
	if !dayFirst {
		if d2, ok := p.dayNumber(j); ok && !p.isYear(j) {
			d, dayFirst = d2, true
			j++
		}
	}
	y, k := p.optYear(j)
	if y == 0 {
		y, k = p.shortHijriYear(j)
	}
	if y == 0 && !dayFirst {
		return val{}, i, false
	}
	if dayFirst {
		v := val{grain: Day, y: y, m: m, d: d, hijri: true}
		if _, _, ok := calSpan(v, max(y, 1399)); !ok { // 1399 is a leap year
			return val{}, i, false
		}
		return v, k, true
	}
	return val{grain: Month, y: y, m: m, hijri: true}, k, true
}

// shortHijriYear reads the two-digit Solar Hijri year of "Aban 98": 32 to
// 99 are 1332..1399 (a smaller number is a day). It returns 0 when there is
// none.
func (p *parser) shortHijriYear(j int) (y, next int) {
	t, ok := p.num(j)
	if !ok || t.digits != 2 || t.num < 32 || p.counts(j+1) || p.isTime(j) {
		return 0, j
	}
	return 1300 + t.num, j + 1
}

// seasonal reads "summer 1988", "the summer of 1988", "spring 2022".
func (p *parser) seasonal(i int) (val, int, bool) {
	j := i
	if p.w(j) == "the" {
		j++
	}
	s, ok := seasonTab.Get(p.w(j))
	if !ok {
		return val{}, i, false
	}
	k := j + 1
	if p.w(k) == "of" {
		k++
	}
	t, ok := p.num(k)
	if !ok || t.digits != 4 || p.counts(k+1) {
		// a season without its year: "in the summer", "during winter"
		if p.w(j) == "fall" || j == i && !seasonCueTab.Of(p.w(i-1)) || p.w(j+1) == "of" {
			return val{}, i, false
		}
		return val{grain: Season, season: s}, j + 1, true
	}
	return val{grain: Season, season: s, y: t.num}, k + 1, true
}

// seasonCues are the words after which a season without "the" or a year
// is a time: "in spring", "during winter".
var seasonCues = map[string]bool{"in": true, "during": true, "over": true, "through": true, "throughout": true, "until": true, "since": true, "by": true}

// quarter reads "the third quarter of 2016", "the first quarter", "Q3
// 2016".
func (p *parser) quarter(i int) (val, int, bool) {
	j := i
	if p.w(j) == "the" {
		j++
	}
	q := 0
	switch {
	case p.w(j) == "q" && p.f.toks[j].upper && p.glued(j+1):
		if t, ok := p.num(j + 1); ok && t.digits == 1 {
			q, j = t.num, j+2
		}
	case ordinalTab.Of(p.w(j)) > 0 && p.w(j+1) == "quarter":
		q, j = ordinalTab.Of(p.w(j)), j+2
	}
	if q < 1 || q > 4 {
		return val{}, i, false
	}
	if p.w(j) == "of" {
		j++
	}
	if t, ok := p.num(j); ok && t.digits == 4 && !p.counts(j+1) {
		return val{grain: Quarter, season: q, y: t.num}, j + 1, true
	}
	if p.w(j-1) == "of" {
		return val{}, i, false
	}
	return val{grain: Quarter, season: q}, j, true
}

// decadeCentury reads "the 1980s", "the '80s", "the 20th century".
func (p *parser) decadeCentury(i int) (val, int, bool) {
	j := i
	the := p.w(j) == "the"
	if the {
		j++
	}
	apostrophe := p.pc(j) == "'" || p.pc(j) == "’"
	if apostrophe {
		j++
	}
	if v, k, ok := p.decade(j, the, apostrophe); ok {
		return v, k, true
	}
	if apostrophe {
		return val{}, i, false
	}
	return p.century(i, j)
}

// decade reads "1980s", "1970's" and, after "the" or an apostrophe, "80s".
func (p *parser) decade(j int, the, apostrophe bool) (val, int, bool) {
	t, ok := p.num(j)
	if !ok || t.num%10 != 0 {
		return val{}, j, false
	}
	next := j + 1
	if !t.plural {
		if p.pc(j+1) != "'" && p.pc(j+1) != "’" || p.w(j+2) != "s" || !p.glued(j+1) || !p.glued(j+2) {
			return val{}, j, false
		}
		next = j + 3 // "the 1970's"
	}
	switch {
	case t.digits == 4 && (t.plural || the):
		return val{grain: Decade, y: t.num}, next, true
	case t.digits == 2 && (the || apostrophe):
		y := 1900 + t.num
		if t.num <= 20 {
			y = 2000 + t.num
		}
		return val{grain: Decade, y: y}, next, true
	}
	return val{}, j, false
}

// century reads "20th century", "the twentieth century", "21st-century"
// at j; i is where the expression began.
func (p *parser) century(i, j int) (val, int, bool) {
	n := 0
	if t, ok := p.num(j); ok && t.ord {
		n = t.num
	} else if o, ok := ordinalTab.Get(p.w(j)); ok && o > 0 {
		n = o
	}
	if n < 1 || n > 22 {
		return val{}, i, false
	}
	k := j + 1
	if p.pc(k) == "-" && p.glued(k) {
		k++
	}
	if p.w(k) != "century" {
		return val{}, i, false
	}
	return val{grain: Century, y: (n - 1) * 100}, k + 1, true
}

// year reads a bare year where it reads as one; see the package comment.
func (p *parser) year(i int, side int) (val, int, bool) {
	v, ok := p.yearNumber(i)
	if !ok {
		return val{}, i, false
	}
	switch {
	case side == left && p.isRangeMarker(i+1) && p.isNum(i+2):
	case side == right && (p.isRangeMarker(i-1) || p.w(i-1) == "and"):
	case p.yearAlone(i):
	default:
		return val{}, i, false
	}
	return v, i + 1, true
}

// yearAlone reports whether the number at i reads as a year by what
// surrounds it, outside a range: a preposition or determiner before it, or
// a possessive after it ("2019's").
func (p *parser) yearAlone(i int) bool {
	if !p.isYear(i) {
		return true // not a bare number: a year written with a month or season
	}
	prev := p.w(i - 1)
	return yearCueTab.Of(prev) || prev == "سال" || prev == "در" || prev == "از" || prev == "تا" ||
		(p.pc(i+1) == "'" || p.pc(i+1) == "’") && p.w(i+2) == "s" ||
		p.pc(i+1) == ":" && p.glued(i+1) && p.isNum(i+2) // a label: "(2023: 188)"
}

// yearNumber reads a four-digit number that can be a year, checking what
// surrounds it for signs that it counts or prices instead.
func (p *parser) yearNumber(i int) (val, bool) {
	t, ok := p.num(i)
	if !ok || t.digits != 4 || t.plural || t.ord || t.num < 1300 || t.num > 2199 {
		return val{}, false
	}
	switch p.pc(i - 1) {
	case "$", "€", "£", "#", "¥":
		return val{}, false
	case ",", ".":
		if p.glued(i) && p.isNum(i-2) {
			return val{}, false // the tail of a larger number
		}
	}
	if p.counts(i+1) || p.pc(i+1) == "%" || p.isTime(i) ||
		(p.pc(i+1) == "," || p.pc(i+1) == ".") && p.glued(i+1) && p.isNum(i+2) && p.glued(i+2) {
		return val{}, false
	}
	if t.num < 1450 {
		return val{grain: Year, y: t.num, hijri: true}, true
	}
	return val{grain: Year, y: t.num}, true
}
