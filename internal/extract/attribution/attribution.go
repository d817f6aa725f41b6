// Package attribution finds who claims a figure: the claimant named by a
// reporting cue (said, told, according to, put the toll at…) before or
// after the figure, trimmed to its name, with whom it cites.
//
// # Rules
//
//   - The cue nearest the figure in its sentence wins; "citing" and
//     "quoting" only mark whom a claimant cites.
//   - "X said …", "…, X said.", "…," said X., "According to X, …", "…
//     were recorded by X", "X put the toll at …".
//   - Chains: the claimant is the voice that gives the figure, the
//     innermost one, and Via lists the carriers that pass it on, outermost
//     first. "Reuters, citing three interior ministry officials, said …"
//     gives claimant "three interior ministry officials" via ["Reuters"];
//     "IRNA quoted a police chief as saying …" gives "police chief" via
//     ["IRNA"]; "witnesses told Reuters" gives "witnesses" via ["Reuters"].
//     Evidence is not a voice: "Amnesty, citing interviews with witnesses,
//     said" gives Amnesty via ["interviews with witnesses"], as in the
//     example of claims.md. See docs/attribution.md for why.
//   - An appositive description is dropped ("Hengaw, a Kurdish rights
//     group, said" → Hengaw; "the rights group Hengaw said" → Hengaw), but a
//     name is kept whole ("Iran Human Rights").
//   - "the group", "the organisation", "the agency", "the ministry", "it",
//     "he", "she" are resolved to the nearest earlier name of a fitting kind
//     in the document; unresolved, they stay as written.
//   - Across a sentence boundary: a figure sentence with no cue takes the
//     trailing cue ("…, the group said.") of the next sentence of the same
//     paragraph when that sentence carries on from it — it opens with a
//     word that refers back to the figure ("Sixty of them…", "Most…",
//     "Another…", "The dead…"; not a pronoun subject such as "They") or
//     closes a quotation the figure sentence opened. The rule reaches
//     across at most two sentences. Failing that, a figure sentence that
//     itself carries on from the sentence before ("Of those, 11 later
//     died") takes that sentence's claimant.
//   - A cue stands in its own clause: one after ", while" or ", but"
//     never reaches back, one across a semicolon or on another line of a
//     list only when nothing nearer names anyone; "and said", "dismissing
//     claims that" and ", saying that" take the subject of the clause
//     before.
//   - Where no cue names anyone, in order: a headline's source after a
//     dash ("Six killed - witnesses"); a list's or ticker's label or
//     brackets ("Interior ministry: 43 detained", "~20,000 (police
//     estimate)", "| source: X"); a release's label ("Iran Human Rights:
//     …"); a table's source in brackets on its own line; then the
//     sentences around it, as above.
//   - "Our correspondent says" is the publisher's own voice; "we have
//     documented" outside a quotation is the body whose statement it is.
//   - No cue: no claimant (the publisher's own voice).
package attribution

import (
	"slices"
	"strings"
	"sync"
)

// Attribution is who claims a figure.
type Attribution struct {
	Name     string   // the claimant's name as written, trimmed
	Via      []string // whom the claimant cites, outermost first
	Cue      string   // the reporting word(s) as written: "said", "according to"
	CueStart int      // byte offset of the cue in the text
	Denies   bool     // the cue rejects the figure: denied, rejected, dismissed
	Negated  bool     // the cue is negated: "did not confirm"
	Borrowed bool     // the cue stands in a following sentence
	// Described is true when the claimant is only described, with an
	// indefinite article ("a senior security official"): a writer often
	// names such a voice a sentence or two later.
	Described bool
}

// Document attributes the figures of one document. It is not safe for
// concurrent use; make one per document.
type Document struct {
	text  string
	sents [][2]int
	para  []int // paragraph number of each sentence
	// cache holds the tokens and cues of the sentences read last, so that
	// the many figures of one sentence tokenize it once.
	cache [4]sentenceCache
	next  int
	bufs  []*sentenceBuf    // the room of every sentence tokenized, for Release
	full  map[string]string // short names expanded by fullName
	depth int               // how deep resolve has called itself through earlier descriptions
}

// sentenceCache is one tokenized sentence with its cues.
type sentenceCache struct {
	si   int
	toks []token
	cues []cue
	lows []string // lower-cased words by token, filled on first need
}

// NewDocument prepares text, split into sentences (byte spans in order),
// for attribution.
func NewDocument(text string, sentences [][2]int) *Document {
	d, _ := documents.Get().(*Document)
	if d == nil {
		d = new(Document)
	}
	d.text, d.sents = text, sentences
	d.para = slices.Grow(d.para[:0], len(sentences))[:len(sentences)]
	clear(d.para)
	p := 0
	for i := 1; i < len(sentences); i++ {
		if blankLineBetween(text, sentences[i-1][1], sentences[i][0]) {
			p++
		}
		d.para[i] = p
	}
	return d
}

