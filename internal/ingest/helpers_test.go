package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"tally"
)

// fixedNow is the clock of every test.
func fixedNow() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }

// collect reads one stream and returns its documents and errors in order.
func collect(t testing.TB, source string, data []byte, opts Options) ([]*tally.Document, []error) {
	t.Helper()
	if opts.Now == nil {
		opts.Now = fixedNow
	}
	var docs []*tally.Document
	var errs []error
	err := ReadFrom(context.Background(), source, strings.NewReader(string(data)), opts, func(r Result) error {
		if r.Err != nil {
			errs = append(errs, r.Err)
		} else {
			docs = append(docs, r.Doc)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFrom(%s) = %v", source, err)
	}
	return docs, errs
}

// samplePage is a news page of about 4 KB, in the shape of real ones:
// a head with metadata, navigation, a cookie banner, the report, related
// links, a footer and scripts. n varies its figures.
func samplePage(n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Clashes in the capital leave %[1]d dead | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger">
<meta property="og:title" content="Clashes in the capital leave %[1]d dead">
<meta property="article:published_time" content="2024-03-%02[2]dT08:30:00+03:00">
<meta name="author" content="Staff reporter">
<link rel="canonical" href="https://ledger.example/news/%[1]d">
<script>var tracker = {page: %[1]d}; function ping(){ return tracker; }</script>
<style>body { font-family: serif } .ad { display: block }</style>
</head><body>
<header><a href="/">Daily Ledger</a><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="cookies" onclick="accept()">This site keeps a small file on your device. <button onclick="ok()">Fine</button></div>
<main><article>
<h1>Clashes in the capital leave %[1]d dead</h1>
<p class="byline">By Staff reporter</p>
`, n, n%28+1)
	paras := []string{
		"At least %d people were killed and %d injured on Tuesday when police broke up a march of several thousand workers in the capital, the health ministry said.",
		"A rights group put the toll higher, saying %d had died by the evening and that the wounded were still arriving at two hospitals in the east of the city.",
		"Witnesses said the march began peacefully near the central station before officers fired tear gas and, later, live rounds at people who refused to leave the square.",
		"The interior minister said %d officers had been hurt and that the police had acted within the law, blaming what he called organised groups for the violence.",
		"Unions called a general strike for Thursday and said they would keep marching until the government withdrew a decree that cuts pensions by %d per cent.",
		"Opposition lawmakers demanded an inquiry, and the country's main bar association said %d of the people arrested on Tuesday had not yet been allowed to see a lawyer.",
	}
	for i, p := range paras {
		if strings.Contains(p, "%d %d") || strings.Count(p, "%d") == 2 {
			fmt.Fprintf(&b, "<p>"+p+"</p>\n", n+i, 3*n+i)
		} else if strings.Contains(p, "%d") {
			fmt.Fprintf(&b, "<p>"+p+"</p>\n", n*2+i)
		} else {
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
		}
	}
	b.WriteString(`</article>
<aside><h2>Related</h2><ul><li><a href="/a">Earlier protests</a></li><li><a href="/b">Pension reform explained</a></li><li><a href="/c">Newsletter</a></li></ul></aside></main>
<footer><p>Daily Ledger is an invented paper for tests.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
<script src="/app.js"></script><script>document.body.addEventListener('click', ping);</script>
</body></html>
`)
	return []byte(b.String())
}

// sampleText is a plain-text report of about 4 KB.
func sampleText(n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "Strike in the port enters day %d\n\n", n%40+2)
	for b.Len() < 4000 {
		fmt.Fprintf(&b, "Dock workers stayed away for the %dth day, the union said, and about %d ships waited at anchor outside the harbour. ", n%40+2, n%300+10)
		fmt.Fprintf(&b, "Police said %d people had been detained after scuffles at the gates, a figure the union disputed.\n\n", n%50+1)
	}
	return []byte(b.String())
}

func errorsIs(err, target error) bool { return errors.Is(err, target) }

func utf8Valid(b []byte) bool { return utf8.Valid(b) }

// charmapEncode writes s in windows-1256.
func charmapEncode(s string) (string, error) {
	return charmap.Windows1256.NewEncoder().String(s)
}

// unmarked is page without the <article> and <main> marks, so that
// readability has to find the report.
func unmarked(page []byte) []byte {
	return []byte(strings.NewReplacer("<article>", `<div class="story">`, "</article>", "</div>", "<main>", "<div>", "</main>", "</div>").Replace(string(page)))
}
