package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemoCorpus reads the demo corpus, the development set of these
// rules' shapes: every page, feed item and JSON line must give a document
// with its publisher, publication time, title and text.
func TestDemoCorpus(t *testing.T) {
	dir := filepath.Join("..", "demo", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("skipped: demo corpus absent")
	}
	n := 0
	err := Read(context.Background(), []string{dir}, Options{Now: fixedNow}, func(r Result) error {
		if r.Err != nil {
			t.Errorf("error: %v", r.Err)
			return nil
		}
		d := r.Doc
		checkDocument(t, d)
		if strings.HasSuffix(d.Source, ".md") {
			return nil
		}
		n++
		if d.Publisher == "" || d.Published.IsZero() || d.Title == "" {
			t.Errorf("%s: publisher %q, published %v, title %q; want all three", d.Source, d.Publisher, d.Published, d.Title)
		}
		if strings.Contains(d.Text, "<") {
			t.Errorf("%s: markup in the text:\n%s", d.Source, d.Text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no documents in the demo corpus")
	}
	t.Logf("%d documents", n)
}
