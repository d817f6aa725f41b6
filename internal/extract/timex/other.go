package timex

// duration reads "three weeks", "a couple of days", "three and a half
// years", "a year and a half", "a three-year sentence". Ages ("a
// 40-year-old", "40 years old") are not durations and are refused.
func (p *parser) duration(i int) (match, bool) {
	j := i
	if p.w(j) == "half" && (p.w(j+1) == "a" || p.w(j+1) == "an") {
		j += 2
	} else {
		_, next, ok := p.quantity(j)
		if !ok {
			return match{}, false
		}
		j = next
		if p.w(j) == "and" && p.w(j+1) == "a" && p.w(j+2) == "half" {
			j += 3
		}
		if p.pc(j) == "-" && p.glued(j) {
			j++ // "three-year"
		}
	}
	g, ok := unitTab.Get(p.w(j))
	if !ok {
		return match{}, false
	}
	end := j + 1
	if p.w(end) == "and" && p.w(end+1) == "a" && p.w(end+2) == "half" {
		end += 3
	}
	if p.w(end) == "old" || p.pc(end) == "-" && p.w(end+1) == "old" {
		return match{}, false
	}
	return match{start: i, end: end, kind: Duration, grain: g}, true
}

// set reads "every Friday", "each year", "every two weeks".
func (p *parser) set(i int) (match, bool) {
	j := i + 1
	if p.w(j) == "other" {
		j++
	}
	if _, next, ok := p.quantity(j); ok && p.w(j) != "a" {
		j = next
	}
	w := p.w(j)
	g, ok := unitTab.Get(w)
	switch {
	case ok:
	case weekdayTab.Of(w) != 0 || w == "sunday":
		g = Day
	case seasonTab.Of(w) != 0:
		g = Season
	case monthTab.Of(w) != 0 && !isMonthAbbrev(w):
		g = Month
	default:
		return match{}, false
	}
	return match{start: i, end: j + 1, kind: Set, grain: g}, true
}

// reference reads "now", "currently", "the past", "at the time", "the
// future": references to a time without a date.
func (p *parser) reference(i int) (match, bool) {
	switch p.w(i) {
	case "now", "currently", "nowadays", "presently":
		if p.w(i+1) == "on" {
			return match{}, false // "from now on": a start, not the present
		}
		return match{start: i, end: i + 1, kind: Reference, grain: Present}, true
	case "at":
		if p.w(i+1) == "the" && p.w(i+2) == "time" && p.w(i+3) != "of" {
			return match{start: i, end: i + 3, kind: Reference, grain: Past}, true
		}
	case "in":
		return p.reference(i + 1)
	case "the":
		switch p.w(i + 1) {
		case "past":
			if _, _, ok := p.quantity(i + 2); ok || unitTab.Of(p.w(i+2)) != "" {
				return match{}, false
			}
			return match{start: i, end: i + 2, kind: Reference, grain: Past}, true
		case "future":
			return match{start: i, end: i + 2, kind: Reference, grain: Future}, true
		}
	}
	return match{}, false
}
