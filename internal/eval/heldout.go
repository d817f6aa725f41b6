package eval

import (
	"context"
	"embed"
	"fmt"
	"strings"
)

// setsFS holds tally's extraction sets beyond its first dev set, each in
// its own directory and in the dev set's JSON Lines format. Each was
// written for tally by an author who read neither the extractor nor the
// other sets. The held-out ones are never used to develop the extractor,
// so that their scores say how tally reads text it was not shaped by;
// the others are dev sets, developed against after their first run.
//
//go:embed testdata/devset2 testdata/devset3 testdata/devset4 testdata/devset5 testdata/devset6
//go:embed testdata/heldout2 testdata/heldout3 testdata/heldout4
var setsFS embed.FS

// heldoutData names what a held-out report measures on; its first words
// are the promise that keeps the set honest.
const heldoutData = "held out: never used to develop the extractor"

// textSet is an embedded extraction set, scored with the dev set's scorer
// under its own name.
type textSet struct {
	dir     string // inside setsFS
	label   string // in errors
	name    string // the report's
	about   string // what the data is, before its count
	heldOut bool   // its report withholds its misses
}

var (
	// heldOut2 is the second held-out set: the first was spent and is
	// now devSet2.
	heldOut2 = textSet{"testdata/heldout2", "heldout", "extract/HeldOut", heldoutData, true}
	// heldOut3 is mostly whole articles, committed before the extractor
	// was first run on it, like the second.
	heldOut3 = textSet{"testdata/heldout3", "heldout3", "extract/HeldOut3", heldoutData, true}
	// heldOut4 is whole articles and bulletins, likewise.
	heldOut4 = textSet{"testdata/heldout4", "heldout4", "extract/HeldOut4", heldoutData, true}

	// devSet2 is the first held-out set, spent on 2026-11-26 when the
	// extractor was fixed against its misses; its first run, before
	// that, is recorded in its README.
	devSet2 = textSet{"testdata/devset2", "devset2", "extract/DevSet2",
		"tally's second dev set, the first held-out set spent", false}
	devSet3 = textSet{"testdata/devset3", "devset3", "extract/DevSet3",
		"tally's third dev set, by an author who did not read the extractor", false}
	devSet4 = textSet{"testdata/devset4", "devset4", "extract/DevSet4",
		"tally's fourth dev set, whole articles by another author who did not read the extractor", false}
	devSet5 = textSet{"testdata/devset5", "devset5", "extract/DevSet5",
		"tally's fifth dev set, whole articles and passages by another author who did not read the extractor", false}
	devSet6 = textSet{"testdata/devset6", "devset6", "extract/DevSet6",
		"tally's sixth dev set, liveblogs, bulletins and court reports by another author who did not read the extractor", false}
)

// load reads every item of the set, file by file in name order.
func (s textSet) load() ([]DevItem, error) { return loadItems(setsFS, s.dir, s.label) }

// run measures tally's extractor on the set, as a Suite does. The set
// ships in the repository, so shared is not used.
func (s textSet) run(ctx context.Context, shared string) (Report, error) {
	items, err := s.load()
	if err != nil {
		return Report{}, err
	}
	return s.score(ctx, items, devsetExtractor())
}

// score scores items with ScoreDevSet under the set's name. A held-out
// report says nothing that claims to come from the dev set, and keeps
// only totals.
func (s textSet) score(ctx context.Context, items []DevItem, extract ExtractFunc) (Report, error) {
	rep, err := ScoreDevSet(ctx, items, extract)
	if err != nil {
		return Report{}, err
	}
	rep.Name = s.name
	rep.Data = fmt.Sprintf("%s (%d items, internal/eval/%s)", s.about, len(items), s.dir)
	if !s.heldOut {
		return rep, nil
	}
	rep.Notes = heldOutNotes(rep.Notes)
	// The misses name the set's items and the extractor's answers: shown,
	// they would invite fixing the extractor against them, and the set
	// would stop measuring text tally was not shaped by. Only totals
	// leave a held-out report.
	if n := len(rep.Misses); n > 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d misses withheld: a held-out set reports totals only", n))
		rep.Misses = nil
	}
	return rep, nil
}

// heldOutNotes replaces the dev set's warning that its scores are
// optimistic, which does not hold here, and keeps the scoring notes.
func heldOutNotes(notes []string) []string {
	out := []string{"held out: written and committed before the extractor was first run on it; items are never changed after seeing its output"}
	for _, n := range notes {
		if strings.HasPrefix(n, "a dev set") {
			continue
		}
		out = append(out, n)
	}
	return out
}
