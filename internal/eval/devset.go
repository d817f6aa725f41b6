package eval

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"tally"
	"tally/internal/extract"
)

// devsetFS holds tally's extraction dev set: JSON Lines files written for
// tally, one item a line. It is a dev set: the extractor is tuned against
// it, so its scores say how tally does on text it was shaped by, not on
// held-out text.
//
//go:embed testdata/devset
var devsetFS embed.FS

// devsetDir is the directory of the dev set inside devsetFS.
const devsetDir = "testdata/devset"

// DevItem is one item of the dev set: a sentence or a short passage, the
// document metadata it is read with, and the claims a careful reader finds
// in it (none for a negative item).
type DevItem struct {
	ID        string     `json:"id"`
	Text      string     `json:"text"`
	Published string     `json:"published"` // "YYYY-MM-DD" or ""
	Publisher string     `json:"publisher"`
	Claims    []DevClaim `json:"claims"`
	Tags      []string   `json:"tags"`
}

// DevClaim is the gold of one claim: the fields of the claim contract
// (claims.md) that the dev set annotates.
type DevClaim struct {
	Measure   tally.Measure   `json:"measure"`
	Low       *int64          `json:"low"`
	High      *int64          `json:"high"`
	Qualifier tally.Qualifier `json:"qualifier"`
	Unit      string          `json:"unit"`
	Claimant  *string         `json:"claimant"` // nil: the publisher's own voice
	Via       []string        `json:"via,omitempty"`
	Modality  tally.Modality  `json:"modality"`
	When      *tally.When     `json:"when"` // nil: undated; an empty End is open
}

// ExtractFunc is the extraction under measure: a document in, its claims
// out. The scorer takes it as a parameter so that its own logic can be
// tested with a fake.
type ExtractFunc func(doc *tally.Document) []tally.Claim

// DevSet measures tally's extractor on tally's own dev set: figure
// precision, recall and F1, and on the matched figures the accuracy of
// claimant, via, qualifier, unit, modality and date, with recall per tag
// and a sample of misses. The dev set ships in the repository, so shared
// is not used.
func DevSet(ctx context.Context, shared string) (Report, error) {
	items, err := LoadDevSet()
	if err != nil {
		return Report{}, err
	}
	return ScoreDevSet(ctx, items, devsetExtractor())
}

// LoadDevSet reads every item of the embedded dev set, file by file in
// name order.
func LoadDevSet() ([]DevItem, error) {
	return loadItems(devsetFS, devsetDir, "devset")
}

// loadItems reads every JSON Lines file of dir in fsys, in name order;
// label names the set in errors.
func loadItems(fsys fs.FS, dir, label string) ([]DevItem, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}
	sort.Strings(names)
	var items []DevItem
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", label, err)
		}
		got, err := ParseDevItems(b)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", label, path.Base(name), err)
		}
		items = append(items, got...)
	}
	return items, nil
}

// ParseDevItems parses dev set JSON Lines; blank lines are skipped and an
// unknown field is an error, so a misspelt key cannot silently drop gold.
func ParseDevItems(b []byte) ([]DevItem, error) {
	var items []DevItem
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var it DevItem
		if err := dec.Decode(&it); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return items, nil
}

// Document is the document an item is read as: its text with the item's
// publisher and publication date.
func (it DevItem) Document() *tally.Document {
	doc := &tally.Document{
		ID:        tally.DocumentID([]byte(it.Text)),
		Source:    "devset:" + it.ID,
		Publisher: it.Publisher,
		Format:    tally.FormatText,
		Text:      it.Text,
	}
	if d, err := time.Parse(time.DateOnly, it.Published); err == nil {
		doc.Published = d
	}
	return doc
}

