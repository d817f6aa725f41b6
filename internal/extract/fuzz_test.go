package extract

import (
	"testing"
	"time"

	"tally"
	"tally/internal/extract/place"
)

// FuzzExtract runs whole documents through the extractor, with the real
// figure finder and with this package's fake one, and checks the claim
// record's invariants.
func FuzzExtract(f *testing.F) {
	seeds := []string{
		"Amnesty International said at least 304 people were killed between 15 and 19 November 2019.",
		"Reuters, citing three interior ministry officials, said about 1,500 people were killed.\n\nThe group said it.",
		"At least 448 people have been killed. Sixty of them were children, the group said.",
		"\"We counted 300 bodies. Most were young men,\" the doctor said on Monday.",
		"Officials denied that 1,500 people were killed; 40 may have died.",
		"۱۲ نفر کشته شدند. Dr. X said 5.",
		"According to , , said 3",
		"",
		"A senior official said 40 were killed. The official, Colonel Idris Mahamat, said it.",
		"Soldiers killed 11 people the previous day, medics told reporters on Saturday.",
		"Rights group raises toll to 304\n\nThe London-based group said 23 children were among the dead.",
		"By department:\n- Cauca: 41\n- Valle del Cauca: 17\n\n| category | killed |\n|---|---|\n| civilians | 1,249 |",
		"They were killed between January 14, when protests broke out over a 150 percent rise, and January 22.",
		"Snapshot, August 2024\n\n- Displaced (government figure, 31 March 2023): 2,062\n- Facilities closed: 364 (September: 39)",
		"The Commission, known by its initials as the KNC, said 39 had died. Of the dead, 10 were Awami League supporters and one was a member.",
		"Toll (Red Cross figures):\nDead: 4 (28 on 18 November, 9 on 19 November)\nAfter the riot, the SNAI reports:\n- inmates killed: 119",
		"The highest count came in December, when Reuters, citing officials, reported that 1,500 had died. On Monday M66 said ~20,000 marched.",
	}
	for _, s := range seeds {
		f.Add(s, int64(1574380800))
	}
	real := New(Options{})
	if places, err := place.Default(); err == nil {
		real = New(Options{Places: places})
	}
	fake := newFake()
	f.Fuzz(func(t *testing.T, text string, published int64) {
		d := &tally.Document{ID: "sha256:x", Text: text, Published: time.Unix(published%(1<<40), 0).UTC()}
		for _, e := range []*Extractor{real, fake} {
			for _, c := range e.Extract(d) {
				checkClaim(t, text, c)
			}
		}
	})
}

func checkClaim(t *testing.T, text string, c tally.Claim) {
	t.Helper()
	in := func(sp [2]int) bool { return 0 <= sp[0] && sp[0] <= sp[1] && sp[1] <= len(text) }
	if !in(c.Span) || !in(c.FigureSpan) {
		t.Fatalf("span %v or figure span %v outside text of %d bytes", c.Span, c.FigureSpan, len(text))
	}
	if c.Quote != text[c.Span[0]:c.Span[1]] {
		t.Fatalf("quote %q is not text[%v]", c.Quote, c.Span)
	}
	if c.Figure.Text != text[c.FigureSpan[0]:c.FigureSpan[1]] {
		t.Fatalf("figure text %q is not text[%v]", c.Figure.Text, c.FigureSpan)
	}
	if lo, hi := c.Figure.Low, c.Figure.High; lo != nil && hi != nil && *lo > *hi {
		t.Fatalf("low %d > high %d", *lo, *hi)
	}
	if c.ID != tally.ClaimID(c.Doc, c.FigureSpan[0]) {
		t.Fatalf("id %s not stable for figure at %d", c.ID, c.FigureSpan[0])
	}
	if c.Claimant != nil && c.Claimant.Name == "" {
		t.Fatalf("claimant with no name: %+v", c.Claimant)
	}
}