// blankLineBetween reports a paragraph break in text[from:to].
func blankLineBetween(text string, from, to int) bool {
	newlines := 0
	for i := from; i < to && i < len(text); i++ {
		switch text[i] {
		case '\n':
			newlines++
			if newlines >= 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			newlines = 0
		}
	}
	return false
}

// Attribute returns who claims the figure at byte span fig of sentence
// number si; ok is false when nobody does (the publisher's own voice).
func (d *Document) Attribute(si int, fig [2]int) (a Attribution, ok bool) {
	if si < 0 || si >= len(d.sents) {
		return Attribution{}, false
	}
	view := d.view(si, fig)
	v := &view
	if a, ok, decided := d.ownVoice(v, si); decided {
		return a, ok
	}
	if a, ok := d.elliptical(v); ok {
		return a, true
	}
	if a, found, _ := d.inSentence(v, false); found {
		return a, true
	}
	if a, ok := d.possessiveCount(v); ok {
		return a, true
	}
	if a, ok := d.dashTail(v); ok {
		return a, true
	}
	if a, ok := segmentSource(v); ok {
		return a, true
	}
	if a, ok := d.label(si); ok {
		return a, true
	}
	if a, ok := headerSource(v); ok {
		return a, true
	}
	if a, ok := d.bracketLine(si); ok {
		return a, true
	}
	if a, ok := d.borrow(si); ok {
		return a, true
	}
	return d.inherit(si)
}

// possessiveCount reads a count that a name owns, as the subject of the
// figure's clause: "Viasna's list of political prisoners reached 1,000",
// "HRANA's tally rose to 508". The owner claims the figure.
func (d *Document) possessiveCount(v *sentenceView) (Attribution, bool) {
	fi := figureToken(v)
	for i := fi - 1; i >= 0 && fi-i <= 16; i-- {
		t := v.toks[i]
		if !t.word {
			if v.isComma(i) {
				if k := asideStart(v, i); k >= 0 {
					i = k // "The health ministry's last toll, issued in June, was 3,000"
					continue
				}
			}
			if v.isComma(i) || v.isPunct(i, ";") || v.isPunct(i, ":") {
				break
			}
			continue
		}
		if !hasPossessive(v.text, t) || i+1 >= fi || !t.capital && !bodyOwner(v, i) {
			continue
		}
		k := i + 1
		for k < fi && k <= i+3 && v.toks[k].word && !documentNouns.Of(v.lower(k)) {
			k++ // "Viasna's latest list"
		}
		if k >= fi || !documentNouns.Of(v.lower(k)) || hearsay.Of(v.lower(k)) {
			continue
		}
		p := v.phraseBefore(i)
		if p.empty() {
			continue
		}
		name := d.nameResolved(v, p)
		if name == "" {
			continue
		}
		return Attribution{Name: name, Cue: v.text[v.toks[k].start:v.toks[k].end], CueStart: v.toks[k].start}, true
	}
	return Attribution{}, false
}

// headerSource reads the source a header names before its figures, ahead
// of a colon or a dash: "Provincial police figures for three days of
// unrest — Killed: 8", "Centro para Democracia (CDD) update, 15 January:
// 315 people killed".
func headerSource(v *sentenceView) (Attribution, bool) {
	fi := figureToken(v)
	h := -1
	for k := 0; k < fi; k++ {
		if v.isPunct(k, ":") || v.isPunct(k, "—") || v.isPunct(k, "–") {
			h = k
			break
		}
	}
	for k := 1; k < h && k <= 10; k++ {
		if !v.toks[k].word || !headerNouns.Of(v.lower(k)) {
			continue
		}
		e := k
		if e >= 3 && v.isPunct(e-1, ")") && v.isPunct(e-3, "(") {
			e -= 3 // "(CDD) update": the initials repeat the name
		}
		p := phrase{0, e}
		for p.a < p.b && determiners.Of(v.lower(p.a)) {
			p.a++
		}
		for j := p.a; j < p.b; j++ {
			if !v.toks[j].word {
				return Attribution{}, false // a clause, not a name
			}
		}
		if p.empty() || !claimantLike(v, p) || !voiceLike(v, p) {
			return Attribution{}, false
		}
		if p.b-p.a < 2 && !isAcronym(v.text[v.toks[p.a].start:v.toks[p.a].end]) {
			return Attribution{}, false // "Hospital figures", "State figures": a kind of figure, not a voice
		}
		return Attribution{Name: v.nameOf(p), Cue: v.text[v.toks[k].start:v.toks[k].end], CueStart: v.toks[k].start}, true
	}
	return Attribution{}, false
}

// headerNouns name what a header's source puts out.
var headerNouns = set("figures", "update", "data", "count", "tally", "bulletin", "statement")

