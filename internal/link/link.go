// Package link links claims into events: it decides which claims of which
// reports are about one real-world episode, counts the independent voices
// behind each figure, follows a claimant's revisions and shows where the
// figures conflict. It never picks a winner among figures.
//
// # How claims are linked
//
// Claims are blocked by event type family (a riot is linked with protests)
// and country, so that only claims that could be about one episode are ever
// compared. Inside a block they are swept in date order: a claim joins the
// running cluster when its dates overlap the cluster's at the precision
// written ("1988" overlaps "July 1988"; 15 and 16 November do not) and the
// cluster would not grow past MaxSpan days (a claim whose own dates are
// wider may still join, since it was written at a coarser precision). A
// claim without dates stands for the Window days up to its document's
// publication date; a claim with neither is linked with the other undated
// claims of its block.
//
// Scope is kept apart, never merged: inside a cluster, the claims about the
// whole country (or about no narrower place) form the national event, and
// each city's or province's claims form a child event of it, so a national
// total and one city's count are never compared as rivals. A city's event
// of another type (a killing, an arrest, an attack) whose dates fall inside
// a national protest event of the same country becomes its child too.
//
// # Voices, revisions, conflict
//
// Claimant names are resolved through a Registry ("AI", "Amnesty" and "the
// Amnesty International" are one claimant); a claim without a claimant is
// its publisher's voice. A claimant's distinct figures for a measure form a
// series in the order they were first claimed: the last is current, the
// others are revisions; a figure repeated later is an echo, counted in the
// claimant's reports but not made current again. Publishers whose
// documents are near-duplicates (SimHash of their claim quotes) count as
// one independent voice. Denied and predicted figures stay among the
// event's claims but carry no figure. A measure conflicts when some two
// current figures cannot both hold.
//
// The same claims in any order give the same events with the same IDs: an
// event's ID is a hash of its sorted claim IDs. Blocks are linked
// independently, and the links between a city's incident and a national
// protest event are made from the events alone, which is what lets Update
// relink only the blocks that new claims touch.
//
// DocLinker groups documents by event from their text alone, for reports
// without figures.
package link

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"tally"
)

// Defaults of a zero Linker.
const (
	DefaultWindow  = 14 // days before publication an undated claim may refer to
	DefaultMaxSpan = 90 // days one event may grow to by chaining reports
)

// Linker links claims into events. Its zero value works with an empty
// registry (names resolve by heuristics only); set Registry to the one the
// store holds.
type Linker struct {
	Registry *Registry
	Window   int // days; 0 means DefaultWindow
	MaxSpan  int // days; 0 means DefaultMaxSpan
}

// Link links claims into events with reg (nil: an empty registry) and
// default windows.
func Link(claims []tally.Claim, reg *Registry) []tally.Event {
	return (&Linker{Registry: reg}).Link(claims)
}

// Link links claims into events, sorted by start date, then ID (undated
// last). Claims with the same ID count once (the first of them); claims
// should carry IDs, since an event's ID is made of them.
func (l *Linker) Link(claims []tally.Claim) []tally.Event {
	items := l.items(claims)
	focus := l.focusCountries(claims)
	for i := range items {
		if items[i].country == "" && len(items[i].c.Where) == 0 {
			items[i].country = cmp.Or(focus[items[i].c.Doc], l.claimantHome(items[i].c))
		}
	}
	events := l.linkItems(items, true)
	sortEvents(events)
	return events
}

// linkBlocks links claims that all belong to one country's partition
// (claims that name no place are put in it), without adoption: Update
// uses it to relink single blocks.
func (l *Linker) linkBlocks(claims []tally.Claim, country string) []tally.Event {
	items := l.items(claims)
	for i := range items {
		if items[i].country == "" && len(items[i].c.Where) == 0 {
			items[i].country = country
		}
	}
	return l.linkItems(items, false)
}

