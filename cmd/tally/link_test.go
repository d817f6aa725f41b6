package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
	"tally/internal/demo"
	"tally/internal/sqlite"
)

// writeDemo copies the demo corpus's reports into dir, one file each.
func writeDemo(t *testing.T, dir string) []string {
	t.Helper()
	files, err := demo.Files()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, name := range files {
		b, err := fs.ReadFile(demo.Corpus, name)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.Base(name))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func eventsIn(t *testing.T, db string) []tally.Event {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	events, err := store.Events(ctx, tally.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(events, func(a, b tally.Event) int { return strings.Compare(a.ID, b.ID) })
	return events
}

// TestIncrementalLinkingIsOrderFree ingests the demo corpus at once, and
// again in three ingests in reversed and shuffled order: incremental
// linking must give the same events, with the same IDs.
func TestIncrementalLinkingIsOrderFree(t *testing.T) {
	paths := writeDemo(t, t.TempDir())
	whole := filepath.Join(t.TempDir(), "whole.db")
	if _, stderr, err := runTally(t, "", append([]string{"ingest", "--db", whole}, paths...)...); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	parts := filepath.Join(t.TempDir(), "parts.db")
	reversed := slices.Clone(paths)
	slices.Reverse(reversed)
	third := len(reversed) / 3
	for _, chunk := range [][]string{reversed[:third], reversed[2*third:], reversed[third : 2*third]} {
		if _, stderr, err := runTally(t, "", append([]string{"ingest", "--db", parts}, chunk...)...); err != nil {
			t.Fatalf("ingest: %v\n%s", err, stderr)
		}
	}
	want, got := eventsIn(t, whole), eventsIn(t, parts)
	if len(want) == 0 {
		t.Fatal("no events")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events after incremental ingests differ (-whole +parts):\n%s", diff)
	}
}
