// Package figure decides which numbers in a sentence are figures that count
// something in an episode of violence or unrest, and reads each one's
// qualifier, unit and measure.
//
// A figure is a number that counts: "at least 304 people were killed",
// "arresting 12,000 activists", "protests in about 200 cities". Money,
// percentages, ages, years, durations, dates, times, codes, scores, ratios
// and numbers inside names are never figures. The word lists it decides
// with are all in lexicon.go.
package figure

import (
	"strings"
	"sync"
	"unicode/utf8"

	"tally"
	"tally/internal/extract/number"
)

// Match is one figure found in a sentence. Offsets are byte offsets into the
// whole text passed to Find.
type Match struct {
	Start, End int          // the figure as written, qualifier and unit included ("at least 304 people")
	Figure     tally.Figure // low/high/qualifier/unit/text
	Measure    tally.Measure
	Trigger    string // the word that governs the measure ("killing", "death toll"), if any
	TriggerAt  int    // its byte offset, -1 if none
	UnitStart  int    // byte offsets of the head noun, -1 if none
	UnitEnd    int
	Part       bool // counted inside a larger figure: "23 children among the dead", "six of the dead"
}

// Find returns the figures in text[start:end], one sentence, in order.
// A sentence with no digit and no number word costs one pass over its
// bytes.
func Find(text string, start, end int) []Match {
	st, ok := scanSentence(text, start, end)
	if !ok {
		return nil
	}
	defer st.release()
	cands := st.candidates()
	defer st.putCandidates(cands)
	st.inherit(cands, func() tally.Measure { return lastMeasure(text, start) })
	st.elidedUnits(cands)
	out := make([]Match, 0, len(cands))
	for i, c := range cands {
		if c.whole && c.gov.m == tally.Places {
			continue // how many provinces a country has is no claim
		}
		if m, ok := st.match(c, start); ok {
			if i == 0 && m.Figure.Unit == "" && st.continues(c.q) {
				m.Figure.Unit = lastPeople(text, start, m.Measure)
			}
			out = append(out, m)
		}
	}
	return out
}

// continues reports a figure that opens its sentence as more of, or a part
// of, the figure the sentence before ends with: "Another 107 were
// injured", "Of those, 153 were taken to hospital".
func (st *sentence) continues(q quant) bool {
	switch {
	case q.first == 1 && st.word(0) == "another":
		return true
	case q.first == 3 && st.word(0) == "of" && pronounHeads.Of(st.word(1)) && st.punct(2) == ",":
		return true
	}
	return false
}

// lastPeople returns the noun of people that the last figure of measure m
// in the text just before start counts, or the last figure when none is of
// m, as its unit is written; "" if it counts none.
func lastPeople(text string, start int, m tally.Measure) string {
	unit := ""
	readContext(text, start, func(st *sentence, cands []candidate) {
		st.elidedUnits(cands)
		if len(cands) == 0 {
			return
		}
		last := cands[len(cands)-1]
		for i := len(cands) - 1; i >= 0; i-- {
			if cands[i].gov.m == m {
				last = cands[i] // "700 people were injured as thousands of protesters clashed … Of those, 153"
				break
			}
		}
		if noun := st.peopleNoun(last); noun >= 0 {
			unit = st.unitAsWritten(noun, lemma(st.toks[noun].lower))
		}
	})
	return unit
}

// readContext reads the figures of the text just before start, within
// contextWindow, and hands them with their measures to read; it does not
// call read when that text holds no number.
func readContext(text string, start int, read func(st *sentence, cands []candidate)) {
	from := max(0, start-contextWindow)
	for from > 0 && from < start && text[from-1] != ' ' {
		from++
	}
	s := text[from:start]
	if !number.Contains(s) {
		return
	}
	nums := number.Scan(s)
	if len(nums) == 0 {
		return
	}
	st := tokenize(s, nums)
	defer st.release()
	cands := st.candidates()
	defer st.putCandidates(cands)
	st.inherit(cands, func() tally.Measure { return "" })
	read(&st, cands)
}

// scanSentence tokenizes text[start:end] around its numbers; ok is false
// for a span out of range or one that holds no number, which costs a single
// pass over its bytes. The caller releases the sentence.
func scanSentence(text string, start, end int) (st sentence, ok bool) {
	if start < 0 || end > len(text) || start >= end {
		return sentence{}, false
	}
	s := text[start:end]
	if !number.Contains(s) {
		return sentence{}, false
	}
	nums := number.Scan(s)
	if len(nums) == 0 {
		return sentence{}, false
	}
	return tokenize(s, nums), true
}

// candidate is a number that passed the filters, with what it counts so far.
type candidate struct {
	q     quant
	head  int
	gov   governed
	whole bool // the whole a part is taken from: "31" in "29 of the 31 provinces"
	part  bool // a part of a larger figure: "29" in "29 of the 31 provinces", "six of the dead"
	// detached is true when the head noun stands apart from the number,
	// outside the figure's text: "60 were children".
	detached bool
	// unitOf, when above 0, is one past the token of a noun written for
	// another figure that this one counts too ("243 children had been
	// killed and 446 wounded"): the unit, not part of the figure's text.
	unitOf int
}