// linkItems links prepared items block by block, and when withAdoption,
// adopts each country's incidents into its protest events.
func (l *Linker) linkItems(items []item, withAdoption bool) []tally.Event {
	r := &run{Linker: l, reg: l.registry(), names: make(map[string]resolved)}
	var events []tally.Event
	first := 0 // of the current country's events
	bs := blocks(items)
	for i, block := range bs {
		events = r.linkBlock(events, block)
		if withAdoption && (i == len(bs)-1 || bs[i+1][0].country != block[0].country) {
			adopt(events[first:])
			first = len(events)
		}
	}
	return events
}

// run is one call of Link: the linker with a cache of resolved names,
// since one claimant's name recurs across thousands of claims.
type run struct {
	*Linker
	reg   *Registry
	names map[string]resolved
}

// resolved is a claimant name's source and the key of its name.
type resolved struct {
	src tally.Source
	key string
}

func (l *run) resolve(name string) resolved {
	r, ok := l.names[name]
	if !ok {
		r.src = l.reg.Resolve(name)
		r.key = Key(r.src.Name)
		l.names[name] = r
	}
	return r
}

// item is a claim prepared for linking.
type item struct {
	c        *tally.Claim
	block    int // rank of (country, family), for a cheap sort
	family   tally.EventType
	country  string
	scope    string // "" for the whole country, else the sorted place keys
	start    int    // days since 1970-01-01, inclusive
	end      int    // for linking: a running toll's runs to its publication
	written  int    // the end as written
	explicit bool   // dates from the claim's own when
	undated  bool   // neither when nor a publication date
}

func (l *Linker) window() int { return cmp.Or(l.Window, DefaultWindow) }

func (l *Linker) maxSpan() int { return cmp.Or(l.MaxSpan, DefaultMaxSpan) }

func (l *Linker) registry() *Registry {
	if l.Registry == nil {
		return EmptyRegistry()
	}
	return l.Registry
}

// items prepares the claims, dropping repeated IDs.
func (l *Linker) items(claims []tally.Claim) []item {
	seen := make(map[string]bool, len(claims))
	items := make([]item, 0, len(claims))
	for i := range claims {
		c := &claims[i]
		if c.ID != "" && seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		items = append(items, l.prepare(c))
	}
	return items
}

// focusCountries is, for each document, the country most of its claims
// name, else the home country of its publisher (state media and
// governments, in the registry): a claim that names no place is taken to
// be about it, as a reader of the report would.
func (l *Linker) focusCountries(claims []tally.Claim) map[string]string {
	focus := namedCountries(claims)
	reg := l.registry()
	for i := range claims {
		doc := claims[i].Doc
		if _, ok := focus[doc]; !ok && claims[i].Publisher != "" {
			if home := reg.Resolve(claims[i].Publisher).Country; home != "" {
				focus[doc] = strings.ToUpper(home)
			}
		}
	}
	return focus
}

// claimantHome is the home country of a claim's claimant (state media and
// governments, in the registry), for a claim whose document says nothing
// of where it happened.
func (l *Linker) claimantHome(c *tally.Claim) string {
	if c.Claimant == nil {
		return ""
	}
	return strings.ToUpper(l.registry().Resolve(c.Claimant.Name).Country)
}

// namedCountries is, for each document, the country most of its claims
// name (the smaller code on a tie).
func namedCountries(claims []tally.Claim) map[string]string {
	counts := make(map[string]map[string]int)
	for i := range claims {
		if country := claimCountry(&claims[i]); country != "" {
			doc := claims[i].Doc
			if counts[doc] == nil {
				counts[doc] = make(map[string]int)
			}
			counts[doc][country]++
		}
	}
	focus := make(map[string]string, len(counts))
	for doc, byCountry := range counts {
		best := ""
		for country, n := range byCountry {
			if n > byCountry[best] || (n == byCountry[best] && country < best) {
				best = country
			}
		}
		focus[doc] = best
	}
	return focus
}

// RunningTollDays bounds how far a running toll is taken to extend from
// its written dates towards the day it was claimed (see prepare).
const RunningTollDays = 120

