package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

// fullEvent is an event with every field set.
func fullEvent() tally.Event {
	parent := "ev_parent"
	return tally.Event{
		ID:        "ev_full",
		EventType: tally.Protest,
		Title:     "protest, Iran, 2019-11-15 … 2019-11-19",
		When:      &tally.When{Start: "2019-11-15", End: "2019-11-19", Text: "mid-November 2019"},
		Where:     []tally.Place{{Name: "Iran", Country: "IR", Lat: 32, Lon: 53, GeonamesID: 130758, Kind: "country"}},
		Parent:    &parent,
		Children:  []string{"ev_child_a", "ev_child_b"},
		Documents: 14,
		Measures: map[tally.Measure]*tally.MeasureFigures{
			tally.Killed: {
				Range:       tally.Bounds{Low: tally.Int64(106), High: nil},
				Conflict:    true,
				PartiesOnly: false,
				Claimants: []tally.ClaimantFigures{{
					Name: "Amnesty International", Kind: tally.RightsGroup, PartyToConflict: false,
					Current:   tally.FigureRef{Low: tally.Int64(304), Qualifier: tally.AtLeast, Claim: "cl_b", ClaimedOn: "2020-05-20"},
					Revisions: []tally.FigureRef{{Low: tally.Int64(106), Qualifier: tally.MoreThan, Claim: "cl_a", ClaimedOn: "2019-11-19"}},
					Reports:   9,
				}, {
					Name: "Example Wire", Kind: tally.NewsAgency, ViaPublisher: true,
					Current: tally.FigureRef{Low: tally.Int64(200), High: tally.Int64(200), Qualifier: tally.About, Claim: "cl_c"},
					Reports: 1,
				}},
				IndependentClaimants: 2,
			},
			tally.Arrested: {Range: tally.Bounds{Low: tally.Int64(7000), High: tally.Int64(7000)}, PartiesOnly: true},
		},
		Claims: []string{"cl_a", "cl_b", "cl_c"},
	}
}

