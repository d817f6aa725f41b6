package timex

import "time"

// parser reads one window of tokens. Every method takes the index of the
// token to start at and returns the index after what it read.
type parser struct {
	f    *finder
	toks []token
	side int // where the value being read stands: alone, left or right
}

// match is a parsed expression over tokens [start, end).
type match struct {
	start, end        int
	kind              Kind
	from, to          time.Time
	grain, startGrain Grain
	rel               bool
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
	if i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord {
		return p.toks[i].low
	}
	return ""
}

// pc is the punctuation at i, or "".
func (p *parser) pc(i int) string {
	if i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct {
		return p.toks[i].low
	}
	return ""
}

// num is the number token at i.
func (p *parser) num(i int) (token, bool) {
	if i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum {
		return p.toks[i], true
	}
	return token{}, false
}

// glued reports whether token i follows token i-1 with no space between.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i-1].end == p.toks[i].start
}

// canStart reports whether an expression may begin at token k, before its head.
func (p *parser) canStart(k int) bool {
	t := p.toks[k]
	switch t.kind {
	case tNum:
		return true
	case tWord:
		return starters[t.low] || heads[t.low] || isHijriMonth(t.low) || weekdayAbbrevs[t.low] != 0 || t.low == "q"
	}
	return t.low == "'"
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
		if p.isRangeMarker(j) {
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
	if m, ok := p.duration(i); ok {
		return m, true
	}
	return p.reference(i)
}

// pointMatch resolves a single value.
func (p *parser) pointMatch(i, j int, v val) (match, bool) {
	from, to, rel, ok := p.f.resolve(v, p.f.futureCue(p.toks[i].start))
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

// between reads "between July and September 1988".
func (p *parser) between(i int) (match, bool) {
	a, j, ok := p.point(i+1, left)
	if !ok || p.w(j) != "and" && !p.isRangeMarker(j) {
		return match{}, false
	}
	b, k, ok := p.point(j+1, right)
	if !ok {
		return match{}, false
	}
	return p.interval(i, k, a, b)
}

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
	m := match{start: i, end: j, kind: Interval, from: from, grain: v.grain, startGrain: v.grain, rel: rel}
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
	future := p.f.futureCue(p.toks[i].start)
	if !a.span && !b.span && a.y == 0 && b.y == 0 && p.f.hasAnchor {
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
			b = val{grain: Day, d: b.bare, m: a.m, y: a.y, hijri: a.hijri}
		case a.grain == Year && !a.span && a.y != 0 && b.bare < 100:
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

// point reads one date, month, season, year or relative expression.
func (p *parser) point(i int, side int) (val, int, bool) {
	saved := p.side
	p.side = side
	defer func() { p.side = saved }()
	for _, read := range []func(int) (val, int, bool){
		p.modified, p.relative, p.weekdayDate, p.numeric, p.dayMonth,
		p.monthFirst, p.hijriDate, p.seasonal, p.decadeCentury, p.quarter,
	} {
		if v, j, ok := read(i); ok {
			return v, j, true
		}
	}
	if v, j, ok := p.year(i, side); ok {
		return v, j, true
	}
	if side != alone {
		if t, ok := p.num(i); ok && t.digits <= 2 && !p.isTime(i) {
			return val{bare: t.num, grain: Day}, i + 1, t.num >= 0
		}
	}
	return val{}, i, false
}

// isTime reports whether the number at i is an hour or a clock time
// ("10:30", "8 pm", "8 a.m."), which is never a date.
func (p *parser) isTime(i int) bool {
	if p.pc(i+1) == ":" && p.glued(i+1) {
		return true
	}
	switch p.w(i + 1) {
	case "am", "pm", "a", "p", "gmt", "utc", "hrs", "o", "oclock", "hours":
		return true
	}
	return false
}
