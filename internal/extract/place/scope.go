package place

import (
	"bytes"
	"cmp"
	"slices"
	"sort"

	"tally"
	"tally/internal/extract/wordset"
	"tally/internal/geo"
)

// document is a text's places, found once for all its figures.
type document struct {
	r    *Resolver
	text string
	// ms are the places of events: no demonyms, metonyms or broad
	// regions. release hands their buffer back to the Resolver once no
	// figure needs them.
	ms       []Mention
	focus    string
	national map[[2]int]bool // sentences already read for a national figure
	lower    []byte          // national's buffer
	toks     []token         // the tokens' room, kept for the next document
	rs       readings        // recognition's room, likewise
	// The room of Places' own work, likewise: the scopes' spans, the
	// country votes, and the scopes' figures grouped by sentence.
	spans  [][2]int
	votes  votes
	bySent []int    // scope indices, stably sorted by sentence
	figs   [][2]int // their figures, in that order
	group  [][2]int // for each scope, where its sentence's figures lie in figs
}

// newDocument returns a document from the Resolver's pool, with its
// buffers; it goes back to the pool on release.
func (r *Resolver) newDocument() *document {
	d, _ := r.docs.Get().(*document)
	if d == nil {
		d = &document{national: map[[2]int]bool{}}
	}
	d.r = r
	return d
}

// read finds the places of text. Only the mentions that overlap one of
// spans (sorted, disjoint; see appendScopeSpans) are resolved and kept:
// the figures read no others, and every mention is resolved alone once
// the focus, which needs them all, is known.
func (d *document) read(text string, spans [][2]int) {
	r := d.r
	d.text = text
	d.toks = tokenize(text, d.toks)
	var all []Mention
	d.rs.kept = d.rs.kept[:0] // the mentions that used it were cleared on release
	all, d.focus, d.votes = r.resolve(text, d.toks, r.recognise(text, d.toks, d.ms, &d.rs), spans, d.votes)
	d.ms = all[:0] // filter in place: mentions are large
	for _, m := range all {
		if !m.Demonym && !m.Metonym && m.Place.Kind != geo.Region.String() && !venue(text, m) {
			d.ms = append(d.ms, m)
		}
	}
}

