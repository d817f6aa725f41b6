package geo

import (
	"hash/maphash"
	"math/bits"
)

// keyIndex maps folded keys to their slots: an open-addressed table,
// probed linearly, whose keys are copied end to end into one byte slice.
// It holds no pointers but its slices' own, so the garbage collector,
// which scanned every key of a Go map of some 450,000 strings at each of
// its cycles, passes over it; and a lookup hashes its key once and
// compares it whole only with the cells whose hash tag matches.
type keyIndex struct {
	seed  maphash.Seed
	keys  []byte // every key, end to end
	cells []cell // a power of two of them, at most half full
	n     int    // the keys held, the empty key included
	// The empty key has no cell: a cell of size 0 is an empty one.
	empty    slot
	hasEmpty bool
}

// cell is one key's place in the table: where its bytes are, its slot,
// and the top byte of its hash.
type cell struct {
	off, size uint32 // of the key in keys; size 0 marks an empty cell
	head      int32
	words     uint8
	tag       uint8
}

// newKeyIndex returns an index with room for n keys before it grows.
func newKeyIndex(n int) keyIndex {
	return keyIndex{seed: maphash.MakeSeed(), cells: make([]cell, 1<<bits.Len(uint(2*n+1)))}
}

// at returns the cell that holds key, of hash h, or the empty cell where
// it would go, and whether key is held. Each kind of key has code of its
// own, and string(key) compares a key in bytes in place, without
// allocating.
func at[S string | []byte](x *keyIndex, h uint64, key S) (int, bool) {
	mask := uint64(len(x.cells) - 1)
	tag := uint8(h >> 56)
	for i := h & mask; ; i = (i + 1) & mask {
		c := &x.cells[i]
		if c.size == 0 {
			return int(i), false
		}
		if c.tag == tag && int(c.size) == len(key) && string(x.keys[c.off:c.off+c.size]) == string(key) {
			return int(i), true
		}
	}
}

// get returns key's slot, as indexing a map does.
func (x *keyIndex) get(key string) (slot, bool) {
	if key == "" {
		return x.empty, x.hasEmpty
	}
	if len(x.cells) == 0 {
		return slot{}, false
	}
	i, ok := at(x, maphash.String(x.seed, key), key)
	if !ok {
		return slot{}, false
	}
	c := &x.cells[i]
	return slot{head: c.head, words: c.words}, true
}

// getBytes is get for a key in bytes; it does not allocate. It keeps a
// body of its own, apart from get's, because choosing the hash of the
// key's kind in one generic body slowed every lookup by some 5%.
func (x *keyIndex) getBytes(key []byte) (slot, bool) {
	if len(key) == 0 {
		return x.empty, x.hasEmpty
	}
	if len(x.cells) == 0 {
		return slot{}, false
	}
	i, ok := at(x, maphash.Bytes(x.seed, key), key)
	if !ok {
		return slot{}, false
	}
	c := &x.cells[i]
	return slot{head: c.head, words: c.words}, true
}

// put sets key's slot, adding the key or replacing its slot.
func (x *keyIndex) put(key string, sl slot) {
	if key == "" {
		if !x.hasEmpty {
			x.n++
		}
		x.empty, x.hasEmpty = sl, true
		return
	}
	if 2*(x.n+1) > len(x.cells) {
		x.grow()
	}
	h := maphash.String(x.seed, key)
	i, ok := at(x, h, key)
	c := &x.cells[i]
	if !ok {
		c.off, c.size, c.tag = uint32(len(x.keys)), uint32(len(key)), uint8(h>>56)
		x.keys = append(x.keys, key...)
		x.n++
	}
	c.head, c.words = sl.head, sl.words
}

// grow doubles the cells and places every key again.
func (x *keyIndex) grow() {
	old := x.cells
	x.cells = make([]cell, max(16, 2*len(old)))
	mask := uint64(len(x.cells) - 1)
	for _, c := range old {
		if c.size == 0 {
			continue
		}
		i := maphash.Bytes(x.seed, x.keys[c.off:c.off+c.size]) & mask
		for x.cells[i].size != 0 {
			i = (i + 1) & mask
		}
		x.cells[i] = c
	}
}
