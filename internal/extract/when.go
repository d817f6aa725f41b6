package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
	"tally/internal/extract/timex"
)

// when picks the date of the figure's episode: a date in its sentence (the
// nearest to the figure); else the date of the last figure of the same
// event type in its paragraph that its own sentence dated (the figures of
// one passage share their episode: "…executed in 1988. Montazeri wrote
// that 2,800 were killed"); else the first date in its paragraph; else,
// likewise, the last dated figure of its type in the document, then the
// document's first date. Durations, sets and references never date an
// episode, nor do unresolved expressions. A date that only says when
// someone spoke ("said on Monday", "told reporters on Tuesday") is used
// last, in the same order, when nothing else dates the figure.
func (c *docContext) when(si int, fig [2]int, et tally.EventType) *tally.When {
	s, p := c.sents[si], c.para[si]
	if x, ok := c.nearestIn(s, fig, false); ok {
		w := c.whenOf(x)
		c.dated = append(c.dated, datedFigure{para: p, eventType: et, when: w})
		return w
	}
	for _, speech := range []bool{false, true} {
		if !speech {
			if w := c.lastDated(p, et); w != nil {
				return w
			}
		} else if x, ok := c.nearestIn(s, fig, true); ok {
			return c.whenOf(x)
		}
		if x, ok := c.firstIn(p, speech); ok {
			return c.whenOf(x)
		}
		if !speech {
			if w := c.lastDated([2]int{0, len(c.text)}, et); w != nil {
				return w
			}
		}
		if x, ok := c.firstIn([2]int{0, len(c.text)}, speech); ok {
			return c.whenOf(x)
		}
	}
	return nil
}

// datedFigure is a figure that a date in its own sentence dated.
type datedFigure struct {
	para      [2]int
	eventType tally.EventType
	when      *tally.When
}

// lastDated is the date of the last figure of event type et inside span
// that its own sentence dated, or nil.
func (c *docContext) lastDated(span [2]int, et tally.EventType) *tally.When {
	for i := len(c.dated) - 1; i >= 0; i-- {
		d := c.dated[i]
		if d.eventType == et && d.para[0] >= span[0] && d.para[1] <= span[1] {
			w := *d.when
			return &w
		}
	}
	return nil
}

// timesUntil returns the document's time expressions, every one that
// ends at or before limit among them.
func (c *docContext) timesUntil(limit int) []timex.Expr {
	if c.scan != nil && limit > c.timeLimit {
		c.times = c.scan.Until(limit)
		c.timeLimit = limit
	}
	return c.times
}

// nextTime returns the expression after the i-th when it may be joined
// to it: it must begin by limit (joinLimit), so the scan need go no
// further than that.
func (c *docContext) nextTime(i, limit int) (timex.Expr, bool) {
	if i+1 >= len(c.times) {
		// An expression begins at most backBytes before the word that
		// heads it (timex's window), so every one that begins by limit
		// has its head before limit+joinSlack.
		c.timesUntil(limit + joinSlack)
	}
	if i+1 < len(c.times) {
		return c.times[i+1], true
	}
	return timex.Expr{}, false
}

// joinSlack covers timex's look-back from an expression's head to its
// start (40 bytes), with room to spare.
const joinSlack = 64

// joinLimit is the furthest an expression joined to one ending at end may
// begin: past the white space, one word ("and", "to", a dash) and the white
// space after it. Anything later has more than one word between.
func joinLimit(text string, end int) int {
	i := skipSpace(text, end)
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return skipSpace(text, i)
}

