package link

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"tally"
)

// build makes the event of one scoped group of items.
func (l *run) build(items []*item, national bool) tally.Event {
	ids := make([]string, len(items))
	docs := make(map[string]bool)
	for i, it := range items {
		ids[i] = it.c.ID
		docs[it.c.Doc] = true
	}
	slices.Sort(ids)
	ev := tally.Event{
		ID:        EventID(ids),
		EventType: items[0].family,
		When:      eventWhen(items),
		Where:     eventWhere(items, national),
		Children:  []string{},
		Documents: len(docs),
		Measures:  l.measures(items),
		Claims:    ids,
	}
	ev.Title = Title(ev)
	return ev
}

// eventWhen spans the claims' own dates; when no claim is dated, the
// windows before their publication dates; nil when nothing dates them.
func eventWhen(items []*item) *tally.When {
	lo, hi, found := 0, 0, false
	for _, explicitOnly := range []bool{true, false} {
		for _, it := range items {
			if it.undated || (explicitOnly && !it.explicit) {
				continue
			}
			if !found || it.start < lo {
				lo = it.start
			}
			if !found || it.written > hi {
				hi = it.written
			}
			found = true
		}
		if found {
			return &tally.When{Start: dayString(lo), End: dayString(hi)}
		}
	}
	return nil
}

// eventWhere is the country for a national event (the claims' own
// country place when one is given, else one made from the ISO code, placed
// at the mean of the claims' places), else the distinct places named.
func eventWhere(items []*item, national bool) []tally.Place {
	country := items[0].country
	if national && country != "" {
		return []tally.Place{countryPlace(items, country)}
	}
	byKey := make(map[string]tally.Place)
	for _, it := range items {
		for _, p := range it.c.Where {
			k := placeKey(p)
			if old, ok := byKey[k]; !ok || comparePlaces(p, old) < 0 {
				byKey[k] = p // one spelling of a place, whatever the claim order
			}
		}
	}
	places := make([]tally.Place, 0, len(byKey))
	for _, p := range byKey {
		places = append(places, p)
	}
	slices.SortFunc(places, comparePlaces)
	return places
}

// countryPlace picks, of the claims' own country places, the one first by
// name then coordinates, so that claim order does not matter.
func countryPlace(items []*item, country string) tally.Place {
	var (
		best   *tally.Place
		coords [][2]float64
	)
	for _, it := range items {
		for i, p := range it.c.Where {
			if !strings.EqualFold(p.Country, country) {
				continue
			}
			if p.Kind == "country" && (best == nil || comparePlaces(p, *best) < 0) {
				best = &it.c.Where[i]
			}
			if p.Lat != 0 || p.Lon != 0 {
				coords = append(coords, [2]float64{p.Lat, p.Lon})
			}
		}
	}
	if best != nil {
		return *best
	}
	place := tally.Place{Name: CountryName(country), Country: country, Kind: "country"}
	place.Lat, place.Lon = meanCoords(coords)
	return place
}

// meanCoords averages coordinates in sorted order, so that the float sum,
// and with it the event, does not depend on claim order.
func meanCoords(coords [][2]float64) (lat, lon float64) {
	if len(coords) == 0 {
		return 0, 0
	}
	slices.SortFunc(coords, func(a, b [2]float64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	for _, c := range coords {
		lat, lon = lat+c[0], lon+c[1]
	}
	return lat / float64(len(coords)), lon / float64(len(coords))
}

func comparePlaces(a, b tally.Place) int {
	return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Lat, b.Lat), cmp.Compare(a.Lon, b.Lon),
		cmp.Compare(a.GeonamesID, b.GeonamesID), cmp.Compare(a.Admin1, b.Admin1))
}

// CountryName is the English name of an ISO 3166-1 alpha-2 code, or the
// code itself when it is not one.
func CountryName(code string) string {
	region, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if name := display.English.Regions().Name(region); name != "" {
		return name
	}
	return code
}

