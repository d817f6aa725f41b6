package timex

import (
	"cmp"
	"time"
)

// parser reads one window of tokens. Every method takes the index of the
// token to start at and returns the index after what it read.
type parser struct {
	f    *finder
	side int // where the value being read stands: alone, left or right
}

// tok is token i of the window, read from the text when first needed; nil
// past the window's end.
func (p *parser) tok(i int) *token {
	if i < 0 {
		return nil
	}
	for i >= len(p.f.toks) {
		if !p.f.more() {
			return nil
		}
	}
	return &p.f.toks[i]
}

// match is a parsed expression over tokens [start, end).
type match struct {
	start, end        int
	kind              Kind
	from, to          time.Time
	grain, startGrain Grain
	rel               bool
	since             bool
	amb               *ambiguousDate
}

// The sides a value may stand on: alone, or at the start or end of a range,
// where a bare day ("15 to 19 November") is allowed.
const (
	alone = iota
	left
	right
)

// w is the lowercased word at i, or "".
func (p *parser) w(i int) string {
	if t := p.tok(i); t != nil && t.kind == tWord {
		return t.low
	}
	return ""
}

// pc is the punctuation at i, or "".
func (p *parser) pc(i int) string {
	if t := p.tok(i); t != nil && t.kind == tPunct {
		return t.low
	}
	return ""
}

// num is the number token at i.
func (p *parser) num(i int) (token, bool) {
	if t := p.tok(i); t != nil && t.kind == tNum {
		return *t, true
	}
	return token{}, false
}

// glued reports whether token i follows token i-1 with no space between.
func (p *parser) glued(i int) bool {
	return i > 0 && p.tok(i) != nil && p.f.toks[i-1].end == p.f.toks[i].start
}

// canStart reports whether an expression may begin at token k, before its head.
func (p *parser) canStart(k int) bool {
	return p.class(k)&^cKnown != 0
}

// expr parses the longest expression at i.
func (p *parser) expr(i int) (match, bool) {
	switch p.w(i) {
	case "between":
		return p.between(i)
	case "from":
		return p.fromTo(i)
	case "since":
		return p.since(i)
	case "every", "each":
		return p.set(i)
	case "at", "in":
		return p.reference(i)
	}
	if v, j, ok := p.point(i, left); ok {
		if p.isRangeMarker(j) || p.w(j) == "and" && partial(v) {
			if b, k, ok := p.point(j+1, right); ok {
				if m, ok := p.interval(i, k, v, b); ok {
					return m, true
				}
			}
		}
		if v.bare == 0 && (v.grain != Year || p.yearAlone(i)) {
			return p.pointMatch(i, j, v)
		}
	}
	c := p.class(i)
	if c&cStart != 0 {
		return match{}, false
	}
	if c&(cNum|cQty) != 0 {
		if m, ok := p.duration(i); ok {
			return m, true
		}
	}
	if c&cRef == 0 {
		return match{}, false
	}
	return p.reference(i)
}

// pointMatch resolves a single value.
func (p *parser) pointMatch(i, j int, v val) (match, bool) {
	if !v.span && v.y == 0 {
		v.y = p.f.contextYear(p.f.toks[i].start, v.hijri)
	}
	future := !v.span && v.y == 0 && p.f.hasAnchor && p.f.futureCue(p.f.toks[i].start)
	from, to, rel, ok := p.f.resolve(v, future)
	if !ok {
		return match{}, false
	}
	kind := v.kind
	return match{start: i, end: j, kind: kind, from: from, to: to, grain: v.grain, rel: rel, amb: v.amb}, true
}

// isRangeMarker reports whether token i joins the two ends of a range.
func (p *parser) isRangeMarker(i int) bool {
	switch p.w(i) {
	case "to", "until", "till", "through", "thru":
		return true
	}
	switch p.pc(i) {
	case "-", "–", "—", "~":
		return true
	}
	return false
}

// partial reports whether a value leaves out what the next one may give:
// "15 and 16 November", "October and November 2019", "the summer and
// autumn of 1988" are one span.
func partial(v val) bool {
	return v.bare != 0 || !v.span && v.y == 0 && (v.grain == Day || v.grain == Month || v.grain == Season)
}

