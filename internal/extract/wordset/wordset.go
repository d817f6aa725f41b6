// Package wordset holds fixed sets of words, and maps keyed by them, for
// the lookups on extraction's hot paths: a word tested against a lexicon
// for every token of a text.
//
// A Map is an open-addressed table at least four times the size of its
// set, probed linearly from a hash of the word's length and its first two
// and last two bytes. A lookup reads those bytes and compares whole
// strings only in the slots it probes, instead of hashing every byte as a
// Go map does; a word that is not in the set most often meets an empty
// slot at once. Answers are exactly the Go map's the Map was built from.
package wordset

import (
	"iter"
	"math/bits"
)

// Map is a read-only map from words to values, safe for concurrent use.
// The zero Map, and a nil *Map, are empty.
type Map[V any] struct {
	keys []string // "" marks an empty slot
	vals []V
	mask uint32
	// empty holds the value of the empty word, which cannot be a key
	// of the table, since "" marks an empty slot.
	empty    V
	hasEmpty bool
}

// New returns a Map holding m's entries; later changes to m are not seen.
func New[V any](m map[string]V) *Map[V] {
	size := 1 << bits.Len(uint(4*len(m)))
	t := &Map[V]{keys: make([]string, size), vals: make([]V, size), mask: uint32(size - 1)}
	for k, v := range m {
		if k == "" {
			t.empty, t.hasEmpty = v, true
			continue
		}
		i := hash(k) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

// Set returns a Map that holds each of words with the value true.
func Set(words ...string) *Map[bool] {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return New(m)
}

// Get returns w's value, and whether w is in the map; the zero value when
// it is not.
func (t *Map[V]) Get(w string) (V, bool) {
	if w == "" || t == nil || len(t.keys) == 0 {
		if w == "" && t != nil && t.hasEmpty {
			return t.empty, true
		}
		var zero V
		return zero, false
	}
	for i := hash(w) & t.mask; ; i = (i + 1) & t.mask {
		switch k := t.keys[i]; k {
		case w:
			return t.vals[i], true
		case "":
			var zero V
			return zero, false
		}
	}
}

// Of returns w's value, or the zero value when w is not in the map, as
// indexing a Go map does.
func (t *Map[V]) Of(w string) V {
	v, _ := t.Get(w)
	return v
}

// Has reports whether w is in the map.
func (t *Map[V]) Has(w string) bool {
	_, ok := t.Get(w)
	return ok
}

// GetBytes is Get for a word held in bytes; it does not allocate.
func (t *Map[V]) GetBytes(w []byte) (V, bool) {
	if len(w) == 0 || t == nil || len(t.keys) == 0 {
		if len(w) == 0 && t != nil && t.hasEmpty {
			return t.empty, true
		}
		var zero V
		return zero, false
	}
	for i := hash(w) & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			var zero V
			return zero, false
		}
		if k == string(w) {
			return t.vals[i], true
		}
	}
}

// All yields every word of the map with its value, in no set order.
func (t *Map[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		if t == nil {
			return
		}
		if t.hasEmpty && !yield("", t.empty) {
			return
		}
		for i, k := range t.keys {
			if k != "" && !yield(k, t.vals[i]) {
				return
			}
		}
	}
}

// Len is the number of words in the map.
func (t *Map[V]) Len() int {
	if t == nil {
		return 0
	}
	n := 0
	for _, k := range t.keys {
		if k != "" {
			n++
		}
	}
	if t.hasEmpty {
		n++
	}
	return n
}

// hash mixes a non-empty word's length with its first two and last two
// bytes (which overlap in a short word).
func hash[S string | []byte](w S) uint32 {
	n := len(w)
	x := uint32(w[0]) | uint32(w[min(1, n-1)])<<8 | uint32(w[max(0, n-2)])<<16 | uint32(w[n-1])<<24
	x ^= uint32(n) * 0x9E3779B9
	x *= 0x85EBCA6B
	return x ^ x>>15
}
