package timex

import "time"

// modified reads early, mid and late ("early 2019", "mid-November", "late
// last July", "the end of the year").
func (p *parser) modified(i int) (val, int, bool) {
	part, j := p.partWord(i)
	if part == 0 {
		return val{}, i, false
	}
	var v val
	var k int
	var ok bool
	switch p.w(j) {
	case "the", "this":
		if g, isUnit := unitTab.Get(p.w(j + 1)); isUnit && (g == Year || g == Month || g == Week) && p.w(j+2) != "of" {
			v, k, ok = p.currentUnit(g, j+2, p.w(j) == "this")
		}
	case "year":
		v, k, ok = p.currentUnit(Year, j+1, false)
	}
	if !ok {
		if v, k, ok = p.point(j, alone); !ok {
			if y, ok2 := p.yearNumber(j); ok2 {
				v, k, ok = y, j+1, true
			}
		}
	}
	if !ok || v.kind != Date || v.part != 0 {
		return val{}, i, false
	}
	if v.span {
		v.from, v.to = applyPart(v.from, v.to, v.grain, part)
	}
	v.part = part
	if v.grain == Day {
		return val{}, i, false // "early 15 November" is not written
	}
	return v, k, true
}

// partWord reads the words of early, mid and late.
func (p *parser) partWord(i int) (part, next int) {
	switch w := p.w(i); w {
	case "early", "late", "mid", "end", "start", "beginning", "middle":
		part = partCodeTab.Of(w)
		if w == "end" || w == "start" || w == "beginning" || w == "middle" {
			if p.w(i+1) == "of" {
				return part, i + 2
			}
			if p.pc(i+1) == "-" && (w == "end" || w == "start") {
				return part, i + 2
			}
			return 0, i
		}
		if p.pc(i+1) == "-" || p.pc(i+1) == "–" {
			return part, i + 2
		}
		return part, i + 1
	case "first", "second", "latter", "third", "fourth", "last", "final":
		// "the first half of the year", "the second half of 2023"
		if p.w(i+1) == "half" && p.w(i+2) == "of" && (w == "first" || w == "second" || w == "latter") {
			if w == "first" {
				return firstHalf, i + 3
			}
			return secondHalf, i + 3
		}
		// "the first six months of 2024", "the last three months of
		// 2023", "the second week of October"
		return p.slicePart(i)
	case "the":
		if part, next = p.partWord(i + 1); part != 0 && p.w(i+1) != "early" && p.w(i+1) != "late" && p.w(i+1) != "mid" {
			return part, next
		}
	}
	return 0, i
}

// The parts of a span beyond early (1), mid (2) and late (3). A part from
// sliceBase on is a slice of whole units: see slicePart.
const (
	firstHalf  = 4
	secondHalf = 5
	sliceBase  = 16
)

// slicePart reads a slice of a span at the ordinal at i: "first six
// months of", "last three weeks of", "second week of". It returns the part
// code and the token after "of", or 0 and i.
func (p *parser) slicePart(i int) (part, next int) {
	ord := sliceOrdinalTab.Of(p.w(i))
	n, j := 1, i+1
	if c, ok := numberWordTab.Get(p.w(j)); ok && c > 1 {
		n, j = c, j+1
	} else if t, ok := p.num(j); ok && t.num > 1 && t.num <= 31 {
		n, j = t.num, j+1
	}
	u, ok := sliceUnitTab.Get(p.w(j))
	if !ok || p.w(j+1) != "of" || ord == 0 || n > 1 && (ord != 1 && ord != -1) {
		return 0, i
	}
	from := 0 // units before the slice, or after it when counted from the end
	if ord > 1 {
		from = ord - 1
	}
	last := 0
	if ord < 0 {
		last = 1
	}
	return sliceBase + (((from*32+n)*3+u)*2 + last), j + 2
}

// sliceOf narrows [from, to] to the slice part encodes, within the span.
func sliceOf(from, to time.Time, part int) (time.Time, time.Time) {
	code := part - sliceBase
	last := code%2 == 1
	code /= 2
	u := code % 3
	code /= 3
	n, skip := code%32, code/32
	step := func(t time.Time, k int) time.Time {
		switch u {
		case 0:
			return t.AddDate(0, 0, k)
		case 1:
			return t.AddDate(0, 0, 7*k)
		}
		return t.AddDate(0, k, 0)
	}
	if last {
		end := to.AddDate(0, 0, 1)
		start := step(end, -n)
		if start.Before(from) {
			start = from
		}
		return start, to
	}
	start := step(from, skip)
	end := step(start, n).AddDate(0, 0, -1)
	if end.After(to) {
		end = to
	}
	if start.After(to) {
		return from, to
	}
	return start, end
}

