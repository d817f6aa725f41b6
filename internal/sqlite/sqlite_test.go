package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"tally"
	"tally/internal/sqlite"
	"tally/internal/storetest"
)

// MustOpenDB opens a new store in a temporary file that is closed, and
// checked for integrity, when the test ends.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return mustOpen(tb, filepath.Join(tb.TempDir(), "tally.db"))
}

// mustOpen opens the store at path, closing it at the end of the test
// after a Check.
func mustOpen(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Check(context.Background()); err != nil {
			tb.Errorf("Check: %v", err)
		}
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestStoreFile(t *testing.T) {
	storetest.Run(t, func(t *testing.T) tally.Store { return MustOpenDB(t) })
}

func TestStoreMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) tally.Store { return mustOpen(t, sqlite.MemoryPath) })
}
