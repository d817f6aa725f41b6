package web

import (
	"fmt"
	"net/url"
	"strconv"

	"tally"
)

const (
	defaultLimit = 100
	maxLimit     = 10000
)

// claimFilter reads a claim filter from a query string.
func claimFilter(q url.Values) (tally.ClaimFilter, error) {
	f := tally.ClaimFilter{Doc: q.Get("doc"), Claimant: q.Get("claimant"), Query: q.Get("q")}
	var err error
	if f.Measure, err = tally.ParseMeasure(q.Get("measure")); err != nil {
		return f, err
	}
	if f.EventType, err = tally.ParseEventType(q.Get("event_type")); err != nil {
		return f, err
	}
	if f.Since, _, err = tally.ParsePeriod(q.Get("since")); err != nil {
		return f, err
	}
	if _, f.Until, err = tally.ParsePeriod(q.Get("until")); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = page(q)
	return f, err
}

// documentFilter reads a document filter from a query string.
func documentFilter(q url.Values) (tally.DocumentFilter, error) {
	f := tally.DocumentFilter{Publisher: q.Get("publisher"), Query: q.Get("q")}
	var err error
	if f.Since, _, err = tally.ParsePeriod(q.Get("since")); err != nil {
		return f, err
	}
	if _, f.Until, err = tally.ParsePeriod(q.Get("until")); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = page(q)
	return f, err
}

// eventFilter reads an event filter from a query string.
func eventFilter(q url.Values) (tally.EventFilter, error) {
	f := tally.EventFilter{Country: q.Get("country"), Conflict: q.Get("conflict") == "true" || q.Get("conflict") == "1"}
	var err error
	if f.Measure, err = tally.ParseMeasure(q.Get("measure")); err != nil {
		return f, err
	}
	if f.EventType, err = tally.ParseEventType(q.Get("event_type")); err != nil {
		return f, err
	}
	if f.Since, f.Until, err = tally.ParseSpan(q.Get("since"), q.Get("until")); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = page(q)
	return f, err
}

// page reads limit and offset.
func page(q url.Values) (limit, offset int, err error) {
	limit, offset = defaultLimit, 0
	if s := q.Get("limit"); s != "" {
		if limit, err = strconv.Atoi(s); err != nil || limit < 1 || limit > maxLimit {
			return 0, 0, fmt.Errorf("limit %q: want 1 to %d: %w", s, maxLimit, tally.ErrInvalid)
		}
	}
	if s := q.Get("offset"); s != "" {
		if offset, err = strconv.Atoi(s); err != nil || offset < 0 {
			return 0, 0, fmt.Errorf("offset %q: want a whole number: %w", s, tally.ErrInvalid)
		}
	}
	return limit, offset, nil
}