// Title is an event's generated title: "protest, Iran, 2019-11-15 …
// 2019-11-19".
func Title(ev tally.Event) string {
	parts := []string{string(ev.EventType)}
	var names []string
	for _, p := range ev.Where {
		names = append(names, p.Name)
	}
	if len(names) > 3 {
		names = append(names[:3], "…")
	}
	if len(names) > 0 {
		parts = append(parts, strings.Join(names, ", "))
	}
	switch {
	case ev.When == nil:
		parts = append(parts, "undated")
	case ev.When.Start == ev.When.End:
		parts = append(parts, ev.When.Start)
	default:
		parts = append(parts, ev.When.Start+" … "+ev.When.End)
	}
	return strings.Join(parts, ", ")
}

// figureModality says whether a claim's figure is one its claimant stands
// behind: a denied figure is the figure rejected, a predicted one has not
// happened. Both stay among the event's claims but carry no figure.
func figureModality(m tally.Modality) bool {
	return m != tally.Denied && m != tally.Predicted
}

// measures builds every measure of an event from its items.
func (l *run) measures(items []*item) map[tally.Measure]*tally.MeasureFigures {
	byMeasure := make(map[tally.Measure][]*item)
	for _, it := range items {
		if figureModality(it.c.Modality) && (it.c.Figure.Low != nil || it.c.Figure.High != nil) {
			m := cmp.Or(it.c.Measure, tally.OtherMeasure)
			byMeasure[m] = append(byMeasure[m], it)
		}
	}
	out := make(map[tally.Measure]*tally.MeasureFigures, len(byMeasure))
	for m, its := range byMeasure {
		if mf := l.measure(its); len(mf.Claimants) > 0 {
			out[m] = mf // a measure whose figures are all parts of others has no totals to show
		}
	}
	return out
}

// totalsOnly drops the figures counted inside larger ones (Claim.Part).
func totalsOnly(items []*item) []*item {
	out := items[:0:0]
	for _, it := range items {
		if !it.c.Part {
			out = append(out, it)
		}
	}
	return out
}

// voice is one claimant's figures for one measure.
type voice struct {
	source       tally.Source
	viaPublisher bool
	items        []*item
}

func (l *run) measure(items []*item) *tally.MeasureFigures {
	voices := l.voices(items)
	mf := &tally.MeasureFigures{Claimants: make([]tally.ClaimantFigures, 0, len(voices))}
	for _, v := range voices {
		v.items = totalsOnly(v.items)
		if len(v.items) == 0 {
			continue // only parts of others' totals: no figure to set beside them
		}
		mf.Claimants = append(mf.Claimants, claimantFigures(v))
	}
	mf.Range, mf.Conflict = rangeOf(mf.Claimants)
	mf.PartiesOnly = partiesOnly(mf.Claimants)
	mf.IndependentClaimants = independent(voices)
	return mf
}

// voices groups items by resolved claimant, sorted by name. A claim
// without a claimant is its publisher's voice.
func (l *run) voices(items []*item) []*voice {
	byKey := make(map[string]*voice)
	var keys []string
	for _, it := range items {
		name, via := claimantName(it.c)
		res := l.resolve(name)
		src, k := res.src, res.key
		v := byKey[k]
		if v == nil {
			v = &voice{source: src, viaPublisher: true}
			byKey[k] = v
			keys = append(keys, k)
		}
		if src.Name < v.source.Name { // one spelling, whatever the order
			v.source.Name = src.Name
		}
		v.viaPublisher = v.viaPublisher && via
		v.items = append(v.items, it)
	}
	slices.Sort(keys)
	out := make([]*voice, len(keys))
	for i, k := range keys {
		out[i] = byKey[k]
	}
	return out
}

// claimantName is the claim's claimant, or its publisher when it has none
// (via is then true); "unknown publisher" when neither is known.
func claimantName(c *tally.Claim) (name string, via bool) {
	if c.Claimant != nil && Key(c.Claimant.Name) != "" {
		return c.Claimant.Name, false
	}
	if Key(c.Publisher) != "" {
		return c.Publisher, true
	}
	return "unknown publisher", true
}

