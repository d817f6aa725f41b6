package figure

import (
	"tally"
	"tally/internal/extract/number"
	"tally/internal/extract/wordset"
)

// Quantity is a number with the hedge written around it, before any
// decision about what, if anything, it counts. Offsets are into the whole
// text passed to Quantities.
type Quantity struct {
	Start, End int           // qualifier included: "at least 304", "500 or more"
	Number     number.Number // offsets into the whole text
	Qualifier  tally.Qualifier
	Low, High  *int64 // inclusive; nil is open, as in claims.md
}

// Quantities returns every number in text[start:end] with its qualifier
// and bounds. Find builds on it; the evaluation measures it alone.
func Quantities(text string, start, end int) []Quantity {
	st, ok := scanSentence(text, start, end)
	if !ok {
		return nil
	}
	defer st.release()
	var out []Quantity
	for k, t := range st.toks {
		if t.kind != tNum {
			continue
		}
		q := st.qualify(k)
		out = append(out, q.export(st.s, start))
	}
	return out
}

// quant is a Quantity inside a tokenized sentence.
type quant struct {
	n         number.Number // offsets into the sentence
	q         tally.Qualifier
	low, high *int64
	first     int // token where the figure starts: the qualifier, or the number
	num       int // the number's token
	last      int // token where it ends: the number, or a qualifier after it
	start     int // byte offsets in the sentence
	end       int
	qualWord  string // the qualifier's last word before the number ("over", "under"), if any
}

// export turns a quant into a Quantity with offsets into the whole text.
func (q quant) export(s string, base int) Quantity {
	n := q.n
	n.Start += base
	n.End += base
	if n.HighAt > 0 {
		n.HighAt += base
	}
	return Quantity{Start: q.start + base, End: q.end + base, Number: n, Qualifier: q.q, Low: q.low, High: q.high}
}

// qualify reads the qualifier around the number at token k.
func (st *sentence) qualify(k int) quant {
	n := st.nums[st.toks[k].num]
	q := quant{n: n, first: k, num: k, last: k, start: n.Start, end: n.End}
	if n.Kind == number.Span && st.isChange(k) {
		q.n = highPart(st.s, n)
		q.start = q.n.Start
	}
	switch q.n.Kind {
	case number.Span:
		q.q = tally.Range
		q.low, q.high = tally.Int64(q.n.Low), tally.Int64(q.n.High)
		return q
	case number.Vague:
		q.q = tally.Vague
		q.low = tally.Int64(q.n.Low)
		if b, first, ok := st.qualBefore(k); ok && (b == tally.AtLeast || b == tally.MoreThan) {
			q.q, q.first, q.start = b, first, st.toks[first].start
		}
		return q
	}
	q.q = tally.Exact
	if b, first, ok := st.qualBefore(k); ok {
		q.q, q.first, q.start = b, first, st.toks[first].start
		q.qualWord = st.word(k - 1)
	} else if (st.punct(k-1) == "~" || st.punct(k-1) == "≈") && st.glued(k-1) {
		q.q, q.first, q.start = tally.About, k-1, st.toks[k-1].start // "~20,000"
	}
	if a, last, ok := st.qualAfter(k); ok {
		q.q, q.last, q.end = a, last, st.toks[last].end
		q.first, q.start, q.qualWord = k, q.n.Start, ""
	}
	v := tally.Int64(q.n.Low)
	switch q.q {
	case tally.Exact, tally.About:
		q.low, q.high = v, tally.Int64(q.n.Low)
	case tally.AtLeast, tally.MoreThan:
		q.low = v
	case tally.AtMost, tally.LessThan:
		q.high = v
	}
	return q
}

// qualBefore finds a hedge written just before token k.
func (st *sentence) qualBefore(k int) (tally.Qualifier, int, bool) {
	for _, p := range qualBeforeByLast.Of(st.word(k - 1)) {
		first, ok := st.phraseBefore(k, p.words)
		if !ok {
			continue
		}
		if p.words[0] == "up" && changeVerbs.Of(st.word(first-1)) {
			continue // "the toll went up to 304" is a change, not a bound
		}
		return p.q, first, true
	}
	return "", 0, false
}

