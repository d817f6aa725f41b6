package sqlite

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"tally"
)

// originalKey is the content address of original bytes in the originals
// table: the hex SHA-256, whatever ID the document carries.
func originalKey(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// checkDocument validates a document and returns its claims as stored: in
// document order, each with the document's ID, and with the document's
// publisher and publication time where the claim leaves them empty.
func checkDocument(dc tally.DocumentClaims) ([]tally.Claim, error) {
	d := dc.Document
	if d == nil {
		return nil, fmt.Errorf("no document: %w", tally.ErrInvalid)
	}
	if d.ID == "" {
		return nil, fmt.Errorf("document without id: %w", tally.ErrInvalid)
	}
	claims := slices.Clone(dc.Claims)
	seen := make(map[string]bool, len(claims))
	for i := range claims {
		c := &claims[i]
		switch {
		case c.ID == "":
			return nil, fmt.Errorf("claim %d without id: %w", i, tally.ErrInvalid)
		case seen[c.ID]:
			return nil, fmt.Errorf("claim %s twice: %w", c.ID, tally.ErrInvalid)
		case c.Doc != "" && c.Doc != d.ID:
			return nil, fmt.Errorf("claim %s of document %s: %w", c.ID, c.Doc, tally.ErrInvalid)
		}
		seen[c.ID] = true
		c.Doc = d.ID
		if c.Publisher == "" {
			c.Publisher = d.Publisher
		}
		if c.Published.IsZero() {
			c.Published = d.Published
		}
	}
	slices.SortStableFunc(claims, func(a, b tally.Claim) int {
		return cmp.Or(cmp.Compare(a.Span[0], b.Span[0]), cmp.Compare(a.FigureSpan[0], b.FigureSpan[0]))
	})
	return claims, nil
}

// claimRowsMax is the most claims one INSERT writes: one statement for a
// document's claims costs less than one a claim.
const claimRowsMax = 16

// insertClaims is the statement that writes n claims. OR FAIL leaves
// the rows before a failing one in place instead of undoing the
// statement, and the document's key is checked at commit (migration
// 007); so SQLite, which has nothing to undo, copies no page into a
// statement journal. The caller drops the document's rows anyway: the
// transaction when unguarded, its savepoint when guarded.
func insertClaims(n int) string {
	row := "(" + strings.Repeat("?, ", claimColumnCount-1) + "?)"
	return `INSERT OR FAIL INTO claims (id, doc, span_start, span_end, quote, figure_start, figure_end,
	measure, low, high, qualifier, unit, figure_text, event_type,
	claimant_name, claimant_fold, claimant_cue, via, modality,
	when_start, when_end, when_text, when_lo, when_hi, places, actors, published, publisher, part, doc_seq)
	VALUES ` + strings.Repeat(row+", ", n-1) + row
}

// claimColumnCount is the number of columns insertClaims writes.
const claimColumnCount = 30

// claimDocSeq is where the document's seq goes among a claim's values:
// last, and known only once the document's row is written.
const claimDocSeq = claimColumnCount - 1

// claimArgs are the values of one claim in insertClaims, but for the
// document's seq (claimDocSeq), which put sets.
func claimArgs(c *tally.Claim) ([]any, error) {
	var name, fold, cue, via any
	if cl := c.Claimant; cl != nil {
		name, fold, cue = cl.Name, foldName(cl.Name), cl.Cue
		var err error
		if via, err = jsonValue(cl.Via, cl.Via == nil); err != nil {
			return nil, err
		}
	}
	var start, end, text any
	if w := c.When; w != nil {
		start, end, text = w.Start, w.End, w.Text
	}
	lo, hi := whenBounds(c.When)
	places, err := jsonValue(c.Where, c.Where == nil)
	if err != nil {
		return nil, err
	}
	actors, err := jsonValue(c.Actors, c.Actors == nil)
	if err != nil {
		return nil, err
	}
	return []any{c.ID, c.Doc, c.Span[0], c.Span[1], c.Quote, c.FigureSpan[0], c.FigureSpan[1],
		string(c.Measure), c.Figure.Low, c.Figure.High, string(c.Figure.Qualifier), c.Figure.Unit, c.Figure.Text,
		string(c.EventType), name, fold, cue, via, string(c.Modality),
		start, end, text, lo, hi, places, actors, timeValue(c.Published), c.Publisher, c.Part, nil}, nil
}

// foldName is a claimant's name as the Claimant filter compares it.
func foldName(s string) string { return strings.ToLower(s) }

// Claim returns one claim.
func (db *DB) Claim(ctx context.Context, id string) (*tally.Claim, error) {
	row := db.read.QueryRowContext(ctx, `SELECT `+claimColumns+` FROM claims c WHERE c.id = ?`, id)
	c, err := scanClaim(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("claim %s: %w", id, tally.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("claim %s: %w", id, err)
	}
	return c, nil
}

// Claims lists the claims a filter selects in document order: documents
// in the order they were stored, claims by their place in the text.
func (db *DB) Claims(ctx context.Context, f tally.ClaimFilter) ([]tally.Claim, error) {
	query, args, err := claimsQuery(f)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	defer rows.Close()
	var claims []tally.Claim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		claims = append(claims, *c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return claims, nil
}

// claimsQuery is the SQL of a claim filter. Since and Until keep the
// claims whose When overlaps the window, by whole days in UTC.
func claimsQuery(f tally.ClaimFilter) (string, []any, error) {
	var where []string
	var args []any
	add := func(cond string, arg any) { where, args = append(where, cond), append(args, arg) }
	if f.Doc != "" {
		add(`c.doc_seq = (SELECT d.seq FROM documents d WHERE d.id = ?)`, f.Doc)
	}
	if f.Measure != "" {
		add(`c.measure = ?`, string(f.Measure))
	}
	if f.EventType != "" {
		add(`c.event_type = ?`, string(f.EventType))
	}
	if f.Claimant != "" {
		add(`instr(c.claimant_fold, ?) > 0`, foldName(f.Claimant))
	}
	if !f.Since.IsZero() {
		add(`c.when_hi >= ?`, f.Since.UTC().Format("2006-01-02"))
	}
	if !f.Until.IsZero() {
		add(`c.when_lo <= ?`, f.Until.UTC().Format("2006-01-02"))
	}
	if strings.TrimSpace(f.Query) != "" {
		match, err := ftsQuery(f.Query)
		if err != nil {
			return "", nil, err
		}
		add(`c.doc_seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`, match)
	}
	limit, err := page(f.Limit, f.Offset)
	if err != nil {
		return "", nil, err
	}
	return `SELECT ` + claimColumns + ` FROM claims c` + whereClause(where) + ` ORDER BY c.seq` + limit, args, nil
}

const claimColumns = `c.id, c.doc, c.span_start, c.span_end, c.quote, c.figure_start, c.figure_end,
	c.measure, c.low, c.high, c.qualifier, c.unit, c.figure_text, c.event_type,
	c.claimant_name, c.claimant_cue, c.via, c.modality, c.when_start, c.when_end, c.when_text,
	c.places, c.actors, c.published, c.publisher, c.part`

// scanClaim reads claimColumns.
func scanClaim(s scanner) (*tally.Claim, error) {
	var c tally.Claim
	var measure, qualifier, eventType, modality string
	var low, high sql.NullInt64
	var name, cue, via, start, end, text, places, actors, published sql.NullString
	err := s.Scan(&c.ID, &c.Doc, &c.Span[0], &c.Span[1], &c.Quote, &c.FigureSpan[0], &c.FigureSpan[1],
		&measure, &low, &high, &qualifier, &c.Figure.Unit, &c.Figure.Text, &eventType,
		&name, &cue, &via, &modality, &start, &end, &text, &places, &actors, &published, &c.Publisher, &c.Part)
	if err != nil {
		return nil, err
	}
	c.Measure, c.Figure.Qualifier = tally.Measure(measure), tally.Qualifier(qualifier)
	c.EventType, c.Modality = tally.EventType(eventType), tally.Modality(modality)
	c.Figure.Low, c.Figure.High = intPtr(low), intPtr(high)
	if name.Valid {
		c.Claimant = &tally.Claimant{Name: name.String, Cue: cue.String}
		if err := parseJSON(via, &c.Claimant.Via); err != nil {
			return nil, err
		}
	}
	if start.Valid {
		c.When = &tally.When{Start: start.String, End: end.String, Text: text.String}
	}
	if err := parseJSON(places, &c.Where); err != nil {
		return nil, err
	}
	if err := parseJSON(actors, &c.Actors); err != nil {
		return nil, err
	}
	c.Published, err = parseTime(published)
	return &c, err
}

// intPtr is a figure bound: nil for NULL, an open bound.
func intPtr(n sql.NullInt64) *int64 {
	if !n.Valid {
		return nil
	}
	return tally.Int64(n.Int64)
}
