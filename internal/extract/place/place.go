// Package place recognises the places a text names and resolves them to
// coordinates, province and country with the offline gazetteer, and decides
// which places each figure is about.
package place

import "tally"

// Scope locates one figure: byte offsets into the text of its sentence, its
// paragraph and the figure itself.
type Scope struct {
	Sentence, Paragraph, Figure [2]int
}

// Resolver recognises and resolves places. It is safe for concurrent use.
type Resolver struct{}

// Places returns, for each scope, the places its figure is about: those that
// govern it in its sentence, else its paragraph's, else the document's focus
// country.
func (r *Resolver) Places(text string, scopes []Scope) [][]tally.Place {
	return make([][]tally.Place, len(scopes)) // TODO(place): implement
}
