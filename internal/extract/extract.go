// Package extract turns a document's clean text into claims: every figure
// that a source asserts about an episode of violence or unrest, with what it
// counts, who claims it and how, when, where and of which event type.
//
// The pipeline, per document: split sentences (sentence); pre-check each
// sentence cheaply for digits or number words; find its figures (figure,
// over number); then, for documents that hold figures, attribute each
// figure (attribution), read its modality, pick its date from one pass of
// timex over the whole text, resolve its places (place) and type its
// episode (eventtype).
package extract

import (
	"strings"
	"sync"
	"time"

	"tally"
	"tally/internal/extract/figure"
	"tally/internal/extract/place"
	"tally/internal/extract/sentence"
	"tally/internal/extract/timex"
)

// Options configures an Extractor.
type Options struct {
	// Places resolves place names; nil leaves every claim's Where empty.
	Places *place.Resolver
}

// Extractor reads claims from documents. It holds no mutable state: it is
// safe for concurrent use and the same document always gives the same
// claims.
type Extractor struct {
	places *place.Resolver
	// figures is figure.Find; times is nil, which reads dates lazily with
	// a timex.Scanner. Tests replace them to exercise this package's own
	// logic.
	figures func(text string, start, end int) []figure.Match
	times   func(text string, anchor time.Time) []timex.Expr
	// scratch holds *scratch buffers for the spans of a document's
	// sentences and paragraphs: every document is split, and nothing kept
	// after Extract returns points into the spans (claims copy theirs).
	scratch sync.Pool
}

// scratch is the reusable room of one Extract call.
type scratch struct {
	sents, para [][2]int
	words       []word  // the lower-case words of the sentence read last
	figSents    []int   // the sentences that hold a figure, in order
	found       []found // the document's figures, emptied after each call
	ctx         docContext
}

var _ tally.Extractor = (*Extractor)(nil)

// New returns an Extractor.
func New(opts Options) *Extractor {
	return &Extractor{places: opts.Places, figures: figure.Find}
}

// found is one figure with the sentence it stands in.
type found struct {
	sent int
	m    figure.Match
}

// Extract returns the claims of doc's clean text, in text order.
func (e *Extractor) Extract(doc *tally.Document) []tally.Claim {
	if doc == nil || doc.Text == "" {
		return nil
	}
	text := doc.Text
	sc, _ := e.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer e.scratch.Put(sc)
	sc.sents = sentence.AppendSplit(sc.sents[:0], text)
	sc.found = e.findFigures(sc.found[:0], text, sc.sents)
	// The figures point into the text: clear them for the pool.
	defer func() { clear(sc.found); sc.found = sc.found[:0] }()
	figs := dropHeadlineEchoes(text, sc.found)
	if len(figs) == 0 {
		return nil
	}
	sc.figSents = sc.figSents[:0]
	for _, f := range figs {
		if n := len(sc.figSents); n == 0 || sc.figSents[n-1] != f.sent {
			sc.figSents = append(sc.figSents, f.sent)
		}
	}
	c := newDocContext(e, doc, sc)
	defer c.close()
	claims := make([]tally.Claim, 0, len(figs))
	for i, f := range figs {
		claims = append(claims, c.claim(f))
		if i > 0 && c.para[f.sent] == c.para[figs[i-1].sent] {
			pointBack(text, &claims[i], claims[i-1])
			partOfClaimed(&claims[i], claims[i-1])
		}
	}
	c.addPlaces(claims, figs)
	return claims
}

// pointBack gives a figure with no noun of its own that points back to the
// figure before it ("The association said 15 of them were…", "At least 20
// others were…") that figure's noun, across a sentence boundary too.
func pointBack(text string, cl *tally.Claim, prev tally.Claim) {
	if cl.Figure.Unit != "" || prev.Figure.Unit == "" {
		return
	}
	rest := text[cl.FigureSpan[1]:min(len(text), cl.FigureSpan[1]+12)]
	for _, p := range []string{" of them", " of whom", " others", " more"} {
		if strings.HasPrefix(rest, p) {
			cl.Figure.Unit = prev.Figure.Unit
			return
		}
	}
}

