package place

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"tally"
	"tally/internal/extract/wordset"
	"tally/internal/geo"
)

// Mention is one place name found in a text and resolved.
type Mention struct {
	Start, End int         // byte offsets of the name in the text
	Text       string      // the name as written
	Place      tally.Place // what it was resolved to; Kind "region" for a continent or sea, which Places never returns
	Demonym    bool        // "Iranian": it names its country, but is not a place name
	Metonym    bool        // a capital or country standing for its government ("Tehran denied")
	Cue        bool        // a locative word stands before it: "in", "near", "city of"

	tok, ntok int // its tokens
	sent      int // its sentence's number in the text
	province  bool
	person    bool // rejected as part of a person's name
	townOnly  bool // every reading is a town
	needs     bool // accepted only if a neighbouring place confirms it
	cands     []geo.Match
	best      int32
}

// Mentions finds every place name in text, with byte spans, resolved
// against the document's other names. Demonyms and metonyms are included
// and flagged; the spans never overlap and come in text order.
func (r *Resolver) Mentions(text string) []Mention {
	if r == nil || r.g == nil {
		return nil
	}
	toks := tokenize(text, nil)
	ms := r.recognise(text, toks, nil, new(readings))
	ms, _, _ = r.resolve(text, toks, ms, nil, nil)
	return ms
}

// readings is the room recognition works in: the lookups' buffers, and
// the readings of every mention kept, end to end, which the mentions'
// cands are slices of. A pooled document keeps it for the next one.
type readings struct {
	key             []byte
	scratch, single []geo.Match
	kept            []geo.Match
}

// recognise finds the longest name at each capitalised word and keeps those
// that read as places. It appends them to dst[:0], whose room it reuses,
// and their readings to rs.kept.
func (r *Resolver) recognise(text string, toks []token, dst []Mention, rs *readings) []Mention {
	ms := dst[:0]
	if want := len(toks)/16 + 1; cap(ms) < want {
		ms = make([]Mention, 0, want) // about one word in sixteen names a place in news
	}
	buf, scratch, single := rs.key, rs.scratch, rs.single
	defer func() { rs.key, rs.scratch, rs.single = buf, scratch, single }()
	lastEnd := -1 // token index after the last kept mention
	var persons map[string]bool
	sent := 0
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.sentStart() && i > 0 {
			sent++ // a name's inner words never start a sentence, so none is skipped
		}
		if !t.upper() && !t.arabic() {
			i++
			continue
		}
		var n int
		var cands []geo.Match
		n, cands, single = r.longest(text, toks, i, &buf, scratch, single)
		if n > 1 {
			scratch = cands
		}
		if n == 0 {
			i++
			continue
		}
		m := Mention{Start: t.start, End: toks[i+n-1].end, tok: i, ntok: n, sent: sent}
		m.Text = text[m.Start:m.End]
		mark := len(rs.kept)
		m.cands = r.strongest(&rs.kept, cands)
		r.peoples(text, &m, &rs.kept)
		if r.keep(text, toks, &m, lastEnd == i && !ms[len(ms)-1].needs) {
			ms = append(ms, m)
			lastEnd = i + n
			i += n
			continue
		}
		rs.kept = rs.kept[:mark] // no mention holds them: room for the next
		if m.person && n == 1 {
			if persons == nil {
				persons = map[string]bool{}
			}
			persons[geo.Fold(m.Text)] = true
		}
		i++
	}
	return dropPersons(ms, persons)
}

