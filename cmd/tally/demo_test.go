package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tally"
	"tally/internal/export"
)

// demoEvents ingests the embedded demo corpus in-process and returns its
// events.
func demoEvents(t *testing.T) []tally.Event {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	if _, stderr, err := runTally(t, "", "demo", "--db", db, "--no-serve"); err != nil {
		t.Fatalf("demo: %v\n%s", err, stderr)
	}
	return eventsIn(t, db)
}

// findEvent returns the event of type et whose dates overlap [from, to] and
// that holds figures of measure m, preferring the one with most documents.
func findEvent(events []tally.Event, et tally.EventType, m tally.Measure, from, to string) *tally.Event {
	var best *tally.Event
	for i := range events {
		ev := &events[i]
		if ev.EventType != et || ev.Measures[m] == nil || ev.When == nil || ev.Parent != nil {
			continue
		}
		if ev.When.End < from || ev.When.Start > to {
			continue
		}
		if best == nil || ev.Documents > best.Documents {
			best = ev
		}
	}
	return best
}

func claimantLike(mf *tally.MeasureFigures, name string) *tally.ClaimantFigures {
	for i := range mf.Claimants {
		if strings.Contains(strings.ToLower(mf.Claimants[i].Name), strings.ToLower(name)) {
			return &mf.Claimants[i]
		}
	}
	return nil
}

func lows(refs []tally.FigureRef) []int64 {
	var out []int64
	for _, r := range refs {
		if r.Low != nil {
			out = append(out, *r.Low)
		}
	}
	return out
}

// hasFigure reports whether some claimant's current figure has this low.
func hasFigure(mf *tally.MeasureFigures, low int64) bool {
	for _, c := range mf.Claimants {
		if c.Current.Low != nil && *c.Current.Low == low {
			return true
		}
	}
	return false
}

// TestDemoEvents states the events a reader of the demo corpus should see
// (internal/demo/expected.md).
func TestDemoEvents(t *testing.T) {
	events := demoEvents(t)

	t.Run("2019 crackdown: Amnesty's revisions against the officials' 1,500", func(t *testing.T) {
		ev := findEvent(events, tally.Protest, tally.Killed, "2019-11-15", "2019-12-31")
		if ev == nil {
			t.Fatal("no protest event with deaths in November 2019")
		}
		killed := ev.Measures[tally.Killed]
		amnesty := claimantLike(killed, "amnesty")
		if amnesty == nil {
			t.Fatalf("no Amnesty International among %d claimants", len(killed.Claimants))
		}
		if amnesty.Current.Low == nil || *amnesty.Current.Low != 304 {
			t.Errorf("Amnesty's current figure = %s (%s), want 304", export.FormatBounds(amnesty.Current.Low, amnesty.Current.High), amnesty.Current.ClaimedOn)
		}
		revs := lows(amnesty.Revisions)
		for _, want := range []int64{106, 143, 208} {
			if !slices.Contains(revs, want) {
				t.Errorf("Amnesty's revisions %v lack %d", revs, want)
			}
		}
		if !slices.IsSorted(revs) {
			t.Errorf("Amnesty's revisions %v are not oldest (smallest) first", revs)
		}
		if !hasFigure(killed, 1500) {
			t.Error("the 1,500 reported through Reuters is not among the current figures")
		}
		if !killed.Conflict {
			t.Error("deaths are not flagged as in conflict")
		}
		if killed.IndependentClaimants < 3 {
			t.Errorf("independent claimants = %d, want at least 3", killed.IndependentClaimants)
		}
	})

	t.Run("1988 executions: from thousands to the opposition's 30,000", func(t *testing.T) {
		ev := findEvent(events, tally.Execution, tally.Executed, "1988-07-01", "1988-09-30")
		if ev == nil {
			t.Fatal("no execution event in 1988")
		}
		executed := ev.Measures[tally.Executed]
		if !hasFigure(executed, 30000) {
			t.Error("the opposition's 30,000 is missing")
		}
		if !executed.Conflict {
			t.Error("executions are not flagged as in conflict")
		}
	})

	t.Run("2022: Zahedan is a child of the national wave", func(t *testing.T) {
		found := 0
		for _, ev := range events {
			if ev.When == nil || !strings.HasPrefix(ev.When.Start, "2022-09") || !slices.ContainsFunc(ev.Where, func(p tally.Place) bool { return p.Name == "Zahedan" }) {
				continue
			}
			found++
			if ev.Parent == nil {
				t.Errorf("%s (%s) has no parent", ev.ID, ev.Title)
			}
		}
		if found == 0 {
			t.Fatal("no Zahedan event in September 2022")
		}
	})

	t.Run("a claimant's home is not where its figures happened", func(t *testing.T) {
		for _, ev := range events {
			for _, p := range ev.Where {
				if p.Name == "London" || p.Name == "Oslo" || p.Name == "Geneva" || p.Name == "Geneve" {
					t.Errorf("%s (%s) is placed in %s", ev.ID, ev.Title, p.Name)
				}
			}
		}
	})
}