// currentUnit is "the year" or "this month" inside a modified expression:
// the anchor's, or for "the year" the most recent one whose part has begun.
func (p *parser) currentUnit(g Grain, next int, this bool) (val, int, bool) {
	if g == Year && !this {
		return val{grain: Year}, next, true
	}
	if !p.f.hasAnchor {
		return val{span: true, rel: true, grain: g}, next, true
	}
	from, to, _ := unitSpan(p.f.anchor, g)
	return val{span: true, rel: true, grain: g, from: from, to: to}, next, true
}

// relative reads expressions resolved against the anchor.
func (p *parser) relative(i int) (val, int, bool) {
	switch w := p.w(i); w {
	case "yesterday", "today", "tomorrow", "tonight":
		return p.dayOffset(dayOffsetTab.Of(w)), i + 1, true
	case "overnight":
		// The night before the anchor: the day before it and the day
		// itself, since a night's events fall on both.
		v := p.dayOffset(-1)
		if p.f.hasAnchor {
			v.to = p.f.anchor
		}
		return v, i + 1, true
	case "last", "this", "next", "coming", "past", "previous":
		return p.shifted(i, i)
	case "the":
		switch p.w(i + 1) {
		case "past", "last", "previous", "coming", "next":
			return p.shifted(i, i+1)
		}
	case "earlier", "later":
		return p.earlierLater(i)
	case "weekend":
		if weekendCueTab.Of(p.w(i - 1)) {
			return p.weekend(p.f.futureCue(p.f.toks[i].start)), i + 1, true
		}
	}
	if p.w(i) == "the" && p.w(i+1) == "weekend" {
		return p.weekend(p.f.futureCue(p.f.toks[i].start)), i + 2, true
	}
	if v, j, ok := p.ago(i); ok {
		return v, j, true
	}
	return val{}, i, false
}

// dayOffset is the anchor's day moved by n days.
func (p *parser) dayOffset(n int) val {
	v := val{span: true, rel: true, grain: Day}
	if p.f.hasAnchor {
		v.from = p.f.anchor.AddDate(0, 0, n)
		v.to = v.from
	}
	return v
}

// shifted reads "last week", "this May", "next Monday", "the past three
// weeks", "the last week". mod is the index of last/this/next.
func (p *parser) shifted(i, mod int) (val, int, bool) {
	m := p.w(mod)
	j := mod + 1
	if p.w(j) == "fiscal" {
		j++
	}
	the := mod > i
	if n, k, ok := p.quantity(j); ok && m != "this" {
		g, isUnit := unitTab.Get(p.w(k))
		switch {
		case isUnit && g == Hour && m != "next" && m != "coming" && n > 0:
			v := p.rolling(m, (n+23)/24, Day) // "the past 24 hours": the days they touch
			v.kind = Interval
			return v, k + 1, true
		case isUnit && g != Hour && g != Minute:
			return p.rolling(m, n, g), k + 1, true
		}
	}
	w := p.w(j)
	if g, isUnit := unitTab.Get(w); isUnit {
		if w != "week" && w != "month" && w != "year" && w != "weekend" && w != "decade" && w != "quarter" {
			return val{}, i, false
		}
		if the && m != "next" && m != "coming" || m == "past" || m == "previous" && the {
			return p.rolling(m, 1, g), j + 1, true
		}
		return p.calendarShift(m, g), j + 1, true
	}
	if mo, isMonth := monthTab.Get(w); isMonth && !the && !isMonthAbbrev(w) || isMonth && w == "sept" {
		return p.monthShift(m, mo), j + 1, true
	}
	if wd, isDay := weekdayTab.Get(w); isDay && !the {
		v := p.weekdayShift(m, wd, p.f.toks[i].start)
		return v, p.dayPart(j + 1), true
	}
	if s, isSeason := seasonTab.Get(w); isSeason && !the {
		return p.seasonShift(m, s), j + 1, true
	}
	if w == "night" && m == "last" && !the {
		return p.dayOffset(-1), j + 1, true
	}
	if (w == "morning" || w == "afternoon" || w == "evening") && m == "this" {
		return p.dayOffset(0), j + 1, true
	}
	return val{}, i, false
}