// candidates reads every number of the sentence and keeps those that may
// be figures.
func (st *sentence) candidates() []candidate {
	cands := st.getCandidates()
	for k, t := range st.toks {
		if t.kind != tNum {
			continue
		}
		q := st.qualify(k)
		if st.notAFigure(q) || st.durationAfter(q) {
			continue
		}
		if currencyNames.Of(st.word(q.last + 1)) {
			continue // "300-400 kwanza fares"
		}
		head, modifier := st.nounPhrase(q)
		if modifier && len(cands) > 0 && st.punct(q.first-1) == "(" {
			head, modifier = -1, false // "55 injured (6 gunshot)": a kind of the figure before
		}
		if modifier || head >= 0 && nonCountables.Of(lemma(st.toks[head].lower)) || st.speaks(head) {
			continue
		}
		if q.n.Words && singular(q.n) && (head < 0 || st.word(q.last+1) == "of") && !(head < 0 && q.first < q.num) && st.singleNounAfter(q.last+3) < 0 &&
			!((st.word(q.first-1) == "and" || st.punct(q.first-1) == ",") && len(cands) > 0 && st.singleNounAfter(q.last+1) >= 0) {
			continue // "one of the protesters", "no one"; but "at least one had been shot dead", "… and one was a police officer"
		}
		c := candidate{q: q, head: head, gov: st.measure(q, head)}
		if head >= 0 && head == q.last+3 && st.word(q.last+1) == "of" && st.word(q.last+2) == "the" && adjectiveUnits.Of(st.word(head)) {
			// "215 of the dead were civilians": the dead say what is
			// counted, the noun after what they were.
			st.pluralAfterBe(&c, head+1)
		}
		if head < 0 {
			c.head, c.detached = st.countedNoun(c.gov.tok)
		}
		if c.head < 0 {
			if k := st.labelNoun(q); k >= 0 {
				c.head, c.detached = k, true // "Political prisoners: 1,793", "- civilians: 1,620"
			}
		}
		weak := c.gov.m == "" || c.gov.m == tally.OtherMeasure
		if weak && head < 0 && (q.qualWord == "under" || q.qualWord == "over") {
			continue // "those under 18"
		}
		cands = append(cands, c)
	}
	return cands
}

// candidateBufs reuses the candidate slices of sentences, as tokenBufs
// does their tokens.
var candidateBufs sync.Pool

// getCandidates returns an empty candidate slice with room, from the pool;
// the sentence keeps the pool's pointer to hand back.
func (st *sentence) getCandidates() []candidate {
	p, ok := candidateBufs.Get().(*[]candidate)
	if !ok {
		p = new([]candidate)
	}
	st.cbuf = p
	if cap(*p) == 0 {
		return make([]candidate, 0, 8)
	}
	return (*p)[:0]
}

// putCandidates hands a candidate slice back, cleared so that the pool
// keeps no text alive, in the pointer it came in.
func (st *sentence) putCandidates(cands []candidate) {
	if st.cbuf == nil {
		return
	}
	clear(cands)
	*st.cbuf = cands[:0]
	candidateBufs.Put(st.cbuf)
	st.cbuf = nil
}

// elidedUnits gives a figure with no noun the noun of the figure it is
// coordinated with, which the writer did not repeat: "243 children had
// been killed and 446 wounded", "Six people died and more than 200 were
// injured". Only people are carried over, and only across "and" or a
// comma within a few words.
func (st *sentence) elidedUnits(cands []candidate) {
	for i := 1; i < len(cands); i++ {
		c := &cands[i]
		if c.head >= 0 && !adjectiveUnits.Of(lemma(st.toks[c.head].lower)) && !pronounHeads.Of(st.toks[c.head].lower) {
			continue
		}
		p := i - 1
		for p > 0 && cands[p].part {
			p-- // "258 people …, of whom 49 were minors, and 96 had been released": people
		}
		prev := cands[p]
		noun := st.peopleNoun(prev)
		if noun < 0 {
			continue
		}
		if c.part {
			if noun > c.q.first {
				continue // a noun after the part is no whole of it
			}
			// A part counts what its whole counts: "48 people …, 11 of
			// them with gunshot wounds", "1,700 people …, of whom 1,300
			// remained in detention", "56 people, including 22 who
			// needed treatment".
			c.unitOf = noun + 1
			continue
		}
		if noun < c.q.first && st.word(c.q.first-2) == "of" && pronounHeads.Of(st.word(c.q.first-1)) {
			c.unitOf = noun + 1 // "1,700 people had been arrested, of whom 1,300 remained in detention"
			continue
		}
		from := max(prev.q.last, prev.head) + 1
		if !st.additional(c.q) && !st.thatClause(c.q.first) && (c.q.first-from > elisionReach || !st.coordinates(from, c.q.first)) {
			continue
		}
		c.unitOf = noun + 1
	}
}

// peopleNoun returns the token of the noun of people a candidate counts,
// its own or one it took from a figure before it ("seven people had died,
// 1,340 injured and 1,152 arrested"); -1 if none.
func (st *sentence) peopleNoun(c candidate) int {
	switch {
	case c.unitOf > 0:
		return c.unitOf - 1
	case c.head >= 0 && st.people(c.head):
		return c.head
	}
	return -1
}

// pronounHeads stand for a noun written before: "102 of them".
var pronounHeads = set("them", "whom", "those", "these")

// people reports a head noun that counts people: a noun of persons, or a
// people named with a capital ("4,000 Mozambicans").
func (st *sentence) people(head int) bool {
	t := st.toks[head]
	return persons.Of(lemma(t.lower)) || isCapital(st.s[t.start:t.end]) && strings.HasSuffix(t.lower, "s")
}

// additional reports a figure written as more of the same: "a further
// 2,000", "another 30", "50 more".
func (st *sentence) additional(q quant) bool {
	switch {
	case st.word(q.first-1) == "another", st.word(q.first-1) == "further" && st.word(q.first-2) == "a":
		return true
	case st.word(q.last+1) == "more" || st.word(q.last+1) == "others":
		return true
	}
	return false
}

// thatClause reports a figure that opens a reported clause coordinated
// with the one before: "said 230 people had been killed, six of them
// members of the security forces, and that 7,000 had been detained".
func (st *sentence) thatClause(first int) bool {
	return st.word(first-1) == "that" && st.word(first-2) == "and"
}

// elisionReach bounds the words between two coordinated figures.
const elisionReach = 6

// coordinates reports "and" or a comma among tokens [from, to) and no
// stronger break.
func (st *sentence) coordinates(from, to int) bool {
	joined := false
	for k := from; k < to; k++ {
		switch {
		case st.word(k) == "and" || st.punct(k) == ",":
			joined = true
		case st.punct(k) != "":
			return false // a semicolon, colon, bracket or dash
		case st.word(k) == "of" || st.word(k) == "while" || st.word(k) == "but":
			return false
		}
	}
	return joined
}

