package extract

import (
	"slices"
	"strings"

	"tally"
	"tally/internal/extract/attribution"
	"tally/internal/extract/eventtype"
	"tally/internal/extract/place"
	"tally/internal/extract/timex"
)

// docContext is what the claims of one document share: its sentences and
// paragraphs, its attributions, its time expressions and its event type,
// each computed once.
type docContext struct {
	e     *Extractor
	doc   *tally.Document
	text  string
	sents [][2]int
	para  [][2]int // the paragraph span of each sentence
	attr  *attribution.Document
	// times are the document's time expressions known so far, in text
	// order: all of them from e.times, else a prefix that scan extends to
	// timeLimit as the figures' dates ask (when.go).
	times     []timex.Expr
	scan      *timex.Scanner
	timeLimit int
	docTyp    eventtype.DocumentType // computed on first need
	docTyped  bool
	scratch   *scratch // the Extract call's room, to hand back on close
	// The words and triggers of the sentence read last: a sentence with
	// many figures is read once.
	lastSent  int
	lastWords []word
	lastTrigs []eventtype.Trigger
	trigBuf   *[]eventtype.Trigger // lastTrigs' room, from triggerBufs
	docTrigs  *[]eventtype.Trigger // the whole document's triggers, once found; from triggerBufs
	// dated are the figures so far that their own sentences dated, in
	// text order: later figures of the same episode take their date.
	dated []datedFigure
	// spoke are the days claimants spoke, as figures' own sentences gave
	// them, for their later figures in the paragraph.
	spoke []spokenDay
	// dateline is the end of the text's wire dateline, whose date is the
	// report's and dates no figure; 0 if none.
	dateline int
	// ownClause is the rest of the sentence after the figure's clause,
	// whose dates belong to another voice or episode ("…, while police
	// said 3,195 had been detained since Monday"); set by when.
	ownClause [2]int
	// row is the line of a figure in a list or table, {-1, -1} for a
	// figure in prose: a date in brackets on another row is that row's.
	row     [2]int
	rowsEnd int // the end of the list's header: rows begin after it
	// fig is the figure being dated; set by when.
	fig [2]int
	// scopes is addPlaces' room, kept with the dated and spoken days
	// for the next document.
	scopes []place.Scope
}

// newDocContext returns the context of doc, in sc's room: a context lives
// as long as its Extract call, as the room does, and was the call's
// largest single allocation.
func newDocContext(e *Extractor, doc *tally.Document, sc *scratch) *docContext {
	sents := sc.sents
	c := &sc.ctx
	*c = docContext{e: e, doc: doc, text: doc.Text, sents: sents, lastSent: -1, scratch: sc, lastWords: sc.words[:0],
		trigBuf: getTriggers(), dated: sc.ctx.dated[:0], spoke: sc.ctx.spoke[:0], scopes: sc.ctx.scopes[:0]}
	c.lastTrigs = *c.trigBuf
	sc.para = paragraphs(sc.para, doc.Text, sents)
	c.para = sc.para
	c.attr = attribution.NewDocument(doc.Text, sents)
	c.dateline = datelineEnd(doc.Text)
	if e.times != nil {
		c.times = e.times(doc.Text, doc.Published)
	} else {
		c.scan = timex.NewScanner(doc.Text, doc.Published)
	}
	return c
}

// close releases what the context borrowed, and empties it, so that the
// room it lives in keeps no text alive.
func (c *docContext) close() {
	if c.scan != nil {
		c.scan.Release() // c.times, its expressions, are read no more
	}
	c.attr.Release()
	putTriggers(c.trigBuf, c.lastTrigs)
	if c.docTrigs != nil {
		putTriggers(c.docTrigs, *c.docTrigs)
		c.docTrigs = nil
	}
	// Hand the words' room back, cleared so that it keeps no text alive.
	words := c.lastWords[:cap(c.lastWords)]
	clear(words)
	sc := c.scratch
	sc.words = words[:0]
	dated, spoke := c.dated[:cap(c.dated)], c.spoke[:cap(c.spoke)]
	clear(dated)
	clear(spoke)
	*c = docContext{dated: dated[:0], spoke: spoke[:0], scopes: c.scopes[:0]} // scopes hold offsets only
}

// paragraphs returns, for each sentence, the span of its paragraph: the
// sentences between blank lines. It reuses dst's room.
func paragraphs(dst [][2]int, text string, sents [][2]int) [][2]int {
	out := slices.Grow(dst[:0], len(sents))[:len(sents)]
	first := 0
	for i := range sents {
		if i > 0 && blankLine(text, sents[i-1][1], sents[i][0]) {
			first = i
		}
		out[i] = [2]int{sents[first][0], 0}
	}
	// Close each paragraph at its last sentence's end, walking back.
	end := 0
	for i := len(sents) - 1; i >= 0; i-- {
		if i == len(sents)-1 || out[i+1][0] != out[i][0] {
			end = sents[i][1]
		}
		out[i][1] = end
	}
	return out
}

// blankLine reports a blank line in text[from:to].
func blankLine(text string, from, to int) bool {
	nl := 0
	for i := from; i < to; i++ {
		switch text[i] {
		case '\n':
			if nl++; nl == 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			nl = 0
		}
	}
	return false
}

