package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
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
// them to the store in batches, each document all-or-nothing. Three stages
// overlap: reading, extraction (one goroutine per document, at most one per
// core running), and writing (one batch at a time while the next fills).
// Memory stays flat: at most a few batches are in flight whatever the
// corpus size.
type pipeline struct {
	store     tally.DocumentStore
	extractor tally.Extractor
	workers   int
	batchSize int
	keep      bool                  // keep the new claims in the summary, for linking
	onFailure func(err error)       // called once per bad input, in order
	onWrite   func(s ingestSummary) // called after each batch is written

	mu       sync.Mutex // guards the summary that collect and writeAll share
	reportMu sync.Mutex // serialises onFailure
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	New       int           `json:"new"`
	Unchanged int           `json:"unchanged"`
	Failed    int           `json:"failed"`
	Claims    int           `json:"claims"`
	Elapsed   time.Duration `json:"-"`
	Seconds   float64       `json:"seconds"`
	NewClaims []tally.Claim `json:"-"` // the claims written, when kept for linking
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
	// that failures are reported and documents written in input order. The
	// slots hold a batch's worth of documents, so that extraction goes on
	// while a batch is written.
	slots := make(chan chan extracted, p.batchSize)
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
	sum, err := p.collect(ctx, slots)
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

// collect gathers the results in order into batches and hands each to a
// writer goroutine, so that the next batch fills while one is written.
func (p *pipeline) collect(ctx context.Context, slots <-chan chan extracted) (ingestSummary, error) {
	var sum ingestSummary // Failed and Unchanged before the store; the writer adds the rest
	batches := make(chan []tally.DocumentClaims, 1)
	written := make(chan error, 1)
	go func() { written <- p.writeAll(ctx, batches, &sum) }()

	batch := make([]tally.DocumentClaims, 0, p.batchSize)
	inBatch := map[string]bool{} // the same bytes twice in one batch count once
	var err error
	for slot := range slots {
		r := <-slot
		switch {
		case r.err != nil:
			p.fail(&sum, r.err)
		case r.unchanged || inBatch[r.doc.ID]:
			p.count(&sum, func(s *ingestSummary) { s.Unchanged++ })
		default:
			inBatch[r.doc.ID] = true
			batch = append(batch, tally.DocumentClaims{Document: r.doc, Claims: r.claims})
		}
		if len(batch) >= p.batchSize {
			if err = p.send(ctx, batches, batch); err != nil {
				break
			}
			batch = make([]tally.DocumentClaims, 0, p.batchSize)
			clear(inBatch)
		}
	}
	if err == nil && len(batch) > 0 {
		err = p.send(ctx, batches, batch)
	}
	close(batches)
	if werr := <-written; werr != nil {
		return p.snapshot(&sum), werr
	}
	return p.snapshot(&sum), err
}

func (p *pipeline) send(ctx context.Context, batches chan<- []tally.DocumentClaims, batch []tally.DocumentClaims) error {
	select {
	case batches <- batch:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// writeAll writes batches until the channel closes or a write fails; after a
// failure it drains the channel so that the collector never blocks.
func (p *pipeline) writeAll(ctx context.Context, batches <-chan []tally.DocumentClaims, sum *ingestSummary) error {
	var failed error
	for batch := range batches {
		if failed != nil {
			continue
		}
		created, err := p.store.PutDocuments(ctx, batch)
		if err := p.refused(sum, err); err != nil {
			failed = fmt.Errorf("write documents: %w", err)
			continue
		}
		p.count(sum, func(s *ingestSummary) {
			for i, ok := range created {
				if !ok {
					s.Unchanged++
					continue
				}
				s.New++
				s.Claims += len(batch[i].Claims)
				if p.keep {
					s.NewClaims = append(s.NewClaims, batch[i].Claims...)
				}
			}
		})
		if p.onWrite != nil {
			p.onWrite(p.snapshot(sum))
		}
	}
	return failed
}

// refused reports the documents the store refused one by one (each a
// *tally.InputError) as failures, and returns what is left: an error that
// lost a whole batch.
func (p *pipeline) refused(sum *ingestSummary, err error) error {
	if err == nil {
		return nil
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	var fatal []error
	for _, e := range errs {
		var ie *tally.InputError
		if errors.As(e, &ie) {
			p.fail(sum, e)
		} else {
			fatal = append(fatal, e)
		}
	}
	return errors.Join(fatal...)
}

// fail counts and reports one bad input; the collector and the writer both
// report.
func (p *pipeline) fail(sum *ingestSummary, err error) {
	p.count(sum, func(s *ingestSummary) { s.Failed++ })
	if p.onFailure != nil {
		p.reportMu.Lock()
		defer p.reportMu.Unlock()
		p.onFailure(err)
	}
}

// count changes the summary under the pipeline's lock: the collector and
// the writer both count.
func (p *pipeline) count(sum *ingestSummary, change func(*ingestSummary)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	change(sum)
}

// snapshot copies the summary under the lock.
func (p *pipeline) snapshot(sum *ingestSummary) ingestSummary {
	p.mu.Lock()
	defer p.mu.Unlock()
	return *sum
}