// countedNoun finds the noun of "the number of protesters killed … had
// risen to 490" or "put the number of detainees at 18,242" when the anaphor
// at token g governs a figure that has no noun of its own; -1 if none.
func (st *sentence) countedNoun(g int) (int, bool) {
	if g > 0 && persons.Of(lemma(st.word(g-1))) {
		// "put the number of protesters killed at 475": the trigger
		// follows the noun.
		a := g - 2
		if st.word(a) == "the" || st.word(a) == "those" {
			a--
		}
		if st.word(a) == "of" && anaphors.Of(st.word(a-1)) {
			return g - 1, true
		}
	}
	if g < 0 || !anaphors.Of(st.word(g)) || st.word(g+1) != "of" {
		return -1, false
	}
	k := g + 2
	if st.word(k) == "the" || st.word(k) == "those" {
		k++
	}
	if k >= len(st.toks) || st.toks[k].kind != tWord || !persons.Of(lemma(st.word(k))) {
		return -1, false
	}
	return k, true
}

// inherit gives a figure with no governing word the measure of the figure
// it is a part of or refers to: "304 people were killed, among them 23
// children", "71 minors among the 527 dead", "26 killed, 14 of them in one
// street", "of the 448 killed, 60 were children", "put the figure at 46".
// context finds the measure of the last figure before the sentence.
func (st *sentence) inherit(cands []candidate, context func() tally.Measure) {
	for i := 0; i+1 < len(cands); i++ {
		if st.partOfNext(cands[i], cands[i+1]) {
			cands[i+1].whole = true
			cands[i].part = true
		}
	}

	for i := range cands {
		c := &cands[i]
		if c.gov.m != "" && c.gov.tok == c.head && c.head >= 0 && i > 0 && cands[i-1].gov.m != "" && st.partOfPrevious(c) {
			// "94 people had been injured, among them 63 protesters": the
			// part counts what the whole counts, not what its noun would.
			c.gov = governed{cands[i-1].gov.m, -1}
			c.part = true
			continue
		}
		if c.gov.m != "" {
			continue
		}
		var prev, next *candidate
		if i > 0 && cands[i-1].gov.m != "" {
			prev = &cands[i-1]
		}
		if i+1 < len(cands) && cands[i+1].gov.m != "" {
			next = &cands[i+1]
		}
		switch {
		case st.partOfPrevious(c):
			c.part = i > 0
			if prev != nil {
				c.gov = governed{prev.gov.m, -1}
			} else if m := st.namedWhole(c.q); m != "" {
				c.gov, c.part = governed{m, -1}, true // "Of the dead, 60 were children."
			} else if i == 0 || cands[i-1].head < 0 && st.word(cands[i-1].q.first-2) == "among" {
				// "Sixty of them were children."; "Among the 1,000 are 96
				// women", the whole restated with no measure of its own.
				c.gov = governed{context(), -1}
			}
		case st.namedWhole(c.q) != "":
			// "Of the dead, 10 were Awami League supporters"
			c.gov, c.part = governed{st.namedWhole(c.q), -1}, true
			if c.head < 0 {
				st.pluralAfterBe(c, c.q.last+1)
			}
		case prev != nil && st.ofTheWhole(prev.q, c.q):
			c.part = true
			c.gov = governed{prev.gov.m, -1} // "Of the 39 dead, 17 were in Nairobi"
		case next != nil && st.partOfNext(*c, *next):
			c.gov = governed{next.gov.m, -1}
			if c.head < 0 {
				c.head = next.head
			}
		case prev != nil && prev.part && st.punct(c.q.first-1) == "," && singular(c.q.n) && st.singleNounAfter(c.q.last+1) >= 0:
			// "13 of them children, one a pregnant woman"
			c.gov, c.part = governed{prev.gov.m, -1}, true
			c.head, c.detached = st.singleNounAfter(c.q.last+1), true
		case prev != nil && st.coordinated(c.q):
			c.gov = governed{prev.gov.m, -1}
			if k := st.singleNounAfter(c.q.last + 1); k >= 0 && singular(c.q.n) && c.head < 0 {
				c.head, c.detached, c.part = k, true, prev.part // "10 were supporters and one was a police officer"
			}
		case st.headerMeasure(c):
		case st.labelledRow(c, context):
		case st.rowMeasure(c, cands[:i], context):
		case st.inlineRow(c, cands[:i], context):
		case prev != nil && c.head < 0 && st.periodList(c.q, prev.q):
			c.gov = governed{prev.gov.m, -1} // "834 executions in 2023, 582 in 2022 and 333 in 2021"
			c.part = prev.part               // "37 (28 on 18 November, 9 on 19 November)"
			if c.part {
				c.unitOf = prev.unitOf
			}
		case prev != nil && st.compared(c.q):
			c.gov = governed{prev.gov.m, -1} // "62 … arrested in 2023, compared with 41 the previous year"
		case c.head < 0 && prev != nil && (st.restates(c.q) || st.namesFigure(c.q)):
			c.gov = governed{prev.gov.m, -1}
		case c.head < 0 && st.breakdown(c.q, cands[:i]) != nil:
			// "3 dead (2 in Lome, 1 in Sokode)": a part of the figure
			// before the brackets, of its measure and its noun.
			whole := st.breakdown(c.q, cands[:i])
			c.gov = governed{whole.gov.m, -1}
			c.part = true
			c.unitOf = unitToken(*whole) + 1
		case c.head < 0 && st.namesFigure(c.q):
			if m := context(); m != "" {
				c.gov = governed{m, -1}
			}
		case c.head < 0 && st.competing(c.q):
			if m := lastMeasured(cands[:i]); m != "" {
				c.gov = governed{m, -1} // "the opposition says 70, the government 25"
			} else if m := context(); m != "" {
				c.gov = governed{m, -1}
			}
		}
	}
}

// unitToken is the token of the noun a candidate counts, its own or one
// it took from another; -1 when it has none.
func unitToken(c candidate) int {
	if c.unitOf > 0 {
		return c.unitOf - 1
	}
	return c.head
}

