// Package wordset holds fixed sets of words, and maps keyed by them, for
// the lookups on extraction's hot paths: a word tested against a lexicon
// for every token of a text.
//
// A Map is an open-addressed table at least four times the size of its
// set, probed linearly from a hash of the word's length and its first two
// and last two bytes. A lookup reads those bytes and compares whole
// strings only in the slots it probes, instead of hashing every byte as a
// Go map does. A word that is not in the set is most often turned away by
// a small filter of hash bits kept with the table's header, before the
// slots are read, and else most often meets an empty slot at once.
// Answers are exactly the Go map's the Map was built from.
package wordset

import (
	"iter"
	"math/bits"
	"strings"
	"sync"
)

// Map is a read-only map from words to values, safe for concurrent use.
// The zero Map, and a nil *Map, are empty.
type Map[V any] struct {
	slots []slot[V] // a key of "" marks an empty slot
	mask  uint32
	// filter has the bit of each word's hash byte (filterBit): a word
	// whose bit is clear is not in the map, and is answered without
	// reading the slots, which most often lie outside the cache.
	filter [4]uint64
	// empty holds the value of the empty word, which cannot be a key
	// of the table, since "" marks an empty slot.
	empty    V
	hasEmpty bool
}

// slot is one cell of the table: a word with its value side by side, so
// that a probe reads one cache line.
type slot[V any] struct {
	key string
	val V
}

// New returns a Map holding m's entries; later changes to m are not seen.
func New[V any](m map[string]V) *Map[V] {
	size := 1 << bits.Len(uint(4*len(m)))
	t := &Map[V]{slots: make([]slot[V], size), mask: uint32(size - 1)}
	for k, v := range m {
		if k == "" {
			t.empty, t.hasEmpty = v, true
			continue
		}
		h := hash(k)
		t.filter[filterBit(h)>>6] |= 1 << (filterBit(h) & 63)
		i := h & t.mask
		for t.slots[i].key != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot[V]{k, v}
	}
	return t
}

// Set returns a Map that holds each of words with the value true.
func Set(words ...string) *Map[bool] {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	// The Map itself is taken from setHeaders, not allocated alone: a
	// lookup reads its Map before its slots, and the many sets a sentence
	// is tested against keep their Maps in a few cache lines side by side.
	t := New(m)
	setMu.Lock()
	defer setMu.Unlock()
	if len(setHeaders) == cap(setHeaders) {
		setHeaders = make([]Map[bool], 0, 64)
	}
	setHeaders = append(setHeaders, *t)
	return &setHeaders[len(setHeaders)-1]
}

// setHeaders is the room of the Maps that Set returns; once full, it is
// left to the Maps in it and a new one is made, so none of them moves.
// setMu guards it.
var (
	setMu      sync.Mutex
	setHeaders []Map[bool]
)

// Get returns w's value, and whether w is in the map; the zero value when
// it is not.
func (t *Map[V]) Get(w string) (V, bool) { return get(t, w) }

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

// GetFold is Get for w in any case: w is lowered into stack room, so that
// the lookup does not allocate, unless it is longer than that room or
// holds a byte outside ASCII, when strings.ToLower lowers it.
func (t *Map[V]) GetFold(w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		return get(t, strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return get(t, strings.ToLower(w))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return get(t, buf[:len(w)])
}

// HasFold reports whether w, in any case, is in the map.
func (t *Map[V]) HasFold(w string) bool {
	_, ok := t.GetFold(w)
	return ok
}

// AppendLower appends s to dst with its ASCII capitals lowered; every other
// byte is kept, so offsets into s hold in the result.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// GetBytes is Get for a word held in bytes; it does not allocate.
func (t *Map[V]) GetBytes(w []byte) (V, bool) { return get(t, w) }

// get is the one body of Get and GetBytes. Each kind of word has code of
// its own, and string(w) compares a word in bytes in place, without
// allocating.
func get[V any, S string | []byte](t *Map[V], w S) (V, bool) {
	if len(w) == 0 || t == nil || len(t.slots) == 0 {
		if len(w) == 0 && t != nil && t.hasEmpty {
			return t.empty, true
		}
		var zero V
		return zero, false
	}
	h := hash(w)
	if b := filterBit(h); t.filter[b>>6]&(1<<(b&63)) == 0 {
		var zero V
		return zero, false
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if len(sl.key) == len(w) && sl.key == string(w) {
			return sl.val, true
		}
		if sl.key == "" {
			var zero V
			return zero, false
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
		for _, sl := range t.slots {
			if sl.key != "" && !yield(sl.key, sl.val) {
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
	for _, sl := range t.slots {
		if sl.key != "" {
			n++
		}
	}
	if t.hasEmpty {
		n++
	}
	return n
}

// Shapes is a quick test of a word against a set of words, which needs
// no hashing: it holds the length of the set's longest word and, by the
// first two letters of each word, in either case, a bit for each length
// one has. A word it cannot class (under two bytes, of 32 or more, or not
// begun by two ASCII letters) marks the set as holding some such, and then
// such a word may be in it. The zero Shapes holds no word.
type Shapes struct {
	bits    [26][26]uint32
	longest int
	other   bool
}

// Add adds w to the set.
func (s *Shapes) Add(w string) {
	s.longest = max(s.longest, len(w))
	if len(w) < 2 || len(w) >= 32 {
		s.other = true
		return
	}
	a, b := (w[0]|0x20)-'a', (w[1]|0x20)-'a'
	if a >= 26 || b >= 26 {
		s.other = true
		return
	}
	s.bits[a][b] |= 1 << len(w)
}

// MayHold reports whether w, in any case of its ASCII letters, may be in
// the set; false is certain. Setting the 0x20 bit lowers a capital and
// makes a small letter of no other byte.
func (s *Shapes) MayHold(w string) bool {
	if len(w) > s.longest {
		return false
	}
	if len(w) < 2 || len(w) >= 32 {
		return s.other
	}
	a, b := (w[0]|0x20)-'a', (w[1]|0x20)-'a' // wraps past 25 for a byte that is no letter
	if a >= 26 || b >= 26 {
		return s.other
	}
	return s.bits[a][b]&(1<<len(w)) != 0
}

// MayHoldBytes is MayHold for a word held in bytes. It keeps a body of
// its own, apart from MayHold's: its callers test every word of a text,
// and a body shared by both kinds of word is too large to be inlined
// into them.
func (s *Shapes) MayHoldBytes(w []byte) bool {
	if len(w) > s.longest {
		return false
	}
	if len(w) < 2 || len(w) >= 32 {
		return s.other
	}
	a, b := (w[0]|0x20)-'a', (w[1]|0x20)-'a'
	if a >= 26 || b >= 26 {
		return s.other
	}
	return s.bits[a][b]&(1<<len(w)) != 0
}

// filterBit is the bit of a hash in a Map's filter: its top byte, which
// the index of a table under 2^24 slots does not use.
func filterBit(h uint32) uint32 { return h >> 24 }

// hash mixes a non-empty word's length with its first two and last two
// bytes (which overlap in a short word), by a multiply whose high half
// holds every input bit.
func hash[S string | []byte](w S) uint32 {
	n := uint(len(w))
	last := n - 1
	x := uint64(w[0]) | uint64(w[min(1, last)])<<8 | uint64(w[last-min(1, last)])<<16 | uint64(w[last])<<24 | uint64(n)<<32
	x *= 0x9E3779B97F4A7C15
	return uint32(x >> 32)
}
