package ingest

import (
	"strings"
	"time"
)

// timeLayouts are the ways feeds, meta tags and JSON write a publication
// time, most common first.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"Mon, 02 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"02 Jan 2006 15:04:05 -0700",
	"Monday, 2 January 2006 15:04:05 -0700",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"2006/01/02",
}

// parseTime reads a publication time in any of timeLayouts. A date with
// no zone is taken as UTC; a written offset is kept, since it fixes the
// local date that "yesterday" in the report refers to.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	// RFC 822 allows the zone "UT", which Go does not know.
	if strings.HasSuffix(s, " UT") {
		s += "C"
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return withZoneOffset(t), plausibleYear(t)
		}
	}
	return time.Time{}, false
}

// zoneOffsets are the offsets, in minutes east of UTC, of zone
// abbreviations that feeds write and that Go, not knowing them, would
// read as UTC. Abbreviations shared by zones far apart, such as IST
// (India, Israel, Ireland), are left out: UTC is no worse a guess.
var zoneOffsets = map[string]int{
	"EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
	"PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
	"BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
	"MSK": 180, "IRST": 210, "IRDT": 270, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660,
}

// withZoneOffset gives a time parsed with a zone abbreviation that Go
// did not know the offset that the abbreviation means.
func withZoneOffset(t time.Time) time.Time {
	name, offset := t.Zone()
	minutes, ok := zoneOffsets[name]
	if !ok || offset == minutes*60 {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, minutes*60))
}

// plausibleYear rejects the year-zero times of broken feeds.
func plausibleYear(t time.Time) bool {
	return t.Year() >= 1800 && t.Year() <= 2200
}