// claimantFigures orders a voice's figures into a series. In one report a
// claimant's largest figure for a measure is its total: the smaller ones
// are counted inside it ("304 dead, including 23 children") or superseded
// by it, so each report gives the series one figure. A figure the claimant
// already gave is an echo, not a revision: the series holds each distinct
// figure once, at the first time it was claimed, and the figure first
// claimed last is current.
func claimantFigures(v *voice) tally.ClaimantFigures {
	its := totals(v.items)
	slices.SortFunc(its, func(a, b *item) int {
		return cmp.Or(a.c.Published.Compare(b.c.Published), cmp.Compare(a.c.Doc, b.c.Doc),
			cmp.Compare(a.c.FigureSpan[0], b.c.FigureSpan[0]), cmp.Compare(a.c.ID, b.c.ID))
	})
	seen := make(map[string]bool)
	var series []tally.FigureRef
	for _, it := range its {
		f := it.c.Figure
		k := boundKey(f.Low) + "/" + boundKey(f.High) + "/" + string(f.Qualifier)
		if seen[k] {
			continue
		}
		seen[k] = true
		series = append(series, tally.FigureRef{Low: f.Low, High: f.High, Qualifier: f.Qualifier,
			Claim: it.c.ID, ClaimedOn: isoDate(it.c.Published)})
	}
	return tally.ClaimantFigures{
		Name:            v.source.Name,
		Kind:            v.source.Kind,
		PartyToConflict: v.source.PartyToConflict,
		ViaPublisher:    v.viaPublisher,
		Current:         series[len(series)-1],
		Revisions:       append([]tally.FigureRef{}, series[:len(series)-1]...),
		Reports:         len(its),
		Via:             carriers(v.items),
	}
}

// carriers lists, once each and in order of first appearance, who carried a
// voice's figures: the outermost via of each claim ("Reuters" in "Reuters,
// citing three officials, said").
func carriers(items []*item) []string {
	var out []string
	for _, it := range items {
		if it.c.Claimant == nil || len(it.c.Claimant.Via) == 0 {
			continue
		}
		if v := it.c.Claimant.Via[0]; !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// totals keeps, of each document, the item with the largest figure (its
// low, else its high; the earlier in the text on a tie).
func totals(items []*item) []*item {
	best := make(map[string]*item)
	for _, it := range items {
		b, ok := best[it.c.Doc]
		if !ok || largerFigure(it, b) {
			best[it.c.Doc] = it
		}
	}
	out := make([]*item, 0, len(best))
	for _, it := range best {
		out = append(out, it)
	}
	return out
}

func largerFigure(a, b *item) bool {
	va, vb := figureValue(a.c.Figure), figureValue(b.c.Figure)
	if va != vb {
		return va > vb
	}
	return cmp.Or(cmp.Compare(a.c.FigureSpan[0], b.c.FigureSpan[0]), cmp.Compare(a.c.ID, b.c.ID)) < 0
}

func figureValue(f tally.Figure) int64 {
	if f.Low != nil {
		return *f.Low
	}
	if f.High != nil {
		return *f.High
	}
	return 0
}

func boundKey(b *int64) string {
	if b == nil {
		return "-"
	}
	return strconv.FormatInt(*b, 10)
}

func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.DateOnly)
}

// rangeOf spans the current figures (an open bound anywhere leaves that
// end open) and reports a conflict when two of them cannot both hold: in
// one dimension, intervals overlap pairwise exactly when the greatest low
// is at most the least high.
func rangeOf(cs []tally.ClaimantFigures) (tally.Bounds, bool) {
	var r tally.Bounds
	var maxLow, minHigh *int64
	lowOpen, highOpen := false, false
	for _, c := range cs {
		lo, hi := c.Current.Low, c.Current.High
		lowOpen = lowOpen || lo == nil
		highOpen = highOpen || hi == nil
		if lo != nil {
			r.Low, maxLow = minPtr(r.Low, lo), maxPtr(maxLow, lo)
		}
		if hi != nil {
			r.High, minHigh = maxPtr(r.High, hi), minPtr(minHigh, hi)
		}
	}
	if lowOpen {
		r.Low = nil
	}
	if highOpen {
		r.High = nil
	}
	return r, maxLow != nil && minHigh != nil && *maxLow > *minHigh
}

func minPtr(a, b *int64) *int64 {
	if a == nil || *b < *a {
		return tally.Int64(*b)
	}
	return a
}

func maxPtr(a, b *int64) *int64 {
	if a == nil || *b > *a {
		return tally.Int64(*b)
	}
	return a
}

func partiesOnly(cs []tally.ClaimantFigures) bool {
	for _, c := range cs {
		if !c.PartyToConflict {
			return false
		}
	}
	return len(cs) > 0
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
