package main

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"tally"
	"tally/internal/sqlite"
)

// TestKill9MidIngest kills the real binary with SIGKILL in the middle of an
// ingest of thousands of documents, runs the same ingest again, and checks
// that every document is stored exactly once, that no claim lacks its
// document, and that SQLite's integrity check is clean.
func TestKill9MidIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("writes thousands of documents")
	}
	const n = 3000
	corpus := t.TempDir()
	writeReports(t, corpus, n)
	db := filepath.Join(t.TempDir(), "crash.db")

	killed := false
	for attempt := 0; attempt < 5 && !killed; attempt++ {
		cmd := exec.Command(binary, "ingest", "--db", db, "--no-link", corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until the store has taken some writes, then kill without warning.
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) && storedDocuments(t, db) == 0 {
			time.Sleep(20 * time.Millisecond)
		}
		err := cmd.Process.Signal(syscall.SIGKILL)
		waitErr := cmd.Wait()
		if err == nil && waitErr != nil {
			killed = true // it was still running: the kill interrupted it
		}
	}
	if !killed {
		t.Skip("ingest finished before it could be killed on this machine")
	}
	t.Logf("killed with %d of %d documents stored", storedDocuments(t, db), n)

	out, err := exec.Command(binary, "ingest", "--db", db, "--json", corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("ingest after kill: %v\n%s", err, out)
	}
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := store.Check(ctx); err != nil {
		t.Fatalf("integrity: %v", err)
	}
	st, err := store.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != n {
		t.Errorf("documents = %d, want exactly %d", st.Documents, n)
	}
	// Each document holds exactly the claims its text gives: none lost to
	// the kill, none written twice.
	ex, err := newExtractor()
	if err != nil {
		t.Fatal(err)
	}
	claims, err := store.Claims(ctx, tally.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	perDoc := map[string]int{}
	for _, c := range claims {
		perDoc[c.Doc]++
	}
	docs, err := store.Documents(ctx, tally.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, d := range docs {
		full, err := store.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := len(ex.Extract(full))
		total += want
		if perDoc[d.ID] != want {
			t.Errorf("document %s holds %d claims, its text gives %d", d.ID, perDoc[d.ID], want)
		}
	}
	if len(claims) != total {
		t.Errorf("%d claims stored, documents give %d: some claim lacks its document", len(claims), total)
	}
}

// storedDocuments counts documents through a separate read-only connection,
// as another process would see them; 0 when the store does not exist yet.
func storedDocuments(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	conn, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return 0
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRow("SELECT count(*) FROM documents").Scan(&n); err != nil {
		return 0
	}
	return n
}
