package link

import (
	"hash/fnv"
	"math/bits"
	"slices"
	"strings"
	"unicode"
)

// SyndicationDistance is the most bits two documents' SimHashes may differ
// by for one to count as a syndicated copy of the other.
const SyndicationDistance = 3

// independent counts distinct claimants, counting syndicated copies once:
// publishers that speak in their own voice through near-identical
// documents (one wire story under several mastheads) are one voice. Named
// claimants are one voice by name already, however many outlets repeat
// them.
func independent(voices []*voice) int {
	docVoice := make(map[string][]int) // doc → voices speaking through it as publisher
	for vi, v := range voices {
		if v.viaPublisher {
			for _, it := range v.items {
				docVoice[it.c.Doc] = append(docVoice[it.c.Doc], vi)
			}
		}
	}
	if len(docVoice) < 2 {
		return len(voices) // no two publishers' documents to compare
	}
	docQuotes := make(map[string][]*item, len(docVoice))
	for _, v := range voices {
		for _, it := range v.items {
			if _, ok := docVoice[it.c.Doc]; ok {
				docQuotes[it.c.Doc] = append(docQuotes[it.c.Doc], it)
			}
		}
	}
	uf := newUnionFind(len(voices))
	for _, group := range syndicated(docQuotes) {
		var members []int
		for _, d := range group {
			members = append(members, docVoice[d]...)
		}
		for _, m := range members[min(1, len(members)):] {
			uf.union(members[0], m)
		}
	}
	return uf.sets
}

// syndicated groups documents whose claim quotes are near-duplicates. The
// SimHashes are banded (four 16-bit bands): two hashes within 3 bits share
// at least one band, so only documents sharing a band are compared.
func syndicated(docQuotes map[string][]*item) [][]string {
	docs := make([]string, 0, len(docQuotes))
	for d := range docQuotes {
		docs = append(docs, d)
	}
	if len(docs) < 2 {
		return nil
	}
	slices.Sort(docs)
	hashes := make([]uint64, len(docs))
	for i, d := range docs {
		hashes[i] = SimHash(docText(docQuotes[d]))
	}
	uf := newUnionFind(len(docs))
	for band := range 4 {
		buckets := make(map[uint16][]int)
		for i, h := range hashes {
			b := uint16(h >> (16 * band))
			buckets[b] = append(buckets[b], i)
		}
		for _, idx := range buckets {
			unionNear(uf, hashes, idx)
		}
	}
	return uf.groups(docs)
}

// unionNear joins the near-identical hashes of one bucket. A bucket of
// thousands is compared with its first member only, so that one common
// band value cannot make the pass quadratic.
func unionNear(uf *unionFind, hashes []uint64, idx []int) {
	const maxPairs = 64
	for a := 0; a < len(idx) && a < maxPairs; a++ {
		for _, b := range idx[a+1:] {
			if bits.OnesCount64(hashes[idx[a]]^hashes[b]) <= SyndicationDistance {
				uf.union(idx[a], b)
			}
		}
	}
}

// docText is a document's distinct claim quotes, sorted so that the order
// claims come in does not matter.
func docText(its []*item) string {
	quotes := make([]string, 0, len(its))
	for _, it := range its {
		quotes = append(quotes, it.c.Quote)
	}
	slices.Sort(quotes)
	return strings.Join(slices.Compact(quotes), " ")
}

// SimHash is the 64-bit SimHash of a text's word 3-shingles (lower-cased
// letters and digits): near-identical texts get hashes a few bits apart.
func SimHash(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var weights [64]int
	for i := 0; i+1 <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i:min(i+3, len(words))] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		sum := h.Sum64()
		for bit := range 64 {
			if sum&(1<<bit) != 0 {
				weights[bit]++
			} else {
				weights[bit]--
			}
		}
	}
	var out uint64
	for bit, w := range weights {
		if w > 0 {
			out |= 1 << bit
		}
	}
	return out
}

// unionFind is a disjoint-set forest over 0..n-1 that counts its sets.
type unionFind struct {
	parent []int
	sets   int
}

func newUnionFind(n int) *unionFind {
	uf := &unionFind{parent: make([]int, n), sets: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
}

func (uf *unionFind) find(x int) int {
	for uf.parent[x] != x {
		uf.parent[x] = uf.parent[uf.parent[x]]
		x = uf.parent[x]
	}
	return x
}

func (uf *unionFind) union(a, b int) {
	ra, rb := uf.find(a), uf.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	uf.parent[rb] = ra // the smaller index roots, so groups come out stable
	uf.sets--
}

// groups returns the sets of more than one member, named by names.
func (uf *unionFind) groups(names []string) [][]string {
	byRoot := make(map[int][]string)
	for i, n := range names {
		r := uf.find(i)
		byRoot[r] = append(byRoot[r], n)
	}
	var out [][]string
	for i := range names {
		if g := byRoot[i]; len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}
