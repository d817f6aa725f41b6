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
}

// Find returns the figures in text[start:end], one sentence, in order.
// A sentence with no digit and no number word costs one pass over its
// bytes.
func Find(text string, start, end int) []Match {
	if start < 0 || end > len(text) || start >= end {
		return nil
	}
	s := text[start:end]
	if !number.Contains(s) {
		return nil
	}
	nums := number.Scan(s)
	if len(nums) == 0 {
		return nil
	}
	st := tokenize(s, nums)
	cands := st.candidates()
	st.inherit(cands)
	var out []Match
	for _, c := range cands {
		if m, ok := st.match(c, start); ok {
			out = append(out, m)
		}
	}
	return out
}

// candidate is a number that passed the filters, with what it counts so far.
type candidate struct {
	q    quant
	head int
	gov  governed
}

// candidates reads every number of the sentence and keeps those that may
// be figures.
func (st *sentence) candidates() []candidate {
	var cands []candidate
	for k, t := range st.toks {
		if t.kind != tNum {
			continue
		}
		q := st.qualify(k)
		if st.notAFigure(q) || st.durationAfter(q) {
			continue
		}
		head, modifier := st.nounPhrase(q)
		if modifier || head >= 0 && nonCountables[lemma(st.toks[head].lower)] {
			continue
		}
		if q.n.Words && singular(q.n) && (head < 0 || st.word(q.last+1) == "of") {
			continue // "one of the protesters", "no one"
		}
		c := candidate{q: q, head: head, gov: st.measure(q, head)}
		if c.gov.m == "" && head < 0 && (q.qualWord == "under" || q.qualWord == "over") {
			continue // "those under 18"
		}
		cands = append(cands, c)
	}
	return cands
}

// inherit gives a figure with no governing word the measure of the figure
// it is a part of: "304 people were killed, among them 23 children", "71
// minors among the 527 dead".
func (st *sentence) inherit(cands []candidate) {
	for i := range cands {
		c := &cands[i]
		if c.gov.m != "" {
			continue
		}
		if i > 0 && st.partOfPrevious(c.q) && cands[i-1].gov.m != "" {
			c.gov = governed{cands[i-1].gov.m, -1}
			continue
		}
		if i+1 < len(cands) && st.partOfNext(*c, cands[i+1]) && cands[i+1].gov.m != "" {
			c.gov = governed{cands[i+1].gov.m, -1}
		}
	}
}

// partOfPrevious reports "including 23 children", "among them 23 children",
// "of whom 23 were children".
func (st *sentence) partOfPrevious(q quant) bool {
	for j := q.first - 1; j >= 0 && j >= q.first-3; j-- {
		if inclusionBefore[st.word(j)] {
			return true
		}
		if st.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// partOfNext reports "71 minors among the 527 dead".
func (st *sentence) partOfNext(c, next candidate) bool {
	j := c.q.last + 1
	if c.head >= 0 {
		j = c.head + 1
	}
	switch st.word(j) {
	case "were", "was", "are", "is":
		j++
	}
	if w := st.word(j); w != "among" && w != "of" {
		return false
	}
	j++
	if partitives[st.word(j)] {
		j++
	}
	return next.q.first == j
}

// match turns a candidate into a Match, or drops it when nothing says what
// it counts.
func (st *sentence) match(c candidate, base int) (Match, bool) {
	unit := ""
	if c.head >= 0 {
		unit = lemma(st.toks[c.head].lower)
	}
	m := c.gov.m
	if m == "" {
		if unit == "" || !persons[unit] && !st.hasUnrestCue() {
			return Match{}, false
		}
		m = tally.OtherMeasure
	}
	end := c.q.end
	mt := Match{Measure: m, TriggerAt: -1, UnitStart: -1, UnitEnd: -1}
	if c.head >= 0 {
		t := st.toks[c.head]
		end = max(end, t.end)
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
	mt.Start, mt.End = c.q.start+base, end+base
	mt.Figure = tally.Figure{
		Low: c.q.low, High: c.q.high, Qualifier: c.q.q, Unit: unit,
		Text: st.s[c.q.start:end],
	}
	return mt, true
}
