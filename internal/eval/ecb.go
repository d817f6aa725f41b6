package eval

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"tally"
	"tally/internal/link"
)

// ecbData names the ECB+ test split as the shared folder keeps it.
const ecbData = "ecbplus_coref/ECB_Test_corpus.txt"

// ECBPlus clusters the 206 test documents of ECB+ (topics 36–45) into
// events with tally's document linker, from their text alone, and scores
// the clusters against gold with B³. Gold puts two documents in one event
// when they share topic and sub-topic (ecb or ecbplus: two episodes of one
// kind). The split is a dev set for tally: the linker's few parameters were
// chosen while looking at it, so the score overstates held-out accuracy.
func ECBPlus(ctx context.Context, shared string) (Report, error) {
	const name = "link/ECBPlus"
	path, ok := DataPath(shared, strings.Split(ecbData, "/")...)
	if !ok {
		return Skipped(name, ecbData), nil
	}
	docs, err := readECB(ctx, path)
	if err != nil {
		return Report{}, err
	}
	groups := (&link.DocLinker{}).Group(docs)
	p, r := bCubed(groups, ecbGold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	n := len(docs)
	return Report{
		Name: name,
		Data: ecbData + " (test split, dev set for tally)",
		Metrics: []Metric{
			{Name: "b3_precision", Value: p, N: n},
			{Name: "b3_recall", Value: r, N: n},
			{Name: "b3_f1", Value: f, N: n, Target: 0.85},
			{Name: "clusters", Value: float64(len(groups)), N: n},
			{Name: "gold_clusters", Value: float64(goldClusters(docs)), N: n},
		},
		Notes: []string{
			"gold event of a document = topic + sub-topic (ecb / ecbplus)",
			"text is the annotated sentences of the Cybulska setup, tokens joined by spaces; no dates",
			"dev set: parameters were tuned on it",
		},
		Misses: ecbMisses(groups),
	}, nil
}

// readECB reads the token-per-line corpus into one document a doc_id, a
// sentence a line.
func readECB(ctx context.Context, path string) ([]tally.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ecb+: %w", err)
	}
	defer f.Close()
	var (
		order []string
		texts = make(map[string]*strings.Builder)
		last  = make(map[string]string) // doc → last sentence id
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 4 {
			continue
		}
		doc, sent, tok := fields[0], fields[1], fields[3]
		b := texts[doc]
		if b == nil {
			b = &strings.Builder{}
			texts[doc] = b
			order = append(order, doc)
		} else if last[doc] != sent {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
		last[doc] = sent
		b.WriteString(tok)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ecb+: %w", err)
	}
	docs := make([]tally.Document, len(order))
	for i, id := range order {
		docs[i] = tally.Document{ID: id, Text: texts[id].String()}
	}
	return docs, nil
}

// ecbGold is a document's gold event: "36_1ecbplus" → "36/ecbplus".
func ecbGold(doc string) string {
	topic, rest, _ := strings.Cut(doc, "_")
	if strings.HasSuffix(rest, "ecbplus") {
		return topic + "/ecbplus"
	}
	return topic + "/ecb"
}

func goldClusters(docs []tally.Document) int {
	seen := make(map[string]bool)
	for _, d := range docs {
		seen[ecbGold(d.ID)] = true
	}
	return len(seen)
}

// bCubed is B³ precision and recall of predicted groups against the gold
// labelling: per item, the share of its predicted group that is of its gold
// class, and the share of its gold class inside its predicted group.
func bCubed(groups [][]string, gold func(string) string) (precision, recall float64) {
	classSize := make(map[string]int)
	n := 0
	for _, g := range groups {
		for _, d := range g {
			classSize[gold(d)]++
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	for _, g := range groups {
		inGroup := make(map[string]int)
		for _, d := range g {
			inGroup[gold(d)]++
		}
		for _, d := range g {
			c := float64(inGroup[gold(d)])
			precision += c / float64(len(g))
			recall += c / float64(classSize[gold(d)])
		}
	}
	return precision / float64(n), recall / float64(n)
}

// ecbMisses lists groups that mix gold events, and gold events split over
// groups, at most ten of each.
func ecbMisses(groups [][]string) []string {
	var mixed, split []string
	where := make(map[string][]int)
	for i, g := range groups {
		classes := make(map[string]bool)
		for _, d := range g {
			classes[ecbGold(d)] = true
			where[ecbGold(d)] = append(where[ecbGold(d)], i)
		}
		if len(classes) > 1 && len(mixed) < 10 {
			mixed = append(mixed, "mixed: "+strings.Join(g, " "))
		}
	}
	classes := make([]string, 0, len(where))
	for c := range where {
		classes = append(classes, c)
	}
	slices.Sort(classes)
	for _, c := range classes {
		if gs := slices.Compact(where[c]); len(gs) > 1 && len(split) < 10 {
			split = append(split, fmt.Sprintf("split: %s over %d groups", c, len(gs)))
		}
	}
	return append(mixed, split...)
}
