package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"tally"
	"tally/bench/corpus"
	"tally/internal/ingest"
	"tally/internal/sqlite"
)

// memorySource yields n synthetic reports of about 4 KB, built as they are
// read so that the corpus itself takes no memory.
func memorySource(n int) source {
	return func(ctx context.Context, emit func(item) error) error {
		r := rand.New(rand.NewPCG(1, 2))
		for i := 0; i < n; i++ {
			text := corpus.Report(r, i, 4096)
			err := ingest.ReadFrom(ctx, fmt.Sprintf("report-%d.txt", i), strings.NewReader(text), ingest.Options{}, func(res ingest.Result) error {
				return emit(item{doc: res.Doc, err: res.Err})
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
}

// BenchmarkIngest runs the ingest pipeline (reading, extraction on every
// core, batched writes) over 10,000 and 40,000 reports of about 4 KB into a
// fresh SQLite store, reporting documents per second and the heap in use at
// the end, which must not grow with the corpus.
//
//	go test ./cmd/tally -run '^$' -bench Ingest -benchtime 1x
func BenchmarkIngest(b *testing.B) {
	ex, err := newExtractor()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10000, 40000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				benchmarkIngest(b, ex, n)
			}
		})
	}
}

func benchmarkIngest(b *testing.B, ex tally.Extractor, n int) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	var peak uint64
	p := &pipeline{store: store, extractor: ex, batchSize: 256, onWrite: func(ingestSummary) {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
	}}
	start := time.Now()
	sum, err := p.run(ctx, memorySource(n))
	if err != nil {
		b.Fatal(err)
	}
	if sum.New != n {
		b.Fatalf("ingested %d new of %d", sum.New, n)
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "docs/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(sum.Claims)/float64(n), "claims/doc")
}
