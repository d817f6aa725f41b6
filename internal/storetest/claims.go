package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func testClaimRoundTrip(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	r := fullClaim()
	// A bare claim: publisher's voice, open low bound, no date, place or actors.
	r.claim("300 students", tally.Injured, nil, tally.Int64(300), func(c *tally.Claim) {
		c.Figure.Qualifier = tally.AtMost
		c.EventType = tally.OtherType
	})
	want := slices.Clone(r.claims)
	slices.Reverse(r.claims) // stored out of order, listed in document order
	put(t, s, r)
	for _, w := range want {
		got, err := s.Claim(ctx, w.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, &w); diff != "" {
			t.Errorf("Claim(%s) (-got +want):\n%s", w.ID, diff)
		}
	}
	got, err := s.Claims(ctx, tally.ClaimFilter{Doc: r.doc.ID})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("Claims in document order (-got +want):\n%s", diff)
	}
}

// testClaimDefaults: a claim that leaves its document, publisher or
// publication time empty takes the document's.
func testClaimDefaults(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	r := newCorpus().strike
	bare := slices.Clone(r.claims)
	for i := range bare {
		bare[i].Doc, bare[i].Publisher, bare[i].Published = "", "", time.Time{}
	}
	if _, err := s.PutDocument(ctx, r.doc, bare); err != nil {
		t.Fatal(err)
	}
	got, err := s.Claims(ctx, tally.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, r.claims); diff != "" {
		t.Errorf("Claims (-got +want):\n%s", diff)
	}
	other := newCorpus().court
	wrong := slices.Clone(other.claims)
	wrong[0].Doc = r.doc.ID
	if _, err := s.PutDocument(ctx, other.doc, wrong); !errors.Is(err, tally.ErrInvalid) {
		t.Errorf("PutDocument(claim of another document) error = %v; want one wrapping %v", err, tally.ErrInvalid)
	}
}

func testClaimFilters(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	c := newCorpus()
	msf := newReport("Médecins Sans Frontières said its clinic treated 85 wounded people overnight.", "Example Wire", day(2023, 2, 1))
	msf.claim("85 wounded people", tally.Injured, tally.Int64(85), tally.Int64(85), by("Médecins Sans Frontières"), on("2023-01-31", "2023-02-01"))
	put(t, s, append(c.all(), msf)...)
	a1, a2 := c.amnesty.claims[0], c.amnesty.claims[1]
	l1, l2 := c.lawmaker.claims[0], c.lawmaker.claims[1]
	s1, c1, m1 := c.strike.claims[0], c.court.claims[0], msf.claims[0]
	tests := []struct {
		name string
		f    tally.ClaimFilter
		want []tally.Claim
	}{
		{"all in document order", tally.ClaimFilter{}, []tally.Claim{a1, a2, l1, l2, s1, c1, m1}},
		{"doc", tally.ClaimFilter{Doc: c.lawmaker.doc.ID}, []tally.Claim{l1, l2}},
		{"measure", tally.ClaimFilter{Measure: tally.Killed}, []tally.Claim{a1, l2}},
		{"event type", tally.ClaimFilter{EventType: tally.Arrest}, []tally.Claim{a2, l1}},
		{"claimant ignores case", tally.ClaimFilter{Claimant: "AMNESTY"}, []tally.Claim{a1}},
		{"claimant substring", tally.ClaimFilter{Claimant: "rights"}, []tally.Claim{a2}},
		{"claimant beyond ASCII", tally.ClaimFilter{Claimant: "MÉDECINS SANS"}, []tally.Claim{m1}},
		{"claimant absent", tally.ClaimFilter{Claimant: "nobody at all"}, nil},
		{"since", tally.ClaimFilter{Since: day(2021, 1, 1)}, []tally.Claim{s1, m1}},
		{"until", tally.ClaimFilter{Until: day(2019, 12, 31)}, []tally.Claim{a1, a2, l1, l2}},
		{"since with measure", tally.ClaimFilter{Since: day(2019, 11, 20), Measure: tally.Arrested}, []tally.Claim{a2, l1}},
		{"query", tally.ClaimFilter{Query: "Abadan"}, []tally.Claim{s1}},
		{"query with measure", tally.ClaimFilter{Query: "tehran", Measure: tally.Killed}, []tally.Claim{l2}},
		{"limit and offset", tally.ClaimFilter{Limit: 2, Offset: 1}, []tally.Claim{a2, l1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Claims(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(ids(got), ids(tt.want)); diff != "" {
				t.Errorf("Claims(%+v) (-got +want):\n%s", tt.f, diff)
			}
		})
	}
}

// testClaimWhenWindow: Since and Until keep the claims whose When
// overlaps the window, boundaries included; undated claims drop out.
func testClaimWhenWindow(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	r := newReport("Rescuers said 11 people died in the first week, 22 people died on one day, and 33 people died at an unknown time.",
		"Example Wire", day(2019, 12, 1))
	r.claim("11 people", tally.Killed, tally.Int64(11), tally.Int64(11), on("2019-11-15", "2019-11-19"))
	r.claim("22 people", tally.Killed, tally.Int64(22), tally.Int64(22), on("2019-11-17", ""))
	r.claim("33 people", tally.Killed, tally.Int64(33), tally.Int64(33))
	put(t, s, r)
	week, oneDay := r.claims[0], r.claims[1]
	tests := []struct {
		name         string
		since, until time.Time
		want         []tally.Claim
	}{
		{"since the last day", day(2019, 11, 19), time.Time{}, []tally.Claim{week}},
		{"since after", day(2019, 11, 20), time.Time{}, nil},
		{"until the first day", time.Time{}, day(2019, 11, 15), []tally.Claim{week}},
		{"until before", time.Time{}, day(2019, 11, 14), nil},
		{"window inside the claim", day(2019, 11, 16), day(2019, 11, 16), []tally.Claim{week}},
		{"claim inside the window", day(2019, 11, 1), day(2019, 11, 30), []tally.Claim{week, oneDay}},
		{"start only is one day", day(2019, 11, 17), day(2019, 11, 17), []tally.Claim{week, oneDay}},
		{"start only, after", day(2019, 11, 18), time.Time{}, []tally.Claim{week}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Claims(ctx, tally.ClaimFilter{Since: tt.since, Until: tt.until})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(ids(got), ids(tt.want)); diff != "" {
				t.Errorf("Claims(since %v, until %v) (-got +want):\n%s", tt.since, tt.until, diff)
			}
		})
	}
}