// asideStart returns the comma that opens an aside closed by the comma at
// j, when a document noun stands before it ("toll, issued in June,"); -1
// if none.
func asideStart(v *sentenceView, j int) int {
	for k := j - 1; k >= 1 && j-k <= 6; k-- {
		if v.isComma(k) {
			if v.toks[k-1].word && documentNouns.Of(v.lower(k-1)) {
				return k
			}
			return -1
		}
		if !v.toks[k].word {
			return -1
		}
	}
	return -1
}

// bodyOwner reports a lower-case possessive at token i that names a body
// or a role, not a place: "the health ministry's toll", but not "the
// country's toll".
func bodyOwner(v *sentenceView, i int) bool {
	p := v.phraseBefore(i)
	if p.empty() {
		return false
	}
	name := trimPossessive(v.text[v.toks[p.a].start:v.toks[p.b-1].end])
	head := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	// A place ("the country's toll") names no common claimant, except the
	// state, which is both: "the state's toll" is nobody's.
	return fits(anyOrg, name) || personRoles.Of(roleHead(name)) || commonClaimants.Of(head) && head != "state"
}

// ownVoice reads a figure the nearest reporting verb before it gives in
// the first person: "our correspondent says" is the publisher's own voice,
// and "we have documented 82 cases", outside a quotation, is the voice of
// the body whose statement it is (its label, else the body named before),
// else the publisher's. decided is false when neither applies.
func (d *Document) ownVoice(v *sentenceView, si int) (a Attribution, ok, decided bool) {
	c, who, found := lastVoiceBefore(v)
	if !found {
		return Attribution{}, false, false
	}
	for who.a < who.b-1 && isDigitByte(v.text[v.toks[who.a].start]) {
		who.a++ // "12:15 Our correspondent": the time is not the voice
	}
	for k := who.a - 1; k >= 0 && who.a-k <= 4; k-- {
		if v.toks[k].word && v.lower(k) == "our" {
			who.a = k // "our 16:45 entry said": the time splits the phrase
			break
		}
		if v.toks[k].word && !isDigitByte(v.text[v.toks[k].start]) || !v.toks[k].word && !v.isPunct(k, ":") {
			break
		}
	}
	switch w := v.lower(who.a); {
	case w == "our":
		return Attribution{}, false, true
	case w == "we" && who.b-who.a == 1 && !quoted(v, c.at):
		if a, ok := d.label(si); ok {
			return a, true, true
		}
		if name, ok := d.resolve(anyOrg, "", v.toks[who.a].start); ok {
			return Attribution{Name: name, Cue: v.text[v.toks[c.at].start:v.toks[c.last].end], CueStart: v.toks[c.at].start}, true, true
		}
		return Attribution{}, false, true
	}
	return Attribution{}, false, false
}

// lastVoiceBefore returns the last reporting verb before the figure and
// the subject before it.
func lastVoiceBefore(v *sentenceView) (cue, phrase, bool) {
	fi := figureToken(v)
	for k := len(v.cues) - 1; k >= 0; k-- {
		c := v.cues[k]
		if c.at >= fi || c.kind != verbCue {
			continue
		}
		who := v.phraseBefore(skipBack(v, c.at-1))
		return c, who, !who.empty()
	}
	return cue{}, phrase{}, false
}

// quoted reports whether token i stands inside a quotation of its
// sentence: an odd number of quotation marks before it.
func quoted(v *sentenceView, i int) bool {
	n := 0
	for k := 0; k < i; k++ {
		if v.isQuote(k) && v.text[v.toks[k].start] != '\'' {
			n++
		}
	}
	return n%2 == 1
}

// elliptical reads a voice and its figure paired after a comma, the verb
// left out: "the opposition says 70, the government 25", "the IACHR,
// 317; the local group ANPDH, 448".
func (d *Document) elliptical(v *sentenceView) (Attribution, bool) {
	fi := figureToken(v)
	j := fi - 1
	if v.isPunct(j, ",") {
		j-- // "the IACHR, 317"
	}
	if j < 1 || !v.toks[j].word {
		return Attribution{}, false
	}
	if k := figureEnd(v); k < len(v.toks) && v.toks[k].word {
		return Attribution{}, false // words go on: no pair
	}
	p := v.phraseBefore(j)
	if p.empty() || p.a < 1 || !(v.isPunct(p.a-1, ",") || v.isPunct(p.a-1, ";") || v.isPunct(p.a-1, "\u2014")) {
		return Attribution{}, false
	}
	if !claimantLike(v, p) || !voiceLike(v, p) || len(v.cues) == 0 {
		return Attribution{}, false
	}
	mark := v.toks[p.a-1]
	return Attribution{Name: d.nameResolved(v, p), Cue: v.text[mark.start:mark.end], CueStart: mark.start}, true
}

// figureEnd returns the index of the first token after the figure.
func figureEnd(v *sentenceView) int {
	k := figureToken(v)
	for k < len(v.toks) && v.toks[k].start < v.fig[1] {
		k++
	}
	return k
}