// qualAfter finds a hedge written just after token k; "+" and "-odd" must
// touch the number.
func (st *sentence) qualAfter(k int) (tally.Qualifier, int, bool) {
	next := st.word(k + 1)
	if next == "" {
		next = st.punct(k + 1)
	}
	for _, p := range qualAfterByFirst.Of(next) {
		end, ok := st.phraseAt(k+1, p.words)
		if !ok {
			continue
		}
		if (p.words[0] == "-" || p.words[0] == "+") && !st.glued(k) {
			continue
		}
		if p.words[0] == "plus" && isNumberAt(st, end) {
			continue // "200 plus 300" is arithmetic
		}
		if st.word(end) == "than" {
			if isNumberAt(st, end+1) {
				continue // "10 and more than 40": the hedge belongs to 40
			}
			end++ // "200 or greater than"
		}
		return p.q, end - 1, true
	}
	return "", 0, false
}

// qualBeforeByLast and qualAfterByFirst index the hedges by the word next
// to the number, in the lists' order, so that a number is checked against
// the few hedges that can end (or start) beside it rather than all of
// them. Two hedges with different words beside the number cannot both
// match, so the first match is the lists' first match.
var qualBeforeByLast, qualAfterByFirst = func() (*wordset.Map[[]qualPhrase], *wordset.Map[[]qualPhrase]) {
	before, after := map[string][]qualPhrase{}, map[string][]qualPhrase{}
	for _, p := range qualifiersBefore {
		last := p.words[len(p.words)-1]
		before[last] = append(before[last], p)
	}
	for _, p := range qualifiersAfter {
		after[p.words[0]] = append(after[p.words[0]], p)
	}
	return wordset.New(before), wordset.New(after)
}()

// isNumberAt reports whether token k is a number.
func isNumberAt(st *sentence, k int) bool {
	return k < len(st.toks) && st.toks[k].kind == tNum
}

// isChange reports a range written as a change: "rose from 200 to 300".
func (st *sentence) isChange(k int) bool {
	n := st.nums[st.toks[k].num]
	if n.HighAt == 0 {
		return false
	}
	if changeVerbs.Of(st.word(k-1)) || (st.word(k-1) == "to" && changeVerbs.Of(st.word(k-2))) {
		return true
	}
	// "raised the toll from 12 to 82", "revised its count of the dead from
	// 40 to 52": a change verb, then the figure it changes.
	named := false
	for j := k - 1; j >= 0 && j >= k-14; j-- {
		w := st.word(j)
		switch {
		case w == "" && st.punct(j) != "'":
			return false
		case anaphors.Of(w):
			named = true
		case changeVerbs.Of(w):
			return named
		}
	}
	return false
}

// superseded reports a figure that a revision replaces, which is not the
// claimant's figure any longer: "after earlier putting it at 164", "up
// from 208", "a figure revised down from 40".
func (st *sentence) superseded(q quant) bool {
	j := q.first - 1
	for j > 0 && j >= q.first-3 && formerWords.Of(st.word(j)) {
		j-- // "up from the 208 deaths it had counted", "down from an earlier 40"
	}
	switch {
	case st.word(j) == "from" && (st.word(j-1) == "up" || st.word(j-1) == "down"):
		return !st.otherPeriod(q) // "up from 41 in December 2022" is December's own count
	case st.word(q.first-1) == "at" && st.word(q.first-2) == "it":
		for j := q.first - 3; j >= 0 && j >= q.first-6; j-- {
			if earlierWords.Of(st.word(j)) {
				return true
			}
		}
	}
	return false
}

// otherPeriod reports a figure followed by the period it counts, "in"
// and a month or a year: "55 executions in January, up from 41 in
// December", where the earlier figure is another month's, not a count
// revised.
func (st *sentence) otherPeriod(q quant) bool {
	k := q.last + 1
	if st.toks[min(k, len(st.toks)-1)].kind == tWord && st.word(k) != "in" {
		k++ // a noun: "41 deaths in December"
	}
	if st.word(k) != "in" || k+1 >= len(st.toks) {
		return false
	}
	return months.Of(st.word(k+1)) || st.yearShapedAt(k+1)
}

// formerWords may stand between "up from" and the figure it replaces.
var formerWords = set("the", "its", "their", "his", "her", "an", "a", "earlier", "previous",
	"prior", "initial", "official", "last")

// earlierWords mark a figure as one given before: "after earlier putting
// it at 164", "having initially put it at 40".
var earlierWords = set("earlier", "previously", "initially", "originally", "first")

// highPart is the second number of a range: "300" of "from 200 to 300".
func highPart(s string, n number.Number) number.Number {
	nums := number.Scan(s[n.HighAt:n.End])
	if len(nums) == 0 {
		return n
	}
	h := nums[0]
	h.Start += n.HighAt
	h.End += n.HighAt
	return h
}
