// Package storetest is the one suite that every tally.Store must pass,
// whatever holds the data: each implementation's tests call Run with a
// function that opens a new, empty store.
//
// The suite checks what callers rely on and the Store interface promises:
// every field of documents, claims, events and sources survives a round
// trip; a document is stored once, all or nothing; filters select what
// they say; what is missing is tally.ErrNotFound; a malformed filter is
// tally.ErrInvalid; ReplaceEvents replaces; readers running beside a
// writer never see half a document.
//
// It also pins down choices the interface leaves open, so that every
// store makes them alike:
//   - a claim stored with an empty Doc, Publisher or Published takes its
//     document's, and claims are listed by their place in the text;
//   - PutDocuments stores the good documents of a batch and reports each
//     refused one as a *tally.InputError (wrapping tally.ErrInvalid when
//     the input is at fault) joined into its error;
//   - Claims' Since and Until keep claims whose When overlaps the window,
//     a When with only a start or an end being that one day;
//   - Documents lists newest first, undated last; Events latest first,
//     undated last; Sources by name;
//   - a claim held by an event and by its sub-event maps to the sub-event
//     in EventsOfClaims;
//   - full-text queries follow the small language of internal/sqlite:
//     words, "phrases", prefix*, OR, -word and NOT word.
package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"tally"
)

// Opener returns a new, empty store for one test. It arranges the store's
// Close itself (with t.Cleanup); the suite may close it earlier.
type Opener func(t *testing.T) tally.Store

// Run runs the whole suite, each part as a subtest with its own store.
func Run(t *testing.T, open func(t *testing.T) tally.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, open Opener)
	}{
		{"DocumentRoundTrip", testDocumentRoundTrip},
		{"ClaimRoundTrip", testClaimRoundTrip},
		{"ClaimDefaults", testClaimDefaults},
		{"DuplicateDocument", testDuplicateDocument},
		{"BatchWithBadDocument", testBatchWithBadDocument},
		{"LargeBatch", testLargeBatch},
		{"CanceledContext", testCanceledContext},
		{"NotFound", testNotFound},
		{"DocumentFilters", testDocumentFilters},
		{"ClaimFilters", testClaimFilters},
		{"ClaimWhenWindow", testClaimWhenWindow},
		{"FullText", testFullText},
		{"FullTextInvalid", testFullTextInvalid},
		{"InvalidPage", testInvalidPage},
		{"EventRoundTrip", testEventRoundTrip},
		{"ReplaceEvents", testReplaceEvents},
		{"EventFilters", testEventFilters},
		{"EventsOfClaims", testEventsOfClaims},
		{"Sources", testSources},
		{"Stats", testStats},
		{"ConcurrentReadsDuringWrites", testConcurrentReadsDuringWrites},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t, open) })
	}
}

// report is a made-up news item for the suite: clean text, the original
// it came from, and the claims on it.
type report struct {
	doc    *tally.Document
	claims []tally.Claim
}

// newReport builds a document whose clean text is text, published at
// published (zero for unknown) by publisher.
func newReport(text, publisher string, published time.Time) *report {
	original := []byte("<html><body><p>" + text + "</p></body></html>")
	return &report{doc: &tally.Document{
		ID:        tally.DocumentID(original),
		Source:    "testdata/" + strings.ToLower(strings.ReplaceAll(publisher, " ", "-")) + ".html",
		Publisher: publisher,
		Format:    tally.FormatHTML,
		Published: published,
		Ingested:  time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC),
		Text:      text,
		Original:  original,
	}}
}

// claim adds a claim on the first occurrence of figure in the report's
// text, inside the sentence that holds it. Its date, claimant and place
// are set by the options.
func (r *report) claim(figure string, m tally.Measure, low, high *int64, opts ...func(*tally.Claim)) *report {
	text := r.doc.Text
	at := strings.Index(text, figure)
	if at < 0 {
		panic("storetest: figure " + figure + " not in text")
	}
	start := strings.LastIndex(text[:at], ". ") + 1
	if start > 0 {
		start++
	}
	end := strings.Index(text[at:], ".")
	if end < 0 {
		end = len(text)
	} else {
		end += at + 1
	}
	c := tally.Claim{
		ID:         tally.ClaimID(r.doc.ID, at),
		Doc:        r.doc.ID,
		Span:       [2]int{start, end},
		Quote:      text[start:end],
		FigureSpan: [2]int{at, at + len(figure)},
		Measure:    m,
		Figure:     tally.Figure{Low: low, High: high, Qualifier: tally.Exact, Unit: "person", Text: figure},
		EventType:  tally.Protest,
		Modality:   tally.Asserted,
		Published:  r.doc.Published,
		Publisher:  r.doc.Publisher,
	}
	for _, o := range opts {
		o(&c)
	}
	r.claims = append(r.claims, c)
	return r
}

// by makes a claim reported by name.
func by(name string) func(*tally.Claim) {
	return func(c *tally.Claim) {
		c.Claimant = &tally.Claimant{Name: name, Cue: "said"}
		c.Modality = tally.Reported
	}
}

// on dates a claim's episode.
func on(start, end string) func(*tally.Claim) {
	return func(c *tally.Claim) { c.When = &tally.When{Start: start, End: end} }
}

// of sets a claim's event type.
func of(et tally.EventType) func(*tally.Claim) {
	return func(c *tally.Claim) { c.EventType = et }
}

// put stores reports, failing the test on any error.
func put(t *testing.T, s tally.Store, reports ...*report) {
	t.Helper()
	for _, r := range reports {
		if _, err := s.PutDocument(context.Background(), r.doc, r.claims); err != nil {
			t.Fatalf("PutDocument(%s): %v", r.doc.ID, err)
		}
	}
}

// ids returns the IDs of claims, in order.
func ids(claims []tally.Claim) []string {
	var out []string
	for _, c := range claims {
		out = append(out, c.ID)
	}
	return out
}

// day is a UTC time at noon on a date.
func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
}