// dashTail reads a headline's source after a closing dash: "Six killed
// in border clashes - witnesses", "Curfew in 12 cities — state TV". The
// tail must be a short noun phrase that names a voice, with nothing after
// it but a full stop.
func (d *Document) dashTail(v *sentenceView) (Attribution, bool) {
	end := len(v.toks)
	if end > 0 && v.isPunct(end-1, ".") {
		end--
	}
	dash := -1
	for k := end - 1; k >= 0 && end-k <= dashTailWords+1; k-- {
		if !v.toks[k].word {
			if v.isPunct(k, "-") || v.isPunct(k, "\u2013") || v.isPunct(k, "\u2014") {
				dash = k
			}
			break
		}
	}
	if dash < 1 || dash+1 >= end || v.toks[dash].start <= v.fig[1] {
		return Attribution{}, false
	}
	p := phrase{dash + 1, end}
	if v.phraseAfter(dash+1) != p || !claimantLike(v, p) || !voiceLike(v, p) {
		return Attribution{}, false
	}
	return Attribution{Name: d.nameResolved(v, p), Cue: v.text[v.toks[dash].start:v.toks[dash].end], CueStart: v.toks[dash].start}, true
}

// label reads a release's source written as a label before a colon at the
// head of the figure's sentence or of an earlier sentence of its
// paragraph: "Iran Human Rights: at least 975 people were executed",
// "Statement by the Justice and Peace Commission, Cameroon: …". The label
// must name a body (an organisation, agency or ministry, or an acronym),
// so that "Bolivia: …" or "Update, 14:20: …" name nobody.
func (d *Document) label(si int) (Attribution, bool) {
	for sj := si; sj >= 0 && d.para[sj] == d.para[si]; sj-- {
		if strings.IndexByte(d.text[d.sents[sj][0]:d.sents[sj][1]], ':') < 0 && strings.IndexByte(d.text[d.sents[sj][0]:d.sents[sj][1]], ')') < 0 {
			continue // no colon and no bracket, no label: no need to read the sentence
		}
		view := d.view(sj, [2]int{-1, -1})
		v := &view
		a := 0
		for a < len(v.toks) && !v.toks[a].word {
			a++
		}
		if a+1 < len(v.toks) && (v.lower(a) == "statement" || v.lower(a) == "update") && (v.lower(a+1) == "by" || v.lower(a+1) == "from") {
			a += 2
		}
		b := a
		for b < len(v.toks) && b-a < 10 && (v.toks[b].word && (v.toks[b].capital || connector(v.lower(b))) || v.isPunct(b, "(") || v.isPunct(b, ")")) {
			b++
		}
		if v.isPunct(b, ",") { // "…Commission, Cameroon:"
			c := b + 1
			for c < len(v.toks) && c-b < 4 && v.toks[c].word && v.toks[c].capital {
				c++
			}
			if v.isPunct(c, ":") {
				return labelled(v, phrase{a, b}, c)
			}
		}
		if v.isPunct(b, ":") {
			return labelled(v, phrase{a, b}, b)
		}
		// "… (CDD) update, 15 January 2025:": a release's kind and date
		// between the name and the colon
		if c := b; c < len(v.toks) && (v.lower(c) == "update" || documentNouns.Of(v.lower(c))) {
			for c++; c < len(v.toks) && c-b < 8 && (v.isPunct(c, ",") || v.toks[c].word && (isDigitByte(v.text[v.toks[c].start]) || dateWords.Of(v.lower(c)))); c++ {
			}
			if v.isPunct(c, ":") {
				return labelled(v, phrase{a, b}, c)
			}
		}
		// "Toll after three days of protests (Red Cross figures):": the
		// header's bracket names the source of the list below it.
		for c := 1; c < len(v.toks); c++ {
			if !v.isPunct(c, ")") {
				continue
			}
			end := c + 1
			if v.isPunct(end, ":") {
				end++
			}
			if end == len(v.toks) && end > c+1 || end < len(v.toks) && v.segmentBreak(end) {
				// "(Red Cross figures):", "DISPLACEMENT BY STATE (IOM, as of
				// 11 June)" over a table
				k := c - 1
				for k > 0 && !v.isPunct(k, "(") && c-k <= 10 {
					k--
				}
				if !v.isPunct(k, "(") || end == c+1 && !headerLine(v, k) {
					continue // a row's own bracket: "7 dead in Nakawa (police)"
				}
				if a, ok := v.bracketSourceIn(k, c+1); ok {
					a.Borrowed = true
					return a, true
				}
			}
		}
	}
	return Attribution{}, false
}

// headerLine reports a line that holds no number before token k: a
// header over a list or table, not one of its rows.
func headerLine(v *sentenceView, k int) bool {
	for i := k - 1; i >= 0; i-- {
		if v.toks[i].word && isDigitByte(v.text[v.toks[i].start]) {
			return false
		}
		if v.segmentBreak(i) {
			return v.toks[i].word || i < k-1 // the line's first word, or a bullet before it
		}
	}
	return true
}