// claim builds the claim of one figure, all but its places.
func (c *docContext) claim(f found) tally.Claim {
	s := c.sents[f.sent]
	fig := [2]int{f.m.Start, f.m.End}
	cl := tally.Claim{
		ID:         tally.ClaimID(c.doc.ID, f.m.Start),
		Doc:        c.doc.ID,
		Span:       s,
		Quote:      c.text[s[0]:s[1]],
		FigureSpan: fig,
		Measure:    f.m.Measure,
		Figure:     f.m.Figure,
		Part:       f.m.Part,
		Published:  c.doc.Published,
		Publisher:  c.doc.Publisher,
	}
	a, attributed := c.attr.Attribute(f.sent, fig)
	if attributed && a.Described {
		if name, ok := c.attr.NamedLater(a.Name, s[1]); ok {
			a.Name = name // "A senior official said … The official, Idris Mahamat, added"
		}
	}
	if attributed {
		if name, ok := publisherNamed(a.Name, c.doc.Publisher); ok {
			a.Name = name // "the Commission has documented" in the commission's own statement
		}
		cl.Claimant = &tally.Claimant{Name: a.Name, Via: a.Via, Cue: a.Cue}
		if cl.Figure.Qualifier == tally.Exact && estimate(a.Cue) {
			// "estimated that 500 had been hurt" hedges as "an estimated
			// 500" does (claims.md: about).
			cl.Figure.Qualifier = tally.About
		}
	}
	words, trigs := c.sentence(f.sent)
	cl.Modality = modality(words, fig, a, attributed)
	cl.EventType = c.eventType(trigs, cl.Measure)
	who := ""
	if cl.Claimant != nil {
		who = cl.Claimant.Name
	}
	cl.When = c.when(f.sent, fig, cl.EventType, cl.Measure, cl.Modality == tally.Predicted, cl.Part, who)
	cl.Actors = actors(c.text, nearWords(words, fig, markerReach), f.m)
	return cl
}

// estimate reports a cue that gives its figure as an estimate.
func estimate(cue string) bool {
	return len(cue) >= 8 && strings.EqualFold(cue[:8], "estimate")
}

// addPlaces resolves the places of every claim in one call.
func (c *docContext) addPlaces(claims []tally.Claim, figs []found) {
	if c.e.places == nil {
		return
	}
	scopes := slices.Grow(c.scopes[:0], len(figs))
	for _, f := range figs {
		scopes = append(scopes, place.Scope{Sentence: c.sents[f.sent], Paragraph: c.para[f.sent], Figure: [2]int{f.m.Start, f.m.End}})
	}
	c.scopes = scopes
	for i, ps := range c.e.places.Places(c.text, scopes) {
		if i < len(claims) {
			claims[i].Where = ps
		}
	}
}

// eventType types the figure's episode, reading the whole document's
// triggers only when the sentence names no full episode itself.
func (c *docContext) eventType(trigs []eventtype.Trigger, m tally.Measure) tally.EventType {
	if best, ok := eventtype.Best(trigs); ok && best.Class >= eventtype.FullEpisode {
		return eventtype.Episode(trigs, m, eventtype.DocumentType{})
	}
	if !c.docTyped {
		c.docTrigs = getTriggers()
		all := eventtype.AppendFind(*c.docTrigs, c.text, 0, len(c.text))
		*c.docTrigs = all
		c.docTyp, c.docTyped = eventtype.Document(all), true
	}
	return eventtype.Episode(trigs, m, c.docTyp)
}

// sentenceTriggers returns the event triggers of text[s[0]:s[1]]: from the
// document's, once they have been found, else by reading the sentence. A
// trigger of two words across the sentence's start ("… air. Strike …")
// would not be the sentence's own: such a sentence is read again.
func (c *docContext) sentenceTriggers(dst []eventtype.Trigger, s [2]int) []eventtype.Trigger {
	if c.docTrigs == nil {
		return eventtype.AppendFind(dst, c.text, s[0], s[1])
	}
	all := *c.docTrigs
	i, _ := slices.BinarySearchFunc(all, s[0], func(t eventtype.Trigger, at int) int { return t.End - at })
	for ; i < len(all) && all[i].Start < s[1]; i++ {
		t := all[i]
		if t.Start < s[0] || t.End > s[1] {
			return eventtype.AppendFind(dst[:0], c.text, s[0], s[1])
		}
		dst = append(dst, t)
	}
	return dst
}

// sentence returns the lower-case words and the event triggers of
// sentence si, reading each sentence once however many figures it holds.
func (c *docContext) sentence(si int) ([]word, []eventtype.Trigger) {
	if c.lastSent != si {
		s := c.sents[si]
		c.lastSent = si
		// The words of the sentence before are done with: reuse their room.
		c.lastWords = lowerWords(c.lastWords, c.text, s)
		c.lastTrigs = c.sentenceTriggers(c.lastTrigs[:0], s)
	}
	return c.lastWords, c.lastTrigs
}

// publisherNamed resolves a claimant left as "the <head>", which nothing
// before it named, to the publisher whose name ends in that head: a
// body's own statement calls itself "the Commission".
func publisherNamed(name, publisher string) (string, bool) {
	head, ok := strings.CutPrefix(name, "the ")
	if !ok {
		head, ok = strings.CutPrefix(name, "The ")
	}
	if !ok || head == "" || strings.ContainsRune(head, ' ') || publisher == "" {
		return "", false
	}
	i := strings.LastIndexByte(publisher, ' ')
	if i < 0 || !strings.EqualFold(publisher[i+1:], head) {
		return "", false
	}
	return publisher, true
}