// appendScopeSpans returns the sentences and paragraphs of scopes, sorted
// and merged where they overlap or touch, in dst's room: the parts of the
// text whose places the figures may read. Their ends rise with their
// starts, as overlaps needs.
func appendScopeSpans(dst [][2]int, scopes []Scope) [][2]int {
	spans := dst[:0]
	for _, sc := range scopes {
		for _, sp := range [...][2]int{sc.Sentence, sc.Paragraph} {
			if sp[0] < sp[1] { // an empty or inverted span holds no mention
				spans = append(spans, sp)
			}
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && sp[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

// overlaps reports whether [start, end) overlaps one of spans, which are
// sorted and disjoint.
func overlaps(spans [][2]int, start, end int) bool {
	k, _ := slices.BinarySearchFunc(spans, start, func(sp [2]int, at int) int {
		if sp[1] <= at {
			return -1
		}
		return 1
	})
	return k < len(spans) && spans[k][0] < end && start < spans[k][1]
}

// release returns the document, with its buffers, to its Resolver's
// pool, cleared so that the pool keeps no text alive (tokens hold only
// offsets). d is unusable after.
func (d *document) release() {
	clear(d.ms[:cap(d.ms)])
	d.ms = d.ms[:0]
	clear(d.national)
	r := d.r
	d.r, d.text, d.focus = nil, "", ""
	r.docs.Put(d)
}

// venueWords make the place after them where someone spoke or sits, not
// where an episode happened: "told journalists in Geneva", "a special
// session of the council in Geneva", "headquartered in London".
var venueWords = setOf(
	"said", "says", "told", "tells", "speaking", "spoke",
	"briefing", "session", "meeting", "conference", "summit",
	"statement", "interview", "addressing", "headquartered",
	"based", "exile", "exiled",
)

// venue reports a mention that places a speaker or an organisation rather
// than an episode: "the London-based group", "told reporters in Geneva".
// It reads the up to seven words before the mention, nearest first, into
// a stack buffer: it runs for every mention, and words kept as strings
// would cost an allocation each.
func venue(text string, m Mention) bool {
	rest := text[m.End:]
	if len(rest) >= 6 && (rest[:6] == "-based" || rest[:6] == " based") {
		return true
	}
	var buf [16]byte
	i := m.Start
	for n := 0; n < 7; n++ {
		j, k := wordBefore(text, i)
		if j == k {
			return false
		}
		w := wordset.AppendLower(buf[:0], text[j:k])
		if n == 0 && string(w) != "in" && string(w) != "from" {
			return false
		}
		if n > 0 && venueWords.Of(string(w)) {
			return true
		}
		i = j
	}
	return false
}

// wordBefore returns the span of the word before at, past the spaces
// between them: a run of ASCII letters, hyphens and apostrophes. The span
// is empty when no word stands there (punctuation, the start of the text).
func wordBefore(text string, at int) (start, end int) {
	end = at
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	start = end
	for start > 0 && (isASCIILetter(text[start-1]) || text[start-1] == '-' || text[start-1] == '\'') {
		start--
	}
	return start, end
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// places are the places of the figure of sc, among figs, the figures of
// its sentence: those in the sentence that govern it, else the nearest in
// its paragraph, else the focus country.
func (d *document) places(figs [][2]int, sc Scope) []tally.Place {
	sent := d.within(sc.Sentence)
	nat, seen := d.national[sc.Sentence]
	if !seen {
		nat = national(d.text, sc.Sentence, &d.lower)
		d.national[sc.Sentence] = nat
	}
	if nat {
		return d.country(sent)
	}
	if len(sent) > 0 {
		return distinct(governing(figs, sc, sent))
	}
	if m, ok := d.nearest(sc); ok {
		return []tally.Place{m.Place}
	}
	return d.country(nil)
}

// within returns the mentions inside a span; mentions are in text order,
// so a binary search finds the first.
func (d *document) within(span [2]int) []Mention {
	from := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].Start >= span[0] })
	to := from
	inside := true
	for to < len(d.ms) && d.ms[to].Start < span[1] {
		inside = inside && d.ms[to].End <= span[1]
		to++
	}
	if inside {
		// The common case: every one ends inside too. The caller only
		// reads, so the document's own mentions serve, capped so that
		// no append can write over the next ones.
		return d.ms[from:to:to]
	}
	var out []Mention
	for _, m := range d.ms[from:to] {
		if m.End <= span[1] {
			out = append(out, m)
		}
	}
	return out
}

// country is the country a national figure is about: one its sentence
// names, else the focus.
func (d *document) country(sent []Mention) []tally.Place {
	for _, m := range sent {
		if m.Place.Kind == geo.Country.String() {
			return []tally.Place{m.Place}
		}
	}
	if i, ok := d.r.g.Country(d.focus); ok && d.focus != "" {
		return []tally.Place{d.r.g.Place(i)}
	}
	return nil
}

// governing attaches each place of a sentence to one of its figures: a
// place after "in", "at", "near" to the figure before it ("250 in Tabriz"),
// any other to the figure after it ("In Tabriz, 250 were held"). A figure
// that no place attaches to takes all the sentence's places ("killed 5 and
// injured 20 in Tabriz").
func governing(figs [][2]int, sc Scope, sent []Mention) []Mention {
	if len(figs) < 2 {
		return sent
	}
	var mine []Mention
	for _, m := range sent {
		if attach(figs, m) == sc.Figure {
			mine = append(mine, m)
		}
	}
	if len(mine) == 0 {
		return sent
	}
	return mine
}

// groupSiblings groups the figure spans of the scopes by sentence, in the
// document's room: siblings(i) is then the figures of every scope whose
// sentence is scope i's, in scope order.
func (d *document) groupSiblings(scopes []Scope) {
	d.bySent = d.bySent[:0]
	for i := range scopes {
		d.bySent = append(d.bySent, i)
	}
	slices.SortStableFunc(d.bySent, func(a, b int) int { return compareSpans(scopes[a].Sentence, scopes[b].Sentence) })
	d.figs = d.figs[:0]
	d.group = slices.Grow(d.group[:0], len(scopes))[:len(scopes)]
	for k := 0; k < len(d.bySent); {
		end := k + 1
		for end < len(d.bySent) && scopes[d.bySent[end]].Sentence == scopes[d.bySent[k]].Sentence {
			end++
		}
		for _, i := range d.bySent[k:end] {
			d.figs = append(d.figs, scopes[i].Figure)
			d.group[i] = [2]int{k, end}
		}
		k = end
	}
}

// siblings is the figures of scope i's sentence; see groupSiblings.
func (d *document) siblings(i int) [][2]int {
	g := d.group[i]
	return d.figs[g[0]:g[1]:g[1]]
}

func compareSpans(a, b [2]int) int {
	if c := cmp.Compare(a[0], b[0]); c != 0 {
		return c
	}
	return cmp.Compare(a[1], b[1])
}

// attach returns the figure a place mention governs.
func attach(figs [][2]int, m Mention) [2]int {
	before, after := -1, -1
	for j, f := range figs {
		if f[1] <= m.Start {
			if before < 0 || f[1] > figs[before][1] {
				before = j
			}
		} else if f[0] >= m.End && (after < 0 || f[0] < figs[after][0]) {
			after = j
		}
	}
	switch {
	case m.Cue && before >= 0, after < 0 && before >= 0:
		return figs[before]
	case after >= 0:
		return figs[after]
	}
	return [2]int{-1, -1}
}

// nearest is the paragraph's place closest before the figure's sentence,
// else the first after it.
func (d *document) nearest(sc Scope) (Mention, bool) {
	var found Mention
	ok := false
	for _, m := range d.within(sc.Paragraph) {
		if m.End <= sc.Sentence[0] {
			found, ok = m, true
		} else if !ok && m.Start >= sc.Sentence[1] {
			return m, true
		}
	}
	return found, ok
}

// distinct drops repeated places and a region or country that a more
// precise place in the list lies in.
func distinct(ms []Mention) []tally.Place {
	var out []tally.Place
	for _, m := range ms {
		p := m.Place
		if containsPlace(out, p) || insideAnother(ms, p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func containsPlace(ps []tally.Place, p tally.Place) bool {
	for _, q := range ps {
		if q.Name == p.Name && q.Country == p.Country && q.Kind == p.Kind && q.Admin1 == p.Admin1 {
			return true
		}
	}
	return false
}

// insideAnother reports whether p is a country or region that another
// mention's place lies in.
func insideAnother(ms []Mention, p tally.Place) bool {
	for _, m := range ms {
		q := m.Place
		switch {
		case p.Kind == "country" && q.Kind != "country" && q.Country == p.Country:
			return true
		case p.Kind == "admin1" && q.Kind == "city" && q.Country == p.Country && q.Admin1 == p.Name:
			return true
		}
	}
	return false
}

// nationalPhrases mark a figure about the whole country.
var nationalPhrases = []string{
	"nationwide", "across the country", "throughout the country", "all over the country",
	"around the country", "across the nation", "throughout the nation", "country-wide", "countrywide",
	"in all provinces", "of the country's", "all of the country",
}

// nationalUnits are the units a count of which speaks of the whole
// country ("in 100 cities").
var nationalUnits = []string{" provinces", " cities", " towns"}

// nationalCores are words of which every national phrase and unit holds
// one (a test checks it): a sentence with none of them is not national.
var nationalCores = []string{"countr", "nation", "provinces", "cities", "towns"}

// coreStarts holds, by the first byte of a national core in either case,
// a bit for the letter after it: most pairs of bytes rule out every core
// at once.
var coreStarts = func() (t [256]uint32) {
	for _, c := range nationalCores {
		t[c[0]] |= 1 << (c[1] - 'a')
		t[c[0]-'a'+'A'] |= 1 << (c[1] - 'a')
	}
	return t
}()

// holdsCore reports whether s, its ASCII capitals lowered, holds one of
// nationalCores, as containsAny of the lowered s does, in one pass over s
// as written: a search per core cost the sentence's bytes over again for
// each, and lowering it all cost another pass, and this test runs on
// every sentence with a figure. Setting the 0x20 bit lowers a capital and
// makes a small letter of no other byte, and the cores are small letters.
func holdsCore[S string | []byte](s S) bool {
	for i := 0; i+1 < len(s); i++ {
		next := (s[i+1] | 0x20) - 'a' // wraps past 25 for a byte that is no letter
		if next >= 26 || coreStarts[s[i]]&(1<<next) == 0 {
			continue
		}
		for _, core := range nationalCores {
			if hasPrefixFold(s[i:], core) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s begins with the small letters low, in
// either case.
func hasPrefixFold[S string | []byte](s S, low string) bool {
	if len(s) < len(low) {
		return false
	}
	for k := 0; k < len(low); k++ {
		if s[k]|0x20 != low[k] {
			return false
		}
	}
	return true
}

// national reports whether a sentence speaks of the whole country: a
// national phrase, or a count of provinces or cities ("in 29 of Iran's 31
// provinces", "in 100 cities"). buf is reused for the lower-cased sentence.
func national(text string, span [2]int, buf *[]byte) bool {
	if span[0] < 0 || span[1] > len(text) || span[0] > span[1] {
		return false
	}
	if !holdsCore(text[span[0]:span[1]]) {
		return false // most sentences: one pass instead of fifteen searches
	}
	s := wordset.AppendLower((*buf)[:0], text[span[0]:span[1]])
	*buf = s
	for _, p := range nationalPhrases {
		if bytes.Contains(s, []byte(p)) {
			return true
		}
	}
	for _, unit := range nationalUnits {
		for rest := s; ; {
			k := bytes.Index(rest, []byte(unit))
			if k < 0 {
				break
			}
			if k > 0 && rest[k-1] >= '0' && rest[k-1] <= '9' {
				return true
			}
			rest = rest[k+len(unit):]
		}
	}
	return false
}