// between reads "between July and September 1988".
func (p *parser) between(i int) (match, bool) {
	a, j, ok := p.point(i+1, left)
	if ok && p.pc(j) == "," && (p.w(j+1) == "when" || p.w(j+1) == "the") {
		j = p.asideEnd(j) // "between August 5, when Hasina fled, and August 11"
	}
	if !ok || p.w(j) != "and" && !p.isRangeMarker(j) {
		return match{}, false
	}
	b, k, ok := p.point(j+1, right)
	if !ok {
		return match{}, false
	}
	return p.interval(i, k, a, b)
}

// asideEnd returns the "and" after an aside that opens with the comma at
// j and closes with a comma before "and"; j itself when there is none.
func (p *parser) asideEnd(j int) int {
	p.f.tokLimit = max(p.f.tokLimit, j+asideReach+4) // the interval's end lies past the aside
	for k := j + 1; k <= j+asideReach && p.tok(k) != nil; k++ {
		if p.pc(k) == "," && p.w(k+1) == "and" {
			return k + 1
		}
		if pc := p.pc(k); pc == "." || pc == ";" || pc == ":" {
			break
		}
	}
	return j
}

// asideReach bounds the tokens of an aside inside an interval.
const asideReach = 16

// fromTo reads "from 15 to 19 November".
func (p *parser) fromTo(i int) (match, bool) {
	a, j, ok := p.point(i+1, left)
	if !ok || !p.isRangeMarker(j) {
		return match{}, false
	}
	b, k, ok := p.point(j+1, right)
	if !ok {
		return match{}, false
	}
	return p.interval(i, k, a, b)
}

// since reads "since 15 November": from the date to the anchor.
func (p *parser) since(i int) (match, bool) {
	v, j, ok := p.point(i+1, alone)
	if !ok {
		return match{}, false
	}
	from, _, rel, ok := p.f.resolve(v, false)
	if !ok {
		return match{}, false
	}
	m := match{start: i, end: j, kind: Interval, from: from, grain: v.grain, startGrain: v.grain, rel: rel, since: true}
	if p.f.hasAnchor && !from.IsZero() && !from.After(p.f.anchor) {
		m.to, m.grain, m.rel = p.f.anchor, Day, true
	}
	if m.startGrain == m.grain {
		m.startGrain = ""
	}
	return m, true
}

// interval combines the two ends of a range, sharing what one writes and
// the other leaves out: "15 to 19 November 2019", "November 15 to 19".
func (p *parser) interval(i, k int, a, b val) (match, bool) {
	a, b, ok := shareFields(a, b)
	if !ok {
		return match{}, false
	}
	future := false
	if !a.span && !b.span && a.y == 0 && b.y == 0 && !b.hijri && b.grain == Day {
		// "June 3-4, 1989", "June 3-4 1989": the year after the range is
		// its own
		at := k
		if p.pc(at) == "," {
			at++
		}
		if y, ok := p.yearNumber(at); ok {
			a.y, b.y, k = y.y, y.y, at+1
		}
	}
	if !a.span && !b.span && a.y == 0 && b.y == 0 {
		if y := p.f.contextYear(p.f.toks[i].start, b.hijri); y != 0 {
			a.y, b.y = y, y
			if af, _, ok := calSpan(a, y); ok {
				if bf, _, _ := calSpan(b, y); af.After(bf) {
					a.y = y - 1
				}
			}
		}
	}
	if !a.span && !b.span && a.y == 0 && b.y == 0 && p.f.hasAnchor {
		future = p.f.futureCue(p.f.toks[i].start)
		y, ok := p.f.fillYear(b, future)
		if !ok {
			return match{}, false
		}
		b.y = y
		a.y = y
		if af, _, ok := calSpan(a, y); ok {
			if bf, _, _ := calSpan(b, y); af.After(bf) {
				a.y = y - 1
			}
		}
	}
	from, _, rel1, ok1 := p.f.resolve(a, future)
	_, to, rel2, ok2 := p.f.resolve(b, future)
	if !ok1 || !ok2 || !from.IsZero() && !to.IsZero() && to.Before(from) {
		return match{}, false
	}
	m := match{start: i, end: k, kind: Interval, from: from, to: to, grain: b.grain, rel: rel1 || rel2}
	if a.grain != b.grain {
		m.startGrain = a.grain
	}
	if from.IsZero() != to.IsZero() {
		m.from, m.to = time.Time{}, time.Time{} // half resolved: leave both out
	}
	return m, true
}