// labelled turns a label's phrase into an Attribution when it names a body.
func labelled(v *sentenceView, p phrase, colon int) (Attribution, bool) {
	p = trimPrepositions(v, phrase{p.a, skipParenthesis(v, p.b-1) + 1})
	if p.empty() {
		return Attribution{}, false
	}
	name := v.nameOf(p)
	if !namesBody(name) {
		return Attribution{}, false
	}
	return Attribution{Name: name, Cue: ":", CueStart: v.toks[colon].start, Borrowed: true}, true
}

// segmentSource reads the source of a figure in a list, ticker or table
// line: a label before a colon at the head of the figure's segment
// ("• 19:42 – Interior ministry: 43 detained", "Rights groups: 76 killed
// | State TV: 41 killed"), or a source in brackets after the figure in its
// segment ("~20,000 (police estimate)", "7 dead in Nakawa (police)"). A
// segment runs between bullets, bars, line breaks and the sentence's ends.
func segmentSource(v *sentenceView) (Attribution, bool) {
	fi := figureToken(v)
	start, end := 0, len(v.toks)
	for k := fi - 1; k >= 0; k-- {
		if v.segmentBreak(k) {
			start = k + 1
			if v.toks[k].word {
				start = k // a line's first word begins its segment
			}
			break
		}
	}
	for k := fi + 1; k < len(v.toks); k++ {
		if v.segmentBreak(k) {
			end = k
			break
		}
	}
	// A label: skip a timestamp and its dash, then words up to a colon.
	a := start
	for a < fi && (!v.toks[a].word || isDigitByte(v.text[v.toks[a].start]) || stampWords.Of(v.lower(a))) {
		a++
	}
	for b := a; b < fi && b-a <= 6; b++ {
		if v.isPunct(b, ":") {
			p := phrase{a, b}
			for m := a + 1; m < b; m++ {
				if documentNouns.Of(v.lower(m)) {
					p.b = m + 1 // "AAPP count for yesterday:" → AAPP count → AAPP
					break
				}
			}
			if b > a && claimantLike(v, p) && voiceLike(v, v.author(p)) && !notLabels.Of(v.lower(a)) && !countsLabel(v, p) && !placeLike(v, p) && !(b-a == 1 && placeRowBefore(v, a)) && !describedThing(v, p) &&
				(!bulleted(v, start, a) || namedVoice(v, v.author(p)) || wordAfterFigure(v)) {
				a := Attribution{Name: v.nameOf(v.author(p)), Cue: ":", CueStart: v.toks[b].start}
				for m := p.a + 1; m+1 < p.b; m++ {
					if v.lower(m) == "on" && (isOutlet(v, phrase{m + 1, p.b}) || isAcronym(v.text[v.toks[m+1].start:v.toks[p.b-1].end])) {
						// "Darmanin on TF1:": the speaker, carried by the outlet
						a.Name = v.nameOf(phrase{p.a, m})
						a.Via = []string{v.nameOf(phrase{m + 1, p.b})}
						break
					}
				}
				return a, true
			}
			break
		}
		if !v.toks[b].word {
			break
		}
	}
	// A source in brackets after the figure in its segment.
	if a, ok := v.bracketSourceIn(fi+1, end); ok {
		return a, true
	}
	// A source for the whole line: a last cell "source: Erawan Medical
	// Centre", or brackets that close the line "(interior ministry
	// figures)".
	return v.lineSource()
}

// bracketSourceIn finds a source in brackets among tokens [from, end).
func (v *sentenceView) bracketSourceIn(from, end int) (Attribution, bool) {
	for k := from; k < end; k++ {
		if !v.isPunct(k, "(") {
			continue
		}
		e := k + 1
		for e < end && v.toks[e].word && e-k <= 7 {
			e++
		}
		if e == k+1 || !v.isPunct(e, ")") && !v.isPunct(e, ",") {
			continue
		}
		p := v.author(phrase{k + 1, e})
		for p.b-p.a > 1 && documentNouns.Of(v.lower(p.b-1)) {
			p.b-- // "(police estimate)", "(police figures)"
		}
		if claimantLike(v, p) && voiceLike(v, p) && !countInside(v, p) && !bracketParts.Of(v.lower(p.a)) {
			return Attribution{Name: v.nameOf(p), Cue: "(", CueStart: v.toks[k].start}, true
		}
	}
	return Attribution{}, false
}

// bracketParts open a bracket that breaks a figure down: "(including 1
// military officer)".
var bracketParts = set("including", "excluding", "among", "incl", "of")

// countInside reports a number among p's words: "(1 military officer)"
// counts, it names no voice.
func countInside(v *sentenceView, p phrase) bool {
	for i := p.a; i < p.b; i++ {
		if isDigitByte(v.text[v.toks[i].start]) {
			return true
		}
	}
	return false
}

