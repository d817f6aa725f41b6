package link

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
)

// DocLinker groups documents that report one event from their text alone,
// for reports that carry no figures to link (and to check the linker on
// event-coreference data). Each document becomes a TF-IDF vector over its
// content words, in which names (capitalised words inside a sentence)
// weigh more; documents are compared only when they share one of their
// most telling terms (blocking through an inverted index), and grouped by
// average-link agglomeration while the average similarity between two
// groups stays at or above Threshold. Documents published more than
// MaxDays apart are never grouped.
type DocLinker struct {
	Threshold float64 // cosine; 0 means DefaultDocThreshold
	TopTerms  int     // terms per document used for blocking; 0 means 12
	MaxDays   int     // 0 means 60; only when both documents are dated
	// NameWeight is how much more a name counts than a common word: names
	// tell one earthquake or one trial from another of the same kind.
	// 0 means DefaultNameWeight.
	NameWeight float64
}

// DefaultNameWeight is the weight of a name against a common word's 1.
const DefaultNameWeight = 2.5

// DefaultDocThreshold is the average cosine similarity at which two groups
// of documents are taken to report one event.
const DefaultDocThreshold = 0.08

// Group returns the IDs of documents that report one event, each group
// sorted, groups ordered by their first ID. Every document is in exactly
// one group; the same documents in any order give the same groups.
func (dl *DocLinker) Group(docs []tally.Document) [][]string {
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b tally.Document) int { return cmp.Compare(a.ID, b.ID) })
	docs = slices.CompactFunc(docs, func(a, b tally.Document) bool { return a.ID == b.ID })
	vecs := vectorsOf(termCountsOf(docs, cmp.Or(dl.NameWeight, DefaultNameWeight)))
	edges := dl.candidates(docs, vecs)
	clusters := averageLink(len(docs), edges, cmp.Or(dl.Threshold, DefaultDocThreshold))
	out := make([][]string, len(clusters))
	for i, c := range clusters {
		for _, d := range c {
			out[i] = append(out[i], docs[d].ID)
		}
		slices.Sort(out[i])
	}
	slices.SortFunc(out, func(a, b []string) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// termVec is a sparse unit vector sorted by term.
type termVec struct {
	terms   []string
	weights []float64
}

func (v termVec) dot(w termVec) float64 {
	var s float64
	for i, j := 0, 0; i < len(v.terms) && j < len(w.terms); {
		switch {
		case v.terms[i] < w.terms[j]:
			i++
		case v.terms[i] > w.terms[j]:
			j++
		default:
			s += v.weights[i] * w.weights[j]
			i, j = i+1, j+1
		}
	}
	return s
}

func termCountsOf(docs []tally.Document, nameWeight float64) []map[string]float64 {
	counts := make([]map[string]float64, len(docs))
	for i, d := range docs {
		counts[i] = termCounts(d.Title+".\n"+d.Text, nameWeight)
	}
	return counts
}

// vectorsOf weighs each document's terms by (1 + log tf) · idf, normalised.
func vectorsOf(counts []map[string]float64) []termVec {
	df := make(map[string]int)
	for _, c := range counts {
		for t := range c {
			df[t]++
		}
	}
	vecs := make([]termVec, len(counts))
	for i, c := range counts {
		vecs[i] = weigh(c, df, len(counts))
	}
	return vecs
}

func weigh(counts map[string]float64, df map[string]int, n int) termVec {
	var v termVec
	for t := range counts {
		v.terms = append(v.terms, t)
	}
	slices.Sort(v.terms)
	var norm float64
	for _, t := range v.terms {
		w := (1 + math.Log(counts[t])) * math.Log(float64(n+1)/float64(df[t]))
		v.weights = append(v.weights, w)
		norm += w * w
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for i := range v.weights {
			v.weights[i] /= norm
		}
	}
	return v
}

// termCounts counts a text's content words, stemmed; a capitalised word
// that does not open a sentence counts nameWeight times.
func termCounts(text string, nameWeight float64) map[string]float64 {
	counts := make(map[string]float64)
	sentenceStart := true
	for w := range words(text) {
		if w == "." || w == "!" || w == "?" || w == ":" {
			sentenceStart = true
			continue
		}
		lower := strings.ToLower(w)
		if stopWords[lower] || utf8.RuneCountInString(w) < 2 {
			sentenceStart = false
			continue
		}
		weight := 1.0
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(first) && !sentenceStart && !isAllUpper(w) {
			weight = nameWeight
		}
		counts[stem(lower)] += weight
		sentenceStart = false
	}
	return counts
}

func isAllUpper(w string) bool {
	return len(w) > 3 && strings.ToUpper(w) == w
}

// words yields a text's words (letters and digits) and its sentence
// marks as one-character words.
func words(text string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			word := unicode.IsLetter(r) || unicode.IsDigit(r)
			if word && start < 0 {
				start = i
			}
			if !word && start >= 0 {
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
			if strings.ContainsRune(".!?:", r) && !yield(string(r)) {
				return
			}
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}

// stem strips the commonest English endings, enough to join "arrests" and
// "arrested" with "arrest"; it is not a full stemmer.
func stem(w string) string {
	if utf8.RuneCountInString(w) <= 4 {
		return w
	}
	for _, suffix := range []string{"ings", "ing", "ied", "ies", "ed", "es", "s"} {
		if strings.HasSuffix(w, suffix) && len(w)-len(suffix) >= 4 {
			base := strings.TrimSuffix(w, suffix)
			if suffix == "ies" || suffix == "ied" {
				return base + "y"
			}
			return base
		}
	}
	return w
}

// edge is a candidate pair of documents with its cosine similarity.
type edge struct {
	a, b int
	sim  float64
}

// candidates compares the documents that share one of their TopTerms
// heaviest terms, skipping terms so common they block nothing.
func (dl *DocLinker) candidates(docs []tally.Document, vecs []termVec) []edge {
	top := cmp.Or(dl.TopTerms, 12)
	maxDays := cmp.Or(dl.MaxDays, 60)
	maxPosting := min(max(50, len(docs)/10), 200) // a term in more documents blocks nothing
	index := make(map[string][]int)
	for i, v := range vecs {
		for _, t := range topTerms(v, top) {
			index[t] = append(index[t], i)
		}
	}
	seen := make(map[[2]int]bool)
	var edges []edge
	for _, posting := range index {
		if len(posting) > maxPosting {
			continue
		}
		for x, a := range posting {
			for _, b := range posting[x+1:] {
				if seen[[2]int{a, b}] || !closeInTime(docs[a], docs[b], maxDays) {
					continue
				}
				seen[[2]int{a, b}] = true
				if s := vecs[a].dot(vecs[b]); s > 0 {
					edges = append(edges, edge{a, b, s})
				}
			}
		}
	}
	slices.SortFunc(edges, func(x, y edge) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	return edges
}

func topTerms(v termVec, k int) []string {
	idx := make([]int, len(v.terms))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(v.weights[b], v.weights[a]), cmp.Compare(v.terms[a], v.terms[b]))
	})
	out := make([]string, 0, k)
	for _, i := range idx[:min(k, len(idx))] {
		out = append(out, v.terms[i])
	}
	return out
}