func testFullText(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	c := newCorpus()
	put(t, s, c.all()...)
	tests := []struct {
		query string
		want  []*report // newest first, as Documents lists them
	}{
		{"tehran", []*report{c.lawmaker}},             // diacritics folded: Tehrān
		{"killing", []*report{c.amnesty, c.lawmaker}}, // stemmed: killed
		{"KILLED", []*report{c.amnesty, c.lawmaker}},
		{`"rights group"`, []*report{c.amnesty}},
		{`"group rights"`, nil},
		{"refin*", []*report{c.strike}},
		{"Abadan OR Shiraz", []*report{c.strike, c.lawmaker}},
		{"killed -Officials", []*report{c.amnesty}},
		{"killed NOT officials", []*report{c.amnesty}},
		{"police AND court", []*report{c.court}},
		{"court: ^police (crowd)", []*report{c.court}}, // FTS5 syntax is plain text
		{"NEAR(police court)", nil},
		{"!!!", nil},
		{"   ", []*report{c.strike, c.amnesty, c.lawmaker, c.court}}, // blank is no filter
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			docs, err := s.Documents(ctx, tally.DocumentFilter{Query: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, d := range docs {
				got = append(got, d.ID)
			}
			for _, r := range tt.want {
				want = append(want, r.doc.ID)
			}
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("Documents(query %q) (-got +want):\n%s", tt.query, diff)
			}
		})
	}
}

func testFullTextInvalid(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	put(t, s, newCorpus().all()...)
	for _, q := range []string{`"unclosed phrase`, `-killed`, `OR killed`, `killed OR`, `killed OR OR police`, `police NOT`} {
		if _, err := s.Documents(ctx, tally.DocumentFilter{Query: q}); !errors.Is(err, tally.ErrInvalid) {
			t.Errorf("Documents(query %q) error = %v; want one wrapping %v", q, err, tally.ErrInvalid)
		}
		if _, err := s.Claims(ctx, tally.ClaimFilter{Query: q}); !errors.Is(err, tally.ErrInvalid) {
			t.Errorf("Claims(query %q) error = %v; want one wrapping %v", q, err, tally.ErrInvalid)
		}
	}
}

func testInvalidPage(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	calls := map[string]func() error{
		"Documents limit": func() error { _, err := s.Documents(ctx, tally.DocumentFilter{Limit: -1}); return err },
		"Claims offset":   func() error { _, err := s.Claims(ctx, tally.ClaimFilter{Offset: -5}); return err },
		"Events limit":    func() error { _, err := s.Events(ctx, tally.EventFilter{Limit: -1}); return err },
		"Events since":    func() error { _, err := s.Events(ctx, tally.EventFilter{Since: "November"}); return err },
		"Events until":    func() error { _, err := s.Events(ctx, tally.EventFilter{Until: "2019-13-45x"}); return err },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, tally.ErrInvalid) {
			t.Errorf("%s: error = %v; want one wrapping %v", name, err, tally.ErrInvalid)
		}
	}
}
