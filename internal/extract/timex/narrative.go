package timex

import "time"

// Narrative days: "the next day", "the day before", "that day", "two days
// later" count from the last day the text has named, not from the anchor.
// A report that says protests began on 15 November and "the next day" 12
// were killed dates the killing on 16 November.

// narrativeReach is how far back, in bytes, the day a narrative expression
// counts from may stand.
const narrativeReach = 600

// narrative reads a narrative day at i, resolved against the last day named
// before it; ok is false when there is none.
func (p *parser) narrative(i int) (val, int, bool) {
	shift, j, ok := p.narrativeShift(i)
	if !ok {
		return val{}, i, false
	}
	ref, found := p.f.lastDay(p.f.toks[i].start)
	if !found {
		return val{}, i, false
	}
	day, err := time.Parse(isoDate, ref.From)
	if err != nil {
		return val{}, i, false
	}
	day = day.AddDate(0, 0, shift)
	return val{span: true, rel: ref.Relative, grain: Day, from: day, to: day}, j, true
}

// narrativeShift reads the words of a narrative day and its shift in days.
func (p *parser) narrativeShift(i int) (shift, next int, ok bool) {
	switch w := p.w(i); {
	case w == "that" && p.w(i+1) == "day":
		return 0, i + 2, true
	case w == "the":
		switch a, b := p.w(i+1), p.w(i+2); {
		case (a == "next" || a == "following") && b == "day":
			return 1, i + 3, true
		case (a == "previous" || a == "preceding") && b == "day":
			return -1, i + 3, true
		case a == "same" && b == "day":
			return 0, i + 3, true
		case a == "day" && (b == "after" || b == "before") && p.clauseEnds(i+3):
			// "the day after", but not "the day after the vote": that
			// counts from the vote
			shift := 1
			if b == "before" {
				shift = -1
			}
			return shift, i + 3, true
		}
	}
	n, k, isQty := p.quantity(i)
	if !isQty || n < 1 || n > 60 || unitTab.Of(p.w(k)) != Day {
		return 0, i, false
	}
	switch p.w(k + 1) {
	case "later":
		return n, k + 2, true
	case "earlier":
		return -n, k + 2, true
	}
	return 0, i, false
}

// lastDay is the last expression found before byte at, within reach, that
// names one day and does not date a report, unless the report is told in
// the same sentence: in "the ministry said on Tuesday that 12 had been
// killed the previous day" the day before is Monday.
func (f *finder) lastDay(at int) (Expr, bool) {
	for k := len(f.out) - 1; k >= 0 && at-f.out[k].End <= narrativeReach; k-- {
		e := f.out[k]
		if e.Kind == Date && e.Grain == Day && e.From != "" && e.From == e.To && (!e.Reporting || !sentenceBreak(f.text[e.End:at])) {
			return e, true
		}
	}
	return Expr{}, false
}

// sentenceBreak reports a full stop, question or exclamation mark that
// ends a sentence in s.
func sentenceBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
				return true
			}
		case '\n':
			return true
		}
	}
	return false
}

// clauseEnds reports whether token i is punctuation or past the window's end.
func (p *parser) clauseEnds(i int) bool {
	return p.tok(i) == nil || p.pc(i) != ""
}