func closeInTime(a, b tally.Document, maxDays int) bool {
	if a.Published.IsZero() || b.Published.IsZero() {
		return true
	}
	return math.Abs(a.Published.Sub(b.Published).Hours()/24) <= float64(maxDays)
}

// averageLink merges clusters greedily by average similarity (pairs never
// compared count as 0) while the best is at least threshold. A heap of
// candidate merges is refreshed lazily: an entry whose clusters changed
// since it was pushed is dropped when popped, and the merged cluster's
// averages with its neighbours are pushed anew.
func averageLink(n int, edges []edge, threshold float64) [][]int {
	members := make([][]int, n)
	sums := make([]map[int]float64, n) // cluster → neighbour cluster → summed similarity
	version := make([]int, n)
	for i := range members {
		members[i] = []int{i}
		sums[i] = make(map[int]float64)
	}
	h := make(mergeHeap, 0, len(edges))
	for _, e := range edges {
		sums[e.a][e.b] += e.sim
		sums[e.b][e.a] += e.sim
		h = append(h, merge{e.sim, e.a, e.b, 0, 0})
	}
	heap.Init(&h)
	for h.Len() > 0 {
		m := heap.Pop(&h).(merge)
		if m.avg < threshold {
			break
		}
		if members[m.a] == nil || members[m.b] == nil || version[m.a] != m.va || version[m.b] != m.vb {
			continue
		}
		joinClusters(members, sums, version, m.a, m.b)
		for _, nb := range sortedKeys(sums[m.a]) {
			a, b := min(m.a, nb), max(m.a, nb)
			avg := sums[m.a][nb] / float64(len(members[a])*len(members[b]))
			heap.Push(&h, merge{avg, a, b, version[a], version[b]})
		}
	}
	var out [][]int
	for _, m := range members {
		if m != nil {
			out = append(out, m)
		}
	}
	return out
}

// joinClusters moves cluster b into a, summing their similarities.
func joinClusters(members [][]int, sums []map[int]float64, version []int, a, b int) {
	members[a] = append(members[a], members[b]...)
	members[b] = nil
	for nb, s := range sums[b] {
		delete(sums[nb], b)
		if nb != a {
			sums[a][nb] += s
			sums[nb][a] += s
		}
	}
	delete(sums[a], b)
	sums[b] = nil
	version[a]++
	version[b]++
}

func sortedKeys(m map[int]float64) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// merge is a candidate merge of clusters a < b at their versions va, vb.
type merge struct {
	avg    float64
	a, b   int
	va, vb int
}

type mergeHeap []merge

func (h mergeHeap) Len() int { return len(h) }

// Less pops the highest average first, ties by the smaller pair, so that
// the result does not depend on the order edges were found in.
func (h mergeHeap) Less(i, j int) bool {
	if h[i].avg != h[j].avg {
		return h[i].avg > h[j].avg
	}
	return h[i].a < h[j].a || (h[i].a == h[j].a && h[i].b < h[j].b)
}
func (h mergeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap) Push(x any)   { *h = append(*h, x.(merge)) }
func (h *mergeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// stopWords are English function words and reporting verbs, which say
// nothing about which event a report is of.
var stopWords = func() map[string]bool {
	m := make(map[string]bool)
	for w := range strings.FieldsSeq(`a about after again against all also am an and any are as at be because been
		before being between both but by can could did do does doing down during each few for from further
		had has have having he her here hers herself him himself his how i if in into is it its itself just
		me more most my no nor not now of off on once only or other our ours out over own same she should so
		some such than that the their theirs them then there these they this those through to too under
		until up very was we were what when where which while who whom why will with would you your yours
		said says say told according reported report reports news today yesterday tuesday wednesday
		thursday friday saturday sunday monday week year years new one two three first last since many
		much may might must mr mrs ms s t re ll ve d m`) {
		m[w] = true
	}
	return m
}()
