package eval

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// heldoutFS holds tally's held-out extraction set: items in the dev set's
// JSON Lines format, written for tally and never used to develop the
// extractor, so that its scores say how tally reads text it was not shaped
// by.
//
//go:embed testdata/heldout
var heldoutFS embed.FS

// heldoutDir is the directory of the held-out set inside heldoutFS.
const heldoutDir = "testdata/heldout"

// heldoutData names what HeldOut measures on; its first words are the
// promise that keeps the set honest.
const heldoutData = "held out: never used to develop the extractor"

// HeldOut measures tally's extractor on the held-out set with the dev
// set's scorer: the same matching, metrics and sample of misses, so the
// two reports can be read side by side. The set ships in the repository,
// so shared is not used.
func HeldOut(ctx context.Context, shared string) (Report, error) {
	items, err := LoadHeldOut()
	if err != nil {
		return Report{}, err
	}
	return scoreHeldOut(ctx, items, devsetExtractor())
}

// scoreHeldOut scores items with ScoreDevSet and relabels the report, so
// that nothing in it claims to come from the dev set.
func scoreHeldOut(ctx context.Context, items []DevItem, extract ExtractFunc) (Report, error) {
	rep, err := ScoreDevSet(ctx, items, extract)
	if err != nil {
		return Report{}, err
	}
	rep.Name = "extract/HeldOut"
	rep.Data = fmt.Sprintf("%s (%d items, internal/eval/testdata/heldout)", heldoutData, len(items))
	rep.Notes = heldOutNotes(rep.Notes)
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

// LoadHeldOut reads every item of the embedded held-out set, file by file
// in name order.
func LoadHeldOut() ([]DevItem, error) {
	names, err := fs.Glob(heldoutFS, path.Join(heldoutDir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("heldout: %w", err)
	}
	sort.Strings(names)
	var items []DevItem
	for _, name := range names {
		b, err := heldoutFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("heldout: %w", err)
		}
		got, err := ParseDevItems(b)
		if err != nil {
			return nil, fmt.Errorf("heldout %s: %w", path.Base(name), err)
		}
		items = append(items, got...)
	}
	return items, nil
}