// Validate checks that an item follows the claim contract: the bounds
// agree with the qualifier, the modality with the claimant, and dates are
// ISO dates in order. It is how the dev set is kept honest.
func (it DevItem) Validate() error {
	if it.ID == "" || strings.TrimSpace(it.Text) == "" {
		return errors.New("empty id or text")
	}
	if it.Published != "" {
		if _, err := time.Parse(time.DateOnly, it.Published); err != nil {
			return fmt.Errorf("%s: published: %w", it.ID, err)
		}
	}
	for i, c := range it.Claims {
		if err := c.validate(); err != nil {
			return fmt.Errorf("%s: claim %d: %w", it.ID, i, err)
		}
	}
	return nil
}

func (c DevClaim) validate() error {
	if _, err := tally.ParseMeasure(string(c.Measure)); err != nil {
		return err
	}
	if err := devCheckBounds(c.Qualifier, c.Low, c.High); err != nil {
		return err
	}
	if err := devCheckModality(c.Modality, c.Claimant); err != nil {
		return err
	}
	return devCheckWhen(c.When)
}

// devCheckBounds enforces the qualifier table of claims.md.
func devCheckBounds(q tally.Qualifier, low, high *int64) error {
	open := func(p *int64) bool { return p == nil }
	var ok bool
	switch q {
	case tally.Exact, tally.About:
		ok = !open(low) && !open(high) && *low == *high
	case tally.AtLeast, tally.MoreThan, tally.Vague:
		ok = !open(low) && open(high)
	case tally.AtMost, tally.LessThan:
		ok = open(low) && !open(high)
	case tally.Range:
		ok = !open(low) && !open(high) && *low < *high
	default:
		return fmt.Errorf("unknown qualifier %q", q)
	}
	if !ok {
		return fmt.Errorf("bounds %s..%s do not fit qualifier %s", devBound(low), devBound(high), q)
	}
	return nil
}

// devCheckModality enforces that asserted claims have no claimant and
// reported ones have one; the other modalities may have either.
func devCheckModality(m tally.Modality, claimant *string) error {
	switch m {
	case tally.Asserted:
		if claimant != nil {
			return errors.New("asserted claim with a claimant")
		}
	case tally.Reported:
		if claimant == nil || *claimant == "" {
			return errors.New("reported claim without a claimant")
		}
	case tally.Predicted, tally.Hedged, tally.Denied:
	default:
		return fmt.Errorf("unknown modality %q", m)
	}
	return nil
}

func devCheckWhen(w *tally.When) error {
	if w == nil {
		return nil
	}
	start, err := time.Parse(time.DateOnly, w.Start)
	if err != nil {
		return fmt.Errorf("when.start: %w", err)
	}
	if w.End == "" {
		return nil
	}
	end, err := time.Parse(time.DateOnly, w.End)
	if err != nil {
		return fmt.Errorf("when.end: %w", err)
	}
	if end.Before(start) {
		return fmt.Errorf("when %s..%s ends before it starts", w.Start, w.End)
	}
	return nil
}

func devBound(p *int64) string {
	if p == nil {
		return "∞"
	}
	return fmt.Sprint(*p)
}

// devsetExtractor is the extractor DevSet measures: tally's own, with no
// place resolver, since the dev set does not annotate places.
func devsetExtractor() ExtractFunc {
	return extract.New(extract.Options{}).Extract
}

// ScoreDevSet runs extract on every item and scores what it finds against
// the gold. A found claim matches a gold claim when measure, low and high
// are equal; matching is greedy and one to one, gold claims in order, each
// taking the first unmatched found claim that fits.
func ScoreDevSet(ctx context.Context, items []DevItem, extract ExtractFunc) (Report, error) {
	var s devScore
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return Report{}, err
		}
		doc := it.Document()
		s.add(it, doc, extract(doc))
	}
	return s.report(len(items)), nil
}

// devScore accumulates the dev set counts.
type devScore struct {
	tp, fp, fn int
	attrs      map[string]*devRatio // claimant, via, qualifier, unit, modality, when
	tags       map[string]*devRatio // recall per tag; clean rate for negative items
	negatives  devRatio             // negative items with no claim found
	misses     []string
}

