package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"tally"
)

// ReplaceEvents removes the events listed in removed and stores events,
// each replacing any stored event of the same ID, in one transaction. IDs
// in removed that are not stored are ignored.
func (db *DB) ReplaceEvents(ctx context.Context, removed []string, events []tally.Event) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace events: %w", err)
	}
	defer tx.Rollback()
	w, err := newEventWriter(ctx, tx)
	if err != nil {
		return fmt.Errorf("replace events: %w", err)
	}
	defer w.close()
	for _, id := range removed {
		if _, err := w.remove.ExecContext(ctx, id); err != nil {
			return fmt.Errorf("replace events: remove %s: %w", id, err)
		}
	}
	for i := range events {
		if err := w.put(ctx, &events[i]); err != nil {
			return fmt.Errorf("replace events: event %s: %w", events[i].ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace events: commit: %w", err)
	}
	return nil
}

// eventWriter holds the statements that ReplaceEvents repeats for every
// event: a linker run may replace thousands.
type eventWriter struct {
	remove, event, country, measure, claim *sql.Stmt
}

func newEventWriter(ctx context.Context, tx *sql.Tx) (*eventWriter, error) {
	w := &eventWriter{}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&w.remove, `DELETE FROM events WHERE id = ?`},
		{&w.event, `INSERT INTO events (id, event_type, when_lo, when_hi, conflict, parent, body) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&w.country, `INSERT OR IGNORE INTO event_countries (event_id, country) VALUES (?, ?)`},
		{&w.measure, `INSERT INTO event_measures (event_id, measure, conflict) VALUES (?, ?, ?)`},
		{&w.claim, `INSERT OR IGNORE INTO event_claims (event_id, claim_id) VALUES (?, ?)`},
	} {
		var err error
		if *p.stmt, err = tx.PrepareContext(ctx, p.sql); err != nil {
			w.close()
			return nil, err
		}
	}
	return w, nil
}

func (w *eventWriter) close() {
	for _, s := range []*sql.Stmt{w.remove, w.event, w.country, w.measure, w.claim} {
		if s != nil {
			s.Close()
		}
	}
}

// put replaces one event with its country, measure and claim rows.
func (w *eventWriter) put(ctx context.Context, ev *tally.Event) error {
	if ev.ID == "" {
		return fmt.Errorf("event without id: %w", tally.ErrInvalid)
	}
	body, err := json.Marshal(ev)
	if err != nil {
		return fmt.Errorf("%w: %w", tally.ErrInvalid, err) // a NaN coordinate, say
	}
	if _, err := w.remove.ExecContext(ctx, ev.ID); err != nil {
		return err
	}
	lo, hi := whenBounds(ev.When)
	if _, err = w.event.ExecContext(ctx, ev.ID, string(ev.EventType), lo, hi, anyConflict(ev), ev.Parent, string(body)); err != nil {
		return err
	}
	for _, p := range ev.Where {
		if p.Country == "" {
			continue
		}
		if _, err := w.country.ExecContext(ctx, ev.ID, strings.ToUpper(p.Country)); err != nil {
			return err
		}
	}
	for m, mf := range ev.Measures {
		if _, err := w.measure.ExecContext(ctx, ev.ID, string(m), mf != nil && mf.Conflict); err != nil {
			return err
		}
	}
	for _, c := range ev.Claims {
		if _, err := w.claim.ExecContext(ctx, ev.ID, c); err != nil {
			return err
		}
	}
	return nil
}

// anyConflict reports whether some measure of ev has conflicting figures.
func anyConflict(ev *tally.Event) bool {
	for _, mf := range ev.Measures {
		if mf != nil && mf.Conflict {
			return true
		}
	}
	return false
}

// Event returns one event.
func (db *DB) Event(ctx context.Context, id string) (*tally.Event, error) {
	var body string
	err := db.read.QueryRowContext(ctx, `SELECT body FROM events WHERE id = ?`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("event %s: %w", id, tally.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	var ev tally.Event
	if err := json.Unmarshal([]byte(body), &ev); err != nil {
		return nil, fmt.Errorf("event %s: stored json: %w", id, err)
	}
	return &ev, nil
}

// Events lists the events a filter selects, latest first (undated last).
func (db *DB) Events(ctx context.Context, f tally.EventFilter) ([]tally.Event, error) {
	query, args, err := eventsQuery(f)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var events []tally.Event
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		var ev tally.Event
		if err := json.Unmarshal([]byte(body), &ev); err != nil {
			return nil, fmt.Errorf("events: stored json: %w", err)
		}
		events = append(events, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return events, nil
}

// eventsQuery is the SQL of an event filter. Since and Until are ISO
// dates of any precision; an event matches when its When overlaps them.
// Conflict with a Measure asks for a conflict on that measure.
func eventsQuery(f tally.EventFilter) (string, []any, error) {
	var where []string
	var args []any
	add := func(cond string, arg any) { where, args = append(where, cond), append(args, arg) }
	if f.EventType != "" {
		add(`e.event_type = ?`, string(f.EventType))
	}
	if f.Country != "" {
		add(`EXISTS (SELECT 1 FROM event_countries ec WHERE ec.event_id = e.id AND ec.country = ?)`, strings.ToUpper(f.Country))
	}
	switch {
	case f.Measure != "" && f.Conflict:
		add(`EXISTS (SELECT 1 FROM event_measures em WHERE em.event_id = e.id AND em.measure = ? AND em.conflict)`, string(f.Measure))
	case f.Measure != "":
		add(`EXISTS (SELECT 1 FROM event_measures em WHERE em.event_id = e.id AND em.measure = ?)`, string(f.Measure))
	case f.Conflict:
		where = append(where, `e.conflict`)
	}
	if f.Since != "" {
		since, ok := dateLo(f.Since)
		if !ok {
			return "", nil, fmt.Errorf("since %q: %w", f.Since, tally.ErrInvalid)
		}
		add(`e.when_hi >= ?`, since)
	}
	if f.Until != "" {
		until, ok := dateHi(f.Until)
		if !ok {
			return "", nil, fmt.Errorf("until %q: %w", f.Until, tally.ErrInvalid)
		}
		add(`e.when_lo <= ?`, until)
	}
	limit, err := page(f.Limit, f.Offset)
	if err != nil {
		return "", nil, err
	}
	return `SELECT e.body FROM events e` + whereClause(where) + ` ORDER BY e.when_lo DESC NULLS LAST, e.id` + limit, args, nil
}

// EventsOfClaims maps each of claimIDs that belongs to an event to that
// event's ID. A claim held by an event and its parent maps to the child,
// the most specific episode.
func (db *DB) EventsOfClaims(ctx context.Context, claimIDs []string) (map[string]string, error) {
	out := make(map[string]string)
	if len(claimIDs) == 0 {
		return out, nil
	}
	ids, err := json.Marshal(claimIDs)
	if err != nil {
		return nil, fmt.Errorf("events of claims: %w", err)
	}
	// One JSON parameter, not one placeholder a claim: no limit on the
	// number of IDs.
	rows, err := db.read.QueryContext(ctx, `SELECT ec.claim_id, ec.event_id
		FROM event_claims ec JOIN events e ON e.id = ec.event_id
		WHERE ec.claim_id IN (SELECT value FROM json_each(?))
		ORDER BY ec.claim_id, e.parent IS NULL, e.id`, string(ids))
	if err != nil {
		return nil, fmt.Errorf("events of claims: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var claim, event string
		if err := rows.Scan(&claim, &event); err != nil {
			return nil, fmt.Errorf("events of claims: %w", err)
		}
		if _, ok := out[claim]; !ok {
			out[claim] = event
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events of claims: %w", err)
	}
	return out, nil
}