// runningMeasures are the measures whose figures are running tolls.
var runningMeasures = []tally.Measure{tally.Killed, tally.Injured, tally.Arrested, tally.Executed,
	tally.Sentenced, tally.Disappeared, tally.Displaced}

// prepare reads a claim's dates. A toll of the dead, hurt or detained
// counts from its written dates up to the day it was claimed ("448 killed
// since mid-September", said on 29 November), so for linking its end is
// moved to its publication date, by at most RunningTollDays; the event's
// own dates stay those written.
func (l *Linker) prepare(c *tally.Claim) item {
	it := item{c: c, family: Family(c.EventType), country: claimCountry(c), scope: scopeKey(c)}
	published := dayOf(c.Published)
	switch start, end, ok := whenDays(c.When); {
	case ok:
		it.start, it.end, it.written, it.explicit = start, end, end, true
		if !c.Published.IsZero() && published > end && slices.Contains(runningMeasures, c.Measure) {
			it.end = min(published, start+RunningTollDays)
			it.end = max(it.end, end)
		}
	case !c.Published.IsZero():
		it.end, it.written = published, published
		it.start = published - l.window()
	default:
		it.undated = true
	}
	return it
}

// Family is the event type a claim is blocked under: riots are linked with
// protests (reports call one night of unrest either), an empty type is
// "other", and every other type stands alone.
func Family(t tally.EventType) tally.EventType {
	switch t {
	case tally.Riot:
		return tally.Protest
	case "":
		return tally.OtherType
	}
	return t
}

// claimCountry is the first country a claim's places name.
func claimCountry(c *tally.Claim) string {
	for _, p := range c.Where {
		if p.Country != "" {
			return strings.ToUpper(p.Country)
		}
	}
	return ""
}

// scopeKey is "" when a claim is about a whole country or names no narrower
// place, else the sorted keys of its narrower places.
func scopeKey(c *tally.Claim) string {
	var keys []string
	for _, p := range c.Where {
		if p.Kind == "country" {
			return ""
		}
		keys = append(keys, placeKey(p))
	}
	slices.Sort(keys)
	return strings.Join(slices.Compact(keys), "|")
}

func placeKey(p tally.Place) string {
	if p.GeonamesID != 0 {
		return "g" + itoa(p.GeonamesID)
	}
	return strings.ToUpper(p.Country) + ":" + Key(p.Name)
}

// blocks groups items by country and family, each block in a stable order
// and the blocks of one country together.
//
// Items with the same dates in one block may come in any order: the sweep
// gives them one cluster whatever their order, and events are built from
// sorted claim IDs.
func blocks(items []item) [][]item {
	rankBlocks(items)
	items = sortItems(items)
	var out [][]item
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].block == items[i].block {
			j++
		}
		out = append(out, items[i:j:j])
		i = j
	}
	return out
}

// rankBlocks numbers the items' blocks in (country, family) order.
func rankBlocks(items []item) {
	type key struct {
		country string
		family  tally.EventType
	}
	rank := make(map[key]int)
	for _, it := range items {
		rank[key{it.country, it.family}] = 0
	}
	keys := make([]key, 0, len(rank))
	for k := range rank {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.country, b.country), cmp.Compare(a.family, b.family))
	})
	for i, k := range keys {
		rank[k] = i
	}
	for i := range items {
		items[i].block = rank[key{items[i].country, items[i].family}]
	}
}

// sortItems orders items by block, then dated before undated, then by
// start and end, through one packed integer key a claim, which is much
// cheaper to sort than the items themselves.
func sortItems(items []item) []item {
	type keyed struct {
		key uint64
		i   int32
	}
	keys := make([]keyed, len(items))
	for i, it := range items {
		keys[i] = keyed{sortKey(it), int32(i)}
	}
	slices.SortFunc(keys, func(a, b keyed) int { return cmp.Compare(a.key, b.key) })
	sorted := make([]item, len(items))
	for i, k := range keys {
		sorted[i] = items[k.i]
	}
	return sorted
}

