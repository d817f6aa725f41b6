package eval

import (
	"context"
	"testing"
	"testing/fstest"
)

func logReport(t *testing.T, r Report) {
	t.Helper()
	for _, m := range r.Metrics {
		t.Logf("%-32s %.3f (n=%d)", m.Name, m.Value, m.N)
	}
	for _, m := range r.Misses {
		t.Log("miss: " + m)
	}
}

func TestGeoVirus(t *testing.T) {
	r, err := GeoVirus(context.Background(), SharedDir())
	if err != nil {
		t.Fatal(err)
	}
	if r.Skipped != "" {
		t.Skip(r.Skipped)
	}
	logReport(t, r)
	// Floors a little under the measured values, so that a regression fails.
	floors := map[string]float64{"F1 (overlap)": 0.88, "accuracy@161km of recognised": 0.68}
	for _, m := range r.Metrics {
		if floor, ok := floors[m.Name]; ok && m.Value < floor {
			t.Errorf("%s = %.3f, want >= %.2f", m.Name, m.Value, floor)
		}
	}
}

func TestPlacesDevSet(t *testing.T) {
	r, err := PlacesDevSet(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if r.Skipped != "" {
		t.Skip(r.Skipped)
	}
	logReport(t, r)
	floors := map[string]float64{"F1 (strict)": 0.85, "accuracy@161km of recognised": 0.90}
	for _, m := range r.Metrics {
		if floor, ok := floors[m.Name]; ok && m.Value < floor {
			t.Errorf("%s = %.3f, want >= %.2f", m.Name, m.Value, floor)
		}
	}
}

func TestPlacesDevSetBadSpan(t *testing.T) {
	fsys := fstest.MapFS{"d/x.jsonl": {Data: []byte(`{"id":"a","text":"In Qom.","places":[{"text":"Qom","start":0,"end":3}]}` + "\n")}}
	if _, err := placesDevSet(context.Background(), fsys, "d"); err == nil {
		t.Error("a span that does not match its text: no error")
	}
	r, err := placesDevSet(context.Background(), fstest.MapFS{}, "d")
	if err != nil || r.Skipped == "" {
		t.Errorf("no files: got %v, %q; want a skipped report", err, r.Skipped)
	}
}

func TestReadGeoVirusShift(t *testing.T) {
	docs := []placeDoc{{text: "Cases rose in Pandi, Bulacan.", gold: []goldPlace{{Start: 13, End: 18, Name: "Pandi"}}}}
	var s placeScore
	s.add("x", docs[0], nil)
	if s.gold != 1 || s.overlapGold != 0 {
		t.Errorf("gold %d overlap %d, want 1 and 0", s.gold, s.overlapGold)
	}
	if got := runeOffsets("aé b"); len(got) != 5 || got[2] != 3 {
		t.Errorf("runeOffsets = %v, want [0 1 3 4 5]", got)
	}
}
