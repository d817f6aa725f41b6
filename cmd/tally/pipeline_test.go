package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"tally"
)

// refusingStore stores every document but those whose text says "refuse",
// which it refuses one by one, as the SQLite store does.
type refusingStore struct {
	tally.DocumentStore
	stored int
}

func (s *refusingStore) HasDocument(context.Context, string) (bool, error) { return false, nil }

func (s *refusingStore) PutDocuments(_ context.Context, docs []tally.DocumentClaims) ([]bool, error) {
	created := make([]bool, len(docs))
	var errs []error
	for i, d := range docs {
		if strings.Contains(d.Document.Text, "refuse") {
			errs = append(errs, &tally.InputError{Source: d.Document.Source, Err: fmt.Errorf("claim ID held elsewhere: %w", tally.ErrInvalid)})
			continue
		}
		created[i] = true
		s.stored++
	}
	return created, errors.Join(errs...)
}

type noClaims struct{}

func (noClaims) Extract(*tally.Document) []tally.Claim { return nil }

func TestPipelineReportsRefusedDocumentsAndGoesOn(t *testing.T) {
	store := &refusingStore{}
	var failures []string
	p := &pipeline{store: store, extractor: noClaims{}, batchSize: 4, onFailure: func(err error) { failures = append(failures, err.Error()) }}
	src := func(ctx context.Context, emit func(item) error) error {
		for i := range 10 {
			text := "fine"
			if i%3 == 0 {
				text = "refuse me"
			}
			doc := &tally.Document{ID: fmt.Sprint("d", i), Source: fmt.Sprint("f", i), Text: text}
			if err := emit(item{doc: doc}); err != nil {
				return err
			}
		}
		return emit(item{err: &tally.InputError{Source: "bad", Err: tally.ErrEmpty}})
	}
	sum, err := p.run(context.Background(), src)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if sum.New != 6 || sum.Failed != 5 || store.stored != 6 {
		t.Errorf("summary %+v, stored %d: want 6 new, 5 failed", sum, store.stored)
	}
	if len(failures) != 5 || !strings.Contains(strings.Join(failures, "\n"), "f3: claim ID held elsewhere") {
		t.Errorf("failures reported: %q", failures)
	}
}
