package sqlite

import (
	"context"
	"encoding/json"
	"fmt"

	"tally"
)

// PutSources adds sources to the registry, replacing any of the same
// name, in one transaction.
func (db *DB) PutSources(ctx context.Context, sources []tally.Source) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put sources: %w", err)
	}
	defer tx.Rollback()
	for _, s := range sources {
		if s.Name == "" {
			return fmt.Errorf("put sources: source without name: %w", tally.ErrInvalid)
		}
		body, err := json.Marshal(s)
		if err != nil {
			return fmt.Errorf("put sources: %s: %w: %w", s.Name, tally.ErrInvalid, err)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO sources (name, body) VALUES (?, ?)
			ON CONFLICT (name) DO UPDATE SET body = excluded.body`, s.Name, string(body))
		if err != nil {
			return fmt.Errorf("put sources: %s: %w", s.Name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put sources: commit: %w", err)
	}
	return nil
}

// Sources lists the registry by name.
func (db *DB) Sources(ctx context.Context) ([]tally.Source, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT body FROM sources ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	defer rows.Close()
	var sources []tally.Source
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("sources: %w", err)
		}
		var s tally.Source
		if err := json.Unmarshal([]byte(body), &s); err != nil {
			return nil, fmt.Errorf("sources: stored json: %w", err)
		}
		sources = append(sources, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	return sources, nil
}