// shareFields completes each end of a range from the other.
func shareFields(a, b val) (val, val, bool) {
	if a.bare != 0 {
		switch {
		case b.grain == Day && !b.span && a.bare <= 31:
			a = val{grain: Day, d: a.bare, m: b.m, y: b.y, hijri: b.hijri}
		case b.grain == Year && !b.span && a.bare >= 1000:
			a = val{grain: Year, y: a.bare, hijri: b.hijri}
		default:
			return a, b, false
		}
	}
	if b.bare != 0 {
		switch {
		case a.grain == Day && !a.span && b.bare <= 31:
			b = val{grain: Day, d: b.bare, m: a.m, y: cmp.Or(b.y, a.y), hijri: a.hijri}
		case a.grain == Year && !a.span && a.y != 0 && b.bare < 100 && b.bare > a.y%100:
			y := a.y - a.y%100 + b.bare
			if y < a.y {
				y += 100
			}
			b = val{grain: Year, y: y, hijri: a.hijri}
		default:
			return a, b, false
		}
	}
	if a.hijri != b.hijri && !a.span && !b.span {
		return a, b, false
	}
	if !a.span && !b.span {
		if a.y == 0 && b.y != 0 {
			a.y = b.y
			if af, _, ok := calSpan(a, a.y); ok {
				if bf, _, _ := calSpan(b, b.y); af.After(bf) {
					a.y-- // "December to February 2020"
				}
			}
		}
		if b.y == 0 && a.y != 0 {
			b.y = a.y
			if af, _, ok := calSpan(a, a.y); ok {
				if bf, _, _ := calSpan(b, b.y); bf.Before(af) {
					b.y++
				}
			}
		}
	}
	return a, b, true
}

// point reads one date, month, season, year or relative expression. Each
// reader is tried only when the first token's class allows it: most
// windows fail, and should fail fast.
func (p *parser) point(i int, side int) (val, int, bool) {
	saved := p.side
	p.side = side
	v, j, ok := p.pointOn(i, side)
	p.side = saved
	return v, j, ok
}

// pointOn is point with p.side set. The readers are called one by one,
// in order, each behind its class test: a table of method values built
// them all as closures on every call, and point is called for every
// start of every window.
func (p *parser) pointOn(i int, side int) (val, int, bool) {
	c := p.class(i)
	if c&(cPart|cThe) != 0 {
		if v, j, ok := p.modified(i); ok {
			return v, j, true
		}
	}
	if c&(cRel|cThe|cQty|cNum) != 0 {
		if v, j, ok := p.relative(i); ok {
			return v, j, true
		}
	}
	if c&cPersian != 0 {
		if v, j, ok := p.persianRelative(i); ok {
			return v, j, true
		}
	}
	if c&(cThe|cQty|cNum|cNarr) != 0 {
		if v, j, ok := p.narrative(i); ok {
			return v, j, true
		}
	}
	if c&cWeekday != 0 {
		if v, j, ok := p.weekdayDate(i); ok {
			return v, j, true
		}
	}
	if c&cNum != 0 {
		if v, j, ok := p.numeric(i); ok {
			return v, j, true
		}
		if v, j, ok := p.dayMonth(i); ok {
			return v, j, true
		}
	}
	if c&cMonth != 0 {
		if v, j, ok := p.monthFirst(i); ok {
			return v, j, true
		}
	}
	if c&(cNum|cHijri) != 0 {
		if v, j, ok := p.hijriDate(i); ok {
			return v, j, true
		}
	}
	if c&(cThe|cSeason) != 0 {
		if v, j, ok := p.seasonal(i); ok {
			return v, j, true
		}
	}
	if c&(cThe|cApos|cNum|cOrdinal) != 0 {
		if v, j, ok := p.decadeCentury(i); ok {
			return v, j, true
		}
	}
	if c&(cThe|cQ|cOrdinal) != 0 {
		if v, j, ok := p.quarter(i); ok {
			return v, j, true
		}
	}
	if c&cNum == 0 {
		if p.w(i) == "now" && p.rangeEnd(i, i+1) {
			return p.dayOffset(0), i + 1, true // "between 2017 and now"
		}
		return val{}, i, false
	}
	if v, j, ok := p.year(i, side); ok {
		return v, j, true
	}
	if side != alone {
		if t, ok := p.num(i); ok && t.digits <= 2 && t.num >= 1 && !p.isTime(i) && (side == left || p.glued(i) == p.glued(i-1)) {
			if side == right && p.w(i+2) == "year" {
				if y, j := p.optYear(i + 1); y != 0 {
					return val{bare: t.num, grain: Day, y: y}, j, true // "March 27 and 31 last year"
				}
			}
			return val{bare: t.num, grain: Day}, i + 1, true
		}
	}
	return val{}, i, false
}

