package link

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"tally"
)

// memStore is an in-memory EventClaimStore: claims are put in by the test,
// as PutDocument would before linking.
type memStore struct {
	claims     map[string]tally.Claim
	events     map[string]tally.Event
	claimCalls int // Claim lookups, to check what Update reads
}

var _ EventClaimStore = (*memStore)(nil)

func newMemStore() *memStore {
	return &memStore{claims: map[string]tally.Claim{}, events: map[string]tally.Event{}}
}

// Events filters on country like a store would: any of the event's places.
func (s *memStore) Events(_ context.Context, f tally.EventFilter) ([]tally.Event, error) {
	var out []tally.Event
	for _, ev := range s.events {
		match := f.Country == ""
		for _, p := range ev.Where {
			match = match || strings.EqualFold(p.Country, f.Country)
		}
		if match && (f.EventType == "" || f.EventType == ev.EventType) {
			out = append(out, ev)
		}
	}
	slices.SortFunc(out, func(a, b tally.Event) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

func (s *memStore) Claim(_ context.Context, id string) (*tally.Claim, error) {
	s.claimCalls++
	c, ok := s.claims[id]
	if !ok {
		return nil, fmt.Errorf("claim %s: %w", id, tally.ErrNotFound)
	}
	return &c, nil
}

func (s *memStore) Claims(_ context.Context, f tally.ClaimFilter) ([]tally.Claim, error) {
	var out []tally.Claim
	for _, c := range s.claims {
		if c.Doc == f.Doc {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b tally.Claim) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

func (s *memStore) ReplaceEvents(_ context.Context, removed []string, events []tally.Event) error {
	for _, id := range removed {
		delete(s.events, id)
	}
	for _, ev := range events {
		s.events[ev.ID] = ev
	}
	return nil
}

func (s *memStore) all() []tally.Event {
	events, _ := s.Events(context.Background(), tally.EventFilter{})
	sortEvents(events)
	return events
}

func TestUpdateEqualsBatch(t *testing.T) {
	reg := seeded(t)
	claims := claimsOf(demoSpecs())
	want := Link(slices.Clone(claims), reg)
	rng := rand.New(rand.NewPCG(7, 11))
	for round := range 10 {
		docs := documentsOf(claims)
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		store := newMemStore()
		l := &Linker{Registry: reg}
		for len(docs) > 0 {
			n := min(len(docs), 1+rng.IntN(3))
			var batch []tally.Claim
			for _, d := range docs[:n] {
				batch = append(batch, d...)
			}
			docs = docs[n:]
			for _, c := range batch {
				store.claims[c.ID] = c
			}
			if _, err := l.Update(context.Background(), store, batch); err != nil {
				t.Fatal(err)
			}
		}
		if diff := gocmp.Diff(want, store.all()); diff != "" {
			t.Fatalf("round %d: incremental differs from batch (-batch +incremental):\n%s", round, diff)
		}
	}
}

// documentsOf groups claims by document, as ingest stores them: every new
// document's claims reach Update together.
func documentsOf(claims []tally.Claim) [][]tally.Claim {
	var docs [][]tally.Claim
	index := make(map[string]int)
	for _, c := range claims {
		i, ok := index[c.Doc]
		if !ok {
			i = len(docs)
			index[c.Doc] = i
			docs = append(docs, nil)
		}
		docs[i] = append(docs[i], c)
	}
	return docs
}

func TestUpdateRelinksOnlyTouchedBlocks(t *testing.T) {
	reg := seeded(t)
	claims := claimsOf(demoSpecs())
	store := newMemStore()
	for _, c := range claims {
		store.claims[c.ID] = c
	}
	l := &Linker{Registry: reg}
	if _, err := l.Update(context.Background(), store, claims); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		claim     spec
		wantCalls int // one claim per event of the country, and every claim of the touched block
		adopted   bool
	}{
		{"a second Iraqi report", spec{doc: "d-iraq-2", publisher: "Reuters", published: "2019-11-22", claimant: "medics",
			measure: tally.Killed, low: 320, high: -1, qualifier: tally.MoreThan, quote: "Medics said more than 320 have died.",
			when: [2]string{"2019-11-01", "2019-11-21"}, where: []tally.Place{iraq}}, 1 + 1, false},
		{"an arrest in Tehran, a new block of Iran", spec{doc: "d-tehran", publisher: "HRANA", published: "2022-09-25",
			measure: tally.Arrested, low: 40, high: 40, qualifier: tally.Exact, eventType: tally.Arrest, quote: "Forty were held in Tehran.",
			when: [2]string{"2022-09-24", "2022-09-24"}, where: []tally.Place{tehran}}, 4 + 0, true},
	}
	for _, tt := range tests {
		c := tt.claim.claim()
		claims = append(claims, c)
		store.claims[c.ID] = c
		store.claimCalls = 0
		got, err := l.Update(context.Background(), store, []tally.Claim{c})
		if err != nil {
			t.Fatal(err)
		}
		if store.claimCalls != tt.wantCalls {
			t.Errorf("%s: Update read %d claims, want %d", tt.name, store.claimCalls, tt.wantCalls)
		}
		if len(got) != 1 || !slices.Contains(got[0].Claims, c.ID) {
			t.Fatalf("%s: Update returned %d events, want the one holding the new claim", tt.name, len(got))
		}
		if adopted := got[0].Parent != nil; adopted != tt.adopted {
			t.Errorf("%s: adopted = %v, want %v", tt.name, adopted, tt.adopted)
		}
		if diff := gocmp.Diff(Link(claims, reg), store.all()); diff != "" {
			t.Errorf("%s: store after update differs from batch (-batch +store):\n%s", tt.name, diff)
		}
	}
}

func TestUpdateMissingClaim(t *testing.T) {
	store := newMemStore()
	c := claimsOf(demoSpecs())[0]
	store.claims[c.ID] = c
	l := &Linker{}
	if _, err := l.Update(context.Background(), store, []tally.Claim{c}); err != nil {
		t.Fatal(err)
	}
	delete(store.claims, c.ID)
	_, err := l.Update(context.Background(), store, claimsOf(demoSpecs())[1:2])
	if !errors.Is(err, tally.ErrNotFound) {
		t.Errorf("Update with a lost claim: error %v, want not found", err)
	}
}
