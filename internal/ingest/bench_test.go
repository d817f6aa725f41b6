package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// benchDocs is the number of documents one benchmark iteration reads.
const benchDocs = 10000

// BenchmarkReadHTML reads 10,000 pages of about 4 KB each; docs/s is the
// figure that counts (the target is well above 2,000 on one core).
func BenchmarkReadHTML(b *testing.B) {
	benchmarkRead(b, samplePage)
}

// BenchmarkReadText reads 10,000 plain-text reports of about 4 KB each.
func BenchmarkReadText(b *testing.B) {
	benchmarkRead(b, sampleText)
}

func benchmarkRead(b *testing.B, sample func(int) []byte) {
	inputs := make([][]byte, benchDocs)
	for i := range inputs {
		inputs[i] = sample(i)
	}
	var size int64
	for _, in := range inputs {
		size += int64(len(in))
	}
	opts := Options{Now: fixedNow}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	docs := 0
	cpu0 := cpuTime()
	for b.Loop() {
		for i, in := range inputs {
			err := ReadFrom(context.Background(), "bench", bytes.NewReader(in), opts, func(r Result) error {
				if r.Err != nil {
					b.Fatalf("input %d: %v", i, r.Err)
				}
				docs++
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	reportRate(b, docs, cpuTime()-cpu0)
}

// reportRate reports documents per second of wall time and, where known,
// per second of CPU time.
func reportRate(b *testing.B, docs int, cpu time.Duration) {
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	if cpu > 0 {
		b.ReportMetric(float64(docs)/cpu.Seconds(), "docs/cpu-s")
	}
}

// BenchmarkReadHTMLReadability reads 10,000 pages that do not mark their
// report, so that readability finds it.
func BenchmarkReadHTMLReadability(b *testing.B) {
	benchmarkRead(b, func(i int) []byte { return unmarked(samplePage(i)) })
}

// BenchmarkReadDirectory reads a directory of 10,000 files, half pages and
// half texts, through Read: the path the command line takes.
func BenchmarkReadDirectory(b *testing.B) {
	dir := b.TempDir()
	for i := range benchDocs {
		name, data := fmt.Sprintf("%05d.txt", i), sampleText(i)
		if i%2 == 0 {
			name, data = fmt.Sprintf("%05d.html", i), samplePage(i)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	opts := Options{Now: fixedNow}
	b.ReportAllocs()
	b.ResetTimer()
	docs := 0
	cpu0 := cpuTime()
	for b.Loop() {
		err := Read(context.Background(), []string{dir}, opts, func(r Result) error {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
			docs++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, docs, cpuTime()-cpu0)
}
