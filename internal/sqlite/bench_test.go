package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"tally"
	"tally/internal/sqlite"
)

// benchDocs is the size of the benchmark's corpus.
const benchDocs = 10000

// BenchmarkPutDocuments stores 10,000 synthetic reports of about 4 KB with
// five claims each into a new file store, in batches of several sizes. It
// reports documents per second, allocations per document and how much the
// Go heap and the process's resident memory grew over the run (flat memory
// shows as growth that does not scale with the corpus).
func BenchmarkPutDocuments(b *testing.B) {
	corpus := syntheticCorpus(benchDocs)
	for _, batch := range []int{1, 100, 1000} {
		docs := corpus
		if batch == 1 {
			docs = corpus[:benchDocs/10] // one commit a document is slow: a tenth is enough to measure
		}
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			benchmarkPut(b, docs, batch)
		})
	}
}

func benchmarkPut(b *testing.B, docs []tally.DocumentClaims, batch int) {
	ctx := context.Background()
	b.ReportAllocs()
	var heapGrowth, rssGrowth, cpu, allocBytes, allocs float64
	for b.Loop() {
		b.StopTimer()
		db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		heap0, rss0 := memory()
		cpu0 := cpuSeconds()
		var m0 runtime.MemStats
		runtime.ReadMemStats(&m0)
		b.StartTimer()
		for start := 0; start < len(docs); start += batch {
			created, err := db.PutDocuments(ctx, docs[start:min(start+batch, len(docs))])
			if err != nil || !created[0] {
				b.Fatalf("PutDocuments = %v, %v", created[0], err)
			}
		}
		b.StopTimer()
		cpu += cpuSeconds() - cpu0
		var m1 runtime.MemStats
		runtime.ReadMemStats(&m1)
		allocBytes += float64(m1.TotalAlloc - m0.TotalAlloc)
		allocs += float64(m1.Mallocs - m0.Mallocs)
		heap1, rss1 := memory()
		heapGrowth, rssGrowth = max(heapGrowth, heap1-heap0), max(rssGrowth, rss1-rss0)
		db.Close()
		b.StartTimer()
	}
	perOp := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(docs))/perOp, "docs/s")
	// On a shared machine wall time says more about the neighbours than
	// about the store; documents per second of this process's CPU time
	// (all threads) does not.
	if cpu > 0 {
		b.ReportMetric(float64(len(docs)*b.N)/cpu, "docs/cpu-s")
	}
	stored := float64(len(docs) * b.N)
	b.ReportMetric(allocBytes/stored, "B/doc")
	b.ReportMetric(allocs/stored, "allocs/doc")
	b.ReportMetric(heapGrowth/(1<<20), "heap-MB")
	b.ReportMetric(rssGrowth/(1<<20), "rss-MB")
}

// memory returns the live Go heap after a collection and, where the
// system tells (Linux), the resident set size, in bytes.
func memory() (heap, rss float64) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return float64(m.HeapAlloc), 0
	}
	for line := range strings.Lines(string(status)) {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return float64(m.HeapAlloc), float64(kb) * 1024
		}
	}
	return float64(m.HeapAlloc), 0
}

// syntheticCorpus makes n distinct reports of about 4 KB of made-up
// sentences, five of which carry a claim, from a fixed seed.
func syntheticCorpus(n int) []tally.DocumentClaims {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the police said protesters gathered outside ministry building where crowds " +
		"chanted against rising prices while officials denied reports from witnesses and hospital staff " +
		"in several cities across provinces after security forces arrived late on monday evening")
	measures := []tally.Measure{tally.Killed, tally.Injured, tally.Arrested, tally.Participants, tally.Displaced}
	out := make([]tally.DocumentClaims, n)
	published := time.Date(2019, 11, 15, 8, 0, 0, 0, time.UTC)
	for i := range out {
		var text strings.Builder
		var spans [][2]int
		fmt.Fprintf(&text, "Report number %d. ", i)
		for text.Len() < 4000 {
			if text.Len() > len(spans)*800 && len(spans) < 5 {
				fig := strconv.Itoa(10+rng.IntN(5000)) + " people"
				text.WriteString("Witnesses said ")
				spans = append(spans, [2]int{text.Len(), text.Len() + len(fig)})
				text.WriteString(fig + " were affected. ")
				continue
			}
			text.WriteString(words[rng.IntN(len(words))])
			text.WriteByte(' ')
		}
		doc := &tally.Document{Source: "synthetic/" + strconv.Itoa(i) + ".txt", Publisher: "Synthetic Wire", Format: tally.FormatText,
			Published: published.Add(time.Duration(i) * time.Minute), Ingested: published, Text: text.String()}
		doc.Original = []byte(doc.Text)
		doc.ID = tally.DocumentID(doc.Original)
		claims := make([]tally.Claim, len(spans))
		for j, sp := range spans {
			low := tally.Int64(int64(j))
			claims[j] = tally.Claim{ID: tally.ClaimID(doc.ID, sp[0]), Doc: doc.ID, Span: [2]int{sp[0] - 15, sp[1] + 14},
				Quote: doc.Text[sp[0]-15 : sp[1]+14], FigureSpan: sp, Measure: measures[j],
				Figure:    tally.Figure{Low: low, High: low, Qualifier: tally.Exact, Unit: "person", Text: doc.Text[sp[0]:sp[1]]},
				EventType: tally.Protest, Claimant: &tally.Claimant{Name: "Witnesses", Cue: "said"}, Modality: tally.Reported,
				When:  &tally.When{Start: "2019-11-15", End: "2019-11-19", Text: "mid-November"},
				Where: []tally.Place{{Name: "Shiraz", Country: "IR", Lat: 29.61, Lon: 52.54}}}
		}
		out[i] = tally.DocumentClaims{Document: doc, Claims: claims}
	}
	return out
}

// BenchmarkQueries reads a store of 10,000 synthetic reports the ways the
// command line and the API do: claims by measure and by date, full-text
// search, one document.
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	corpus := syntheticCorpus(benchDocs)
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if _, err := db.PutDocuments(ctx, corpus); err != nil {
		b.Fatal(err)
	}
	since := time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC)
	queries := []struct {
		name string
		run  func() error
	}{
		{"claims by measure", func() error {
			_, err := db.Claims(ctx, tally.ClaimFilter{Measure: tally.Killed, Limit: 100})
			return err
		}},
		{"claims since a date", func() error {
			_, err := db.Claims(ctx, tally.ClaimFilter{Since: since, Limit: 100})
			return err
		}},
		{"claims by claimant", func() error {
			_, err := db.Claims(ctx, tally.ClaimFilter{Claimant: "witness", Limit: 100})
			return err
		}},
		{"documents by full text", func() error {
			_, err := db.Documents(ctx, tally.DocumentFilter{Query: `"security forces" ministry`, Limit: 20})
			return err
		}},
		{"claims by full text", func() error {
			_, err := db.Claims(ctx, tally.ClaimFilter{Query: "chanting", Measure: tally.Injured, Limit: 100})
			return err
		}},
		{"one document", func() error {
			_, err := db.Document(ctx, corpus[benchDocs/2].Document.ID)
			return err
		}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := q.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
