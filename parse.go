package tally

import (
	"fmt"
	"time"
)

// ParseMeasure reads a measure's name; "" is no measure.
func ParseMeasure(s string) (Measure, error) {
	if s == "" {
		return "", nil
	}
	for _, m := range Measures {
		if string(m) == s {
			return m, nil
		}
	}
	return "", fmt.Errorf("measure %q is not one of %v: %w", s, Measures, ErrInvalid)
}

// ParseEventType reads an event type's name; "" is no type.
func ParseEventType(s string) (EventType, error) {
	if s == "" {
		return "", nil
	}
	for _, t := range EventTypes {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("event type %q is not one of %v: %w", s, EventTypes, ErrInvalid)
}

// ParsePeriod reads a date at the precision written — YYYY, YYYY-MM or
// YYYY-MM-DD — and returns its first and last day. "" gives zero times.
func ParsePeriod(s string) (first, last time.Time, err error) {
	if s == "" {
		return time.Time{}, time.Time{}, nil
	}
	layouts := []struct {
		layout        string
		years, months int
		days          int
	}{{"2006-01-02", 0, 0, 0}, {"2006-01", 0, 1, -1}, {"2006", 1, 0, -1}}
	for _, l := range layouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		return t, t.AddDate(l.years, l.months, l.days), nil
	}
	return time.Time{}, time.Time{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD: %w", s, ErrInvalid)
}

// ParseSpan reads a --since/--until pair at the precision written and
// returns the first day of since and the last day of until as ISO dates,
// "" where a bound is not given: the form an EventFilter takes.
func ParseSpan(since, until string) (from, to string, err error) {
	first, _, err := ParsePeriod(since)
	if err != nil {
		return "", "", err
	}
	_, last, err := ParsePeriod(until)
	if err != nil {
		return "", "", err
	}
	return isoDay(first), isoDay(last), nil
}

func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