// breakdown reports a number inside brackets just after the figure prev,
// or after a comma inside them, that splits it by place or kind: "3 dead
// (2 in Lome, 1 in Sokode)", "injured: 55 (6 gunshot)".
func (st *sentence) breakdown(q quant, before []candidate) *candidate {
	open := -1
	for k := q.first - 1; k >= 0 && k >= q.first-12; k-- {
		if st.punct(k) == "(" {
			open = k
			break
		}
		if st.punct(k) == ")" {
			return nil
		}
	}
	if open < 0 {
		return nil
	}
	var whole *candidate
	for i := len(before) - 1; i >= 0; i-- {
		if end := max(before[i].q.last, before[i].head); end < open {
			whole = &before[i]
			break
		}
	}
	if whole == nil || whole.gov.m == "" || st.words(max(whole.q.last, whole.head)+1, open) > 2 {
		return nil
	}
	for k := q.last + 1; k < len(st.toks) && k <= q.last+12; k++ { // "(28 on 18 November, …)"
		switch st.punct(k) {
		case ")":
			return whole
		case "(":
			return nil
		}
	}
	return nil
}

// words counts the word tokens in [from, to).
func (st *sentence) words(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if st.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// competing reports a bare number that another voice gives for the same
// count: after a reporting verb ("organisers said 8,000", "claim
// millions"), as the object of one after it ("the 2 million claimed by
// the unions", "the 3.5 million the CGT union reported"), or in an
// elliptical pair after a comma ("…, the government 25").
func (st *sentence) competing(q quant) bool {
	if sayBefore.Of(st.word(q.first - 1)) {
		return true
	}
	if st.word(q.first-1) == "the" || st.word(q.first-1) == "of" {
		switch st.word(q.last + 1) {
		case "claimed", "reported", "given", "cited", "counted", "estimated", "announced":
			return true
		case "the":
			return sayBefore.Of(st.word(q.last+3)) || sayBefore.Of(st.word(q.last+4))
		}
	}
	k := q.first - 1
	if st.toks[max(k, 0)].kind == tWord && k >= 1 && (st.punct(k-1) == "," || st.word(k-1) == "the" && st.punct(k-2) == ",") {
		return st.punct(q.last+1) != "" || q.last+1 >= len(st.toks) // ", the government 25 —", "; the IACHR, 317;"
	}
	return st.punct(k) == "," && k >= 1 && st.toks[k-1].kind == tWord &&
		(isCapital(st.s[st.toks[k-1].start:st.toks[k-1].end]) || st.word(k-2) == "the" || st.word(k-3) == "the") &&
		(st.punct(q.last+1) != "" || q.last+1 >= len(st.toks))
}

// sayBefore are the reporting verbs a competing figure follows.
var sayBefore = set("said", "says", "say", "claimed", "claim", "claims", "reported", "reports", "counted",
	"counts", "estimated", "estimates", "put", "puts", "gave", "gives", "of")

// lastMeasured returns the measure of the last candidate with one.
func lastMeasured(cands []candidate) tally.Measure {
	for i := len(cands) - 1; i >= 0; i-- {
		if m := cands[i].gov.m; m != "" && m != tally.OtherMeasure && m != tally.Places {
			return m // how many places is no measure for what follows
		}
	}
	return ""
}

// ofTheWhole reports a figure that follows "Of the N …," opening its
// clause: a part of that whole.
func (st *sentence) ofTheWhole(whole, q quant) bool {
	if st.word(whole.first-1) != "the" || st.punct(q.first-1) != "," {
		return false
	}
	switch st.word(whole.first - 2) {
	case "of", "among":
		return true
	}
	return false
}

// namedWhole returns the measure of a whole named without a number
// before the figure, by a noun that says what it counts: "Of the dead, 60
// were children", "Among the wounded, 12 were minors".
func (st *sentence) namedWhole(q quant) tally.Measure {
	if st.punct(q.first-1) != "," {
		return ""
	}
	if st.word(q.first-3) == "the" {
		switch st.word(q.first - 4) {
		case "of", "among":
			if w := lemma(st.word(q.first - 2)); strongUnits.Of(w) {
				return unitMeasures.Of(w)
			}
		}
	}
	// "Of the civilians killed, 22 were children": the participle says
	// what the whole counts.
	if st.word(q.first-4) == "the" && persons.Of(lemma(st.word(q.first-3))) {
		switch st.word(q.first - 5) {
		case "of", "among":
			if m, ok := st.triggerAt(q.first-2, lemma(st.word(q.first-3))); ok && !weakTriggers.Of(st.word(q.first-2)) {
				return m
			}
		}
	}
	return ""
}

// partitive reports a figure written as a part of a larger group of what
// it counts, whether or not that group is a figure: "six of the dead",
// "more than 220 of the deaths" (but not "300 of the protesters" were
// detained: the protesters are not a count of detainees), "including 23
// children", "14 of them", "Among the dead were 23 children".
func (st *sentence) partitive(q quant, head int, m tally.Measure) bool {
	for _, j := range []int{q.last + 1, head + 1} { // "six of the dead", "4,000 women of the 9,000"
		if j <= q.last || st.word(j) != "of" {
			continue
		}
		switch st.word(j + 1) {
		case "them", "whom":
			return true
		case "the", "those", "these", "its", "their":
			if unitMeasures.Of(lemma(st.word(j+2))) == m {
				return true
			}
		}
	}
	switch st.wordOrAbbrev(q.first - 1) {
	case "including", "include", "includes", "included":
		return true
	case "them", "whom":
		w := st.word(q.first - 2)
		return w == "among" || w == "of"
	case "were", "was", "are", "is":
		for k := q.first - 2; k >= 0 && k >= q.first-6; k-- {
			if st.word(k) == "among" {
				return true
			}
			if st.toks[k].kind != tWord {
				return false
			}
		}
	}
	return false
}

// partOfPrevious reports "including 23 children", "among them 23
// children", "14 of them", and "60 were children" after a figure; for the
// last it takes the noun as the figure's head.
func (st *sentence) partOfPrevious(c *candidate) bool {
	q := c.q
	j := q.last + 1
	if st.word(j) == "of" && (st.word(j+1) == "them" || st.word(j+1) == "whom") {
		if singular(q.n) {
			if k := st.singleNounAfter(j + 2); k >= 0 {
				c.head, c.detached = k, true // "one of them a police officer"
			}
			return true
		}
		if !st.pluralAfterBe(c, j+2) { // "Sixty of them were children"
			st.pluralAfter(c, j+2) // "4,000 of them women"
		}
		return true
	}
	if c.head < 0 && st.pluralAfterBe(c, j) {
		return true
	}
	if st.punct(q.first-1) == "," && (st.word(q.first-3) == "of" || st.word(q.first-3) == "among") {
		switch st.word(q.first - 2) {
		case "these", "those", "them", "whom":
			// "Of these, 31 were Indigenous leaders"; but "Of them, 22
			// were tried in absentia" says what befell them, no part.
			return c.head >= 0 || st.pluralAfterBe(c, j)
		}
	}
	switch st.wordOrAbbrev(q.first - 1) {
	case "including", "include", "includes", "included", "mostly", "mainly":
		return true
	case "them", "whom":
		w := st.word(q.first - 2)
		if w != "among" && w != "of" {
			return false
		}
		if c.head < 0 {
			st.pluralAfterBe(c, j) // "of whom 312 were university students"
		}
		return true
	case "were", "are", "was":
		// "Among them were 31 women.", "Among the 1,000 are 96 women."
		for k := q.first - 2; k >= 0 && k >= q.first-5; k-- {
			if st.word(k) == "among" {
				return true
			}
		}
	}
	return false
}

// periodList reports a bare number in a list after the figure prev, each
// for its own period or place: "834 executions in 2023, 582 in 2022 and 333
// in 2021". It follows a comma or "and" a few words after prev, and "in"
// or "on" follows it.
func (st *sentence) periodList(q, prev quant) bool {
	j := q.first - 1
	if st.word(j) == "and" {
		j--
	}
	if st.punct(j) != "," && st.word(q.first-1) != "and" || j-prev.last > 6 {
		return false
	}
	switch st.word(q.last + 1) {
	case "in", "on", "during":
		return true
	}
	return false
}

// compared reports a figure set beside the one before it for another
// time or place: "compared with 41 the previous year", "against 30 in
// 2022".
func (st *sentence) compared(q quant) bool {
	switch st.word(q.first - 1) {
	case "with", "to":
		w := st.word(q.first - 2)
		return w == "compared" || w == "comparison"
	case "versus", "vs":
		return true
	case "from":
		w := st.word(q.first - 2)
		return (w == "up" || w == "down") && st.otherPeriod(q) // "up from 41 in December 2022"
	}
	return false
}

// coordinated reports a figure joined to the one before it: "43 children
// and 25 women", "and another 12", "1.3 million by the union and 280,000 by
// the ministry".
func (st *sentence) coordinated(q quant) bool {
	j := q.first - 1
	switch st.word(j) {
	case "another", "additional", "further":
		j--
		if st.word(j) == "a" || st.word(j) == "an" {
			j--
		}
	case "perhaps", "possibly", "maybe", "probably", "even":
		j-- // "No fewer than 300 were killed, and perhaps as many as 1,000"
	}
	switch st.word(j) {
	case "and", "or", "but", "plus":
		return true
	}
	return false
}

// headerMeasure gives a list item the measure of the line that
// introduces the list: "Among the detainees documented by the committee
// were:\n- 42 journalists;\n- 17 lawyers". It reports whether it did.
func (st *sentence) headerMeasure(c *candidate) bool {
	colon := -1
	for k := c.q.first - 1; k >= 0; k-- {
		if st.punct(k) == ":" {
			colon = k
			break
		}
	}
	if colon < 1 || colon+1 >= len(st.toks) || !st.lineBreakBetween(colon, colon+1) {
		return false // no header line that ends in a colon
	}
	for k := colon - 1; k >= 0 && k >= colon-12; k-- {
		w := st.word(k)
		if w == "" {
			break
		}
		if m, ok := st.triggerAt(k, ""); ok && !weakTriggers.Of(w) {
			c.gov = governed{m, -1}
			return true
		}
		if m, ok := unitMeasures.Get(lemma(w)); ok && m != tally.OtherMeasure && looksPlural(w) {
			c.gov = governed{m, -1} // "detainees"
			return true
		}
	}
	return false
}

// rowMeasure reads a row of a table that counts by place or kind
// ("Alborz: 14", "Khartoum | 1,100,000", "Moscow — 1,700", "Total: 55")
// with the measure of the line above the rows, or, when that line names
// none ("Largest numbers on 6 March:"), the measure of the figure before
// the table. It reports whether it did.
func (st *sentence) rowMeasure(c *candidate, before []candidate, context func() tally.Measure) bool {
	if c.head >= 0 || !st.isRow(c.q) {
		return false
	}
	first := st.lineStartTok(c.q.first)
	for first > 0 {
		above := st.lineStartTok(first - 1)
		if st.rowLine(above, first) || st.words(above, first) == 0 {
			first = above // another row, or a table's rule "|---|---|"
			continue
		}
		if m, ok := st.lineMeasure(above, first); ok {
			c.gov = governed{m, -1}
			return true
		}
		break
	}
	for i := len(before) - 1; i >= 0; i-- {
		if m := before[i].gov.m; m != "" && m != tally.OtherMeasure && m != tally.Places && before[i].q.last < first {
			c.gov = governed{m, -1} // the figure the table breaks down
			return true
		}
	}
	return takeContext(c, context)
}

// inlineRow reads a figure in a list by place written on one line after
// a label: "Detentions by province: Istanbul 512; Ankara 210", "Deaths by
// county: Nairobi 17, Nakuru 4", "By province: Tehran 163, Khuzestan 57".
// The label's measure counts, else the figure's before the list, else
// the context's; the place is no unit. It reports whether it did.
func (st *sentence) inlineRow(c *candidate, before []candidate, context func() tally.Measure) bool {
	colon, ok := st.placeListItem(c.q)
	if !ok {
		return false
	}
	c.head, c.detached = -1, false
	if m, ok := st.lineMeasure(st.lineStartTok(colon), colon); ok {
		c.gov = governed{m, -1}
		return true
	}
	for i := len(before) - 1; i >= 0; i-- {
		if before[i].gov.m == "" {
			continue
		}
		if before[i].q.last < colon {
			c.gov = governed{before[i].gov.m, -1} // "killed 6,393 people … State figures: Bahia 1,699"
			return true
		}
		if k, ok := st.placeListItem(before[i].q); ok && k == colon {
			c.gov = governed{before[i].gov.m, -1} // "Donetsk 96 killed, Kharkiv 41": the list's measure
			return true
		}
	}
	return takeContext(c, context)
}

// placeListItem reports a number that follows a place's name in a list
// after a label and a colon ("…: Istanbul 512; Ankara 210", "…: Tehran
// 163, other provinces 32"), with the colon's token.
func (st *sentence) placeListItem(q quant) (colon int, ok bool) {
	if q.first != q.num {
		return 0, false
	}
	after := q.last + 1
	if triggers.Has(st.word(after)) {
		after++ // "Donetsk 96 killed, Kharkiv 41"
	}
	if p := st.punct(after); after < len(st.toks) && p != "," && p != ";" && p != "." && p != ")" {
		return 0, false
	}
	k := q.first - 1
	names := 0
	for k >= 0 && st.toks[k].kind == tWord && names < 4 && (isCapital(st.s[st.toks[k].start:]) || st.word(k) == "other" || connector(st.word(k)) || names == 0 && looksPlural(st.word(k)) && st.word(k-1) == "other" ||
		names == 0 && placeUnits.Of(lemma(st.word(k))) && k > 0 && isCapital(st.s[st.toks[k-1].start:])) { // "Kyiv city 37"
		k--
		names++
	}
	if k < 1 || names == 0 {
		return 0, false
	}
	for k >= 1 {
		switch st.punct(k) {
		case ":":
			return k, st.toks[k-1].kind == tWord
		case ",", ";":
		default:
			if st.toks[k].kind == tNum || st.toks[k].kind == tWord && (isCapital(st.s[st.toks[k].start:]) || st.word(k) == "other" || connector(st.word(k)) || looksPlural(st.word(k)) && st.word(k-1) == "other" || placeUnits.Of(lemma(st.word(k))) || triggers.Has(st.word(k)) && st.toks[k-1].kind == tNum) {
				break
			}
			return 0, false // not a list of places and numbers
		}
		k--
	}
	return 0, false
}

// connector reports a small word inside a place's name: "Rio de Janeiro".
func connector(w string) bool {
	switch w {
	case "de", "del", "do", "da", "of", "al", "el", "la", "le", "and":
		return true
	}
	return false
}

// labelNoun returns the token of the plural noun a label before a colon
// names ("Political prisoners: 1,793", "- members of the armed forces:
// 173", "women: 269"), -1 if none. Participles and adjectives ("Killed:
// 8", "Dead: 12") name no unit.
func (st *sentence) labelNoun(q quant) int {
	j := q.first - 1
	if st.punct(j) != ":" && st.punct(j) != "|" || q.first != q.num {
		return -1
	}
	from := j - 1
	for from > 0 && st.toks[from-1].kind == tWord && !st.lineBreakBetween(from-1, from) && j-from < 6 {
		from--
	}
	for k := from; k < j; k++ {
		w := st.word(k)
		if w == "" || stopWords.Of(w) && w != "of" {
			continue
		}
		if looksPlural(w) && !adjectiveUnits.Of(lemma(w)) && (persons.Of(lemma(w)) || unitMeasures.Of(lemma(w)) != "") {
			return k
		}
	}
	// A label that opens with what it counts, of any kind: "Drug
	// personalities arrested: 193,086", "Surrenderers: 1.3 million".
	start := st.lineStartTok(j)
	for start < j && st.toks[start].kind != tWord {
		start++
	}
	for k := start; k < j-1 && k < start+2 && st.plainLabel(start, j); k++ {
		// The noun is followed by more of the label ("Vehicles damaged"):
		// a label of one capitalised word may be a place ("Fars: 6").
		w := st.word(k)
		if looksPlural(w) && !triggers.Has(w) && !stopWords.Of(w) && !adjectiveUnits.Of(lemma(w)) && !persons.Of(lemma(w)) && !placeUnits.Of(lemma(w)) {
			return k
		}
	}
	return -1
}

// labelledRow reads "civilians: 1,620" or "women: 269" in a list under
// a line that says what is counted ("Political prisoners: 1,793"): the
// measure of the nearest line above that names one, else the context's.
// It reports whether it did.
func (st *sentence) labelledRow(c *candidate, context func() tally.Measure) bool {
	if !c.detached || c.head < 0 || st.punct(c.q.first-1) != ":" && st.punct(c.q.first-1) != "|" {
		return false
	}
	if !persons.Of(lemma(st.toks[c.head].lower)) {
		return false // "Health facilities closed: 364" under "Displaced people: …" counts no people
	}
	line := st.lineStartTok(c.q.first)
	for line > 0 {
		above := st.lineStartTok(line - 1)
		if m, ok := st.lineMeasure(above, line); ok {
			c.gov = governed{m, -1}
			return true
		}
		line = above
	}
	return takeContext(c, context)
}

// takeContext gives c the measure of the last figure before the sentence,
// for a row that neither its table nor its sentence says the measure of.
// It reports whether it did: a figure of another kind gives none.
func takeContext(c *candidate, context func() tally.Measure) bool {
	if m := context(); m != "" && m != tally.OtherMeasure {
		c.gov = governed{m, -1}
		return true
	}
	return false
}

// isRow reports a number that ends its line after a label: one to four
// words and a colon, a bar or a dash.
func (st *sentence) isRow(q quant) bool {
	end := q.last + 1
	if st.punct(end) == "|" {
		end++ // "| Baghdad | 87 |"
	}
	if end < len(st.toks) && !st.lineBreakBetween(end-1, end) {
		return false
	}
	start := st.lineStartTok(q.first)
	return start < q.first && st.rowLine(start, end)
}

// rowLine reports whether tokens [from, to), one line, are a labelled
// number: "Alborz: 14", "West Darfur | 180,000", "Moscow — 1,700".
func (st *sentence) rowLine(from, to int) bool {
	last := to - 1
	if last > from && st.punct(last) == "|" {
		last-- // "| Baghdad | 87 |"
	}
	if last <= from || st.toks[last].kind != tNum {
		return false
	}
	sep := last - 1
	switch st.punct(sep) {
	case ":", "|", "—", "–", "-":
	default:
		return false
	}
	marked := false
	if p := st.punct(from); p == "|" || p == "-" || p == "•" || p == "*" || p == "–" {
		from++ // a table's cell or a list's bullet: its label may be lower case
		marked = true
	}
	words := 0
	for k := from; k < sep; k++ {
		switch st.toks[k].kind {
		case tWord:
			words++
		case tNum:
			return false
		}
	}
	return words >= 1 && words <= 5 && (marked || isCapital(st.s[st.toks[from].start:]) || st.word(from) == "other")
}

// lineMeasure reads the measure a header line names: "Executions by
// province, January 2023:", "DISPLACEMENT BY STATE (IOM, as of 11 June)".
func (st *sentence) lineMeasure(from, to int) (tally.Measure, bool) {
	for k := from; k < to; k++ {
		w := st.word(k)
		if w == "" {
			continue
		}
		if m, ok := st.triggerAt(k, ""); ok && !weakTriggers.Of(w) {
			return m, true
		}
		if m, ok := unitMeasures.Get(lemma(w)); ok && m != tally.OtherMeasure && looksPlural(w) {
			return m, true
		}
	}
	return "", false
}

// lineStartTok returns the first token of the line that holds token k.
func (st *sentence) lineStartTok(k int) int {
	for k > 0 && !st.lineBreakBetween(k-1, k) {
		k--
	}
	return k
}

// lineBreakBetween reports a line break between tokens a and b.
func (st *sentence) lineBreakBetween(a, b int) bool {
	return strings.IndexByte(st.s[st.toks[a].end:st.toks[b].start], '\n') >= 0
}

// pluralAfterBe reads "were children" at token j as the head of a figure
// that has none: "60 were children and 29 were women".
func (st *sentence) pluralAfterBe(c *candidate, j int) bool {
	if w := st.word(j); w != "were" && w != "are" {
		return false
	}
	for n := 0; n < 2 && j+2 < len(st.toks) && st.toks[j+1].kind == tWord && isCapital(st.s[st.toks[j+1].start:]) && !looksPlural(st.word(j+1)); n++ {
		j++ // "were Indigenous leaders", "were Awami League supporters"
	}
	j++
	if st.modifiesPeople(j) {
		j++ // "were university students"
	}
	return st.detachedPlural(c, j)
}

// modifiesPeople reports a word at token j that is no plural and no
// auxiliary, before a plural noun of people that it modifies: "university
// students", "army officers".
func (st *sentence) modifiesPeople(j int) bool {
	w := st.word(j)
	if w == "" || looksPlural(w) || afterAux.Of(w) {
		return false
	}
	n := st.word(j + 1)
	return looksPlural(n) && persons.Of(lemma(n))
}

// detachedPlural makes the plural noun at token j, when it is no
// auxiliary and no trigger, the detached head of c, the last noun of its
// compound. It reports whether it did.
func (st *sentence) detachedPlural(c *candidate, j int) bool {
	w := st.word(j)
	if !looksPlural(w) || afterAux.Of(w) || triggers.Has(w) {
		return false
	}
	c.head, c.detached = st.compoundEnd(j), true
	return true
}

// compoundEnd returns the last noun of a plural compound at token j:
// "police officers" → officers.
func (st *sentence) compoundEnd(j int) int {
	next := st.word(j + 1)
	if j+1 >= len(st.toks) || st.toks[j+1].kind != tWord || !looksPlural(next) || afterAux.Of(next) || stopWords.Of(next) {
		return j
	}
	if st.lineBreakBetween(j, j+1) {
		return j // the next line's label: "… were government employees\nSurrenderers: 1.3 million"
	}
	if triggers.Has(next) {
		return j
	}
	return j + 1
}

// pluralAfter reads a plural noun at token j as a figure's detached head,
// the last of a compound: "two of them police officers".
func (st *sentence) pluralAfter(c *candidate, j int) {
	if !stopWords.Of(st.word(j)) && st.modifiesPeople(j) && !st.lineBreakBetween(j, j+1) {
		j++ // "57 of them army officers"
	}
	if !stopWords.Of(st.word(j)) {
		st.detachedPlural(c, j)
	}
}

// singleNounAfter returns the noun of "a police officer" or "was a
// child" at token j, the last word of a short compound; -1 when none
// stands there.
func (st *sentence) singleNounAfter(j int) int {
	switch st.word(j) {
	case "was", "is":
		j++
	}
	if w := st.word(j); w != "a" && w != "an" {
		return -1
	}
	k := -1
	for i := j + 1; i < len(st.toks) && i <= j+3 && st.toks[i].kind == tWord; i++ {
		w := st.word(i)
		if stopWords.Of(w) || afterAux.Of(w) {
			break
		}
		if triggers.Has(w) {
			break
		}
		k = i
	}
	return k
}

// partOfNext reports "71 minors among the 527 dead", "29 of the country's
// 31 provinces".
func (st *sentence) partOfNext(c, next candidate) bool {
	j := c.q.last + 1
	if c.head >= 0 && c.head < next.q.first {
		j = c.head + 1
	}
	switch st.word(j) {
	case "were", "was", "are", "is":
		j++
	}
	if w := st.word(j); w != "among" && w != "of" {
		return false
	}
	for k := j + 1; k <= j+3 && k < len(st.toks); k++ {
		if k == next.q.first {
			return true
		}
		if st.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// restates reports a bare number that revises the figure before it in the
// same sentence: "raised it to 143, and later to 304", "not 359".
func (st *sentence) restates(q quant) bool {
	switch st.word(q.first - 1) {
	case "to", "at", "not":
	default:
		return false
	}
	for j := q.first - 2; j >= 0 && j >= q.first-backWindow; j-- {
		if priceWords.Of(st.word(j)) {
			return false // "as petrol prices tripled to 3,000"
		}
	}
	return true
}

// namesFigure reports a bare number after a noun that names a figure:
// "put the figure at 46", "the real number was at least 1,100".
func (st *sentence) namesFigure(q quant) bool {
	for j := q.first - 1; j >= 0 && j >= q.first-backWindow; j-- {
		w := st.word(j)
		if anaphors.Of(w) {
			return true
		}
		if w == "at" && (st.word(j-1) == "it" || st.word(j-1) == "them") && valuingVerbs.Of(st.word(j-2)) {
			return true // "Police estimated it at 240,000": the figure named before
		}
		if w == "" || windowStops.Of(w) && w != "said" {
			return false
		}
	}
	return false
}

// match turns a candidate into a Match, or drops it when nothing says what
// it counts.
func (st *sentence) match(c candidate, base int) (Match, bool) {
	unit := ""
	if c.head >= 0 {
		unit = lemma(st.toks[c.head].lower)
	}
	unitHead := c.head
	if c.unitOf > 0 {
		unitHead = c.unitOf - 1
		unit = lemma(st.toks[unitHead].lower)
	}
	m := c.gov.m
	if m == "" || m == tally.OtherMeasure {
		// A verb that counts people in an episode ("1,925 people had been
		// prosecuted", "40,000 officers will be deployed") needs no other
		// word of unrest in its sentence.
		cued := m == tally.OtherMeasure && (c.gov.tok >= 0 || c.part) && persons.Of(unit)
		damage := c.gov.tok >= 0 && damageVerb(st.word(c.gov.tok))
		if unit == "" || singular(c.q.n) || placeUnits.Of(unit) && !damage || !cued && !st.cueBesides(c.head) {
			return Match{}, false // "The company employs 12,000 people"
		}
		if c.gov.tok < 0 && !c.part && st.held(c.q) {
			return Match{}, false // "The school, which has 1,200 pupils and 45 teachers": what a place has
		}
		m = tally.OtherMeasure
	}
	end := c.q.end
	mt := Match{Measure: m, TriggerAt: -1, UnitStart: -1, UnitEnd: -1, Part: c.part || st.partitive(c.q, c.head, m)}
	if c.head >= 0 && !c.detached {
		t := st.toks[c.head]
		end = max(end, t.end)
		if end < len(st.s) && isQuoteMark(st.s[end:end+quoteSize(st.s[end:])]) && !st.hasToken(end) {
			end += quoteSize(st.s[end:]) // 256 “rioters”: the closing mark of a scare quote
		}
		mt.UnitStart, mt.UnitEnd = t.start+base, t.end+base
	}
	if c.gov.tok >= 0 {
		t := st.toks[c.gov.tok]
		mt.Trigger, mt.TriggerAt = st.s[t.start:t.end], t.start+base
		if t.lower == "toll" && st.word(c.gov.tok-1) == "death" {
			p := st.toks[c.gov.tok-1]
			mt.Trigger, mt.TriggerAt = st.s[p.start:t.end], p.start+base
		}
	}
	start := c.q.start
	if r, size := utf8.DecodeLastRuneInString(st.s[:start]); r != utf8.RuneError && isQuoteMark(string(r)) && st.quoteClosesIn(start, end) {
		start -= size // “well over” 100,000: the opening mark of a quoted qualifier
	}
	mt.Start, mt.End = start+base, end+base
	mt.Figure = tally.Figure{
		Low: c.q.low, High: c.q.high, Qualifier: c.q.q, Unit: st.unitAsWritten(unitHead, unit),
		Text: st.s[start:end],
	}
	return mt, true
}

// held reports a figure that a holding verb governs, directly or as the
// second of a pair: "has 1,200 pupils", "has 1,200 pupils and 45
// teachers".
func (st *sentence) held(q quant) bool {
	j := q.first - 1
	if st.word(j) == "and" {
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if holdingVerbs.Of(st.word(k)) {
				return true
			}
			if st.toks[k].kind == tPunct {
				return false
			}
		}
		return false
	}
	return holdingVerbs.Of(st.word(j))
}

// holdingVerbs say what a place or a body has, not what happened.
var holdingVerbs = set("has", "have", "had", "employs", "employ", "employed", "houses", "housed", "enrols", "enrolls",
	"represents", "represent", "represented") // "a confederation that says it represents 1.1 million people"

// unitAsWritten is the unit as claims.md writes it: the singular head noun,
// capitalised when the text capitalises it ("Iranian", "Rohingya"), and
// empty for a people counted by what happened to them ("the 527 dead").
func (st *sentence) unitAsWritten(head int, unit string) string {
	if head < 0 || adjectiveUnits.Of(unit) {
		return ""
	}
	t := st.toks[head]
	opens := st.lineStartTok(head) == head || head > 0 && strings.Contains("|;•-–—", st.punct(head-1)) && st.punct(head-1) != ""
	if isCapital(st.s[t.start:t.end]) && !opens {
		return strings.ToUpper(unit[:1]) + unit[1:] // "700,000 Rohingya", but "Arrests: 1,200" opens its line
	}
	return unit
}

// contextWindow is how much text before a sentence is read for the figure
// that "the figure", "the number" or "to 304" refers to.
const contextWindow = 600

// lastMeasure returns the measure of the last figure in the text just
// before start, for a sentence that refers back to it; "" if none.
func lastMeasure(text string, start int) tally.Measure {
	var m tally.Measure
	readContext(text, start, func(_ *sentence, cands []candidate) { m = lastMeasured(cands) })
	return m
}

// wordOrAbbrev is word, with "incl." read as "including": "Police: 18
// dead, incl. 3 officers".
func (st *sentence) wordOrAbbrev(k int) string {
	if st.punct(k) == "." && st.word(k-1) == "incl" {
		return "including"
	}
	return st.word(k)
}
