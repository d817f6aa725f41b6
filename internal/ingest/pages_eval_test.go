package ingest

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestReadabilityPages measures the text of pages against the test pages
// that ship with go-readability: for each page whose expected metadata
// says it is readable, the words of tally's text are compared with the
// words of the article that readability.js expects. These pages were a
// development set for the rules in html.go and render.go; they are read
// where the module cache holds them and never copied here.
func TestReadabilityPages(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped: reads the module's test pages")
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	dir := filepath.Join(strings.TrimSpace(string(out)), "test-pages")
	if _, serr := os.Stat(dir); err != nil || serr != nil {
		t.Skip("skipped: data absent (go-readability's test pages)")
	}
	pages, _ := os.ReadDir(dir)
	var sumP, sumR float64
	n := 0
	for _, p := range pages {
		prec, rec, ok := scorePage(t, filepath.Join(dir, p.Name()))
		if !ok {
			continue
		}
		n++
		sumP += prec
		sumR += rec
		if prec < 0.8 || rec < 0.8 {
			t.Logf("miss: %-32s precision %.2f recall %.2f", p.Name(), prec, rec)
		}
	}
	if n == 0 {
		t.Skip("skipped: no readable test pages")
	}
	meanP, meanR := sumP/float64(n), sumR/float64(n)
	t.Logf("%d pages: mean word precision %.3f, recall %.3f", n, meanP, meanR)
	// A floor a little under what was measured, to catch regressions.
	if meanP < 0.95 || meanR < 0.95 {
		t.Errorf("mean precision %.3f, recall %.3f; want both at least 0.95", meanP, meanR)
	}
}

// scorePage reads one test page and scores its text against the expected
// article; ok is false for a page that is not meant to be readable.
func scorePage(t *testing.T, dir string) (prec, rec float64, ok bool) {
	src, err1 := os.ReadFile(filepath.Join(dir, "source.html"))
	exp, err2 := os.ReadFile(filepath.Join(dir, "expected.html"))
	metaJSON, _ := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
	var meta struct {
		Readerable *bool `json:"readerable"`
	}
	json.Unmarshal(metaJSON, &meta)
	if err1 != nil || err2 != nil || (meta.Readerable != nil && !*meta.Readerable) {
		return 0, 0, false
	}
	expRoot, err := html.Parse(strings.NewReader(string(exp)))
	if err != nil {
		return 0, 0, false
	}
	docs, errs := collect(t, filepath.Base(dir), src, Options{})
	if len(docs) != 1 || len(errs) > 0 {
		t.Logf("miss: %s: %d documents, errors %v", filepath.Base(dir), len(docs), errs)
		return 0, 0, true
	}
	got, want := wordCounts(docs[0].Text), wordCounts(renderText(expRoot, false))
	return shared(got, want), shared(want, got), true
}

func wordCounts(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		m[w]++
	}
	return m
}

// shared is the share of a's words, counted with repeats, found in b.
func shared(a, b map[string]int) float64 {
	common, total := 0, 0
	for w, n := range a {
		total += n
		common += min(n, b[w])
	}
	if total == 0 {
		return 0
	}
	return float64(common) / float64(total)
}
