package link

import (
	"strconv"
	"testing"
	"time"

	"tally"
)

func FuzzWhenDays(f *testing.F) {
	for _, s := range [][2]string{{"2019-11-15", "2019-11-19"}, {"1988", ""}, {"", "2020-02"}, {"0000-01-01", "9999-12-31"}, {"x", "2019-13-01"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, start, end string) {
		s, e, ok := whenDays(&tally.When{Start: start, End: end})
		if ok && s > e {
			t.Fatalf("whenDays(%q, %q) = %d > %d", start, end, s, e)
		}
	})
}

// FuzzLink links three claims built from fuzzed fields and checks the
// invariants every result must keep.
func FuzzLink(f *testing.F) {
	f.Add("2019-11-15", "2019-11-19", int64(18000), int64(106), int64(-1), "IR", "country", "Amnesty", "protest")
	f.Add("1988", "", int64(0), int64(-1), int64(5000), "", "city", "", "")
	f.Add("", "", int64(-99999999), int64(5), int64(3), "ir", "admin1", "the the", "riot")
	reg, err := NewRegistry()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, start, end string, published, low, high int64, country, kind, claimant, etype string) {
		var claims []tally.Claim
		for i := range 3 {
			c := tally.Claim{
				ID: "cl_" + strconv.Itoa(i), Doc: "d" + strconv.Itoa(i%2), Measure: tally.Killed,
				Figure:    tally.Figure{Low: bound(low + int64(i)), High: bound(high)},
				EventType: tally.EventType(etype), Publisher: claimant,
				Where:     []tally.Place{{Name: country + strconv.Itoa(i), Country: country, Kind: kind}},
				Published: time.Unix(published*86400*int64(i), 0),
			}
			if i > 0 {
				c.When = &tally.When{Start: start, End: end}
				c.Claimant = &tally.Claimant{Name: claimant}
			}
			claims = append(claims, c)
		}
		checkEvents(t, claims, Link(claims, reg))
	})
}

func checkEvents(t *testing.T, claims []tally.Claim, events []tally.Event) {
	t.Helper()
	seen := make(map[string]int)
	ids := make(map[string]bool)
	for _, ev := range events {
		if ids[ev.ID] {
			t.Fatalf("event ID %s twice", ev.ID)
		}
		ids[ev.ID] = true
		if ev.ID != EventID(ev.Claims) {
			t.Fatalf("event ID %s is not its claims' hash", ev.ID)
		}
		for _, c := range ev.Claims {
			seen[c]++
		}
		for m, mf := range ev.Measures {
			if !mf.Conflict && mf.Range.Low != nil && mf.Range.High != nil && *mf.Range.Low > *mf.Range.High && len(mf.Claimants) == 1 {
				t.Fatalf("%s: one claimant's range %d > %d", m, *mf.Range.Low, *mf.Range.High)
			}
			if mf.IndependentClaimants < 1 || mf.IndependentClaimants > len(mf.Claimants) {
				t.Fatalf("%s: %d independent of %d claimants", m, mf.IndependentClaimants, len(mf.Claimants))
			}
		}
	}
	for _, c := range claims {
		if seen[c.ID] != 1 {
			t.Fatalf("claim %s in %d events, want 1", c.ID, seen[c.ID])
		}
	}
	for _, ev := range events {
		if ev.Parent != nil && !ids[*ev.Parent] {
			t.Fatalf("event %s has an unknown parent", ev.ID)
		}
	}
}
