// Package sqlite implements tally.Store on embedded SQLite through
// modernc.org/sqlite, a pure-Go build of SQLite (driver name "sqlite").
//
// A store is one file in WAL mode. SQLite allows one writer at a time, so
// every write goes through a pool of exactly one connection whose
// transactions begin IMMEDIATE: writers queue in database/sql (honouring
// their contexts) instead of failing with SQLITE_BUSY halfway through a
// transaction. Reads use a second pool of query-only connections, which
// WAL lets run beside the writer on a consistent snapshot. An in-memory
// store (":memory:") is private to one connection, so there both pools
// are the same single connection. A goroutine copies the log back into
// the file (a checkpoint) every few MiB written, on a connection of its
// own, so that the writer does not stop to do it.
//
// The schema lives in numbered files under migrations/, embedded in the
// binary and applied in order, each in its own transaction. A migration
// that has landed is never edited; a change is a new file.
//
// # Writing
//
// PutDocuments checks every document and works out its rows before it
// takes the write lock, then writes up to 256 documents in one
// transaction and adds them to the full-text index in one statement
// before the commit. Each document is all-or-nothing: should one fail
// inside SQLite, the batch is written again with a savepoint around each
// document, and only that one is left out. A crash loses at most the
// batch being written.
//
// What a commit writes to the log is mostly the pages its rows touched,
// so the schema keeps new rows on few pages: original bytes and claims
// append to rowid tables, claims are found by their document's integer
// seq (an index that only grows at its end) rather than by its hashed ID,
// and a claim's key to its document is checked at commit, which spares
// SQLite a statement journal for every multi-row INSERT. The unique
// indexes on hashed IDs (documents, claims, originals) still take
// inserts all over; they are what grows the log per document as a store
// grows.
//
// # Searching
//
// ClaimFilter.Query and DocumentFilter.Query search the documents' title
// and clean text, stemmed (Porter) and with diacritics folded, so that
// "tehran" finds "Tehrān" and "killing" finds "killed". The query language
// is small: words must all match; "a phrase" in double quotes matches in
// order; word* matches a prefix; a OR b (capitals) matches either; -word
// or NOT word excludes. Everything else, FTS5's own operators included, is
// plain text. An unclosed quote, a dangling OR or NOT, or a query of
// exclusions only is an error wrapping tally.ErrInvalid.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync/atomic"

	"tally"

	driver "modernc.org/sqlite" // also registers the "sqlite" driver
	lib "modernc.org/sqlite/lib"
)

// MemoryPath opens a private in-memory store, for tests.
const MemoryPath = ":memory:"

// busyTimeoutMS is how long a connection waits on another process's lock
// before reporting SQLITE_BUSY; within one process the write pool already
// serialises writers.
const busyTimeoutMS = 10000

// checkpointBytes is how much is written between two checkpoints.
const checkpointBytes = 8 << 20

// writeCacheKiB is the page cache of the write connection.
const writeCacheKiB = 16 << 10

// DB is a tally.Store kept in one SQLite database.
type DB struct {
	path  string
	write *sql.DB // one connection: every write transaction, in turn
	read  *sql.DB // query-only connections; the same pool as write in memory

	closed atomic.Bool

	// Checkpoints run beside the writer, on a connection of their own;
	// all four are nil in memory.
	checkpoints *sql.DB
	kick        chan struct{} // checkpointBytes were written
	stop        chan struct{} // closed by Close
	stopped     chan struct{} // closed when the checkpointer has ended

	uncheckpointed atomic.Int64 // bytes written since the last kick

	// hasDocument is prepared once: an ingest asks it of every document.
	hasDocument *sql.Stmt
}

var _ tally.Store = (*DB)(nil)