// devRatio is a count of hits out of cases.
type devRatio struct{ hit, n int }

func (r *devRatio) add(ok bool) {
	r.n++
	if ok {
		r.hit++
	}
}

func (r devRatio) rate() float64 {
	if r.n == 0 {
		return 0
	}
	return float64(r.hit) / float64(r.n)
}

func (s *devScore) counter(m map[string]*devRatio, key string) *devRatio {
	if m[key] == nil {
		m[key] = &devRatio{}
	}
	return m[key]
}

// add scores one item.
func (s *devScore) add(it DevItem, doc *tally.Document, got []tally.Claim) {
	if s.attrs == nil {
		s.attrs, s.tags = map[string]*devRatio{}, map[string]*devRatio{}
	}
	pairs := devMatch(it.Claims, got)
	s.tp += len(pairs)
	s.fp += len(got) - len(pairs)
	s.fn += len(it.Claims) - len(pairs)
	wrong := s.scoreAttrs(it, doc, got, pairs)
	s.scoreTags(it, got, pairs)
	if len(pairs) != len(it.Claims) || len(pairs) != len(got) || len(wrong) > 0 {
		s.miss(it, got, wrong)
	}
}

// devMatch pairs gold claims with found ones: gold index → found index.
func devMatch(gold []DevClaim, got []tally.Claim) map[int]int {
	pairs := map[int]int{}
	used := make([]bool, len(got))
	for gi, g := range gold {
		for fi, f := range got {
			if !used[fi] && sameFigure(g, f) {
				used[fi] = true
				pairs[gi] = fi
				break
			}
		}
	}
	return pairs
}

func sameFigure(g DevClaim, f tally.Claim) bool {
	return g.Measure == f.Measure && sameBound(g.Low, f.Figure.Low) && sameBound(g.High, f.Figure.High)
}