// skipSpace skips white space as strings.TrimSpace sees it.
func skipSpace(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

func (c *docContext) whenOf(x timex.Expr) *tally.When {
	x = c.coordinated(x)
	return &tally.When{Start: x.From, End: x.To, Text: x.Text}
}

// coordinated widens a date to the span of the dates coordinated with it
// ("October and November 2019", "May to July"): the episode runs across
// them all.
func (c *docContext) coordinated(x timex.Expr) timex.Expr {
	for i, y := range c.times {
		if y.Start != x.Start || y.End != x.End {
			continue
		}
		first, last := i, i
		for first > 0 && c.joined(c.times[first-1], c.times[first]) {
			first--
		}
		for {
			next, ok := c.nextTime(last, joinLimit(c.text, c.times[last].End))
			if !ok || !c.joined(c.times[last], next) {
				break
			}
			last++
		}
		if first == last {
			return x
		}
		a, b := c.times[first], c.times[last]
		return timex.Expr{Start: a.Start, End: b.End, Text: c.text[a.Start:b.End], Kind: timex.Interval, From: a.From, To: b.To}
	}
	return x
}

// joined reports two resolved dates joined by "and", "to", "through" or a
// dash, in order.
func (c *docContext) joined(a, b timex.Expr) bool {
	if a.End > b.Start || a.From == "" || b.To == "" || a.From > b.To || !c.usable(a, false) || !c.usable(b, false) {
		return false
	}
	switch strings.TrimSpace(c.text[a.End:b.Start]) {
	case "and", "to", "through", "until", "-", "–":
		return true
	}
	return false
}

// usable reports a resolved date or interval whose speech-ness is as
// asked.
func (c *docContext) usable(x timex.Expr, speech bool) bool {
	if x.Kind != timex.Date && x.Kind != timex.Interval || x.From == "" && x.To == "" {
		return false
	}
	return (speechDate(c.text, x.Start) || speechAfter(c.text, x.End)) == speech
}

func (c *docContext) nearestIn(span, fig [2]int, speech bool) (timex.Expr, bool) {
	var best timex.Expr
	bestDist := -1
	for _, x := range c.timesUntil(span[1]) {
		if x.Start < span[0] || x.End > span[1] || !c.usable(x, speech) {
			continue
		}
		d := min(abs(x.Start-fig[1]), abs(fig[0]-x.End))
		if bestDist < 0 || d < bestDist {
			best, bestDist = x, d
		}
	}
	return best, bestDist >= 0
}

// firstIn returns the first usable expression inside span. The known
// expressions are a prefix of all of them, in order, so a usable one among
// them is the first of all; only when there is none must the scan go on,
// and it goes on a step at a time, stopping at the first usable one: an
// undated figure takes the document's first date, which is seldom at its
// end.
func (c *docContext) firstIn(span [2]int, speech bool) (timex.Expr, bool) {
	if x, ok := c.firstUsable(0, span, speech); ok {
		return x, true
	}
	for c.scan != nil && c.timeLimit < span[1] && !c.scan.Done() {
		known := len(c.times)
		c.timesUntil(min(span[1], c.timeLimit+firstInStep))
		if x, ok := c.firstUsable(known, span, speech); ok {
			return x, true
		}
	}
	return c.firstUsable(0, span, speech)
}

// firstInStep is how far firstIn scans on before it looks again.
const firstInStep = 256

// firstUsable returns the first usable expression inside span among the
// known ones from the from-th on.
func (c *docContext) firstUsable(from int, span [2]int, speech bool) (timex.Expr, bool) {
	for _, x := range c.times[from:] {
		if x.Start >= span[0] && x.End <= span[1] && c.usable(x, speech) {
			return x, true
		}
	}
	return timex.Expr{}, false
}

// speechVerbs date the act of speaking when a date follows them.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "reported": true, "stated": true,
	"added": true, "confirmed": true, "tweeted": true, "wrote": true, "claimed": true,
	"published": true, "released": true, "denied": true, "acknowledged": true, "estimated": true,
}

// speechFillers may stand between a speech verb and its date: "told
// reporters on Monday", "said in a statement late on Tuesday".
var speechFillers = map[string]bool{
	"on": true, "in": true, "a": true, "an": true, "the": true, "its": true, "statement": true,
	"report": true, "reporters": true, "journalists": true, "late": true, "early": true,
	"website": true, "interview": true, "press": true, "conference": true, "briefing": true,
	"news": true, "to": true, "by": true, "telephone": true, "phone": true,
}

// speechDate reports whether the time expression starting at at follows a
// speech verb with only fillers (or a capitalised recipient: "told
// Reuters") between them.
func speechDate(text string, at int) bool {
	i := at
	for n := 0; n < 6; n++ {
		j := i
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
			j--
		}
		k := j
		for k > 0 && isWordChar(text[k-1]) {
			k--
		}
		if k == j {
			return false // punctuation or the start of the text
		}
		w := text[k:j]
		switch {
		case inLower(speechVerbs, w):
			return true
		case inLower(speechFillers, w), w[0] >= 'A' && w[0] <= 'Z' && n > 0:
		default:
			return false
		}
		i = k
	}
	return false
}

// speechAfter reports whether the time expression ending at end dates a
// speech verb that follows it: "Amnesty International on Wednesday
// published…", "officials on Monday said…".
func speechAfter(text string, end int) bool {
	i := end
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) && isWordChar(text[j]) {
		j++
	}
	return j > i && inLower(speechVerbs, text[i:j])
}

// inLower reports whether set holds w in lower case. Dates are checked
// for speech many times per claim, so a short ASCII word is lower-cased
// into a stack buffer, which the map lookup reads without allocating.
func inLower(set map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
