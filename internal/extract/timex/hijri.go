package timex

import "time"

// The Solar Hijri (Persian) calendar: six months of 31 days, five of 30 and
// Esfand of 29, or 30 in a leap year. Leap years follow the 33-year cycle
// (year mod 33 in {1, 5, 9, 13, 17, 22, 26, 30}), which agrees with the
// astronomical calendar Iran uses for the years 1210 to 1634 (1831 to 2256
// in the Gregorian calendar); outside that span dates may be a day off.

// hijriEpoch is 1 Farvardin 1398, a Nowruz whose Gregorian date is known.
var hijriEpoch = time.Date(2019, time.March, 21, 0, 0, 0, 0, time.UTC)

const hijriEpochYear = 1398

// hijriLeap reports whether Solar Hijri year y has 366 days.
func hijriLeap(y int) bool {
	switch mod(y, 33) {
	case 1, 5, 9, 13, 17, 22, 26, 30:
		return true
	}
	return false
}

func mod(a, b int) int { return (a%b + b) % b }

// hijriYearDays is the length of Solar Hijri year y.
func hijriYearDays(y int) int {
	if hijriLeap(y) {
		return 366
	}
	return 365
}

// hijriMonthDays is the length of month m (1..12) of Solar Hijri year y.
func hijriMonthDays(y, m int) int {
	switch {
	case m <= 6:
		return 31
	case m <= 11:
		return 30
	case hijriLeap(y):
		return 30
	}
	return 29
}

// hijriCycleDays is the length of 33 Solar Hijri years, 8 of them leap.
const hijriCycleDays = 33*365 + 8

// hijriNowruz is the Gregorian date of 1 Farvardin of Solar Hijri year y:
// whole 33-year cycles from the epoch, then the years left one by one.
// Years are clamped to a span around the epoch that the arithmetic holds
// for within a day.
func hijriNowruz(y int) time.Time {
	y = min(max(y, 900), 1900)
	d := y - hijriEpochYear
	cycles := d / 33
	if d < 0 && d%33 != 0 {
		cycles-- // floor, not truncation
	}
	days := cycles * hijriCycleDays
	for k := hijriEpochYear + 33*cycles; k < y; k++ {
		days += hijriYearDays(k)
	}
	return hijriEpoch.AddDate(0, 0, days)
}

// hijriToGregorian converts day d of month m of Solar Hijri year y.
func hijriToGregorian(y, m, d int) time.Time {
	offset := d - 1
	if m <= 7 {
		offset += (m - 1) * 31
	} else {
		offset += 6*31 + (m-7)*30
	}
	return hijriNowruz(y).AddDate(0, 0, offset)
}

// gregorianToHijri converts a Gregorian date to Solar Hijri year, month, day.
func gregorianToHijri(t time.Time) (y, m, d int) {
	t = dateOf(t)
	y = t.Year() - 621
	if t.Before(hijriNowruz(y)) {
		y--
	}
	days := int(t.Sub(hijriNowruz(y)).Hours() / 24)
	for m = 1; m < 12 && days >= hijriMonthDays(y, m); m++ {
		days -= hijriMonthDays(y, m)
	}
	return y, m, days + 1
}