func sameBound(a, b *int64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// scoreAttrs scores the attributes of the matched claims and returns the
// names of those that were wrong.
func (s *devScore) scoreAttrs(it DevItem, doc *tally.Document, got []tally.Claim, pairs map[int]int) []string {
	var wrong []string
	check := func(name string, ok bool) {
		s.counter(s.attrs, name).add(ok)
		if !ok {
			wrong = append(wrong, name)
		}
	}
	for gi, g := range it.Claims {
		fi, ok := pairs[gi]
		if !ok {
			continue
		}
		f := got[fi]
		if len(g.Via) > 0 {
			// tally's rule is decided (docs/attribution.md): the origin is
			// the claimant, the carriers are via. A chain read the other way
			// round is wrong, and counted apart to show how often.
			s.counter(s.attrs, "chain reversed").add(chainReversed(g, f.Claimant))
			check("claimant", sameClaimant(g.Claimant, f.Claimant, doc.Publisher))
			check("via", sameVia(g.Via, f.Claimant))
		} else {
			check("claimant", sameClaimant(g.Claimant, f.Claimant, doc.Publisher))
		}
		check("qualifier", g.Qualifier == f.Figure.Qualifier)
		if g.Unit != "" {
			check("unit", sameUnit(g.Unit, f.Figure.Unit))
		}
		check("modality", g.Modality == f.Modality)
		check("when", sameWhen(g.When, f.When))
	}
	return wrong
}

// scoreTags counts, for every tag of the item, its gold claims found or,
// for a negative item, whether nothing was found.
func (s *devScore) scoreTags(it DevItem, got []tally.Claim, pairs map[int]int) {
	if len(it.Claims) == 0 {
		s.negatives.add(len(got) == 0)
		for _, t := range it.Tags {
			s.counter(s.tags, "clean "+t).add(len(got) == 0)
		}
		return
	}
	for _, t := range it.Tags {
		for gi := range it.Claims {
			_, ok := pairs[gi]
			s.counter(s.tags, "recall "+t).add(ok)
		}
	}
}

// devMaxMisses bounds the sample of misses in a report.
const devMaxMisses = 200

func (s *devScore) miss(it DevItem, got []tally.Claim, wrong []string) {
	if len(s.misses) >= devMaxMisses {
		return
	}
	var want, have []string
	for _, g := range it.Claims {
		want = append(want, formatGold(g))
	}
	for _, f := range got {
		have = append(have, formatFound(f))
	}
	m := fmt.Sprintf("%s: %q\n\texpected: %s\n\tgot:      %s", it.ID, it.Text, devOrNone(want), devOrNone(have))
	if len(wrong) > 0 {
		m += "\n\twrong:    " + strings.Join(wrong, ", ")
	}
	s.misses = append(s.misses, m)
}

func devOrNone(parts []string) string {
	if len(parts) == 0 {
		return "(none)"
	}
	return strings.Join(parts, "; ")
}

// report turns the counts into a Report, the headline figures first.
func (s *devScore) report(items int) Report {
	p := devRatio{s.tp, s.tp + s.fp}
	r := devRatio{s.tp, s.tp + s.fn}
	f1 := 0.0
	if p.rate()+r.rate() > 0 {
		f1 = 2 * p.rate() * r.rate() / (p.rate() + r.rate())
	}
	rep := Report{
		Name: "extract/DevSet",
		Data: fmt.Sprintf("tally's extraction dev set (%d items, internal/eval/testdata/devset)", items),
		Metrics: []Metric{
			{Name: "figure precision", Value: p.rate(), N: p.n},
			{Name: "figure recall", Value: r.rate(), N: r.n},
			{Name: "figure F1", Value: f1, N: s.tp + s.fn, Target: 0.95},
			{Name: "negative items with no claim", Value: s.negatives.rate(), N: s.negatives.n},
		},
		Notes: []string{
			"a dev set: tally's extractor is tuned against it, so these scores are optimistic",
			"match: same measure, low and high; greedy one to one, gold in order",
			"attribute accuracies are over matched figures only",
			"claimant: case-insensitive, a leading the/a/an ignored; a found name may carry extra leading words (\"three interior ministry officials\" for \"interior ministry officials\"); a claimant named as the publisher counts as the publisher's own voice",
			"when: start equal, and end equal unless the gold end is open",
			"chains: the gold names the source as claimant and the carrier as via (\"Reuters, citing officials\" → officials via Reuters); a found claim that reads it the other way round is wrong, and counted apart",
		},
		Misses: s.misses,
	}
	for _, name := range []string{"claimant", "via", "chain reversed", "qualifier", "unit", "modality", "when"} {
		a := s.counter(s.attrs, name)
		m := Metric{Name: name + " accuracy", Value: a.rate(), N: a.n}
		if name == "chain reversed" {
			m.Name = "chains read reversed (carrier as claimant)"
		}
		if name == "claimant" {
			m.Target = 0.90
		}
		rep.Metrics = append(rep.Metrics, m)
	}
	return appendTagMetrics(rep, s.tags)
}

// appendTagMetrics adds per-tag recall and clean rates in name order.
func appendTagMetrics(rep Report, tags map[string]*devRatio) Report {
	names := make([]string, 0, len(tags))
	for name := range tags {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		rep.Metrics = append(rep.Metrics, Metric{Name: name, Value: tags[name].rate(), N: tags[name].n})
	}
	return rep
}

// sameClaimant compares a gold claimant with a found one. nil on either
// side is the publisher's own voice, and so is a claimant on either side
// named as the publisher.
func sameClaimant(gold *string, found *tally.Claimant, publisher string) bool {
	name := ""
	if found != nil {
		name = devNormName(found.Name)
	}
	if name == devNormName(publisher) {
		name = ""
	}
	if gold == nil || devNormName(*gold) == devNormName(publisher) {
		return name == "" // a gold claimant named as the publisher is its own voice too
	}
	return devNameFits(devNormName(*gold), name)
}

// devNameFits reports whether a found name is the gold name, allowing extra
// leading words on the found side ("three interior ministry officials" for
// "interior ministry officials"), since how much of a noun phrase to keep
// is a matter of style that the dev set does not score.
func devNameFits(gold, found string) bool {
	if gold == "" || found == "" {
		return gold == found
	}
	return found == gold || strings.HasSuffix(found, " "+gold)
}

// devNormName lower-cases a name, folds spaces and drops a leading article,
// a trailing acronym in brackets ("… Network (KHRN)") and trailing
// punctuation.
func devNormName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		s = s[:i]
	}
	s = strings.TrimRight(s, ".,;:'\"")
	for _, article := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, article)
	}
	return s
}