// Open opens (creating if needed) the store at path and brings its schema
// up to date. path is a file name or MemoryPath.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("open store: empty path: %w", tally.ErrInvalid)
	}
	db := &DB{path: path}
	err := db.open(ctx)
	if err == nil {
		db.hasDocument, err = db.read.PrepareContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?)`)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return db, nil
}

// open makes the pools, migrates the schema through the writer and
// starts the checkpointer.
func (db *DB) open(ctx context.Context) error {
	var err error
	if db.write, err = sql.Open("sqlite", dsn(db.path, false)); err != nil {
		return err
	}
	// One connection, never closed while idle: closing the only
	// connection of an in-memory database would drop the database.
	db.write.SetMaxOpenConns(1)
	db.write.SetMaxIdleConns(1)
	db.write.SetConnMaxLifetime(0)
	db.write.SetConnMaxIdleTime(0)
	if err := db.write.PingContext(ctx); err != nil {
		return err
	}
	if err := migrate(ctx, db.write); err != nil {
		return err
	}
	if db.path == MemoryPath {
		db.read = db.write
		return nil
	}
	if db.read, err = sql.Open("sqlite", dsn(db.path, true)); err != nil {
		return err
	}
	readers := max(4, runtime.GOMAXPROCS(0))
	db.read.SetMaxOpenConns(readers)
	db.read.SetMaxIdleConns(readers)
	if err := db.read.PingContext(ctx); err != nil {
		return err
	}
	// A checkpoint changes no row, so a query-only connection may run it.
	if db.checkpoints, err = sql.Open("sqlite", dsn(db.path, true)); err != nil {
		return err
	}
	db.checkpoints.SetMaxOpenConns(1)
	db.kick, db.stop, db.stopped = make(chan struct{}, 1), make(chan struct{}), make(chan struct{})
	go db.checkpointer()
	return nil
}

// checkpointer copies the log back into the database after commits, so
// that the writer, the one connection every write waits for, does not
// spend its time there: a PASSIVE checkpoint takes no write lock and runs
// beside the next batch. The writer's own automatic checkpoint stays as a
// backstop, at a log of 80 MiB.
func (db *DB) checkpointer() {
	defer close(db.stopped)
	for {
		select {
		case <-db.stop:
			return
		case <-db.kick:
			// A failure (the file is locked by a backup, say) leaves
			// the log to the next kick or to the backstop.
			db.checkpoints.Exec(`PRAGMA wal_checkpoint(PASSIVE)`)
		}
	}
}

// committed tells the checkpointer that the log grew by about n bytes.
// It wakes it once checkpointBytes have piled up: checkpointing after
// every small commit copies the same index pages back again and again.
// It never blocks, and after Close it does nothing that matters.
func (db *DB) committed(n int64) {
	if db.kick == nil || db.uncheckpointed.Add(n) < checkpointBytes {
		return
	}
	db.uncheckpointed.Store(0)
	select {
	case db.kick <- struct{}{}:
	default: // a checkpoint is pending already
	}
}

// dsn is the driver's connection string for path. A file name goes in as
// a "file:" URI, escaped, so that a '?' or '#' in it is part of the name
// and not the start of the driver's parameters.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// A savepoint's statement journal and sorts stay off the disk.
	q.Add("_pragma", "temp_store(MEMORY)")
	if path == MemoryPath {
		q.Set("_txlock", "immediate")
		return path + "?" + q.Encode()
	}
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		// A batch's dirty pages fit in the cache (16 MiB) instead of
		// spilling to the log before the commit.
		q.Add("_pragma", fmt.Sprintf("cache_size(%d)", -writeCacheKiB))
		// The checkpointer keeps the log short; this is its backstop.
		q.Add("_pragma", "wal_autocheckpoint(20000)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Path returns the path the store was opened with.
func (db *DB) Path() string { return db.path }

// Close closes both pools, first letting SQLite refresh the statistics
// its query planner uses (cheap, and a no-op when nothing changed much).
// A second Close does nothing.
func (db *DB) Close() error {
	if db.closed.Swap(true) {
		return nil
	}
	var errs []error
	if db.hasDocument != nil {
		errs = append(errs, db.hasDocument.Close())
	}
	if db.stop != nil {
		close(db.stop)
		<-db.stopped
		errs = append(errs, db.checkpoints.Close())
	}
	if db.write != nil {
		if _, err := db.write.Exec(`PRAGMA optimize`); err != nil {
			errs = append(errs, fmt.Errorf("optimize: %w", err))
		}
	}
	if db.read != nil && db.read != db.write {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	return errors.Join(errs...)
}

// Check verifies the database file, its foreign keys and its full-text
// index, and reports every problem found; nil means the store is sound.
func (db *DB) Check(ctx context.Context) error {
	var problems []string
	rows, err := db.write.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	lines, err := scanStrings(rows)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	if len(lines) != 1 || lines[0] != "ok" {
		problems = append(problems, lines...)
	}
	rows, err = db.write.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	bad, err := scanStrings(rows)
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	for _, table := range bad {
		problems = append(problems, "foreign key violation in "+table)
	}
	// A write statement by form only. Rank 1 asks FTS5 to compare the
	// index with the documents table too, not only with itself.
	if _, err := db.write.ExecContext(ctx, `INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		problems = append(problems, "full-text index: "+err.Error())
	}
	if len(problems) > 0 {
		return fmt.Errorf("check: %s", strings.Join(problems, "; "))
	}
	return nil
}

// scanStrings reads the first column of every row as text.
func scanStrings(rows *sql.Rows) ([]string, error) {
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s sql.NullString
		dest := []any{&s}
		cols, err := rows.Columns()
		if err != nil {
			return nil, err
		}
		for range cols[1:] {
			dest = append(dest, new(any))
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		out = append(out, s.String)
	}
	return out, rows.Err()
}

// isConstraint reports whether err is SQLite refusing a row for breaking
// a constraint (UNIQUE, NOT NULL, CHECK, FOREIGN KEY).
func isConstraint(err error) bool {
	var e *driver.Error
	return errors.As(err, &e) && e.Code()&0xff == lib.SQLITE_CONSTRAINT
}
