package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"tally"
)

// Document returns a document with its text but not its original bytes.
func (db *DB) Document(ctx context.Context, id string) (*tally.Document, error) {
	row := db.read.QueryRowContext(ctx, `SELECT `+documentColumns+`, d.text FROM documents d WHERE d.id = ?`, id)
	var doc tally.Document
	if err := scanDocument(row, &doc, &doc.Text); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("document %s: %w", id, tally.ErrNotFound)
		}
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	return &doc, nil
}

// Original returns a document's original bytes.
func (db *DB) Original(ctx context.Context, id string) ([]byte, error) {
	var b []byte
	err := db.read.QueryRowContext(ctx, `SELECT o.bytes FROM documents d JOIN originals o ON o.sha256 = d.original WHERE d.id = ?`, id).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("original %s: %w", id, tally.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("original %s: %w", id, err)
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}

// HasDocument reports whether a document is stored.
func (db *DB) HasDocument(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := db.hasDocument.QueryRowContext(ctx, id).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("has document %s: %w", id, err)
	}
	return ok, nil
}

// Documents lists documents without their text, newest first (those with
// no publication time last), each page in a stable order.
func (db *DB) Documents(ctx context.Context, f tally.DocumentFilter) ([]tally.Document, error) {
	query, args, err := documentsQuery(f)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var docs []tally.Document
	for rows.Next() {
		var doc tally.Document
		if err := scanDocument(rows, &doc); err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		docs = append(docs, doc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return docs, nil
}

// documentsQuery is the SQL of a document filter. Publisher matches whole,
// ignoring ASCII case.
func documentsQuery(f tally.DocumentFilter) (string, []any, error) {
	var where []string
	var args []any
	if f.Publisher != "" {
		where, args = append(where, `d.publisher = ? COLLATE NOCASE`), append(args, f.Publisher)
	}
	if !f.Since.IsZero() {
		where, args = append(where, `d.published >= ?`), append(args, timeValue(f.Since))
	}
	if !f.Until.IsZero() {
		where, args = append(where, `d.published <= ?`), append(args, timeValue(f.Until))
	}
	if strings.TrimSpace(f.Query) != "" {
		match, err := ftsQuery(f.Query)
		if err != nil {
			return "", nil, err
		}
		where, args = append(where, `d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`), append(args, match)
	}
	limit, err := page(f.Limit, f.Offset)
	if err != nil {
		return "", nil, err
	}
	query := `SELECT ` + documentColumns + ` FROM documents d` + whereClause(where) +
		` ORDER BY d.published DESC NULLS LAST, d.seq DESC` + limit
	return query, args, nil
}

// whereClause joins conditions with AND.
func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

const documentColumns = `d.id, d.source, d.url, d.publisher, d.title, d.byline, d.language, d.format, d.published, d.ingested, d.notes`

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanDocument reads documentColumns, then any extra columns into extra.
func scanDocument(s scanner, d *tally.Document, extra ...any) error {
	var format string
	var published, ingested, notes sql.NullString
	dest := append([]any{&d.ID, &d.Source, &d.URL, &d.Publisher, &d.Title, &d.Byline, &d.Language,
		&format, &published, &ingested, &notes}, extra...)
	if err := s.Scan(dest...); err != nil {
		return err
	}
	d.Format = tally.Format(format)
	var err error
	if d.Published, err = parseTime(published); err != nil {
		return err
	}
	if d.Ingested, err = parseTime(ingested); err != nil {
		return err
	}
	return parseJSON(notes, &d.Notes)
}

// Stats counts what the store holds, in one snapshot.
func (db *DB) Stats(ctx context.Context) (tally.Stats, error) {
	var s tally.Stats
	err := db.read.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT count(*) FROM claims),
		(SELECT count(*) FROM events), (SELECT count(*) FROM sources)`).
		Scan(&s.Documents, &s.Claims, &s.Events, &s.Sources)
	if err != nil {
		return tally.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
