// Package place recognises the places a text names and resolves them to
// coordinates, province and country with the offline gazetteer, and decides
// which places each figure is about.
package place

import (
	"sync"

	"tally"
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
	stops map[string]int
}

// New returns a Resolver over a gazetteer.
func New(g *geo.Gazetteer) *Resolver {
	r := &Resolver{g: g, stops: map[string]int{}}
	if g == nil {
		return r
	}
	for _, set := range []map[string]bool{neverPlace, personNames} {
		for w := range set {
			r.stops[w] = g.MaxWords(w)
		}
	}
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
	d := r.document(text)
	figs := siblings(scopes)
	for i, sc := range scopes {
		out[i] = d.places(figs[sc.Sentence], sc)
	}
	return out
}
