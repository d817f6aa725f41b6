package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
	"tally/internal/sqlite"
)

// testReport is a small document with two claims for this package's
// tests; n makes its bytes, and so its ID, unique.
func testReport(n int) tally.DocumentClaims {
	text := "Bulletin " + strconv.Itoa(n) + ". Police said 40 people were detained. Medics said 12 were hurt."
	original := []byte("<p>" + text + "</p>")
	doc := &tally.Document{ID: tally.DocumentID(original), Source: "bulletin.html", Format: tally.FormatHTML, Text: text, Original: original}
	claim := func(figure string, m tally.Measure) tally.Claim {
		at := strings.Index(text, figure)
		return tally.Claim{ID: tally.ClaimID(doc.ID, at), Doc: doc.ID, FigureSpan: [2]int{at, at + len(figure)},
			Measure: m, Figure: tally.Figure{Qualifier: tally.Exact, Text: figure}, EventType: tally.Arrest, Modality: tally.Reported}
	}
	return tally.DocumentClaims{Document: doc, Claims: []tally.Claim{claim("40 people", tally.Arrested), claim("12 were", tally.Injured)}}
}

func TestOpenEmptyPath(t *testing.T) {
	if _, err := sqlite.Open(context.Background(), ""); !errors.Is(err, tally.ErrInvalid) {
		t.Errorf("Open(\"\") error = %v; want one wrapping %v", err, tally.ErrInvalid)
	}
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tally.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	r := testReport(1)
	if _, err := db.PutDocument(ctx, r.Document, r.Claims); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db = mustOpen(t, path)
	stats, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(stats, tally.Stats{Documents: 1, Claims: 2}); diff != "" {
		t.Errorf("Stats after reopening (-got +want):\n%s", diff)
	}
	raw := rawOpen(t, path)
	var versions []int
	rows, err := raw.Query(`SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		versions = append(versions, v)
	}
	files, err := filepath.Glob("migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	if len(versions) != len(files) || versions[0] != 1 {
		t.Errorf("schema_migrations holds %v; want one row for each of %d migration files, from 1", versions, len(files))
	}
	var mode string
	if err := raw.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
}

func TestPathIsAFileName(t *testing.T) {
	// '?' and '#' would start the driver's parameters in a plain DSN.
	path := filepath.Join(t.TempDir(), "odd?name#1 %20.db")
	db := mustOpen(t, path)
	if got := db.Path(); got != path {
		t.Errorf("Path() = %q; want %q", got, path)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("store file: %v", err)
	}
}

func TestCheckFindsDamage(t *testing.T) {
	tests := []struct {
		name   string
		damage string
	}{
		{"claim of a missing document", `INSERT INTO claims (id, doc, doc_seq, span_start, span_end, quote, figure_start, figure_end,
			measure, qualifier, unit, figure_text, event_type, modality, publisher)
			VALUES ('cl_orphan', 'sha256:none', 999, 0, 0, '', 0, 0, 'killed', 'exact', '', '', 'other', 'asserted', '')`},
		{"full-text index out of step", `UPDATE documents_fts SET text = 'nothing like the document' WHERE rowid = 1`},
		{"document without its original", `DELETE FROM originals`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "tally.db")
			db, err := sqlite.Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			r := testReport(1)
			if _, err := db.PutDocument(ctx, r.Document, r.Claims); err != nil {
				t.Fatal(err)
			}
			if err := db.Check(ctx); err != nil {
				t.Fatalf("Check before damage: %v", err)
			}
			if _, err := rawOpen(t, path).Exec(tt.damage); err != nil {
				t.Fatal(err)
			}
			if err := db.Check(ctx); err == nil {
				t.Errorf("Check after %s = nil; want an error", tt.name)
			}
		})
	}
}

// rawOpen opens path without the store, foreign keys off, to look at or
// damage it.
func rawOpen(t *testing.T, path string) *sql.DB {
	t.Helper()
	raw, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return raw
}

func TestCloseTwice(t *testing.T) {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "tally.db"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if err := db.Close(); err != nil {
			t.Errorf("Close #%d: %v", i+1, err)
		}
	}
}

// TestMigrationFillsEventParent takes a store back to before migration 3
// and opens it again: the migration must fill the new column from the
// events already stored.
func TestMigrationFillsEventParent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tally.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	// The parent's ID sorts first, so that only the parent column can
	// put the sub-event ahead.
	parent := "ev_a_wave"
	events := []tally.Event{{ID: parent, Claims: []string{"cl_1", "cl_2"}}, {ID: "ev_b_city", Parent: &parent, Claims: []string{"cl_2"}}}
	if err := db.ReplaceEvents(ctx, nil, events); err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw := rawOpen(t, path)
	for _, undo := range []string{`DROP INDEX events_parent`, `ALTER TABLE events DROP COLUMN parent`, `DELETE FROM schema_migrations WHERE version = 3`} {
		if _, err := raw.Exec(undo); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	db = mustOpen(t, path)
	got, err := db.EventsOfClaims(ctx, []string{"cl_1", "cl_2"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, map[string]string{"cl_1": "ev_a_wave", "cl_2": "ev_b_city"}); diff != "" {
		t.Errorf("EventsOfClaims after migrating (-got +want):\n%s", diff)
	}
}

// TestMigrationsKeepOriginalsAndClaims takes a store back to the schema
// before migrations 5 (claims found by their document's seq), 6
// (originals in a rowid table) and 7 (claims keyed to that seq) and opens
// it again: every original and every document's claims must still be
// found, and Check must pass.
func TestMigrationsKeepOriginalsAndClaims(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tally.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	reports := []tally.DocumentClaims{testReport(1), testReport(2), testReport(3)}
	if _, err := db.PutDocuments(ctx, reports); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// The claims table as migration 1 made it, under another name.
	init, err := os.ReadFile(filepath.Join("migrations", "001_init.sql"))
	if err != nil {
		t.Fatal(err)
	}
	_, claimsDDL, _ := strings.Cut(string(init), "CREATE TABLE claims (")
	claimsDDL, _, _ = strings.Cut(claimsDDL, ");")
	raw := rawOpen(t, path)
	for _, undo := range []string{
		`CREATE TABLE originals_old (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL) WITHOUT ROWID`,
		`INSERT INTO originals_old SELECT sha256, bytes FROM originals`,
		`DROP TABLE originals`,
		`ALTER TABLE originals_old RENAME TO originals`,
		`CREATE TABLE claims_old (` + claimsDDL + `, part INTEGER NOT NULL DEFAULT 0)`,
		`INSERT INTO claims_old SELECT seq, id, doc, span_start, span_end, quote, figure_start, figure_end,
			measure, low, high, qualifier, unit, figure_text, event_type, claimant_name, claimant_fold, claimant_cue,
			via, modality, when_start, when_end, when_text, when_lo, when_hi, places, actors, published, publisher, part
			FROM claims`,
		`DROP TABLE claims`,
		`ALTER TABLE claims_old RENAME TO claims`,
		`CREATE INDEX claims_doc ON claims (doc, seq)`,
		`CREATE INDEX claims_measure ON claims (measure, seq)`,
		`CREATE INDEX claims_event_type ON claims (event_type, seq)`,
		`CREATE INDEX claims_when ON claims (when_lo, when_hi)`,
		`CREATE INDEX claims_when_hi ON claims (when_hi)`,
		`DELETE FROM schema_migrations WHERE version IN (5, 6, 7)`,
	} {
		if _, err := raw.Exec(undo); err != nil {
			t.Fatalf("%s: %v", undo, err)
		}
	}
	raw.Close()
	db = mustOpen(t, path)
	for _, r := range reports {
		got, err := db.Original(ctx, r.Document.ID)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(r.Document.Original) {
			t.Errorf("Original(%s) = %q; want %q", r.Document.ID, got, r.Document.Original)
		}
		claims, err := db.Claims(ctx, tally.ClaimFilter{Doc: r.Document.ID})
		if err != nil {
			t.Fatal(err)
		}
		var gotIDs, wantIDs []string
		for _, c := range claims {
			gotIDs = append(gotIDs, c.ID)
		}
		for _, c := range r.Claims {
			wantIDs = append(wantIDs, c.ID)
		}
		if diff := cmp.Diff(gotIDs, wantIDs); diff != "" {
			t.Errorf("claims of %s after migrating (-got +want):\n%s", r.Document.ID, diff)
		}
	}
}
