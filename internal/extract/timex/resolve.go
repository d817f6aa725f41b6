package timex

import (
	"bytes"
	"time"
)

// val is one end of an expression as parsed: either calendar fields as
// written, to be completed from the anchor, or a span already resolved (a
// relative expression).
type val struct {
	y, m, d int // as written; 0 when not written
	season  int // 1 spring .. 4 winter; for a quarter, 1..4
	grain   Grain
	part    int  // 1 early, 2 mid, 3 late
	hijri   bool // y, m, d are Solar Hijri
	bare    int  // a lone number at an end of a range: a day or a short year
	kind    Kind // Date unless the value is itself an interval ("the past 3 weeks")

	span     bool // from and to are resolved (or unresolvable: zero)
	from, to time.Time
	rel      bool // depends on the anchor
	amb      *ambiguousDate
}

// resolve turns a value into its inclusive span. future reads a date
// written without its year forward from the anchor instead of back.
func (f *finder) resolve(v val, future bool) (from, to time.Time, rel, ok bool) {
	if v.span {
		return v.from, v.to, v.rel, true
	}
	if v.y != 0 {
		from, to, ok = calSpan(v, v.y)
		return from, to, false, ok
	}
	if !f.hasAnchor {
		return time.Time{}, time.Time{}, true, calValid(v)
	}
	y, ok := f.fillYear(v, future)
	if !ok {
		return time.Time{}, time.Time{}, true, false
	}
	from, to, ok = calSpan(v, y)
	return from, to, true, ok
}

// calValid reports whether a yearless value names a real day in some year.
func calValid(v val) bool {
	_, _, ok := calSpan(v, 2000) // a leap year: 29 February is valid
	return ok
}

// fillYear picks the year of a value written without one: the most recent
// occurrence on or before the anchor, or with future the next one whose end
// is on or after it.
func (f *finder) fillYear(v val, future bool) (int, bool) {
	y := f.anchor.Year()
	if v.hijri {
		y, _, _ = gregorianToHijri(f.anchor)
	}
	from, to, ok := calSpan(v, y)
	if !ok {
		// 29 February of a common year: the nearest leap year in the
		// preferred direction.
		step := -1
		if future {
			step = 1
		}
		for k := 1; k <= 8; k++ {
			if _, _, ok := calSpan(v, y+step*k); ok {
				return y + step*k, true
			}
		}
		return 0, false
	}
	switch {
	case !future && from.After(f.anchor):
		y--
	case future && to.Before(f.anchor):
		y++
	}
	return y, true
}

// calSpan is the span of calendar value v in year y.
func calSpan(v val, y int) (from, to time.Time, ok bool) {
	if v.hijri {
		from, to, ok = hijriSpan(v, y)
	} else {
		from, to, ok = gregorianSpan(v, y)
	}
	if ok && v.part != 0 {
		from, to = applyPart(from, to, v.grain, v.part)
	}
	return from, to, ok
}

func gregorianSpan(v val, y int) (from, to time.Time, ok bool) {
	switch v.grain {
	case Day:
		if !validDay(y, v.m, v.d) {
			return from, to, false
		}
		from = date(y, v.m, v.d)
		return from, from, true
	case Month:
		if v.m < 1 || v.m > 12 {
			return from, to, false
		}
		from = date(y, v.m, 1)
		return from, from.AddDate(0, 1, -1), true
	case Season:
		from = date(y, 3*v.season, 1) // spring 3, summer 6, autumn 9, winter 12
		return from, from.AddDate(0, 3, -1), v.season >= 1 && v.season <= 4
	case Quarter:
		from = date(y, 3*v.season-2, 1)
		return from, from.AddDate(0, 3, -1), v.season >= 1 && v.season <= 4
	case Year:
		return date(y, 1, 1), date(y, 12, 31), true
	case Decade:
		return date(y, 1, 1), date(y+9, 12, 31), true
	case Century:
		return date(y, 1, 1), date(y+99, 12, 31), true
	}
	return from, to, false
}

func hijriSpan(v val, y int) (from, to time.Time, ok bool) {
	switch v.grain {
	case Day:
		if v.m < 1 || v.m > 12 || v.d < 1 || v.d > hijriMonthDays(y, v.m) {
			return from, to, false
		}
		from = hijriToGregorian(y, v.m, v.d)
		return from, from, true
	case Month:
		if v.m < 1 || v.m > 12 {
			return from, to, false
		}
		from = hijriToGregorian(y, v.m, 1)
		return from, from.AddDate(0, 0, hijriMonthDays(y, v.m)-1), true
	case Year:
		return hijriNowruz(y), hijriNowruz(y+1).AddDate(0, 0, -1), true
	}
	return from, to, false
}

// applyPart narrows a span to its early (1), mid (2) or late (3) part; see
// the package comment for the conventions.
func applyPart(from, to time.Time, g Grain, part int) (time.Time, time.Time) {
	if part >= sliceBase && !from.IsZero() {
		return sliceOf(from, to, part)
	}
	if from.IsZero() || part < 1 || part > secondHalf {
		return from, to
	}
	if part == firstHalf || part == secondHalf {
		return half(from, to, g, part == secondHalf)
	}
	switch g {
	case Month:
		bounds := [4]int{1, 11, 21, to.Day() + 1}
		return from.AddDate(0, 0, bounds[part-1]-1), from.AddDate(0, 0, bounds[part]-2)
	case Year:
		return from.AddDate(0, 4*(part-1), 0), from.AddDate(0, 4*part, -1)
	case Decade:
		bounds := [4]int{0, 4, 7, 10}
		return from.AddDate(bounds[part-1], 0, 0), from.AddDate(bounds[part], 0, -1)
	}
	days := int(to.Sub(from).Hours()/24) + 1
	lo, hi := days*(part-1)/3, days*part/3-1
	if hi < lo {
		hi = lo
	}
	return from.AddDate(0, 0, lo), from.AddDate(0, 0, hi)
}

