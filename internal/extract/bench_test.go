package extract

import (
	"syscall"
	"testing"
	"time"

	"tally"
	"tally/internal/extract/place"
	"tally/internal/extract/timex"
)

// BenchmarkExtract measures the whole extractor over >= 10 MB of generated
// news-like text (corpus_test.go): "full" with the embedded gazetteer and
// the real date finder, "places" with the gazetteer but no dates, "own"
// with neither, to show this package's share.
func BenchmarkExtract(b *testing.B) {
	texts := newsCorpus(1, 10<<20)
	docs := make([]*tally.Document, len(texts))
	size := 0
	for i, t := range texts {
		docs[i] = &tally.Document{ID: tally.DocumentID([]byte(t)), Text: t, Published: time.Date(2022, 10, 1, 0, 0, 0, 0, time.UTC)}
		size += len(t)
	}
	places, err := place.Default()
	if err != nil {
		b.Logf("place.Default: %v: measuring without places", err)
		places = nil
	}
	full := New(Options{Places: places})
	own := New(Options{})
	own.times = func(string, time.Time) []timex.Expr { return nil }
	withPlaces := New(Options{Places: places})
	withPlaces.times = own.times
	for _, bc := range []struct {
		name string
		e    *Extractor
	}{{"full", full}, {"places", withPlaces}, {"own", own}} {
		b.Run(bc.name, func(b *testing.B) {
			// Warm up: the gazetteer loads on first use, once per process.
			for _, d := range docs[:min(len(docs), 100)] {
				bc.e.Extract(d)
			}
			// How many claims the text gives: the work of a document grows
			// with its figures, so a speed is read beside this count.
			claims := 0
			for _, d := range docs {
				claims += len(bc.e.Extract(d))
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					bc.e.Extract(d)
				}
			}
			cpu := cpuTime() - cpu0
			b.ReportMetric(float64(len(docs)), "docs/op")
			b.ReportMetric(float64(claims), "claims/op")
			if cpu > 0 {
				// On a shared machine wall time counts other processes'
				// work; process CPU time (GC included) does not.
				b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpuMB/s")
			}
		})
	}
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkExtractLongSentence guards against work that grows with figures
// times sentence length: one 200 KB "sentence" holding thousands of
// figures and cues.
func BenchmarkExtractLongSentence(b *testing.B) {
	var text []byte
	for len(text) < 200<<10 {
		text = append(text, "officials said 12 people were killed, it said, and 30 were held; "...)
	}
	d := &tally.Document{ID: "sha256:long", Text: string(text)}
	e := New(Options{})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		e.Extract(d)
	}
}