// chainReversed reports whether a found claimant reads a one-link chain
// the other way round: the carrier as claimant and the source as via
// ("Reuters via officials" for the gold "officials via Reuters").
func chainReversed(g DevClaim, found *tally.Claimant) bool {
	if g.Claimant == nil || found == nil || len(g.Via) != 1 || len(found.Via) != 1 {
		return false
	}
	return devNameFits(devNormName(g.Via[0]), devNormName(found.Name)) &&
		devNameFits(devNormName(*g.Claimant), devNormName(found.Via[0]))
}

func sameVia(gold []string, found *tally.Claimant) bool {
	if found == nil || len(found.Via) != len(gold) {
		return false
	}
	for i := range gold {
		if !devNameFits(devNormName(gold[i]), devNormName(found.Via[i])) {
			return false
		}
	}
	return true
}

// sameUnit compares head nouns, folding case and the plural that claims.md
// asks to be singular.
func sameUnit(gold, found string) bool {
	return devSingular(gold) == devSingular(found)
}

func devSingular(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "people":
		return "person"
	case s == "children":
		return "child"
	case strings.HasSuffix(s, "men"):
		return strings.TrimSuffix(s, "men") + "man"
	case strings.HasSuffix(s, "ies"):
		return strings.TrimSuffix(s, "ies") + "y"
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return strings.TrimSuffix(s, "s")
	}
	return s
}

// sameWhen compares dates: both undated, or the same start and, unless the
// gold end is open, the same end. A found When with no dates is undated.
func sameWhen(gold, found *tally.When) bool {
	if found != nil && found.Start == "" && found.End == "" {
		found = nil
	}
	if gold == nil || found == nil {
		return gold == nil && found == nil
	}
	return gold.Start == found.Start && (gold.End == "" || gold.End == found.End)
}

func formatGold(g DevClaim) string {
	who := "(publisher)"
	if g.Claimant != nil {
		who = *g.Claimant
		if len(g.Via) > 0 {
			who += " via " + strings.Join(g.Via, ", ")
		}
	}
	return devFormatClaim(g.Measure, g.Low, g.High, g.Qualifier, g.Unit, who, g.Modality, g.When)
}

func formatFound(f tally.Claim) string {
	who := "(publisher)"
	if f.Claimant != nil {
		who = f.Claimant.Name
		if len(f.Claimant.Via) > 0 {
			who += " via " + strings.Join(f.Claimant.Via, ", ")
		}
	}
	return devFormatClaim(f.Measure, f.Figure.Low, f.Figure.High, f.Figure.Qualifier, f.Figure.Unit, who, f.Modality, f.When)
}

func devFormatClaim(m tally.Measure, low, high *int64, q tally.Qualifier, unit, who string, mod tally.Modality, w *tally.When) string {
	s := fmt.Sprintf("%s %s..%s %s %q by %s, %s", m, devBound(low), devBound(high), q, unit, who, mod)
	if w != nil && (w.Start != "" || w.End != "") {
		s += fmt.Sprintf(", %s..%s", w.Start, w.End)
	}
	return s
}