func testEventRoundTrip(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	want := fullEvent()
	bare := tally.Event{ID: "ev_bare", EventType: tally.OtherType}
	if err := s.ReplaceEvents(ctx, nil, []tally.Event{want, bare}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Event(ctx, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, &want); diff != "" {
		t.Errorf("Event (-got +want):\n%s", diff)
	}
	gotBare, err := s.Event(ctx, bare.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(gotBare, &bare); diff != "" {
		t.Errorf("Event(bare) (-got +want):\n%s", diff)
	}
}

func testReplaceEvents(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	ev := func(id, title string, claims ...string) tally.Event {
		return tally.Event{ID: id, EventType: tally.Protest, Title: title, Claims: claims}
	}
	if err := s.ReplaceEvents(ctx, nil, []tally.Event{ev("ev_1", "one", "cl_1"), ev("ev_2", "two", "cl_2"), ev("ev_3", "three", "cl_3")}); err != nil {
		t.Fatal(err)
	}
	err := s.ReplaceEvents(ctx, []string{"ev_1", "ev_never_stored"}, []tally.Event{ev("ev_2", "two again", "cl_2b"), ev("ev_4", "four", "cl_1")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Event(ctx, "ev_1"); !errors.Is(err, tally.ErrNotFound) {
		t.Errorf("Event(removed) error = %v; want one wrapping %v", err, tally.ErrNotFound)
	}
	got, err := s.Event(ctx, "ev_2")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, &tally.Event{ID: "ev_2", EventType: tally.Protest, Title: "two again", Claims: []string{"cl_2b"}}); diff != "" {
		t.Errorf("Event(replaced) (-got +want):\n%s", diff)
	}
	of, err := s.EventsOfClaims(ctx, []string{"cl_1", "cl_2", "cl_2b", "cl_3"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(of, map[string]string{"cl_1": "ev_4", "cl_2b": "ev_2", "cl_3": "ev_3"}); diff != "" {
		t.Errorf("EventsOfClaims after replace (-got +want):\n%s", diff)
	}
	// One bad event and the whole replacement is refused.
	err = s.ReplaceEvents(ctx, []string{"ev_3"}, []tally.Event{ev("ev_5", "five"), {Title: "no id"}})
	if !errors.Is(err, tally.ErrInvalid) {
		t.Errorf("ReplaceEvents(event without id) error = %v; want one wrapping %v", err, tally.ErrInvalid)
	}
	all, err := s.Events(ctx, tally.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range all {
		ids = append(ids, e.ID)
	}
	if diff := cmp.Diff(ids, []string{"ev_2", "ev_3", "ev_4"}); diff != "" {
		t.Errorf("Events after a refused replacement (-got +want):\n%s", diff)
	}
}

func testEventFilters(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	place := func(country string) tally.Place { return tally.Place{Name: country, Country: country} }
	measures := func(conflict map[tally.Measure]bool) map[tally.Measure]*tally.MeasureFigures {
		out := make(map[tally.Measure]*tally.MeasureFigures)
		for m, c := range conflict {
			out[m] = &tally.MeasureFigures{Conflict: c}
		}
		return out
	}
	events := []tally.Event{
		{ID: "ev_wave", EventType: tally.Protest, When: &tally.When{Start: "2019-11-15", End: "2019-11-19"},
			Where: []tally.Place{place("IR")}, Measures: measures(map[tally.Measure]bool{tally.Killed: true, tally.Arrested: false})},
		{ID: "ev_strike", EventType: tally.Strike, When: &tally.When{Start: "2021-06-20", End: "2021-06-22"},
			Where: []tally.Place{place("IR")}, Measures: measures(map[tally.Measure]bool{tally.Participants: false})},
		{ID: "ev_border", EventType: tally.Riot, When: &tally.When{Start: "2020-01-05", End: "2020-01-05"},
			Where: []tally.Place{place("IQ"), place("SY")}, Measures: measures(map[tally.Measure]bool{tally.Injured: false})},
		{ID: "ev_undated", EventType: tally.Protest},
	}
	if err := s.ReplaceEvents(ctx, nil, events); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    tally.EventFilter
		want []string
	}{
		{"all, latest first, undated last", tally.EventFilter{}, []string{"ev_strike", "ev_border", "ev_wave", "ev_undated"}},
		{"type", tally.EventFilter{EventType: tally.Protest}, []string{"ev_wave", "ev_undated"}},
		{"country ignores case", tally.EventFilter{Country: "ir"}, []string{"ev_strike", "ev_wave"}},
		{"second country", tally.EventFilter{Country: "SY"}, []string{"ev_border"}},
		{"measure", tally.EventFilter{Measure: tally.Arrested}, []string{"ev_wave"}},
		{"conflict", tally.EventFilter{Conflict: true}, []string{"ev_wave"}},
		{"conflict on a measure", tally.EventFilter{Measure: tally.Killed, Conflict: true}, []string{"ev_wave"}},
		{"no conflict on that measure", tally.EventFilter{Measure: tally.Arrested, Conflict: true}, nil},
		{"since a year", tally.EventFilter{Since: "2020"}, []string{"ev_strike", "ev_border"}},
		{"until a month", tally.EventFilter{Until: "2019-11"}, []string{"ev_wave"}},
		{"one day", tally.EventFilter{Since: "2019-11-19", Until: "2019-11-19"}, []string{"ev_wave"}},
		{"limit and offset", tally.EventFilter{Limit: 1, Offset: 1}, []string{"ev_border"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := s.Events(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.ID)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Events(%+v) (-got +want):\n%s", tt.f, diff)
			}
		})
	}
}

func testEventsOfClaims(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	// The parent sorts first by ID: only its being the parent may put the
	// sub-event ahead.
	parent := "ev_1_national"
	events := []tally.Event{
		{ID: "ev_1_national", EventType: tally.Protest, Children: []string{"ev_2_city"}, Claims: []string{"cl_a", "cl_b", "cl_c"}},
		{ID: "ev_2_city", EventType: tally.Protest, Parent: &parent, Claims: []string{"cl_b"}},
	}
	if err := s.ReplaceEvents(ctx, nil, events); err != nil {
		t.Fatal(err)
	}
	got, err := s.EventsOfClaims(ctx, []string{"cl_a", "cl_b", "cl_unlinked"})
	if err != nil {
		t.Fatal(err)
	}
	// A claim in both an event and its sub-event maps to the sub-event.
	want := map[string]string{"cl_a": "ev_1_national", "cl_b": "ev_2_city"}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("EventsOfClaims (-got +want):\n%s", diff)
	}
	// More IDs than SQL placeholders are commonly allowed.
	many := make([]string, 40000)
	for i := range many {
		many[i] = fmt.Sprintf("cl_%d", i)
	}
	many[len(many)-1] = "cl_c"
	got, err = s.EventsOfClaims(ctx, many)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, map[string]string{"cl_c": "ev_1_national"}); diff != "" {
		t.Errorf("EventsOfClaims(40000 IDs) (-got +want):\n%s", diff)
	}
	none, err := s.EventsOfClaims(ctx, nil)
	if err != nil || len(none) != 0 {
		t.Errorf("EventsOfClaims(nil) = %v, %v; want empty, nil", none, err)
	}
}

func testSources(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	amnesty := tally.Source{Name: "Amnesty International", Aliases: []string{"Amnesty", "AI"}, Kind: tally.RightsGroup}
	irna := tally.Source{Name: "IRNA", Aliases: []string{"Islamic Republic News Agency"}, Kind: tally.StateMedia, PartyToConflict: true}
	if err := s.PutSources(ctx, []tally.Source{irna, amnesty}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, []tally.Source{amnesty, irna}); diff != "" {
		t.Errorf("Sources by name (-got +want):\n%s", diff)
	}
	irna.Kind = tally.Government
	if err := s.PutSources(ctx, []tally.Source{irna}); err != nil {
		t.Fatal(err)
	}
	got, err = s.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, []tally.Source{amnesty, irna}); diff != "" {
		t.Errorf("Sources after replacing one (-got +want):\n%s", diff)
	}
	if err := s.PutSources(ctx, []tally.Source{{Kind: tally.Individual}}); !errors.Is(err, tally.ErrInvalid) {
		t.Errorf("PutSources(no name) error = %v; want one wrapping %v", err, tally.ErrInvalid)
	}
}
