package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"tally"
)

// item is one document read, or one input that could not be read.
type item struct {
	doc *tally.Document
	err error
}

// source emits the items of an ingest in order; it stops early when emit
// returns an error.
type source func(ctx context.Context, emit func(item) error) error

// pipeline reads documents, extracts their claims on every core and writes
// them to the store in batches, each document all-or-nothing. Memory stays
// flat: at most a few batches are in flight whatever the corpus size.
type pipeline struct {
	store     tally.DocumentStore
	extractor tally.Extractor
	workers   int
	batchSize int
	onFailure func(err error)       // called once per bad input, in order
	onWrite   func(s ingestSummary) // called after each batch is written
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	New       int           `json:"new"`
	Unchanged int           `json:"unchanged"`
	Failed    int           `json:"failed"`
	Claims    int           `json:"claims"`
	Elapsed   time.Duration `json:"-"`
	Seconds   float64       `json:"seconds"`
	NewClaims []tally.Claim `json:"-"` // the claims written, for linking
}

// docsPerSecond is the rate of documents read, new or unchanged.
func (s ingestSummary) docsPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.New+s.Unchanged) / s.Elapsed.Seconds()
}

type extracted struct {
	doc       *tally.Document
	claims    []tally.Claim
	unchanged bool
	err       error
}

func (p *pipeline) run(ctx context.Context, src source) (ingestSummary, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := p.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Items keep their order through the workers (one result slot each) so
	// that failures are reported and documents written in input order.
	slots := make(chan chan extracted, workers*4)
	sem := make(chan struct{}, workers)
	var readErr error
	go func() {
		defer close(slots)
		readErr = src(ctx, func(it item) error {
			slot := make(chan extracted, 1)
			select {
			case slots <- slot:
			case <-ctx.Done():
				return ctx.Err()
			}
			go p.extract(ctx, it, slot, sem)
			return nil
		})
	}()
	sum, err := p.write(ctx, slots)
	sum.Elapsed = time.Since(start)
	sum.Seconds = sum.Elapsed.Seconds()
	if err != nil {
		cancel()
		for range slots { // let the reader stop
		}
		return sum, err
	}
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return sum, readErr
	}
	return sum, ctx.Err()
}

func (p *pipeline) extract(ctx context.Context, it item, slot chan<- extracted, sem chan struct{}) {
	if it.err != nil {
		slot <- extracted{err: it.err}
		return
	}
	sem <- struct{}{}
	defer func() { <-sem }()
	seen, err := p.store.HasDocument(ctx, it.doc.ID)
	if err != nil {
		slot <- extracted{doc: it.doc, err: err}
		return
	}
	if seen {
		slot <- extracted{doc: it.doc, unchanged: true}
		return
	}
	slot <- extracted{doc: it.doc, claims: p.extractor.Extract(it.doc)}
}

func (p *pipeline) write(ctx context.Context, slots <-chan chan extracted) (ingestSummary, error) {
	var sum ingestSummary
	batch := make([]tally.DocumentClaims, 0, p.batchSize)
	inBatch := map[string]bool{} // the same bytes twice in one batch count once
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		created, err := p.store.PutDocuments(ctx, batch)
		if err != nil {
			return fmt.Errorf("write documents: %w", err)
		}
		for i, ok := range created {
			if !ok {
				sum.Unchanged++
				continue
			}
			sum.New++
			sum.Claims += len(batch[i].Claims)
			sum.NewClaims = append(sum.NewClaims, batch[i].Claims...)
		}
		batch = batch[:0]
		clear(inBatch)
		if p.onWrite != nil {
			p.onWrite(sum)
		}
		return nil
	}
	for slot := range slots {
		r := <-slot
		switch {
		case r.err != nil:
			sum.Failed++
			if p.onFailure != nil {
				p.onFailure(r.err)
			}
		case r.unchanged || inBatch[r.doc.ID]:
			sum.Unchanged++
		default:
			inBatch[r.doc.ID] = true
			batch = append(batch, tally.DocumentClaims{Document: r.doc, Claims: r.claims})
		}
		if len(batch) >= p.batchSize {
			if err := flush(); err != nil {
				return sum, err
			}
		}
	}
	return sum, flush()
}
