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
}

// New returns a Resolver over a gazetteer.
func New(g *geo.Gazetteer) *Resolver { return &Resolver{g: g} }

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
	for i, sc := range scopes {
		out[i] = d.places(scopes, i, sc)
	}
	return out
}