// lineSource reads a source written for a whole ticker line: its last
// cell "source: Erawan Medical Centre", or brackets closing it.
func (v *sentenceView) lineSource() (Attribution, bool) {
	n := len(v.toks)
	for n > 0 && v.isPunct(n-1, ".") {
		n--
	}
	if n > 0 && v.isPunct(n-1, ")") {
		k := n - 2
		for k >= 0 && !v.isPunct(k, "(") && n-k <= 8 {
			k--
		}
		if k >= 0 && v.isPunct(k, "(") {
			return v.bracketSourceIn(k, n)
		}
	}
	for k := n - 1; k >= 1 && n-k <= 8; k-- {
		if v.segmentBreak(k) {
			break
		}
		if v.isPunct(k, ":") && (v.lower(k-1) == "source" || v.lower(k-1) == "sources") && k+1 < n {
			p := phrase{k + 1, n}
			if claimantLike(v, p) && voiceLike(v, p) {
				return Attribution{Name: v.nameOf(p), Cue: ":", CueStart: v.toks[k].start}, true
			}
		}
	}
	return Attribution{}, false
}

// stampWords may open a segment before its label: "LIVE", "Update",
// "BREAKING".
var stampWords = set("live", "update", "updated", "breaking", "latest", "bst", "gmt", "et", "cet", "utc", "am", "pm")

// notLabels open segments that name no source: "Update: …", "Day 10:".
var notLabels = set("update", "day", "live", "breaking", "latest", "note", "warning", "editor",
	"correction", "what", "key", "watch", "read", "see", "more", "total", "totals", "overall", "cumulative", "since")

// placeLike reports a label that is only a capitalised word naming no
// body or voice, most often a place: "Bolivia:", "Tbilisi:".
func placeLike(v *sentenceView, p phrase) bool {
	return p.b-p.a == 1 && !namedVoice(v, p) && anaphorHeads.Of(v.lower(p.a)) == 0
}

// describedThing reports a label that describes what it counts with a
// participle after its noun, which no name of a voice does: "Firearms
// looted from police armouries:", "Injured attended by the service:".
func describedThing(v *sentenceView, p phrase) bool {
	for i := p.a + 1; i < p.b; i++ {
		if w := v.lower(i); !v.toks[i].capital && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-") {
			return true
		}
	}
	return false
}

// placeRowBefore reports a row of a place list on the line before token
// a: "Isfahan: 8" above "Fars: 6" makes Fars the province, not the news
// agency.
func placeRowBefore(v *sentenceView, a int) bool {
	if a < 3 || !v.segmentBreak(a) || !v.isPunct(a-2, ":") || v.toks[a-1].word && !isDigitByte(v.text[v.toks[a-1].start]) {
		return false
	}
	p := phrase{a - 3, a - 2}
	return v.toks[p.a].word && v.segmentBreak(p.a) && placeLike(v, p)
}

// countsLabel reports a table's label that says what is counted, not
// who counts it: "Arrests:", "Shot and wounded:", "Demonstrators at
// Democracy Monument:".
func countsLabel(v *sentenceView, p phrase) bool {
	for i := p.a; i < p.b; i++ {
		if measureLabels.Of(v.lower(i)) {
			return true
		}
	}
	return false
}

// measureLabels name what a table's row counts.
var measureLabels = set("arrests", "arrested", "dead", "deaths", "killed", "injured", "wounded",
	"detained", "detentions", "detainees", "missing", "displaced", "executions", "executed", "hurt",
	"injuries", "toll", "casualties", "demonstrators", "protesters", "participants", "crowd",
	"shot", "disappeared", "refugees", "fatalities", "sentenced", "turnout")

// introducesList reports a cue whose line ends in a colon, opening the
// list below it: "… recorded the following as of 31 December 2021:".
func (v *sentenceView) introducesList(at int) bool {
	for k := at + 1; k < len(v.toks); k++ {
		if v.segmentBreak(k) {
			return v.isPunct(k-1, ":")
		}
	}
	return false
}

// segmentBetween reports a line break, bullet or bar among tokens (a, b].
func (v *sentenceView) segmentBetween(a, b int) bool {
	for k := a + 1; k <= b && k < len(v.toks); k++ {
		if v.segmentBreak(k) && !v.isPunct(k, ";") {
			return true
		}
	}
	return false
}

// segmentBreak reports a token that ends a list's segment: a bar, a
// bullet or a semicolon, or a line break before it.
func (v *sentenceView) segmentBreak(k int) bool {
	if v.isPunct(k, "|") || v.isPunct(k, "\u2022") || v.isPunct(k, ";") {
		return true
	}
	return k > 0 && strings.Contains(v.text[v.toks[k-1].end:v.toks[k].start], "\n")
}