// sortKey packs block (20 bits), undated (1), start (22 bits, offset so
// that dates before 1970 sort first) and length (21 bits) into a uint64.
// Dates beyond those widths are clamped: they sort as the extreme they
// are near, which only matters for dates thousands of years off.
func sortKey(it item) uint64 {
	const startBits, lenBits = 22, 21
	clamp := func(v, bits int) uint64 { return uint64(min(max(v, 0), 1<<bits-1)) }
	var undated uint64
	if it.undated {
		undated = 1
	}
	return clamp(it.block, 20)<<(1+startBits+lenBits) | undated<<(startBits+lenBits) |
		clamp(it.start+1<<(startBits-1), startBits)<<lenBits | clamp(it.end-it.start, lenBits)
}

// linkBlock sweeps one block (sorted by time) into time clusters and each
// cluster into its national event and the child events of narrower
// places, appended to events.
func (l *run) linkBlock(events []tally.Event, block []item) []tally.Event {
	for _, cluster := range l.timeClusters(block) {
		events = l.scoped(events, cluster)
	}
	return events
}

func (l *run) timeClusters(block []item) [][]item {
	var out [][]item
	first, cs, ce := 0, 0, 0
	for i, it := range block {
		if i > first && !l.joins(block[first], cs, ce, it) {
			out = append(out, block[first:i:i])
			first = i
		}
		if i == first {
			cs, ce = it.start, it.end
		}
		ce = max(ce, it.end)
	}
	if first < len(block) {
		out = append(out, block[first:])
	}
	return out
}

// joins says whether it may join the cluster [cs, ce] whose first item is
// head: undated items join only undated ones; dated ones must overlap and
// keep the cluster within MaxSpan unless their written dates are wider.
// The span test uses the written end: a running toll stretched to its
// publication may join, and then covers the claims that follow.
func (l *run) joins(head item, cs, ce int, it item) bool {
	if head.undated || it.undated {
		return head.undated == it.undated
	}
	if it.start > ce {
		return false
	}
	return max(ce, it.written)-cs <= l.maxSpan() || it.written-it.start >= l.maxSpan() || it.written <= ce
}

// scoped splits one time cluster by scope: the national event, and one
// child event per narrower place. Without national claims, the narrower
// events stand alone.
func (l *run) scoped(events []tally.Event, cluster []item) []tally.Event {
	ptrs := make([]*item, len(cluster))
	for i := range cluster {
		ptrs[i] = &cluster[i]
	}
	// "" (national) sorts first; the order inside a scope does not matter.
	slices.SortFunc(ptrs, func(a, b *item) int { return cmp.Compare(a.scope, b.scope) })
	first := len(events)
	for i := 0; i < len(ptrs); {
		j := i + 1
		for j < len(ptrs) && ptrs[j].scope == ptrs[i].scope {
			j++
		}
		events = append(events, l.build(ptrs[i:j], ptrs[i].scope == ""))
		i = j
	}
	if ptrs[0].scope == "" && len(events)-first > 1 {
		parent := &events[first]
		for i := first + 1; i < len(events); i++ {
			id := parent.ID
			events[i].Parent = &id
			parent.Children = append(parent.Children, events[i].ID)
		}
		slices.Sort(parent.Children)
	}
	return events
}

// incidentTypes are the event types of one place's incident that may sit
// inside a wider protest wave although linked apart from it: "Bloody
// Friday" in Zahedan is a killing inside the 2022 protests. (A city's
// protest is already a child of its national protest event when their
// dates meet.)
var incidentTypes = []tally.EventType{tally.Killing, tally.Assault, tally.Arrest, tally.Attack, tally.Strike}

