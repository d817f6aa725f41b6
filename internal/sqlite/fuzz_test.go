package sqlite_test

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
	"tally/internal/sqlite"
)

// FuzzPutDocument stores documents made of arbitrary values. Whatever
// they hold, the store must not panic; it either refuses the document as
// invalid or stores it so that it reads back the same.
func FuzzPutDocument(f *testing.F) {
	f.Add("sha256:1", "Police said 40 people were detained.", "cl_1", "Police", int64(40), 29.61, "2019-11-15", "")
	f.Add("", "", "", "", int64(0), 0.0, "", "")
	f.Add("sha256:2", "\x00\xff invalid", "cl_2", "ÉTAT", int64(math.MinInt64), math.NaN(), "1988", "x")
	f.Add("sha256:3", "text", "cl_3", "", int64(math.MaxInt64), math.Inf(1), "2019-13-99", "a note")
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.MemoryPath)
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	f.Fuzz(func(t *testing.T, id, text, claimID, claimant string, low int64, lat float64, start, note string) {
		doc := &tally.Document{ID: id, Text: text, Original: []byte(text), Format: tally.FormatText, Notes: []string{note}}
		claim := tally.Claim{ID: claimID, Span: [2]int{0, len(text)}, Quote: text, Measure: tally.Killed,
			Figure:   tally.Figure{Low: tally.Int64(low), Qualifier: tally.AtLeast},
			Claimant: &tally.Claimant{Name: claimant}, When: &tally.When{Start: start},
			Where: []tally.Place{{Name: "somewhere", Lat: lat}}}
		created, err := db.PutDocument(ctx, doc, []tally.Claim{claim})
		if err != nil {
			if !errors.Is(err, tally.ErrInvalid) {
				t.Fatalf("PutDocument error %v does not wrap %v", err, tally.ErrInvalid)
			}
			return
		}
		if !created {
			return // an ID seen before in this run
		}
		got, err := db.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != text {
			t.Errorf("Document text = %q; want %q", got.Text, text)
		}
		c, err := db.Claim(ctx, claimID)
		if err != nil {
			t.Fatal(err)
		}
		claim.Doc = id
		if diff := cmp.Diff(c, &claim); diff != "" {
			t.Errorf("Claim (-got +want):\n%s", diff)
		}
		if _, err := db.Claims(ctx, tally.ClaimFilter{Claimant: claimant, Query: text}); err != nil && !errors.Is(err, tally.ErrInvalid) {
			t.Errorf("Claims(claimant and query from the input) error %v does not wrap %v", err, tally.ErrInvalid)
		}
	})
}