// bracketLine reads a table's source written as a line of its own in
// brackets after it, in the same paragraph: "Dead: 23 … (Amnesty
// International Kenya, 09:00 Wednesday)".
func (d *Document) bracketLine(si int) (Attribution, bool) {
	// A later line of the figure's own sentence first: a list the
	// splitter kept whole, closed by "(Amnesty International Kenya,
	// 09:00 Wednesday)".
	own := d.view(si, [2]int{-1, -1})
	for b := 1; b < len(own.toks); b++ {
		if own.isPunct(b, "(") && own.toks[b].start > d.sents[si][0] && lineOpens(d.text, own.toks[b].start) {
			if a, ok := bracketSource(&own, b); ok {
				return a, true
			}
		}
	}
	for sj := si + 1; sj < len(d.sents) && sj <= si+6 && d.para[sj] == d.para[si]; sj++ {
		if !strings.HasPrefix(strings.TrimLeft(d.text[d.sents[sj][0]:d.sents[sj][1]], " \t\n"), "(") {
			continue
		}
		view := d.view(sj, [2]int{-1, -1})
		v := &view
		if len(v.toks) < 3 || !v.isPunct(0, "(") {
			continue
		}
		if a, ok := bracketSource(v, 0); ok {
			return a, true
		}
	}
	return Attribution{}, false
}

// bracketSource reads "(NAME, …)" or "(NAME)" from the bracket at token b.
func bracketSource(v *sentenceView, b int) (Attribution, bool) {
	e := b + 1
	for e < len(v.toks) && v.toks[e].word && e <= b+6 {
		e++
	}
	if e == b+1 || !v.isPunct(e, ",") && !v.isPunct(e, ")") {
		return Attribution{}, false
	}
	p := phrase{b + 1, e}
	if claimantLike(v, p) && voiceLike(v, p) {
		return Attribution{Name: v.nameOf(p), Cue: "(", CueStart: v.toks[b].start, Borrowed: true}, true
	}
	return Attribution{}, false
}

// lineOpens reports a byte that only spaces separate from a line break
// before it.
func lineOpens(text string, at int) bool {
	for at > 0 && (text[at-1] == ' ' || text[at-1] == '\t') {
		at--
	}
	return at > 0 && text[at-1] == '\n'
}

// dashTailWords bounds the words of a headline's source.
const dashTailWords = 4

// bulleted reports a list mark among tokens [start, a): "- Cauca: 41".
func bulleted(v *sentenceView, start, a int) bool {
	for k := max(0, start-1); k < a; k++ {
		if v.isPunct(k, "-") || v.isPunct(k, "•") || v.isPunct(k, "*") || v.isPunct(k, "|") {
			return true
		}
	}
	return false
}

// wordAfterFigure reports a word just after the figure: "- Plataforma
// Decide: 30 dead" labels a voice, "- Cauca: 41" a category.
func wordAfterFigure(v *sentenceView) bool {
	k := figureEnd(v)
	return k < len(v.toks) && v.toks[k].word
}

// namedVoice reports a phrase that names a body or a role, not just
// anything capitalised: a list's labels are mostly places ("- Valle del
// Cauca: 17") and rarely sources.
func namedVoice(v *sentenceView, p phrase) bool {
	last := v.lower(p.b - 1)
	return commonClaimants.Of(last) || personRoles.Of(last) || namesBody(v.text[v.toks[p.a].start:v.toks[p.b-1].end])
}

// namesBody reports a name of a body: an organisation, agency or
// ministry, or an acronym.
func namesBody(name string) bool {
	return fits(anyOrg, name) || isAcronym(name)
}

// voiceLike reports a phrase that names someone who speaks: a common
// claimant ("witnesses", "police"), an organisation or an outlet, or a
// capitalised name.
func voiceLike(v *sentenceView, p phrase) bool {
	last := v.lower(p.b - 1)
	if commonClaimants.Of(last) || anaphorHeads.Of(last) != 0 || personRoles.Of(last) {
		return true
	}
	name := v.text[v.toks[p.a].start:v.toks[p.b-1].end]
	return fits(anyOrg, name) || v.toks[p.b-1].capital && !isDigitByte(name[0])
}

// inherit applies the rule backwards: a figure sentence that carries on
// from the one before it ("Of those, 11 later died") takes that sentence's
// claimant, when it has one.
func (d *Document) inherit(si int) (Attribution, bool) {
	if si == 0 || d.para[si-1] != d.para[si] || !d.continues(si-1, si) {
		return Attribution{}, false
	}
	view := d.view(si-1, [2]int{-1, -1})
	a, found, _ := d.inSentence(&view, true)
	if !found {
		return Attribution{}, false
	}
	a.Borrowed = true
	return a, true
}

// sentenceBuf is the room of one tokenized sentence, reused across
// documents through sentenceBufs.
type sentenceBuf struct {
	toks []token
	lows []string
	cues []cue
}

// sentenceBufs reuses sentences' tokens: every sentence with a figure is
// tokenized, and its tokens were the largest part of what attribution
// allocated. A sync.Pool is safe for concurrent use and keeps no state
// between documents.
var sentenceBufs sync.Pool