// half is the first or second half of a span: of a year, January-June or
// July-December; of a month, days 1-15 or 16 to the end; else by days.
func half(from, to time.Time, g Grain, second bool) (time.Time, time.Time) {
	var mid time.Time // the first day of the second half
	switch g {
	case Year:
		mid = from.AddDate(0, 6, 0)
	case Month:
		mid = from.AddDate(0, 0, 15)
	default:
		days := int(to.Sub(from).Hours()/24) + 1
		mid = from.AddDate(0, 0, (days+1)/2)
	}
	if second {
		return mid, to
	}
	return from, mid.AddDate(0, 0, -1)
}

// futureCue reports whether the sentence before byte offset at speaks of
// the future.
func (f *finder) futureCue(at int) bool {
	begin := f.sentenceStart(at, 160)
	var buf [164]byte
	buf[0] = ' '
	n := 1
	for i := begin; i < at && n < len(buf)-1; i++ {
		c := f.text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	buf[n] = ' '
	return hasFutureCue(buf[:n+1])
}

// hasFutureCue reports whether a lowercased window holds one of
// futureCues. The cues that begin with a space are looked for at each
// space, among those whose next letter matches: one pass, not one search
// per cue.
func hasFutureCue(window []byte) bool {
	for _, cue := range otherFutureCues {
		if bytes.Contains(window, cue) {
			return true
		}
	}
	for i := bytes.IndexByte(window, ' '); i >= 0 && i+1 < len(window); {
		for _, cue := range spaceFutureCues[window[i+1]] {
			if bytes.HasPrefix(window[i:], cue) {
				return true
			}
		}
		k := bytes.IndexByte(window[i+1:], ' ')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// sentenceStart is where the sentence holding byte at begins, looking back
// at most limit bytes: after a newline or a full stop, question or
// exclamation mark followed by a space.
func (f *finder) sentenceStart(at, limit int) int {
	begin := max(0, at-limit)
	for i := at - 1; i > begin; i-- {
		c := f.text[i]
		if c == '\n' || (c == '.' || c == '!' || c == '?') && i+1 < len(f.text) && f.text[i+1] == ' ' {
			return i
		}
	}
	return begin
}

// contextYear is the year written in the sentence before byte at, by the
// last expression found there that names one ("The 2022 uprising, which
// began in mid-September": 2022), in the calendar asked for; 0 when none.
// A date written without its year takes it before the anchor's.
func (f *finder) contextYear(at int, hijri bool) int {
	begin := f.sentenceStart(at, 400)
	for k := len(f.out) - 1; k >= 0 && f.out[k].Start >= begin; k-- {
		e := f.out[k]
		if e.Relative || e.From == "" || e.Kind != Date && e.Kind != Interval || e.Grain == Decade || e.Grain == Century {
			continue
		}
		from, err := time.Parse(isoDate, e.From)
		if err != nil {
			return 0
		}
		if hijri {
			y, _, _ := gregorianToHijri(from)
			return y
		}
		return from.Year()
	}
	return 0
}

// spaceFutureCues are the futureCues that begin with a space, as bytes,
// by the byte after the space; otherFutureCues are the rest ("'ll ").
var spaceFutureCues, otherFutureCues = func() (by [256][][]byte, other [][]byte) {
	for _, c := range futureCues {
		if len(c) >= 2 && c[0] == ' ' {
			by[c[1]] = append(by[c[1]], []byte(c))
		} else {
			other = append(other, []byte(c))
		}
	}
	return by, other
}()

// monday is the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// unitSpan is the calendar unit of grain g that holds t.
func unitSpan(t time.Time, g Grain) (from, to time.Time, ok bool) {
	switch g {
	case Day:
		return t, t, true
	case Week:
		from = monday(t)
		return from, from.AddDate(0, 0, 6), true
	case Weekend:
		from = monday(t).AddDate(0, 0, 5)
		return from, from.AddDate(0, 0, 1), true
	case Month:
		from = date(t.Year(), int(t.Month()), 1)
		return from, from.AddDate(0, 1, -1), true
	case Quarter:
		from = date(t.Year(), (int(t.Month())-1)/3*3+1, 1)
		return from, from.AddDate(0, 3, -1), true
	case Year:
		return date(t.Year(), 1, 1), date(t.Year(), 12, 31), true
	case Decade:
		y := t.Year() - mod(t.Year(), 10)
		return date(y, 1, 1), date(y+9, 12, 31), true
	}
	return from, to, false
}

// shift moves t by n units of grain g.
func shift(t time.Time, g Grain, n int) time.Time {
	switch g {
	case Day:
		return t.AddDate(0, 0, n)
	case Week, Weekend:
		return t.AddDate(0, 0, 7*n)
	case Fortnight:
		return t.AddDate(0, 0, 14*n)
	case Month:
		return date(t.Year(), int(t.Month())+n, 1) // from the 1st: no overflow into the next month
	case Quarter:
		return date(t.Year(), int(t.Month())+3*n, 1)
	case Year:
		return t.AddDate(n, 0, 0)
	case Decade:
		return t.AddDate(10*n, 0, 0)
	case Century:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}