// partOfClaimed gives a part figure that no voice claims in its own
// sentence the claimant of the figure before it in its paragraph:
// "Viasna's list reached 1,000. Among the 1,000 are 96 women." The part
// is read from the same count.
func partOfClaimed(cl *tally.Claim, prev tally.Claim) {
	if !cl.Part || cl.Claimant != nil || prev.Claimant == nil || cl.Modality != tally.Asserted {
		return
	}
	who := *prev.Claimant
	who.Via = append([]string(nil), prev.Claimant.Via...)
	cl.Claimant = &who
	cl.Modality = tally.Reported
}

// dropHeadlineEchoes drops a headline's figure that the body states again
// with the same measure and bounds: "Rights group raises Iran protest toll
// to 304" over a lead that gives the 304 and who claims it. The body's
// claim carries the figure with its claimant and date; the headline's
// would only echo it in the publisher's voice. A headline figure the body
// does not repeat stays a claim.
func dropHeadlineEchoes(text string, figs []found) []found {
	end := headlineEnd(text)
	if end == 0 {
		return figs
	}
	out := figs[:0]
	for i, f := range figs {
		if f.m.Start < end && repeated(figs, i, end) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// repeated reports a figure after the headline with the same measure and
// number as figs[i].
func repeated(figs []found, i, end int) bool {
	a := figs[i].m
	for _, f := range figs {
		b := f.m
		if b.Start >= end && (b.Measure == a.Measure || a.Measure == tally.OtherMeasure && a.Figure.Unit == b.Figure.Unit) && figureValue(a) == figureValue(b) {
			// a headline drops the hedge: "toll to 304" over "at least
			// 304"; its terse verb may say less than the body ("courts
			// jail 25" over "sentenced 25 civilians")
			return true
		}
	}
	return false
}

// figureValue is the number a figure is written with: its low bound, or
// its high one when it has no low.
func figureValue(m figure.Match) int64 {
	switch {
	case m.Figure.Low != nil:
		return *m.Figure.Low
	case m.Figure.High != nil:
		return *m.Figure.High
	}
	return -1
}

// headlineEnd returns the end of a headline that opens text: a first line
// of at most 200 bytes, with no closing full stop, followed by a blank
// line. 0 if the text opens with none.
func headlineEnd(text string) int {
	// The break is looked for only where a headline may end: figures ask
	// for the headline one by one, and a text with no early break would
	// otherwise be read to its end each time.
	nl := strings.IndexByte(text[:min(len(text), maxHeadline+1)], '\n')
	if nl <= 0 || !strings.HasPrefix(text[nl:], "\n\n") && !strings.HasPrefix(text[nl:], "\n\r\n") {
		return 0
	}
	line := strings.TrimSpace(text[:nl])
	if line == "" || strings.HasSuffix(line, ".") {
		return 0
	}
	return nl
}

// maxHeadline is the longest first line read as a headline, in bytes.
const maxHeadline = 200

// findFigures runs the figure finder over the sentences that pass the
// cheap pre-check, keeping only well-formed matches, one per start offset.
// It appends them to dst, whose room it reuses.
func (e *Extractor) findFigures(dst []found, text string, sents [][2]int) []found {
	out := dst
	last := -1
	for si, s := range sents {
		if !mayCount(text, s[0], s[1]) {
			continue
		}
		for _, m := range e.figures(text, s[0], s[1]) {
			if !sane(text, &m) || m.Start <= last {
				continue
			}
			last = m.Start
			out = append(out, found{sent: si, m: m})
		}
	}
	return out
}

// sane checks a figure match's invariants and repairs what can be repaired
// without guessing: the text is re-read from the span, inverted bounds are
// put in order. A span outside the text is dropped.
func sane(text string, m *figure.Match) bool {
	if m.Start < 0 || m.End <= m.Start || m.End > len(text) {
		return false
	}
	m.Figure.Text = text[m.Start:m.End]
	if lo, hi := m.Figure.Low, m.Figure.High; lo != nil && hi != nil && *lo > *hi {
		m.Figure.Low, m.Figure.High = hi, lo
	}
	if m.Measure == "" {
		m.Measure = tally.OtherMeasure
	}
	return true
}
