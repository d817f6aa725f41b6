package link

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
)

// docCorpus holds two episodes of one kind (two earthquakes) and one of
// another (a trial), written for this test.
var docCorpus = []tally.Document{
	{ID: "quake-a1", Text: "A magnitude 6.1 earthquake struck Aceh province in Indonesia on Tuesday, killing one person in Bener Meriah."},
	{ID: "quake-a2", Text: "The earthquake in Aceh flattened houses in Bener Meriah and Central Aceh, officials in Indonesia said."},
	{ID: "quake-a3", Text: "Rescuers in Bener Meriah searched for survivors after the Aceh earthquake."},
	{ID: "quake-b1", Text: "A strong earthquake shook West Papua near Manokwari, days after an earlier quake in the same Papua region."},
	{ID: "quake-b2", Text: "Residents of Manokwari in West Papua fled to camps after the earthquake damaged buildings."},
	{ID: "trial-1", Text: "A jury in Redwood City convicted Scott Peterson of murder, and the judge set a date for sentencing."},
	{ID: "trial-2", Text: "Scott Peterson was convicted of murder by a jury in Redwood City after a long trial."},
}

func TestDocLinkerGroup(t *testing.T) {
	got := (&DocLinker{}).Group(docCorpus)
	want := [][]string{
		{"quake-a1", "quake-a2", "quake-a3"},
		{"quake-b1", "quake-b2"},
		{"trial-1", "trial-2"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Group (-want +got):\n%s", diff)
	}
}

func TestDocLinkerOrderAndDates(t *testing.T) {
	want := (&DocLinker{}).Group(docCorpus)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 10 {
		docs := slices.Clone(docCorpus)
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		if diff := cmp.Diff(want, (&DocLinker{}).Group(docs)); diff != "" {
			t.Fatalf("Group depends on order (-first +shuffled):\n%s", diff)
		}
	}
	docs := slices.Clone(docCorpus)
	docs[5].Published = time.Date(2004, 11, 12, 0, 0, 0, 0, time.UTC)
	docs[6].Published = time.Date(2005, 3, 16, 0, 0, 0, 0, time.UTC)
	got := (&DocLinker{}).Group(docs)
	if !slices.ContainsFunc(got, func(g []string) bool { return slices.Equal(g, []string{"trial-1"}) }) {
		t.Errorf("reports four months apart were grouped: %v", got)
	}
}

func TestTermCounts(t *testing.T) {
	got := termCounts("Protesters marched. The Police arrested protesters in Tehran", 2)
	want := map[string]float64{"protester": 2, "march": 1, "police": 2, "arrest": 1, "tehran": 2}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("termCounts (-want +got):\n%s", diff)
	}
}

func FuzzDocLinkerGroup(f *testing.F) {
	f.Add("A quake hit Aceh.", "Aceh quake: one dead.", "")
	f.Add("\xff\xfe", "....", "Ünïcödé Names Here")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		docs := []tally.Document{{ID: "a", Text: a}, {ID: "b", Text: b}, {ID: "c", Text: c}, {ID: "a", Text: a}}
		groups := (&DocLinker{}).Group(docs)
		var ids []string
		for _, g := range groups {
			if len(g) == 0 {
				t.Fatal("empty group")
			}
			ids = append(ids, g...)
		}
		slices.Sort(ids)
		if got, want := strings.Join(ids, ","), "a,b,c"; got != want {
			t.Fatalf("grouped ids %s, want each of %s once", got, want)
		}
	})
}
