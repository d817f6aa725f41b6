// Package place recognises the places a text names and resolves them to
// coordinates, province and country with the offline gazetteer, and decides
// which places each figure is about.
//
// Recognition looks up only capitalised words (and words in Persian or
// Arabic script) in the gazetteer's hash index, longest name first, and
// keeps those that read as places: not function words, months or titles; not
// part of a person's name ("Michael Jordan", "Dr. Reilly", and later the
// lone surname); not the head of an organisation's name ("Tehran Times", "Fars
// news agency", "University of Tehran"); and, for a small town or a town
// named like a common word, only after a cue ("in", "near", "city of") or
// beside its province or country ("Pandi, Bulacan"). A capital or a country
// before a speech verb ("Tehran dismissed…") is flagged a metonym: it is a
// government speaking, not the place of an event.
//
// Resolution weighs each reading of a name: the document's focus country
// (dateline, country names, demonyms, towns of one country only), a
// province or country named beside it ("Shahriar in Tehran province"),
// whether the name is the place's own or an alternate, its kind, and its
// population. Nothing is resolved by first match.
//
// Scope gives a figure the places that govern it in its sentence ("250 in
// Tabriz, 120 in Urmia": each figure its own city), else the nearest place
// of its paragraph, else the document's focus country; a national figure
// ("in 29 of Iran's 31 provinces", "across the country") gets the country.
package place

import (
	"sync"

	"tally"
	"tally/internal/extract/wordset"
	"tally/internal/geo"
)

// Scope locates one figure: byte offsets into the text of its sentence, its
// paragraph and the figure itself.
type Scope struct {
	Sentence, Paragraph, Figure [2]int
}

// Resolver recognises and resolves places. It is safe for concurrent use.
// The zero Resolver knows no places; build one with New or Default.
type Resolver struct {
	g *geo.Gazetteer
	// stops maps each word that is never a place alone (The, San, John) to
	// the most words of a name it starts, so that recognition asks the small
	// map, not the gazetteer's large one, about the commonest capitals.
	stops *wordset.Map[int]
	// stopShapes rules out most words before the stops map is asked.
	stopShapes wordset.Shapes
	// docs holds *document values, with their buffers: a document's
	// tokens and mentions are its largest allocations and live only while
	// its figures' places are found.
	docs sync.Pool
}

// New returns a Resolver over a gazetteer.
func New(g *geo.Gazetteer) *Resolver {
	r := &Resolver{g: g, stops: wordset.New(map[string]int{})}
	if g == nil {
		return r
	}
	stops := map[string]int{}
	for _, set := range []*wordset.Map[bool]{neverPlace, personNames} {
		for w := range set.All() {
			stops[w] = g.MaxWords(w)
			r.stopShapes.Add(w)
		}
	}
	r.stops = wordset.New(stops)
	return r
}

var (
	defaultOnce sync.Once
	defaultRes  *Resolver
	defaultErr  error
)

// Default returns a Resolver over the embedded gazetteer, loaded once on the
// first call.
func Default() (*Resolver, error) {
	defaultOnce.Do(func() {
		var g *geo.Gazetteer
		g, defaultErr = geo.Default()
		defaultRes = New(g)
	})
	return defaultRes, defaultErr
}

// Places returns, for each scope, the places its figure is about: those that
// govern it in its sentence, else its paragraph's, else the document's focus
// country.
func (r *Resolver) Places(text string, scopes []Scope) [][]tally.Place {
	out := make([][]tally.Place, len(scopes))
	if r == nil || r.g == nil || len(scopes) == 0 {
		return out
	}
	// The spans, votes and groups are worked out in the pooled
	// document's room: a document's figures allocated them afresh.
	d := r.newDocument()
	d.spans = appendScopeSpans(d.spans, scopes)
	d.read(text, d.spans)
	d.groupSiblings(scopes)
	for i, sc := range scopes {
		out[i] = d.places(d.siblings(i), sc)
	}
	d.release() // every place returned is a copy, none a mention
	return out
}