// dropPersons drops one-word towns that the document also uses as a
// person's name: after "Bruce Ivins", a lone "Ivins" is the man.
func dropPersons(ms []Mention, persons map[string]bool) []Mention {
	if len(persons) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.ntok == 1 && m.townOnly && persons[geo.Fold(m.Text)] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// peoples widens a name after "People's" when the whole is a name: the
// tokens split at the possessive, and "Republic of China" alone is Taiwan.
func (r *Resolver) peoples(text string, m *Mention, kept *[]geo.Match) {
	before := text[:m.Start]
	for _, p := range []string{"People's ", "People’s "} {
		if !strings.HasSuffix(before, p) {
			continue
		}
		start := m.Start - len(p)
		if cands := r.g.Lookup(text[start:m.End]); len(cands) > 0 {
			m.Start, m.Text, m.cands = start, text[start:m.End], r.strongest(kept, cands)
		}
		return
	}
}

// maxReadings bounds the readings of a name that resolution weighs: the
// fortieth Washington of GeoNames never wins, and weighing it costs time.
const maxReadings = 12

// strongest copies the readings of a name to the end of kept, keeping
// countries, regions and provinces and the most populous towns, and
// returns the copy, capped: kept grows after it, but never over it.
func (r *Resolver) strongest(kept *[]geo.Match, cands []geo.Match) []geo.Match {
	from := len(*kept)
	*kept = append(*kept, cands...)
	out := (*kept)[from:len(*kept):len(*kept)]
	if len(out) <= maxReadings {
		return out
	}
	rank := func(c geo.Match) int64 {
		e := r.g.Entry(c.Entry)
		if e.Kind != geo.City {
			return math.MaxInt64
		}
		return e.Population
	}
	slices.SortStableFunc(out, func(a, b geo.Match) int { return cmp.Compare(rank(b), rank(a)) })
	*kept = (*kept)[:from+maxReadings]
	return out[:maxReadings:maxReadings]
}

// longest returns the most words from token i that name a place, and the
// places they may name. The first word's lookup also says how many words
// a name starting with it can have, so most words cost one lookup.
func (r *Resolver) longest(text string, toks []token, i int, buf *[]byte, dst, single []geo.Match) (int, []geo.Match, []geo.Match) {
	*buf = geo.FoldInto((*buf)[:0], text[toks[i].start:toks[i].end])
	var most int
	w, stop := 0, false
	if r.stopShapes.MayHoldBytes(*buf) { // most names are ruled out without hashing
		w, stop = r.stops.GetBytes(*buf)
	}
	if stop {
		single, most = single[:0], w // "The" is no place, but "The Hague" is
	} else {
		single, most = r.g.AppendLookupBytes(single[:0], *buf)
	}
	most = min(most, 8)
	avail := 1
	for avail < most && i+avail < len(toks) && toks[i+avail].joinable() {
		avail++
	}
	if avail >= 2 {
		// Folding is word by word, so the key of every longer name
		// starts with the first two words' key: when no name starts
		// with them, none of the longer lookups can succeed.
		*buf = geo.FoldInto((*buf)[:0], text[toks[i].start:toks[i+1].end])
		if !r.g.MayBeginName(*buf) {
			avail = 1
		}
	}
	for n := avail; n >= 2; n-- {
		if !lastWordFits(text, toks[i+n-1]) {
			continue
		}
		*buf = geo.FoldInto((*buf)[:0], text[toks[i].start:toks[i+n-1].end])
		dst = filterCase(r.g.AppendMatchesBytes(dst[:0], *buf), toks[i:i+n], r.g)
		if len(dst) > 0 {
			return n, dst, single
		}
	}
	single = filterCase(single, toks[i:i+1], r.g)
	if len(single) > 0 {
		return 1, single, single
	}
	return 0, nil, single
}

// filterCase drops abbreviations not written in capitals, and ordinary
// names written as a short all-capital word (UN, AP), which are acronyms.
func filterCase(ms []geo.Match, toks []token, g *geo.Gazetteer) []geo.Match {
	caps := len(toks) == 1 && toks[0].allCaps()
	short := caps && toks[0].end-toks[0].start <= 4
	out := ms[:0]
	for _, m := range ms {
		switch {
		case m.Abbrev && !caps:
			continue
		case !m.Abbrev && short:
			k := g.Entry(m.Entry).Kind
			if !(m.Primary && k == geo.Country) { // IRAN, PERU; not EST or UN

				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// word is token i folded, or "" outside the text.
func word(text string, toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return foldKey(text[toks[i].start:toks[i].end])
}

// foldKey folds a name for the word lists. A word already folded is
// returned as it is, and a capitalised ASCII word of up to 32 letters as
// the lists' own string, or "" when no list holds it, so the common cases
// do not allocate. It is not a gazetteer key: see geo.FoldInto.
func foldKey(w string) string {
	if isASCIILower(w) {
		return w
	}
	if len(w) <= 32 && isASCIIWord(w) {
		var buf [32]byte
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			b[i] = w[i] | 0x20
		}
		// A word no list holds needs no folded form: every list lookup
		// of it would fail anyway.
		w, _ := interned.GetBytes(b)
		return w
	}
	return geo.Fold(w)
}

// isASCIIWord reports whether w is ASCII letters only.
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if asciiLetter[w[i]&0x7f] == 0 || w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// interned holds every word of the word lists, so that foldKey can return
// the list's own string for a capitalised form.
var interned = func() *wordset.Map[string] {
	m := map[string]string{}
	for _, set := range []*wordset.Map[bool]{neverPlace, personNames, titles, commonWord, cues, placeSuffixes,
		orgSuffixes, orgPrefixes, speechVerbs, speechAuxiliaries, beforeNames, countryHeads} {
		for w := range set.All() {
			m[w] = w
		}
	}
	return wordset.New(m)
}()

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' || c == '.' || c == '\'' {
			return false
		}
	}
	return true
}

// kinds summarises a mention's candidates.
type kinds struct {
	country, admin1, region, city, demonym bool
	maxCityPop, maxAdminPop                int64
	capital                                bool
	primary                                bool // some reading is the place's own name
}

func (r *Resolver) kindsOf(cands []geo.Match) kinds {
	var k kinds
	for _, c := range cands {
		e := r.g.Entry(c.Entry)
		k.primary = k.primary || c.Primary
		switch {
		case c.Demonym:
			k.demonym = true
		case e.Kind == geo.Country:
			k.country = true
		case e.Kind == geo.Admin1:
			k.admin1 = true
			k.maxAdminPop = max(k.maxAdminPop, e.Population)
		case e.Kind == geo.Region:
			k.region = true
		default:
			k.city = true
			k.maxCityPop = max(k.maxCityPop, e.Population)
			if e.Feature == "PPLC" && c.Primary {
				k.capital = true
			}
		}
	}
	return k
}

// keep decides whether a candidate name reads as a place; afterMention says
// a kept mention ends right before it. It also sets the mention's flags.
func (r *Resolver) keep(text string, toks []token, m *Mention, afterMention bool) bool {
	i, n := m.tok, m.ntok
	key := foldKey(m.Text)
	k := r.kindsOf(m.cands)
	if k.demonym {
		m.Demonym = true // "Canadian" is Canada's people before it is a town in Texas
		m.cands = onlyDemonyms(m.cands)
	}
	m.townOnly = !k.country && !k.admin1 && !k.region && !k.demonym
	if excluded(text, toks, m, key) {
		return false
	}
	prev, next := word(text, toks, i-1), word(text, toks, i+n)
	m.province = strings.HasSuffix(key, " province") || strings.HasPrefix(key, "province of ") || next == "province"
	m.Cue = !toks[i].sentStart() && (cues.Has(prev) || prev == "of" && cues.Has(word(text, toks, i-2)))
	if headsLongerName(text, toks, m, k, next) || r.endsLongerName(text, toks, m, prev, afterMention) {
		return false
	}
	m.Metonym = !m.Cue && (k.country || k.capital) && !m.Demonym && r.speaks(text, toks, i+n)
	if k.country || k.region || m.Demonym || k.admin1 && k.maxAdminPop >= bigRegion || n > 1 && !commonWord.Has(key) {
		return true
	}
	return r.keepTown(text, toks, m, k, key, prev)
}

// excluded reports a name that is never a place here: a function word,
// month, title or first name; "US" in US$; California in A/California/7.
func excluded(text string, toks []token, m *Mention, key string) bool {
	n := m.ntok
	switch {
	case neverPlace.Has(key), personNames.Has(key), titles.Has(key):
		return true
	case n > 1 && !lastWordFits(text, toks[m.tok+n-1]):
		return true
	case m.End < len(text) && text[m.End] == '$':
		return true
	case m.Start > 0 && text[m.Start-1] == '/', m.End < len(text) && text[m.End] == '/':
		return true
	}
	return false
}

// headsLongerName reports a name that starts the name of something else:
// "Tehran Times", "Fars news agency", "Ohio State", "Jordan Peterson". A
// country keeps its place before words like "Government" or "Army", and
// any name before a month or a day.
func headsLongerName(text string, toks []token, m *Mention, k kinds, next string) bool {
	i, n := m.tok, m.ntok
	if i+n >= len(toks) || text[toks[i+n-1].end:toks[i+n].start] != " " {
		return false
	}
	if orgSuffixes.Has(next) {
		return true
	}
	if !toks[i+n].upper() || placeSuffixes.Has(next) || beforeNames.Has(next) || calendarWords.Has(next) {
		return false
	}
	country := k.country || k.region || k.admin1 || m.Demonym
	return !country || !(toks[i].allCaps() || countryHeads.Has(next) || m.Demonym)
}

// endsLongerName reports a name that ends a person's or an organisation's
// name: "Michael Jordan", "Dr. Reilly", "University of Tehran". It marks a
// person's so that the lone surname is known later.
func (r *Resolver) endsLongerName(text string, toks []token, m *Mention, prev string, afterMention bool) bool {
	i := m.tok
	if prev == "of" && orgPrefixes.Has(word(text, toks, i-2)) && !toks[i].sentStart() {
		return true
	}
	if titles.Has(prev) || toks[i].joinable() && toks[i-1].upper() && !afterMention && !m.Demonym && !beforeNames.Has(prev) && !neverPlace.Has(prev) {
		m.person = true
		return true
	}
	return false
}

// keepTown decides for a town named by one word, which is often also a word
// or a person: a large town stands alone; a small one, one named like a
// common word, or one known here only by another name needs a cue or a
// neighbour to confirm it (see confirmed).
func (r *Resolver) keepTown(text string, toks []token, m *Mention, k kinds, key, prev string) bool {
	i := m.tok
	biggest := max(k.maxCityPop, k.maxAdminPop)
	if !m.Cue && biggest < 100000 && r.speaks(text, toks, i+m.ntok) {
		return false // "Ivins said": a person
	}
	switch {
	case !m.Cue && !k.primary && !toks[i].arabic():
		m.needs = true // "Google" is an old name of Topeka
	case m.Cue && k.maxCityPop < lowPopulation && !k.primary:
		m.needs = true // a small town known here only by another name: Evin
	case m.Cue:
		return !commonWord.Has(key) || cues.Has(prev) && prev != "and" && prev != "of"
	case commonWord.Has(key), toks[i].sentStart() && biggest < 100000, biggest < lowPopulation:
		m.needs = true
	}
	return true
}

// onlyDemonyms keeps the demonym readings of a name.
func onlyDemonyms(cands []geo.Match) []geo.Match {
	out := cands[:0]
	for _, c := range cands {
		if c.Demonym {
			out = append(out, c)
		}
	}
	return out
}

// lastWordFits reports whether the last word of a name of several words may
// end a place name: a capital ("Bandar Abbas"), a word like "province", or
// Persian and Arabic script. It rejects "The city" and "The post".
func lastWordFits(text string, t token) bool {
	if t.upper() || t.arabic() {
		return true
	}
	w := text[t.start:t.end]
	if !isASCIILower(w) {
		w = geo.Fold(w)
	}
	return placeSuffixes.Has(w)
}

// speaks reports whether a speech verb follows token i, perhaps after an
// auxiliary: "Tehran has denied".
func (r *Resolver) speaks(text string, toks []token, i int) bool {
	for j := i; j < i+3 && j < len(toks); j++ {
		if j > i && !strings.ContainsAny(text[toks[j-1].end:toks[j].start], " ") {
			return false
		}
		w := word(text, toks, j)
		if speechVerbs.Has(w) {
			return true
		}
		if !speechAuxiliaries.Has(w) {
			return false
		}
	}
	return false
}

// confirmed reports whether a doubtful one-word town is kept: a
// neighbouring place after a comma or "in" names its region or country
// ("Pandi, Bulacan"), or it lies in the document's focus country.
func (r *Resolver) confirmed(text string, ms []Mention, i int, focus string) bool {
	m := &ms[i]
	if m.best >= 0 && r.g.Entry(m.best).Country == focus && focus != "" {
		return true
	}
	if i+1 < len(ms) {
		switch text[m.End:ms[i+1].Start] {
		case ", ", " in ", " (", ",":
			return true
		}
	}
	return false
}