// Release hands the Document and the room of its tokenized sentences back
// for reuse by later documents. The Attributions it returned stay valid; the
// Document must not be used after.
func (d *Document) Release() {
	for _, b := range d.bufs {
		clear(b.lows) // keep no text alive; tokens hold only offsets
		sentenceBufs.Put(b)
	}
	clear(d.bufs)
	d.bufs = d.bufs[:0]
	d.cache = [len(d.cache)]sentenceCache{}
	d.text, d.sents, d.next = "", nil, 0
	clear(d.full)
	documents.Put(d)
}

// documents reuses Documents, whose sentence cache makes them large, once
// released.
var documents sync.Pool

// view tokenizes sentence si. It returns the view by value: its callers
// keep it on their stacks.
func (d *Document) view(si int, fig [2]int) sentenceView {
	for _, c := range d.cache {
		if c.si == si && c.toks != nil {
			return sentenceView{text: d.text, toks: c.toks, cues: c.cues, lows: c.lows, fig: fig}
		}
	}
	// Room for a token every four bytes, near what news needs, spares
	// the slice its growing.
	b, _ := sentenceBufs.Get().(*sentenceBuf)
	if b == nil {
		b = new(sentenceBuf)
	}
	d.bufs = append(d.bufs, b)
	if want := (d.sents[si][1]-d.sents[si][0])/4 + 4; cap(b.toks) < want {
		b.toks = make([]token, 0, want)
	}
	b.toks = tokenize(b.toks[:0], d.text, d.sents[si][0], d.sents[si][1])
	b.lows = slices.Grow(b.lows[:0], len(b.toks))[:len(b.toks)]
	toks := b.toks
	b.cues = findCues(b.cues, d.text, toks)
	c := sentenceCache{si: si, toks: toks, cues: b.cues, lows: b.lows}
	d.cache[d.next] = c
	d.next = (d.next + 1) % len(d.cache)
	return sentenceView{text: d.text, toks: c.toks, cues: c.cues, lows: c.lows, fig: fig}
}

// borrow applies the rule across sentence boundaries: the next sentences
// of the paragraph, while each carries on from the one before, may lend
// their trailing cue.
func (d *Document) borrow(si int) (Attribution, bool) {
	for next := si + 1; next < len(d.sents) && next <= si+2; next++ {
		if d.para[next] != d.para[si] || !d.continues(next-1, next) {
			return Attribution{}, false
		}
		view := d.view(next, [2]int{-1, -1})
		v := &view
		a, found, trailing := d.inSentence(v, true)
		if found && trailing {
			a.Borrowed = true
			return a, true
		}
		if found {
			return Attribution{}, false // its cue is its own
		}
	}
	return Attribution{}, false
}

// continues reports whether sentence j carries on from sentence i.
func (d *Document) continues(i, j int) bool {
	if openQuote(d.text[d.sents[i][0]:d.sents[i][1]]) {
		return true
	}
	view := d.view(j, [2]int{-1, -1})
	v := &view
	first := -1
	for k, t := range v.toks {
		if t.word {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	w := v.lower(first)
	switch {
	case w == "some" && first+1 < len(v.toks) && isDigitByte(v.text[v.toks[first+1].start]):
		return false // "Some 40 people": a qualifier, a new figure
	case continuers.Of(w):
		return true
	case w == "the" && first+1 < len(v.toks) && continuingNouns.Of(v.lower(first+1)):
		return true
	}
	// "Sixty of them", "12 of those": a number then "of" within three words.
	for k := first + 1; k < len(v.toks) && k <= first+3; k++ {
		if v.lower(k) == "of" {
			return true
		}
	}
	// "Four were killed in Najaf", "Hundreds were wounded", "Three more
	// died": a number with no noun of its own goes on counting what the
	// sentence before counted.
	next := first + 1
	for next < len(v.toks) && (v.isPunct(next, ",") || isDigitByte(v.text[v.toks[next].start]) || v.lower(next) == "more") {
		next++
	}
	if next < len(v.toks) && (isDigitByte(v.text[v.toks[first].start]) || bareCounts.Of(w)) && ellipsisVerbs.Of(v.lower(next)) {
		return true
	}
	return false
}

// bareCounts are number words that open a sentence as its subject.
var bareCounts = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "dozens", "hundreds", "thousands", "scores", "another", "others")

// ellipsisVerbs follow a bare count as its verb.
var ellipsisVerbs = set("were", "was", "had", "have", "died", "remain", "remained", "are", "fled")

// openQuote reports a sentence that opens a quotation it does not close.
func openQuote(s string) bool {
	straight, curlyOpen, curlyClose := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			straight++
		case i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x9C:
			curlyOpen++
		case i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x9D:
			curlyClose++
		}
	}
	return straight%2 == 1 || curlyOpen > curlyClose
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
