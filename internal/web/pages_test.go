package web

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
)

// hostile is document text an attacker controls.
const hostile = `<script>alert(1)</script><img src=x onerror="alert(2)"> 304 killed`

func sampleClaim() tally.Claim {
	return tally.Claim{
		ID: "cl_1", Doc: "sha256:ab", Span: [2]int{0, len(hostile)}, Quote: hostile,
		FigureSpan: [2]int{len(hostile) - 10, len(hostile) - 7},
		Measure:    tally.Killed, EventType: tally.Protest, Modality: tally.Reported,
		Figure:   tally.Figure{Low: tally.Int64(304), High: tally.Int64(304), Qualifier: tally.Exact, Unit: "person", Text: "304"},
		Claimant: &tally.Claimant{Name: "<b>Group</b>", Cue: "said", Via: []string{"Reuters"}},
		When:     &tally.When{Start: "2019-11-15", End: "2019-11-19", Text: "15–19 November"},
		Where:    []tally.Place{{Name: "Shiraz", Country: "IR", Admin1: "Fars"}},
	}
}

func sampleEvent() tally.Event {
	parent := "ev_parent"
	return tally.Event{ID: "ev_1", EventType: tally.Protest, Title: "protest, Iran <x>", Parent: &parent,
		Children: []string{"ev_child"}, When: &tally.When{Start: "2019-11-15", End: "2019-11-19"},
		Where: []tally.Place{{Name: "Iran", Country: "IR"}}, Documents: 3,
		Measures: map[tally.Measure]*tally.MeasureFigures{tally.Killed: {
			Range: tally.Bounds{Low: tally.Int64(106), High: tally.Int64(1500)}, Conflict: true, IndependentClaimants: 2,
			Claimants: []tally.ClaimantFigures{{Name: "Amnesty International", Kind: tally.RightsGroup,
				Current:   tally.FigureRef{Low: tally.Int64(304), Qualifier: tally.AtLeast, Claim: "cl_2", ClaimedOn: "2019-12-16"},
				Revisions: []tally.FigureRef{{Low: tally.Int64(106), Qualifier: tally.MoreThan, Claim: "cl_1", ClaimedOn: "2019-11-19"}}, Reports: 2}},
		}}}
}

// TestTemplatesRender renders every page against its struct, so that a
// template referring to a missing field fails here, not in front of a user.
func TestTemplatesRender(t *testing.T) {
	s, err := New(nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &tally.Document{ID: "sha256:ab", Title: "<i>t</i>", Text: hostile, Publisher: "P", Published: time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), Notes: []string{"invalid UTF-8 replaced"}}
	claims := []tally.Claim{sampleClaim()}
	ev := sampleEvent()
	q := url.Values{"measure": {"killed"}}
	pages := map[string]any{
		"home":      homePage{layout: s.layout("tally"), Events: []tally.Event{ev}, Documents: []tally.Document{*doc}},
		"documents": documentsPage{layout: s.layout("Documents"), Query: q, Documents: []tally.Document{*doc}, Twins: newTwins("/documents", q, 1, 0, 1)},
		"document":  documentPage{layout: s.layout("Doc"), Document: doc, Segments: segments(doc.Text, claims), Claims: claims, Events: []eventLink{{ID: "ev_1", Title: "protest <x>"}}},
		"claims":    claimsPage{layout: s.layout("Claims"), Query: q, Measures: tally.Measures, Claims: claims, Twins: newTwins("/claims", q, 100, 100, 3)},
		"claim":     claimPage{layout: s.layout("Claim"), Claim: &claims[0], Document: doc, Event: &eventLink{ID: "ev_1", Title: "t"}},
		"events":    eventsPage{layout: s.layout("Events"), Query: q, Events: []tally.Event{ev}, Twins: newTwins("/events", q, 100, 0, 1)},
		"event":     eventPage{layout: s.layout(ev.Title), Event: &ev, Measures: s.measureViews(&ev)},
		"error":     errorPage{layout: s.layout("Error"), Code: 404, Message: "<nope>"},
	}
	for _, name := range pageNames {
		data, ok := pages[name]
		if !ok {
			t.Errorf("no sample data for template %q", name)
			continue
		}
		tmpl, err := s.template(name)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := tmpl.ExecuteTemplate(&buf, "layout.html", data); err != nil {
			t.Errorf("render %s: %v", name, err)
			continue
		}
		html := buf.String()
		for _, bad := range []string{"<script>", "onerror=\"", "<b>Group", "<i>t</i>", "<x>", "<nope>"} {
			if strings.Contains(html, bad) {
				t.Errorf("render %s: unescaped %q reached the page", name, bad)
			}
		}
	}
}

func TestSegments(t *testing.T) {
	text := "At least 304 died; 1,500 said Reuters."
	claims := []tally.Claim{
		{ID: "b", FigureSpan: [2]int{19, 24}},
		{ID: "a", FigureSpan: [2]int{0, 12}},
		{ID: "overlap", FigureSpan: [2]int{5, 15}},
		{ID: "outside", FigureSpan: [2]int{30, 99}},
	}
	var got []string
	for _, s := range segments(text, claims) {
		id := ""
		if s.Claim != nil {
			id = s.Claim.ID
		}
		got = append(got, id+":"+s.Text)
	}
	want := []string{"a:At least 304", ": died; ", "b:1,500", ": said Reuters."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("segments (-want +got):\n%s", diff)
	}
}

func TestNewTwins(t *testing.T) {
	q := url.Values{"measure": {"killed"}}
	got := newTwins("/claims", q, 100, 100, 100)
	want := twins{JSON: "/claims.json?measure=killed", CSV: "/claims.csv?measure=killed",
		Prev: "/claims?measure=killed&offset=0", Next: "/claims?measure=killed&offset=200"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("twins (-want +got):\n%s", diff)
	}
}

func TestFiltersRejectBadInput(t *testing.T) {
	for _, raw := range []string{"measure=dead", "since=15+Nov", "limit=0", "limit=x", "offset=-1", "event_type=war"} {
		q, _ := url.ParseQuery(raw)
		if _, err := claimFilter(q); err == nil {
			t.Errorf("claimFilter(%s): no error", raw)
		}
	}
	q, _ := url.ParseQuery("measure=killed&since=2019-11&until=2019-11&claimant=amnesty")
	f, err := claimFilter(q)
	if err != nil {
		t.Fatal(err)
	}
	if f.Measure != tally.Killed || f.Until.Format("2006-01-02") != "2019-11-30" || f.Limit != defaultLimit {
		t.Errorf("claimFilter = %+v", f)
	}
}