// The classes of a first token, to choose which readers to try.
const (
	cNum uint32 = 1 << iota
	cThe
	cPart
	cRel
	cQty
	cWeekday
	cMonth
	cHijri
	cSeason
	cOrdinal
	cApos
	cQ
	cRef
	cStart   // between, from, since, every, each
	cPersian // a Persian day, weekday, year or unit word
	cNarr    // "that", which begins "that day"
	cKnown   // the class has been computed
)

// class is the class of token i, computed once per window.
func (p *parser) class(i int) uint32 {
	t := p.tok(i)
	if t == nil {
		return 0
	}
	if p.f.classes[i]&cKnown != 0 {
		return p.f.classes[i]
	}
	c := classOf(*t) | cKnown
	p.f.classes[i] = c
	return c
}

func classOf(t token) uint32 {
	switch t.kind {
	case tNum:
		return cNum
	case tPunct:
		if t.low == "'" || t.low == "’" {
			return cApos
		}
		return 0
	}
	c := wordClassTab.Of(t.low)
	if c == 0 && t.low[0] >= 0x80 && isHijriMonth(t.low) {
		c = cHijri
	}
	return c
}

// wordClasses holds the class of every word some reader begins with.
var wordClasses = func() map[string]uint32 {
	m := map[string]uint32{"the": cThe, "q": cQ, "'": cApos}
	add := func(c uint32, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(cPart, "early", "late", "mid", "end", "start", "beginning", "middle", "first", "second", "latter")
	add(cRel, "yesterday", "today", "tomorrow", "tonight", "overnight", "last", "this", "next", "coming",
		"past", "previous", "earlier", "later", "weekend")
	add(cRel, "now")
	add(cRef, "now", "currently", "nowadays", "presently", "at", "in", "the")
	add(cStart, "between", "from", "since", "every", "each")
	add(cNarr, "that")
	for w := range numberWords {
		add(cQty, w)
	}
	add(cQty, "half")
	for w := range weekdays {
		add(cWeekday, w)
	}
	for w := range weekdayAbbrevs {
		add(cWeekday, w)
	}
	for w := range monthNames {
		add(cMonth, w)
	}
	for w := range hijriMonths {
		add(cHijri, w)
	}
	for w := range seasons {
		add(cSeason, w)
	}
	for w := range ordinalWords {
		add(cOrdinal, w)
	}
	for _, tbl := range []map[string]int{persianDays, persianWeekdays, persianYears} {
		for w := range tbl {
			add(cPersian, w)
		}
	}
	for w := range persianUnits {
		add(cPersian, w)
	}
	for w := range persianGregorianMonths {
		add(cMonth, w)
	}
	return m
}()

// isTime reports whether the number at i is an hour or a clock time
// ("10:30", "8 pm", "8 a.m."), which is never a date.
func (p *parser) isTime(i int) bool {
	if p.pc(i+1) == ":" && p.glued(i+1) {
		_, clock := p.num(i + 2)
		return clock && p.glued(i+2) // "10:30", not "between 7 and 14:" before a list
	}
	switch p.w(i + 1) {
	case "am", "pm", "a", "p", "gmt", "utc", "hrs", "o", "oclock", "hours":
		return true
	}
	return false
}
