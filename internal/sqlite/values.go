package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"tally"
)

// timeLayout is RFC 3339 in UTC at a fixed width, so that the stored text
// sorts and compares in time order (RFC3339Nano trims zeros and would not).
const timeLayout = "2006-01-02T15:04:05.000000000Z"

// timeValue is t as stored: NULL for the zero time.
func timeValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeLayout)
}

// parseTime reads a stored time; NULL is the zero time.
func parseTime(s sql.NullString) (time.Time, error) {
	if !s.Valid {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s.String, err)
	}
	return t, nil
}

// jsonValue is v as stored JSON, or NULL when isNil: a nil slice stays
// distinct from an empty one across a round trip.
func jsonValue(v any, isNil bool) (any, error) {
	if isNil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// parseJSON reads stored JSON into v, leaving v alone for NULL.
func parseJSON(s sql.NullString, v any) error {
	if !s.Valid {
		return nil
	}
	if err := json.Unmarshal([]byte(s.String), v); err != nil {
		return fmt.Errorf("stored json: %w", err)
	}
	return nil
}

// dateLo is the first day an ISO date of any precision (2019,
// 2019-11, 2019-11-15) covers; ok is false for anything else.
func dateLo(s string) (string, bool) {
	switch {
	case isDate(s, 4):
		return s + "-01-01", true
	case isDate(s, 7):
		return s + "-01", true
	case isDate(s, 10):
		return s, true
	}
	return "", false
}

// dateHi is the last day an ISO date covers. A month's last day is
// written "-31" whatever the month: only the text order matters here.
func dateHi(s string) (string, bool) {
	switch {
	case isDate(s, 4):
		return s + "-12-31", true
	case isDate(s, 7):
		return s + "-31", true
	case isDate(s, 10):
		return s, true
	}
	return "", false
}

// isDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD (by n, its
// length) with digits where digits belong.
func isDate(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := range len(s) {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// whenBounds is a When as a full-date interval for overlap filters. An
// unknown end is taken to be the start and the other way round; a When
// with neither (or nil) has no interval and matches no date filter.
func whenBounds(w *tally.When) (lo, hi any) {
	if w == nil {
		return nil, nil
	}
	start, end := w.Start, w.End
	if start == "" {
		start = end
	}
	if end == "" {
		end = start
	}
	l, okL := dateLo(start)
	h, okH := dateHi(end)
	if !okL || !okH {
		return nil, nil
	}
	return l, h
}

// page is the LIMIT clause of a filter's Limit and Offset; zero Limit is
// no limit.
func page(limit, offset int) (string, error) {
	if limit < 0 || offset < 0 {
		return "", fmt.Errorf("limit %d offset %d: %w", limit, offset, tally.ErrInvalid)
	}
	if limit == 0 && offset == 0 {
		return "", nil
	}
	if limit == 0 {
		limit = -1 // SQLite's "no limit", needed to write an OFFSET
	}
	return " LIMIT " + strconv.Itoa(limit) + " OFFSET " + strconv.Itoa(offset), nil
}
