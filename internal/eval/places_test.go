package eval

import (
	"context"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"tally/internal/extract/place"
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
	floors := map[string]float64{"F1 (overlap)": 0.92, "accuracy@161km of recognised": 0.71}
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

// BenchmarkGeoVirusMentions measures recognition and resolution over the
// GeoVirus articles: real news text, unlike the generated text of the
// place package's own benchmarks.
func BenchmarkGeoVirusMentions(b *testing.B) {
	path, ok := DataPath(SharedDir(), "geovirus", "GeoVirus.xml")
	if !ok {
		b.Skip("data absent: geovirus/GeoVirus.xml")
	}
	docs, err := readGeoVirus(path)
	if err != nil {
		b.Fatal(err)
	}
	r, err := place.Default()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := processCPU()
	for b.Loop() {
		for _, d := range docs {
			r.Mentions(d.text)
		}
	}
	// On a shared machine wall time counts other processes' work.
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpuMB/s")
	}
}

// processCPU is the CPU time this process has used, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
