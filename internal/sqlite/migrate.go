package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrations holds the schema as numbered files (001_init.sql, …). A file
// that has landed is never edited: a change is a new file.
//
//go:embed migrations/*.sql
var migrations embed.FS

// migrate applies, in order, every migration not yet recorded in
// schema_migrations, each in its own transaction with its record.
//
// Foreign keys are off while migrations run, as SQLite's way of
// rebuilding a table asks: dropping a parent table and renaming its new
// copy into its place must not cascade or break the references to it.
// Each migration checks every foreign key before it commits instead.
func migrate(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx) // PRAGMA foreign_keys is per connection
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Close()
	// Outside a transaction, or SQLite ignores it.
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	err = migrateAll(ctx, conn)
	if _, onErr := conn.ExecContext(ctx, `PRAGMA foreign_keys = ON`); onErr != nil && err == nil {
		err = fmt.Errorf("migrate: %w", onErr)
	}
	return err
}

// migrateAll is migrate on one connection.
func migrateAll(ctx context.Context, db *sql.Conn) error {
	const ddl = `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied TEXT NOT NULL
	)`
	if _, err := db.ExecContext(ctx, ddl); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := migrateFile(ctx, db, name); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

// migrateFile applies one migration unless it is already recorded. The
// check runs inside the (immediate) transaction, so two processes opening
// one new file cannot both apply it.
func migrateFile(ctx context.Context, db *sql.Conn, name string) error {
	version, err := migrationVersion(name)
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var done bool
	err = tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM schema_migrations WHERE version = ?)`, version).Scan(&done)
	if err != nil || done {
		return err
	}
	body, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return err
	}
	bad, err := scanStrings(rows)
	if err != nil {
		return err
	}
	if len(bad) > 0 {
		return fmt.Errorf("foreign keys broken in %s", strings.Join(bad, ", "))
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
		version, strings.TrimPrefix(name, "migrations/"), time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return err
	}
	return tx.Commit()
}

// migrationVersion is the number a migration's file name starts with.
func migrationVersion(name string) (int, error) {
	base := strings.TrimPrefix(name, "migrations/")
	digits, _, ok := strings.Cut(base, "_")
	if !ok {
		return 0, fmt.Errorf("migration name %q lacks a number prefix", base)
	}
	return strconv.Atoi(digits)
}
