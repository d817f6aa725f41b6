package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"tally"
)

// testConcurrentReadsDuringWrites runs readers beside a writer. Every
// document has three claims, so a reader that ever counts claims other
// than three times the documents has seen half a document.
func testConcurrentReadsDuringWrites(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	const docs, perBatch, readers = 120, 20, 4
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(done)
		for start := 0; start < docs; start += perBatch {
			var batch []tally.DocumentClaims
			for i := start; i < start+perBatch; i++ {
				r := numbered(i)
				batch = append(batch, tally.DocumentClaims{Document: r.doc, Claims: r.claims})
			}
			if _, err := s.PutDocuments(ctx, batch); err != nil {
				t.Errorf("PutDocuments: %v", err)
				return
			}
		}
	})
	for range readers {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				if err := readConsistent(ctx, s); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := readConsistent(ctx, s); err != nil {
		t.Error(err)
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != docs {
		t.Errorf("Stats.Documents = %d; want %d", stats.Documents, docs)
	}
}

// readConsistent reads as a user would and checks that no document is
// seen without all of its claims.
func readConsistent(ctx context.Context, s tally.Store) error {
	stats, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	if stats.Claims != 3*stats.Documents {
		return fmt.Errorf("stats: %d claims for %d documents; want three each", stats.Claims, stats.Documents)
	}
	docs, err := s.Documents(ctx, tally.DocumentFilter{Limit: 5})
	if err != nil {
		return err
	}
	for _, d := range docs {
		claims, err := s.Claims(ctx, tally.ClaimFilter{Doc: d.ID})
		if err != nil {
			return err
		}
		if len(claims) != 3 {
			return fmt.Errorf("document %s: %d claims; want 3", d.ID, len(claims))
		}
	}
	return nil
}

// numbered is the i-th synthetic report of the concurrency test.
func numbered(i int) *report {
	r := newReport(fmt.Sprintf("Bulletin %d. Police said %d people were detained in the square. "+
		"Medics said %d were hurt. Organisers said %d marched.", i, 1000+i, 2000+i, 3000+i),
		"Example Wire", day(2020, 1, 1+i%28))
	r.claim(fmt.Sprintf("%d people", 1000+i), tally.Arrested, tally.Int64(int64(1000+i)), tally.Int64(int64(1000+i)), by("Police"))
	r.claim(fmt.Sprintf("%d were hurt", 2000+i), tally.Injured, tally.Int64(int64(2000+i)), tally.Int64(int64(2000+i)), by("Medics"))
	r.claim(fmt.Sprintf("%d marched", 3000+i), tally.Participants, tally.Int64(int64(3000+i)), tally.Int64(int64(3000+i)), by("Organisers"))
	return r
}
