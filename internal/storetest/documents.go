package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func testDocumentRoundTrip(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	r := fullClaim()
	created, err := s.PutDocument(ctx, r.doc, r.claims)
	if err != nil || !created {
		t.Fatalf("PutDocument = %v, %v; want true, nil", created, err)
	}
	got, err := s.Document(ctx, r.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := *r.doc
	want.Original = nil
	if diff := cmp.Diff(got, &want); diff != "" {
		t.Errorf("Document (-got +want):\n%s", diff)
	}
	original, err := s.Original(ctx, r.doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(original, r.doc.Original); diff != "" {
		t.Errorf("Original (-got +want):\n%s", diff)
	}
	has, err := s.HasDocument(ctx, r.doc.ID)
	if err != nil || !has {
		t.Errorf("HasDocument = %v, %v; want true, nil", has, err)
	}
	listed, err := s.Documents(ctx, tally.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want.Text = ""
	if diff := cmp.Diff(listed, []tally.Document{want}); diff != "" {
		t.Errorf("Documents lists without text (-got +want):\n%s", diff)
	}
}

func testDuplicateDocument(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	c := newCorpus()
	put(t, s, c.amnesty)
	// The same bytes again, even with other claims, add nothing.
	again := *c.amnesty
	again.claims = c.amnesty.claims[:1]
	created, err := s.PutDocument(ctx, again.doc, again.claims)
	if err != nil || created {
		t.Errorf("PutDocument again = %v, %v; want false, nil", created, err)
	}
	batch := []tally.DocumentClaims{
		{Document: c.lawmaker.doc, Claims: c.lawmaker.claims},
		{Document: c.amnesty.doc, Claims: c.amnesty.claims},
		{Document: c.lawmaker.doc, Claims: c.lawmaker.claims},
	}
	got, err := s.PutDocuments(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, []bool{true, false, false}); diff != "" {
		t.Errorf("PutDocuments created (-got +want):\n%s", diff)
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := tally.Stats{Documents: 2, Claims: len(c.amnesty.claims) + len(c.lawmaker.claims)}
	if diff := cmp.Diff(stats, want); diff != "" {
		t.Errorf("Stats after duplicates (-got +want):\n%s", diff)
	}
}

func testBatchWithBadDocument(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	c := newCorpus()
	twice := newReport("Medics said 40 people were hurt and 40 more were treated at home.", "Example Wire", day(2020, 1, 2))
	twice.claim("40 people", tally.Injured, tally.Int64(40), tally.Int64(40))
	twice.claims = append(twice.claims, twice.claims[0]) // the same claim ID twice
	noID := &tally.Document{Text: "A document that lost its ID.", Format: tally.FormatText}
	batch := []tally.DocumentClaims{
		{Document: c.amnesty.doc, Claims: c.amnesty.claims},
		{Document: twice.doc, Claims: twice.claims},
		{Document: noID},
		{Document: nil},
		{Document: c.strike.doc, Claims: c.strike.claims},
	}
	created, err := s.PutDocuments(ctx, batch)
	if !errors.Is(err, tally.ErrInvalid) {
		t.Errorf("PutDocuments error = %v; want one wrapping %v", err, tally.ErrInvalid)
	}
	var input *tally.InputError
	if !errors.As(err, &input) || !strings.Contains(input.Item, twice.doc.ID) {
		t.Errorf("PutDocuments error = %v; want a *tally.InputError naming document %s first", err, twice.doc.ID)
	}
	if diff := cmp.Diff(created, []bool{true, false, false, false, true}); diff != "" {
		t.Errorf("PutDocuments created (-got +want):\n%s", diff)
	}
	has, err := s.HasDocument(ctx, twice.doc.ID)
	if err != nil || has {
		t.Errorf("HasDocument(bad document) = %v, %v; want false, nil", has, err)
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := tally.Stats{Documents: 2, Claims: len(c.amnesty.claims) + len(c.strike.claims)}
	if diff := cmp.Diff(stats, want); diff != "" {
		t.Errorf("Stats (-got +want):\n%s", diff)
	}
	if _, err := s.PutDocument(ctx, twice.doc, twice.claims); !errors.Is(err, tally.ErrInvalid) {
		t.Errorf("PutDocument(claim twice) error = %v; want one wrapping %v", err, tally.ErrInvalid)
	}
	testClaimIDTaken(t, s, c)
}

// testClaimIDTaken stores a document whose last claim reuses the ID of a
// stored claim: the store finds out only after writing the document and
// its first claim, and must undo both.
func testClaimIDTaken(t *testing.T, s tally.Store, c corpus) {
	ctx := context.Background()
	r := newCorpus().lawmaker
	r.claims[1].ID = c.amnesty.claims[0].ID
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	created, err := s.PutDocuments(ctx, []tally.DocumentClaims{{Document: r.doc, Claims: r.claims}, {Document: c.court.doc, Claims: c.court.claims}})
	if !errors.Is(err, tally.ErrInvalid) {
		t.Errorf("PutDocuments(claim ID of another document) error = %v; want one wrapping %v", err, tally.ErrInvalid)
	}
	if diff := cmp.Diff(created, []bool{false, true}); diff != "" {
		t.Errorf("PutDocuments created (-got +want):\n%s", diff)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := tally.Stats{Documents: before.Documents + 1, Claims: before.Claims + len(c.court.claims)}
	if diff := cmp.Diff(after, want); diff != "" {
		t.Errorf("Stats (-got +want):\n%s", diff)
	}
	if _, err := s.Original(ctx, r.doc.ID); !errors.Is(err, tally.ErrNotFound) {
		t.Errorf("Original(refused document) error = %v; want one wrapping %v", err, tally.ErrNotFound)
	}
}

func testNotFound(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	put(t, s, newCorpus().amnesty)
	const missing = "sha256:0000000000000000000000000000000000000000000000000000000000000000"
	tests := []struct {
		name string
		call func() (any, error)
	}{
		{"Document", func() (any, error) { return s.Document(ctx, missing) }},
		{"Original", func() (any, error) { return s.Original(ctx, missing) }},
		{"Claim", func() (any, error) { return s.Claim(ctx, "cl_0000000000000000") }},
		{"Event", func() (any, error) { return s.Event(ctx, "ev_0000000000000000") }},
	}
	for _, tt := range tests {
		got, err := tt.call()
		if !errors.Is(err, tally.ErrNotFound) {
			t.Errorf("%s(missing) error = %v; want one wrapping %v", tt.name, err, tally.ErrNotFound)
		}
		if !isNil(got) {
			t.Errorf("%s(missing) = %v; want nil", tt.name, got)
		}
	}
	has, err := s.HasDocument(ctx, missing)
	if err != nil || has {
		t.Errorf("HasDocument(missing) = %v, %v; want false, nil", has, err)
	}
}

// isNil reports whether v is nil or a nil pointer or slice in an interface.
func isNil(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case *tally.Document:
		return v == nil
	case *tally.Claim:
		return v == nil
	case *tally.Event:
		return v == nil
	case []byte:
		return v == nil
	}
	return false
}

func testDocumentFilters(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	c := newCorpus()
	put(t, s, c.all()...)
	tests := []struct {
		name string
		f    tally.DocumentFilter
		want []*report
	}{
		{"all newest first, undated last", tally.DocumentFilter{}, []*report{c.strike, c.amnesty, c.lawmaker, c.court}},
		{"publisher", tally.DocumentFilter{Publisher: "Example Wire"}, []*report{c.strike, c.amnesty}},
		{"publisher ignores case", tally.DocumentFilter{Publisher: "example wire"}, []*report{c.strike, c.amnesty}},
		{"publisher is whole", tally.DocumentFilter{Publisher: "Example"}, nil},
		{"since", tally.DocumentFilter{Since: day(2020, time.January, 1)}, []*report{c.strike, c.amnesty}},
		{"since on the dot", tally.DocumentFilter{Since: c.amnesty.doc.Published}, []*report{c.strike, c.amnesty}},
		{"until", tally.DocumentFilter{Until: day(2020, time.May, 20)}, []*report{c.amnesty, c.lawmaker}},
		{"window", tally.DocumentFilter{Since: day(2019, time.December, 4), Until: day(2021, time.January, 1)}, []*report{c.amnesty}},
		{"query", tally.DocumentFilter{Query: "killed"}, []*report{c.amnesty, c.lawmaker}},
		{"query and publisher", tally.DocumentFilter{Query: "killed", Publisher: "Daily Example"}, []*report{c.lawmaker}},
		{"limit", tally.DocumentFilter{Limit: 2}, []*report{c.strike, c.amnesty}},
		{"offset", tally.DocumentFilter{Limit: 2, Offset: 2}, []*report{c.lawmaker, c.court}},
		{"offset alone", tally.DocumentFilter{Offset: 3}, []*report{c.court}},
		{"offset past the end", tally.DocumentFilter{Offset: 10}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := s.Documents(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, d := range docs {
				got = append(got, d.ID)
				if d.Text != "" {
					t.Errorf("Documents returned text for %s", d.ID)
				}
			}
			for _, r := range tt.want {
				want = append(want, r.doc.ID)
			}
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("Documents(%+v) (-got +want):\n%s", tt.f, diff)
			}
		})
	}
}

func testStats(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	got, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, tally.Stats{}); diff != "" {
		t.Errorf("Stats of an empty store (-got +want):\n%s", diff)
	}
	c := newCorpus()
	put(t, s, c.all()...)
	ev := tally.Event{ID: "ev_1", EventType: tally.Protest, Claims: []string{c.amnesty.claims[0].ID}}
	if err := s.ReplaceEvents(ctx, nil, []tally.Event{ev}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSources(ctx, []tally.Source{{Name: "Amnesty International", Kind: tally.RightsGroup}}); err != nil {
		t.Fatal(err)
	}
	got, err = s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := tally.Stats{Documents: 4, Claims: 6, Events: 1, Sources: 1}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("Stats (-got +want):\n%s", diff)
	}
}

// testLargeBatch stores more documents in one call than a store is likely
// to put in one transaction, with a bad one near the end.
func testLargeBatch(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	const n, bad = 700, 650
	batch := make([]tally.DocumentClaims, n)
	want := make([]bool, n)
	for i := range batch {
		r := numbered(i)
		batch[i] = tally.DocumentClaims{Document: r.doc, Claims: r.claims}
		want[i] = i != bad
	}
	batch[bad].Claims[2].ID = batch[bad].Claims[0].ID
	created, err := s.PutDocuments(ctx, batch)
	if !errors.Is(err, tally.ErrInvalid) {
		t.Errorf("PutDocuments error = %v; want one wrapping %v", err, tally.ErrInvalid)
	}
	if diff := cmp.Diff(created, want); diff != "" {
		t.Errorf("PutDocuments created (-got +want):\n%s", diff)
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(stats, tally.Stats{Documents: n - 1, Claims: 3 * (n - 1)}); diff != "" {
		t.Errorf("Stats (-got +want):\n%s", diff)
	}
	docs, err := s.Documents(ctx, tally.DocumentFilter{Query: "Bulletin", Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != n-1 {
		t.Errorf("full-text search found %d of the batch's %d documents", len(docs), n-1)
	}
}

// testCanceledContext: a write whose context has ended stores nothing.
func testCanceledContext(t *testing.T, open Opener) {
	s := open(t)
	c := newCorpus()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutDocuments(ctx, []tally.DocumentClaims{{Document: c.amnesty.doc, Claims: c.amnesty.claims}}); !errors.Is(err, context.Canceled) {
		t.Errorf("PutDocuments(canceled) error = %v; want one wrapping %v", err, context.Canceled)
	}
	if err := s.ReplaceEvents(ctx, nil, []tally.Event{{ID: "ev_1"}}); !errors.Is(err, context.Canceled) {
		t.Errorf("ReplaceEvents(canceled) error = %v; want one wrapping %v", err, context.Canceled)
	}
	stats, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(stats, tally.Stats{}); diff != "" {
		t.Errorf("Stats after canceled writes (-got +want):\n%s", diff)
	}
}