// adopt makes each parentless event of one place in a country a child of
// the national protest event whose dates hold it (the one that overlaps it
// most, then the smaller ID), across event types. Events are one country's.
// Since only events of another type are adopted, these links can be told
// from those of scope and undone (see unadopt).
func adopt(events []tally.Event) {
	var parents []int
	for i := range events {
		if w := &events[i]; w.EventType == tally.Protest && isNational(w) && w.When != nil {
			parents = append(parents, i)
		}
	}
	for i := range events {
		ev := &events[i]
		if ev.Parent != nil || isNational(ev) || ev.When == nil || !slices.Contains(incidentTypes, ev.EventType) {
			continue
		}
		best, bestDays := -1, 0
		for _, j := range parents {
			days := overlapDays(ev.When, events[j].When)
			if days > bestDays || (days == bestDays && best >= 0 && events[j].ID < events[best].ID) {
				best, bestDays = j, days
			}
		}
		if best >= 0 {
			parent := events[best].ID
			ev.Parent = &parent
			events[best].Children = append(events[best].Children, ev.ID)
			slices.Sort(events[best].Children)
		}
	}
}

// unadopt undoes adopt: it drops every parent and child link between
// events of different types, leaving those of scope.
func unadopt(events []tally.Event) {
	types := make(map[string]tally.EventType, len(events))
	for _, ev := range events {
		types[ev.ID] = ev.EventType
	}
	for i := range events {
		ev := &events[i]
		if ev.Parent != nil && types[*ev.Parent] != ev.EventType {
			ev.Parent = nil
		}
		kept := []string{}
		for _, c := range ev.Children {
			if types[c] == ev.EventType {
				kept = append(kept, c)
			}
		}
		ev.Children = kept
	}
}

// isNational says whether an event is about a whole country.
func isNational(ev *tally.Event) bool {
	return len(ev.Where) == 1 && ev.Where[0].Kind == "country"
}

// overlapDays counts the days two date spans share, 0 when disjoint.
func overlapDays(a, b *tally.When) int {
	as, ae, aok := whenDays(a)
	bs, be, bok := whenDays(b)
	if !aok || !bok {
		return 0
	}
	return max(0, min(ae, be)-max(as, bs)+1)
}

// EventID is the stable ID of the event holding these claims: "ev_" and
// the first 8 bytes of the SHA-256 of the sorted, distinct claim IDs.
func EventID(claimIDs []string) string {
	ids := slices.Clone(claimIDs)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	sum := sha256.Sum256([]byte(strings.Join(ids, "\n")))
	return "ev_" + hex.EncodeToString(sum[:8])
}

func sortEvents(events []tally.Event) {
	slices.SortFunc(events, func(a, b tally.Event) int {
		return cmp.Or(cmp.Compare(whenStart(a), whenStart(b)), cmp.Compare(a.ID, b.ID))
	})
}

func whenStart(e tally.Event) string {
	if e.When == nil {
		return "~" // undated last
	}
	return e.When.Start
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

func dayOf(t time.Time) int {
	y, m, d := t.UTC().Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(epoch).Hours() / 24)
}

func dayString(day int) string {
	return epoch.AddDate(0, 0, day).Format(time.DateOnly)
}

// whenDays reads a claim's dates at the precision written: "2019",
// "2019-11" and "2019-11-15" each cover their whole span. A missing end is
// the end of the start's span; a missing start is the start of the end's.
func whenDays(w *tally.When) (start, end int, ok bool) {
	if w == nil {
		return 0, 0, false
	}
	s0, s1, sok := parseSpan(w.Start)
	e0, e1, eok := parseSpan(w.End)
	switch {
	case sok && eok:
		start, end = s0, e1
	case sok:
		start, end = s0, s1
	case eok:
		start, end = e0, e1
	default:
		return 0, 0, false
	}
	if end < start {
		start, end = end, start
	}
	return start, end, true
}

func parseSpan(s string) (first, last int, ok bool) {
	layouts := []struct {
		layout     string
		years, mon int
	}{{time.DateOnly, 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}}
	for _, l := range layouts {
		t, err := time.Parse(l.layout, strings.TrimSpace(s))
		if err != nil {
			continue
		}
		first = dayOf(t)
		last = dayOf(t.AddDate(l.years, l.mon, 0)) - 1
		return first, max(first, last), true
	}
	return 0, 0, false
}
