package timex

// Persian words for relative days, weekdays, Gregorian months and units.
// Reports from Iran often come in Persian: their relative expressions are
// resolved like the English ones, and their years and months in the Solar
// Hijri calendar the text uses.

// persianDays maps Persian day words to an offset from the anchor.
var persianDays = map[string]int{
	"امروز": 0, "دیروز": -1, "فردا": 1, "دیشب": -1, "امشب": 0, "پریروز": -2,
}

// persianWeekdays maps Persian weekday names, joined with or without a
// zero-width non-joiner, to time.Weekday values.
var persianWeekdays = map[string]int{
	"شنبه": 6, "یکشنبه": 0, "یک\u200cشنبه": 0, "دوشنبه": 1, "دو\u200cشنبه": 1,
	"سه\u200cشنبه": 2, "سهشنبه": 2, "چهارشنبه": 3, "چهار\u200cشنبه": 3,
	"پنجشنبه": 4, "پنج\u200cشنبه": 4, "جمعه": 5,
}

// persianGregorianMonths maps the Persian names of Gregorian months to 1..12.
// They count only beside a day or a year: مه is also "fog".
var persianGregorianMonths = map[string]int{
	"ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6,
	"ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10,
	"نوامبر": 11, "دسامبر": 12,
}

// persianYears are the Persian words for this and last (Hijri) year.
var persianYears = map[string]int{"امسال": 0, "پارسال": -1}

// persianShift maps the words after a Persian unit ("هفته گذشته", last
// week) to a shift in units.
var persianShift = map[string]int{"گذشته": -1, "پیش": -1, "قبل": -1, "آینده": 1, "بعد": 1, "جاری": 0}

// persianUnits maps Persian units of time to their grain.
var persianUnits = map[string]Grain{"هفته": Week, "ماه": Month, "سال": Year}

// persianNumberBefore are the number words that make "سه شنبه" (Tuesday)
// out of "شنبه" (Saturday) when written with a space.
var persianNumberBefore = map[string]bool{"یک": true, "دو": true, "سه": true, "چهار": true, "پنج": true}

// persianRelative reads Persian relative expressions at i.
func (p *parser) persianRelative(i int) (val, int, bool) {
	w := p.w(i)
	if n, ok := persianDays[w]; ok {
		return p.dayOffset(n), i + 1, true
	}
	if n, ok := persianYears[w]; ok {
		return p.hijriYearShift(n), i + 1, true
	}
	if wd, ok := persianWeekdays[w]; ok {
		if w == "شنبه" && persianNumberBefore[p.w(i-1)] {
			return val{}, i, false
		}
		return p.weekday(wd, false), i + 1, true
	}
	g, ok := persianUnits[w]
	n, shifted := persianShift[p.w(i+1)]
	if !ok || !shifted {
		return val{}, i, false
	}
	switch g {
	case Year:
		return p.hijriYearShift(n), i + 2, true
	case Month:
		return p.hijriMonthShift(n), i + 2, true
	}
	return p.calendarShift(map[int]string{-1: "last", 0: "this", 1: "next"}[n], g), i + 2, true
}

// hijriYearShift is the Solar Hijri year of the anchor moved by n years.
func (p *parser) hijriYearShift(n int) val {
	v := val{span: true, rel: true, grain: Year}
	if !p.f.hasAnchor {
		return v
	}
	y, _, _ := gregorianToHijri(p.f.anchor)
	v.from, v.to, _ = hijriSpan(val{grain: Year}, y+n)
	return v
}

// hijriMonthShift is the Solar Hijri month of the anchor moved by n months.
func (p *parser) hijriMonthShift(n int) val {
	v := val{span: true, rel: true, grain: Month}
	if !p.f.hasAnchor {
		return v
	}
	y, m, _ := gregorianToHijri(p.f.anchor)
	k := y*12 + m - 1 + n
	v.from, v.to, _ = hijriSpan(val{grain: Month, m: k%12 + 1}, k/12)
	return v
}

// persianHead reports whether a non-Latin word may head an expression.
func persianHead(w string) bool {
	return persianHeads[w] || isHijriMonth(w)
}

// persianHeads holds every Persian word that persianRelative, month or
// hijriDate begins with.
var persianHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, tbl := range []map[string]int{persianDays, persianWeekdays, persianGregorianMonths, persianYears, hijriMonths} {
		for w := range tbl {
			m[w] = true
		}
	}
	for w := range persianUnits {
		m[w] = true
	}
	return m
}()