// dayPart skips "night", "morning"... after a day.
func (p *parser) dayPart(j int) int {
	switch p.w(j) {
	case "night", "morning", "afternoon", "evening":
		return j + 1
	}
	return j
}

// rolling is the n units ending on the anchor ("the past three weeks"), or
// starting after it ("the next two weeks").
func (p *parser) rolling(mod string, n int, g Grain) val {
	v := val{span: true, rel: true, grain: g, kind: Interval}
	if n == 1 {
		v.kind = Date
	}
	if !p.f.hasAnchor || n <= 0 || n > 1000 {
		return v
	}
	a := p.f.anchor
	if mod == "next" || mod == "coming" {
		v.from, v.to = a.AddDate(0, 0, 1), shiftBy(a, g, n)
		return v
	}
	v.from, v.to = shiftBy(a, g, -n), a
	return v
}

// shiftBy moves t by n units, keeping the day of the month.
func shiftBy(t time.Time, g Grain, n int) time.Time {
	switch g {
	case Month:
		return t.AddDate(0, n, 0)
	case Quarter:
		return t.AddDate(0, 3*n, 0)
	case Weekend:
		return t.AddDate(0, 0, 7*n)
	}
	return shift(t, g, n)
}

// calendarShift is "last week", "this month", "next year".
func (p *parser) calendarShift(mod string, g Grain) val {
	v := val{span: true, rel: true, grain: g}
	if !p.f.hasAnchor {
		return v
	}
	n := shiftWordTab.Of(mod)
	v.from, v.to, _ = unitSpan(shift(p.f.anchor, g, n), g)
	return v
}

// monthShift is "last May", "this September", "next June".
func (p *parser) monthShift(mod string, mo int) val {
	v := val{span: true, rel: true, grain: Month}
	if !p.f.hasAnchor {
		return v
	}
	a := p.f.anchor
	y := a.Year()
	switch mod {
	case "last", "previous", "past":
		if mo >= int(a.Month()) {
			y--
		}
	case "next", "coming":
		if mo <= int(a.Month()) {
			y++
		}
	}
	v.from = date(y, mo, 1)
	v.to = v.from.AddDate(0, 1, -1)
	return v
}

