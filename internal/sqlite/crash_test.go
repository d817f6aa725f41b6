package sqlite_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"tally"
	"tally/internal/sqlite"
)

// crashEnv, when set, makes TestCrashLosesOnlyTheOpenBatch the child
// process that writes to the store it names until it is killed.
const crashEnv = "TALLY_SQLITE_CRASH_STORE"

const crashBatch = 40

// TestCrashLosesOnlyTheOpenBatch kills a process in the middle of writing
// batches and checks the store it leaves: sound, every batch it reported
// committed still there, the batch it was writing gone whole.
func TestCrashLosesOnlyTheOpenBatch(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		writeUntilKilled(t, path)
		return
	}
	path := filepath.Join(t.TempDir(), "tally.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLosesOnlyTheOpenBatch$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := 0
	lines := bufio.NewScanner(out)
	for committed < 5 && lines.Scan() {
		if n, ok := strings.CutPrefix(lines.Text(), "committed "); ok {
			committed, _ = strconv.Atoi(n)
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if committed < 5 {
		t.Fatalf("the writer reported %d batches before it ended; want 5", committed)
	}
	ctx := context.Background()
	db := mustOpen(t, path) // Check runs again at cleanup
	if err := db.Check(ctx); err != nil {
		t.Fatalf("Check after a crash: %v", err)
	}
	stats, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed after %d batches reported committed; the store holds %+v", committed, stats)
	if stats.Documents < committed*crashBatch || stats.Documents%crashBatch != 0 || stats.Claims != 2*stats.Documents {
		t.Errorf("after a crash with %d batches of %d committed: %+v; want whole batches, at least those, two claims a document",
			committed, crashBatch, stats)
	}
}

// writeUntilKilled is the child: it writes batches and reports each one
// committed, for at most a few seconds if no one kills it.
func writeUntilKilled(t *testing.T, path string) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for batch := 0; time.Now().Before(deadline); batch++ {
		docs := make([]tally.DocumentClaims, crashBatch)
		for i := range docs {
			docs[i] = testReport(batch*crashBatch + i)
		}
		if _, err := db.PutDocuments(ctx, docs); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("committed %d\n", batch+1)
	}
}