// weekdayShift is "last Monday", "this Friday", "next Tuesday".
func (p *parser) weekdayShift(mod string, wd, at int) val {
	if mod == "this" {
		return p.weekday(wd, p.f.futureCue(at))
	}
	v := val{span: true, rel: true, grain: Day}
	if !p.f.hasAnchor {
		return v
	}
	a := p.f.anchor
	switch mod {
	case "last", "previous", "past":
		back := (int(a.Weekday()) - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		v.from = a.AddDate(0, 0, -back)
	default:
		ahead := (wd - int(a.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		v.from = a.AddDate(0, 0, ahead)
	}
	v.to = v.from
	return v
}

// weekday is a weekday named alone: the most recent on or before the
// anchor, or with future the next on or after it.
func (p *parser) weekday(wd int, future bool) val {
	v := val{span: true, rel: true, grain: Day}
	if !p.f.hasAnchor {
		return v
	}
	a := p.f.anchor
	if future {
		v.from = a.AddDate(0, 0, (wd-int(a.Weekday())+7)%7)
	} else {
		v.from = a.AddDate(0, 0, -((int(a.Weekday()) - wd + 7) % 7))
	}
	v.to = v.from
	return v
}

// seasonShift is "last summer", "this spring", "next winter".
func (p *parser) seasonShift(mod string, s int) val {
	v := val{span: true, rel: true, grain: Season}
	if !p.f.hasAnchor {
		return v
	}
	a := p.f.anchor
	cal := val{grain: Season, season: s}
	for y := a.Year() + 1; y >= a.Year()-2; y-- {
		from, to, _ := calSpan(cal, y)
		switch mod {
		case "last", "previous", "past":
			if to.Before(a) {
				v.from, v.to = from, to
				return v
			}
		case "this":
			if !from.After(a) || y == a.Year() && s != 4 {
				if y == a.Year()+1 {
					continue
				}
				v.from, v.to = from, to
				return v
			}
		default:
			if from.After(a) {
				v.from, v.to = from, to
			}
		}
	}
	return v
}

// earlierLater reads "earlier this month", "later this year", "earlier in
// the week": the part of the anchor's unit before or after it.
func (p *parser) earlierLater(i int) (val, int, bool) {
	j := i + 1
	switch {
	case p.w(j) == "this":
		j++
	case p.w(j) == "in" && p.w(j+1) == "the":
		j += 2
	default:
		return val{}, i, false
	}
	g, ok := unitTab.Get(p.w(j))
	if !ok || g != Week && g != Month && g != Year {
		return val{}, i, false
	}
	v := val{span: true, rel: true, grain: g}
	if p.f.hasAnchor {
		from, to, _ := unitSpan(p.f.anchor, g)
		if p.w(i) == "earlier" {
			v.from, v.to = from, p.f.anchor
		} else {
			v.from, v.to = p.f.anchor, to
		}
	}
	return v, j + 1, true
}

// ago reads "three days ago", "two years ago": the unit that held the
// anchor moved back, at the unit's precision.
func (p *parser) ago(i int) (val, int, bool) {
	n, k, ok := p.quantity(i)
	if !ok {
		return val{}, i, false
	}
	g, isUnit := unitTab.Get(p.w(k))
	if !isUnit || g == Hour || g == Minute || p.w(k+1) != "ago" {
		return val{}, i, false
	}
	v := val{span: true, rel: true, grain: g}
	if g == Fortnight {
		g, n, v.grain = Week, 2*n, Week
	}
	if p.w(k+2) == "today" && p.f.hasAnchor && n > 0 && n < 10000 {
		// "ten years ago today": that day, so many units back
		day := shift(p.f.anchor, g, -n)
		v.grain, v.from, v.to = Day, day, day
		return v, k + 3, true
	}
	if p.f.hasAnchor && n > 0 && n < 10000 {
		v.from, v.to, _ = unitSpan(shift(p.f.anchor, g, -n), g)
		if g == Century {
			v.from, v.to = date(v.from.Year(), 1, 1), date(v.from.Year(), 12, 31)
		}
	}
	return v, k + 2, true
}

// quantity reads a count of units: "3", "three", "a", "a couple of", "a
// few", "twenty-five".
func (p *parser) quantity(i int) (n, next int, ok bool) {
	if t, isNum := p.num(i); isNum {
		if t.ord || t.plural || p.pc(i+1) == "," || p.pc(i+1) == "." && p.glued(i+1) {
			return 0, i, false
		}
		return t.num, i + 1, true
	}
	w := p.w(i)
	n, ok = numberWordTab.Get(w)
	if !ok {
		return 0, i, false
	}
	next = i + 1
	if (w == "a" || w == "an") && (p.w(next) == "couple" || p.w(next) == "few" || p.w(next) == "dozen") {
		n, next = numberWordTab.Of(p.w(next)), next+1
	}
	if n2, ok2 := numberWordTab.Get(p.w(next + 1)); ok2 && p.pc(next) == "-" && n >= 20 && n2 < 10 {
		n, next = n+n2, next+2 // twenty-five
	}
	if p.w(next) == "of" && (w == "couple" || p.w(next-1) == "couple" || p.w(next-1) == "dozen") {
		next++
	}
	return n, next, true
}

// weekendCues are the words after which "weekend" alone is a time.
var weekendCues = map[string]bool{"on": true, "over": true, "at": true, "during": true, "by": true}

// weekend is "the weekend": the most recent Saturday and Sunday, or with
// future the coming ones (the current ones on a Sunday).
func (p *parser) weekend(future bool) val {
	v := val{span: true, rel: true, grain: Weekend}
	if !p.f.hasAnchor {
		return v
	}
	a := p.f.anchor
	wd := int(a.Weekday())
	sat := a.AddDate(0, 0, -((wd + 1) % 7)) // Saturday on or before
	if future && wd != 0 {
		sat = a.AddDate(0, 0, 6-wd)
	}
	v.from, v.to = sat, sat.AddDate(0, 0, 1)
	return v
}

// The words of parts, slices and shifts, looked up without building a map
// on each call.
var (
	partCodes     = map[string]int{"early": 1, "start": 1, "beginning": 1, "mid": 2, "middle": 2, "late": 3, "end": 3}
	sliceOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
	sliceUnits    = map[string]int{"day": 0, "days": 0, "week": 1, "weeks": 1, "month": 2, "months": 2}
	dayOffsets    = map[string]int{"yesterday": -1, "tomorrow": 1}
	shiftWords    = map[string]int{"last": -1, "previous": -1, "next": 1, "coming": 1}
)
