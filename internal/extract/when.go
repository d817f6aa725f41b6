package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"tally"
	"tally/internal/extract/timex"
	"tally/internal/extract/wordset"
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
// last, and only in the figure's own sentence, when nothing else dates the
// figure; never for a prediction, since the day a forecast is made is not the day of what it
// forecasts ("warned on Monday that 800,000 could flee").
func (c *docContext) when(si int, fig [2]int, et tally.EventType, m tally.Measure, predicted, part bool, claimant string) *tally.When {
	s, p := c.sents[si], c.para[si]
	around := p // where the figure's episode may be dated beyond its sentence
	c.row = [2]int{-1, -1}
	row := strings.Contains(c.text[s[0]:s[1]], "\n")
	ls := lineStart(c.text, fig[0])
	listFirst := -1 // the first row of a bulleted list
	if bulleted(c.text, ls) {
		// A bulleted line is a row, whether or not the sentence splitter
		// joined it to its neighbours: the lines before the bullets date
		// it, not the row above.
		row = true
		first := ls
		for first > around[0] {
			prev := lineStart(c.text, first-1)
			if !bulleted(c.text, prev) {
				break
			}
			first = prev
		}
		around[1] = max(around[0], first-1)
		listFirst = first
	} else if row {
		// A list or table read as one sentence: each line is its own.
		// Beyond its own line, a row is dated by the lines before the
		// list and its header.
		if h := lineEnd(c.text, c.sents[si][0]); h < ls {
			around[1] = h
		}
	}
	if row {
		c.row = [2]int{ls, lineEnd(c.text, fig[1])}
		s = [2]int{max(s[0], c.row[0]), min(s[1], c.row[1])}
		c.rowsEnd = around[1]
	}
	c.fig = fig
	c.ownClause = [2]int{-1, -1}
	if b := clauseAfter(c.text, fig[1], s[1]); b >= 0 {
		c.ownClause = [2]int{b, s[1]}
	}
	own := s
	if predicted {
		// A forecast coordinated after a dated report ("…hurt the previous
		// day, and that charges would be filed against 30") is not of
		// that day.
		if k := strings.LastIndex(c.text[s[0]:fig[0]], ", and "); k >= 0 {
			own[0] = s[0] + k
		}
	}
	if x, ok := c.episodeDate(own, fig, m); ok {
		w := c.whenOf(x)
		if c.byTheTime(s, x) {
			// "By the end of 2011, more than 5,000 people had been
			// killed": a running total since the episode began.
			start := ""
			if len(c.dated) > 0 {
				start = c.dated[0].when.Start // the episode the document dated first
			} else if y, ok := c.firstIn([2]int{headlineEnd(c.text), x.Start}, false); ok {
				start = y.From // the body's first date: a headline's is short
			}
			if start != "" && start != w.Start && (w.End == "" || start <= w.End) {
				w.Start = start // "By the end of 2011" after a March 2011 episode: March to December
			}
		}
		if !part {
			// A part's date is of a moment inside the episode ("11 of
			// them near the bridge on Saturday"): later figures of the
			// episode do not take it.
			c.dated = append(c.dated, datedFigure{para: p, eventType: et, when: w})
		}
		return w
	}
	if predicted {
		return nil // a forecast takes no other sentence's date
	}
	if m == tally.OtherMeasure && !row && !part && !ofThose(c.text[s[0]:fig[0]]) && charges(c.text, s, fig) {
		// Charges and trials are dated by their own day when it is
		// written, not by the episode they concern ("more than 2,000
		// people have been charged over the unrest").
		return nil
	}
	if m == tally.Sentenced && !row && !part && !anaphoricTime(c.text[s[0]:s[1]]) {
		// A sentence is dated by the day a court passed it, in its own
		// sentence or in a court's act earlier in its paragraph ("A court
		// on Saturday sentenced 75 people … It jailed more than 500
		// others"), or not at all: the episode it punishes is not its
		// date ("the judiciary has said that courts have handed down six
		// death sentences").
		return c.lastAct(fig[0])
	}
	if w, ok := c.narrativeOfSpeech(s); ok {
		return w
	}
	if !c.doc.Published.IsZero() && (stamped(c.text, s[0]) || stamped(c.text, lineStart(c.text, s[0])) || stamped(c.text, lineStart(c.text, fig[0])) ||
		row && stamped(c.text, lineStart(c.text, c.sents[si][0]))) { // a list under a stamped header
		if !row {
			// "Police say 945 people have been arrested since Tuesday.
			// They say 25 vehicles have been set on fire": the entry's
			// episode, before the day it was posted.
			if w := c.lastDated(around, et); w != nil {
				return w
			}
		}
		// A liveblog entry "14:05 — …" is of the day it was published.
		day := c.doc.Published.Format(time.DateOnly)
		return &tally.When{Start: day, End: day}
	}
	if w := c.lastDated(around, et); w != nil {
		return w
	}
	first, ok := c.firstIn(around, false)
	if ok && (first.Start < s[0] || !c.holdsFigure(first.Start)) {
		return c.whenOf(first)
	}
	// A date later in the paragraph whose own sentence holds a figure is
	// that figure's: "The ministry said 45 officers were hurt. In all,
	// 3,000 have been held since Tuesday" does not date the 45. The
	// episode the document dated before comes first.
	if !row {
		if w := c.lastDated([2]int{0, len(c.text)}, et); w != nil {
			return w // a row takes no other row's date
		}
	}
	if ok {
		return c.whenOf(first)
	}
	if listFirst >= 0 && listFirst < ls {
		// "- Total killed since 1 February 2021: 2,940 / - Total
		// arrested: 17,572": the first row's counting period is the list's.
		if x, ok := c.firstIn([2]int{listFirst, lineEnd(c.text, listFirst)}, false); ok && (strings.HasPrefix(strings.ToLower(x.Text), "since ") || strings.HasSuffix(c.text[max(0, x.Start-6):x.Start], "since ")) {
			return c.whenOf(x)
		}
	}
	if h := headlineEnd(c.text); h > 0 && s[0] > h {
		// A headline writes its date short ("over May 9 riots") and the
		// body in full: a headline's date with no year of its own yields
		// to the body's first date.
		if x, ok := c.firstIn([2]int{0, h}, false); ok && x.Relative {
			// Only the body up to the figure, which has been read already.
			if y, ok := c.firstIn([2]int{h, s[1]}, false); ok {
				return c.whenOf(y)
			}
		}
	}
	if len(c.dated) > 0 && !row && m != tally.Sentenced && m != tally.Executed {
		// The episode the document dated first, whatever its figures
		// counted, before a date that dates no figure ("ordered troops on
		// Tuesday …, a day after clashes left eight dead").
		w := *c.dated[0].when
		return &w
	}
	if x, ok := c.firstEpisodeIn([2]int{0, len(c.text)}, m); ok {
		return c.whenOf(x)
	}
	// The day its own claimant spoke, last: in its sentence, else the
	// day the same claimant spoke earlier in the paragraph ("…said on
	// Tuesday that 448 had died. Sixty were children, it said"). Another
	// claimant's day is not this figure's.
	if x, ok := c.nearestIn(s, fig, true); ok {
		w := c.whenOf(x)
		if claimant != "" {
			c.spoke = append(c.spoke, spokenDay{para: p, claimant: claimant, when: w})
		}
		return w
	}
	for i := len(c.spoke) - 1; i >= 0 && claimant != ""; i-- {
		if d := c.spoke[i]; d.para == p && sameVoice(d.claimant, claimant) {
			w := *d.when
			return &w
		}
	}
	return nil
}

// holdsFigure reports whether the sentence holding byte offset at holds a
// figure.
func (c *docContext) holdsFigure(at int) bool {
	_, ok := slices.BinarySearch(c.scratch.figSents, c.sentenceAt(at))
	return ok
}

// sentenceAt returns the index of the sentence holding byte offset at: the
// first sentence that ends after it, or len(c.sents) if none does.
func (c *docContext) sentenceAt(at int) int {
	return sort.Search(len(c.sents), func(i int) bool { return c.sents[i][1] > at })
}

// episodeDate is the date of the figure's episode in its own sentence:
// the nearest usable date, passing over one that dates another act —
// a court's ruling, an order, a sentence ("A military court on Monday
// sentenced a colonel to death for the killing of more than 50 members …
// on August 30") — when the figure is not of that act. When only such a
// date is left and the figure's clause counts from it ("ordered troops on
// Tuesday to shoot looters, a day after clashes left eight people dead"),
// the figure's day is counted from it.
func (c *docContext) episodeDate(span, fig [2]int, m tally.Measure) (timex.Expr, bool) {
	x, ok := c.nearestIn(span, fig, false)
	if ok && (m == tally.Sentenced || m == tally.Executed) && !c.otherAct(x) {
		// A sentence or an execution is dated by the day of the act,
		// not by the crime it punishes: "A court on Saturday sentenced
		// 75 people over the 2013 sit-in".
		for _, y := range c.timesIn(span) {
			if y.End <= span[1] && c.usable(y, false) && c.otherAct(y) {
				return y, true
			}
		}
	}
	if !ok || m == tally.Sentenced || m == tally.Executed || m == tally.OtherMeasure || !c.otherAct(x) {
		return x, ok
	}
	var best timex.Expr
	bestDist := -1
	for _, y := range c.timesIn(span) {
		if y.End > span[1] || y == x || !c.usable(y, false) || c.otherAct(y) {
			continue
		}
		if d := min(abs(y.Start-fig[1]), abs(fig[0]-y.End)); bestDist < 0 || d < bestDist {
			best, bestDist = y, d
		}
	}
	if bestDist >= 0 {
		return best, true
	}
	if x.End <= fig[0] && x.From != "" && x.From == x.To {
		if shift, ok := dayAfter(c.text[x.End:fig[0]]); ok {
			if day, err := time.Parse(time.DateOnly, x.From); err == nil {
				d := day.AddDate(0, 0, -shift).Format(time.DateOnly)
				x.From, x.To = d, d
			}
		}
	}
	return x, true
}

// byTheTime reports a date that ends a running total: "By the end of
// 2011, …", "by the time the last tents were cleared in the summer of
// 2020, …", "By March, …". The words must open the figure's sentence.
func (c *docContext) byTheTime(s [2]int, x timex.Expr) bool {
	if x.Start < s[0] || x.Start > s[1] {
		return false
	}
	head := strings.TrimLeft(c.text[s[0]:x.Start], " \n")
	if len(head) < 3 || head[0]|0x20 != 'b' || head[1]|0x20 != 'y' || head[2] != ' ' {
		return false // most sentences: no allocation, no further test
	}
	switch rest := strings.ToLower(head[3:]); {
	case rest == "" || rest == "the end of " || rest == "late " || rest == "mid-":
		return true
	case strings.HasPrefix(rest, "the time ") && !strings.ContainsAny(rest, ",;"):
		return true
	}
	return false
}

// lastAct is the day of a court's sentencing in the last sentence before
// at that holds a date, or nil: a sentence dating anything else in
// between ends the court's day. The search is not bounded by the
// paragraph on purpose: a verdict's later paragraphs ("It also jailed
// more than 500 others") are of the day its first gave.
func (c *docContext) lastAct(at int) *tally.When {
	times := c.timesUntil(at)
	last := -1
	for i, y := range times {
		if y.End <= at && c.usable(y, false) {
			last = i
		}
	}
	if last < 0 {
		return nil
	}
	si := c.sentenceAt(times[last].Start)
	if si == len(c.sents) {
		return nil
	}
	for i := last; i >= 0 && times[i].Start >= c.sents[si][0]; i-- {
		if c.usable(times[i], false) && c.actOf(times[i], sentencingVerbs) {
			return c.whenOf(times[i])
		}
	}
	return nil
}

// otherAct reports a date that a verb of a court's or an authority's act
// governs: "on Monday sentenced", "ordered troops on Tuesday".
func (c *docContext) otherAct(x timex.Expr) bool { return c.actOf(x, actVerbs) }

// actOf reports a date that one of verbs governs, as otherAct does.
func (c *docContext) actOf(x timex.Expr, verbs *wordset.Map[bool]) bool {
	words := 0
	for i := x.Start; i > 0 && words < 4; {
		j := i
		for j > 0 && (c.text[j-1] == ' ' || c.text[j-1] == ',') {
			j--
		}
		k := j
		for k > 0 && isWordChar(c.text[k-1]) {
			k--
		}
		if k == j {
			break
		}
		if verbs.HasFold(c.text[k:j]) {
			return true
		}
		words++
		i = k
	}
	i := x.End
	for i < len(c.text) && c.text[i] == ' ' {
		i++
	}
	j := i
	for j < len(c.text) && isWordChar(c.text[j]) {
		j++
	}
	return j > i && verbs.HasFold(c.text[i:j])
}

// ofThose reports a sentence that opens on the figure before it, whose
// part it counts: "Of them, 176 persons have been charged".
func ofThose(head string) bool {
	head = strings.TrimLeft(head, " \n")
	for _, p := range [...]string{"of them", "of these", "of those", "of whom"} {
		// The words in any case, without lower-casing the whole head.
		if len(head) >= len(p) && strings.EqualFold(head[:len(p)], p) {
			return true
		}
	}
	return false
}

// charges reports a figure of people charged, indicted, prosecuted or
// tried: a word of a charge within a few words after it in its sentence,
// or "the trial of" or "cases against" just before it.
func charges(text string, s, fig [2]int) bool {
	// Only figures of "other" are asked, a few in a document.
	after := strings.ToLower(text[fig[1]:min(s[1], fig[1]+48)])
	for _, w := range [...]string{"charged", "indicted", "prosecuted", "tried ", "face charges", "faced charges", "facing charges", "on trial"} {
		if strings.Contains(after, w) {
			return true
		}
	}
	before := strings.ToLower(text[max(s[0], fig[0]-24):fig[0]])
	for _, w := range [...]string{"trial of ", "cases against ", "charges against ", "on trial, ", "indictments against "} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// sentencingVerbs are the acts of a court that pass sentences.
var sentencingVerbs = wordset.Set("sentenced", "convicted", "jailed", "condemned", "upheld")

// anaphoricTime reports a sentence that dates its figures by a time named
// before it ("during the month", "that day"): its date is the context's.
func anaphoricTime(sentence string) bool {
	for _, p := range [...]string{"the month", "the year", "the week", "that day", "the same day", "that week", "that month", "that year"} {
		if i := strings.Index(sentence, p); i >= 0 && (i+len(p) == len(sentence) || !isWordChar(sentence[i+len(p)])) {
			return true
		}
	}
	return false
}

// actVerbs are acts whose day is not the day of the figures they concern.
var actVerbs = wordset.Set("sentenced", "convicted", "acquitted", "jailed",
	"ordered", "charged", "indicted", "ruled", "banned", "imposed",
	"declared", "condemned", "hanged", "executed", "upheld",
	"pardoned", "freed", "released", "handed")

// dayAfter reads "a day after" or "two days after" in the words between an
// act's date and a figure: how many days before the act the figure's
// episode was.
func dayAfter(between string) (int, bool) {
	b := strings.ToLower(between)
	for _, d := range []struct {
		text  string
		shift int
	}{{"a day after", 1}, {"one day after", 1}, {"the day after", 1}, {"two days after", 2},
		{"three days after", 3}, {"hours after", 0}} {
		if strings.Contains(b, d.text) {
			return d.shift, true
		}
	}
	return 0, false
}

// narrativeOfSpeech dates a narrative day that only a day of speaking in
// its sentence anchors: "killed 11 people the previous day, medics told
// reporters on Saturday" is the Friday.
func (c *docContext) narrativeOfSpeech(s [2]int) (*tally.When, bool) {
	if !strings.Contains(c.text[s[0]:s[1]], " day") {
		return nil, false // every narrative day says "day": most sentences are passed over here
	}
	sent := strings.ToLower(c.text[s[0]:s[1]])
	phrase, shift, at := "", 0, -1
	for _, n := range narrativeDays {
		if k := strings.Index(sent, n.text); k >= 0 {
			phrase, shift, at = n.text, n.shift, s[0]+k
			break
		}
	}
	if at < 0 {
		return nil, false
	}
	for _, y := range c.timesIn(s) {
		if y.End > s[1] || y.Start <= at || !c.usable(y, true) || y.From == "" || y.From != y.To {
			continue
		}
		day, err := time.Parse(time.DateOnly, y.From)
		if err != nil {
			return nil, false
		}
		d := day.AddDate(0, 0, shift).Format(time.DateOnly)
		return &tally.When{Start: d, End: d, Text: c.text[at : at+len(phrase)]}, true
	}
	return nil, false
}

// narrativeDays are the days counted from another that a sentence names.
var narrativeDays = []struct {
	text  string
	shift int
}{
	{"the previous day", -1}, {"the day before", -1}, {"the preceding day", -1},
	{"the next day", 1}, {"the following day", 1}, {"the day after", 1},
}

// sameVoice compares two claimant names as written, case and a leading
// article aside.
func sameVoice(a, b string) bool {
	trim := func(s string) string {
		if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
			return s[4:]
		}
		return s
	}
	return strings.EqualFold(trim(a), trim(b))
}

// spokenDay is the day a claimant spoke, from a figure's own sentence.
type spokenDay struct {
	para     [2]int
	claimant string
	when     *tally.When
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

// timesIn returns the known time expressions from the first that starts
// at or after span[0], every one that ends by span[1] among them: the
// expressions are in text order, so a figure's own dates are not read
// from the document's start.
func (c *docContext) timesIn(span [2]int) []timex.Expr {
	times := c.timesUntil(span[1])
	return times[c.firstFrom(span[0]):]
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
	x = c.restated(c.coordinated(x))
	return &tally.When{Start: x.From, End: x.To, Text: x.Text}
}

// restated returns the date written in brackets right after x, which
// says it more precisely: "the July-August 2024 uprising (1 July to 15
// August 2024)".
func (c *docContext) restated(x timex.Expr) timex.Expr {
	// Up to a few words of the noun it dates stand between: letters,
	// spaces and hyphens only.
	i := x.End
	for i < len(c.text) && i < x.End+40 && (c.text[i] == ' ' || c.text[i] == '-' || isWordChar(c.text[i])) {
		i++
	}
	if i >= len(c.text) || c.text[i] != '(' {
		return x
	}
	for _, y := range c.timesUntil(min(len(c.text), i+64)) {
		if y.Start > i+1 {
			break
		}
		if y.Start == i+1 && y.From != "" && y.End < len(c.text) && c.text[y.End] == ')' {
			return y
		}
	}
	return x
}

// coordinated widens a date to the span of the dates coordinated with it
// ("October and November 2019", "May to July"): the episode runs across
// them all.
func (c *docContext) coordinated(x timex.Expr) timex.Expr {
	// The expressions are in text order: find x's place by its start.
	for i := c.firstFrom(x.Start); i < len(c.times) && c.times[i].Start == x.Start; i++ {
		if c.times[i].End != x.End {
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
	if a.End > b.Start || a.From == "" || b.To == "" || a.From > b.To {
		return false
	}
	// The words between first: most dates stand apart, and usable costs
	// more than reading them.
	switch strings.TrimSpace(c.text[a.End:b.Start]) {
	case "and", "to", "through", "until", "-", "–":
		return c.usable(a, false) && c.usable(b, false)
	}
	return false
}

// usable reports a resolved date or interval whose speech-ness is as
// asked.
func (c *docContext) usable(x timex.Expr, speech bool) bool {
	if x.Kind != timex.Date && x.Kind != timex.Interval || x.From == "" && x.To == "" {
		return false
	}
	if x.Start >= c.ownClause[0] && x.End <= c.ownClause[1] {
		return false // a later clause's date: "…, while police said … since Monday"
	}
	if x.End <= c.dateline {
		return false // "DUBAI, Nov 21 (Gulf Wire) -": the day of the report
	}
	if pastSpan(x.Text) && !strings.Contains(x.Text, " of ") && x.From != x.To {
		// "in the past fortnight", "over the past three days": a span of
		// time, not an episode's date; "the last three months of 2023"
		// names its span, and "the previous day" one day.
		return false
	}
	if supersededDate(c.text, x.Start, c.fig) {
		return false // "1,085, up from 1,070 last week": the old figure's date
	}
	if c.row[0] >= 0 && x.Start > c.rowsEnd && (x.Start < c.row[0] || x.Start > c.row[1]) && inBrackets(c.text, x.Start) && countedLine(c.text, x.Start) {
		return false // "- Displaced (government figure, 31 March 2023): …" dates that row alone
	}
	if at, ok := labelledNumber(c.text, x.End); ok && at != c.fig[0] && inBrackets(c.text, x.Start) {
		return false // "47 new cases (September: 39)": September is the 39's
	}
	return (speechDate(c.text, x.Start) || speechAfter(c.text, x.End) || speechWhen(c.text, x.End) || openingSpeech(c.text, x)) == speech
}

// countedLine reports a digit on the line of byte at after the bracket
// that holds at: a row with its count, not a line naming a source.
func countedLine(text string, at int) bool {
	end := lineEnd(text, at)
	open := strings.LastIndexByte(text[lineStart(text, at):at], '(')
	if open < 0 {
		return false
	}
	close := strings.IndexByte(text[at:end], ')')
	if close < 0 {
		return false
	}
	return strings.ContainsAny(text[at+close:end], "0123456789")
}

// bulleted reports a line that opens with a bullet or a dash.
func bulleted(text string, at int) bool {
	for at < len(text) && text[at] == ' ' {
		at++
	}
	if at >= len(text) {
		return false
	}
	switch text[at] {
	case '-', '*':
		return at+1 < len(text) && text[at+1] == ' '
	}
	return strings.HasPrefix(text[at:], "•") || strings.HasPrefix(text[at:], "–") || strings.HasPrefix(text[at:], "—")
}

// labelledNumber reports a date written as the label of the number after
// it, "September: 39", "2023: 188", with that number's offset.
func labelledNumber(text string, end int) (int, bool) {
	if end >= len(text) || text[end] != ':' {
		return 0, false
	}
	i := end + 1
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i, i < len(text) && isDigitByte(text[i])
}

// inBrackets reports byte at inside an open bracket on its line.
func inBrackets(text string, at int) bool {
	for i := at - 1; i >= 0 && at-i <= 80; i-- {
		switch text[i] {
		case '(':
			return true
		case ')', '\n':
			return false
		}
	}
	return false
}

// supersededDate reports a date that belongs to a figure given before and
// replaced: "up from 1,070 last week", "down from 40 on Monday".
func supersededDate(text string, at int, fig [2]int) bool {
	from := max(0, at-40)
	before := text[from:at]
	k := strings.LastIndex(before, " from ")
	if k < 0 || !strings.HasSuffix(before[:k], "up") && !strings.HasSuffix(before[:k], "down") || fig[0] >= from+k && fig[0] < at {
		return false // the date of the earlier figure itself: "up from 41 in December"
	}
	rest := before[k:]
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case ',', '.':
			if i > 0 && i+1 < len(rest) && isDigitByte(rest[i-1]) && isDigitByte(rest[i+1]) {
				continue // "1,070"
			}
			return false
		case ';', ':':
			return false
		}
	}
	return true
}

func (c *docContext) nearestIn(span, fig [2]int, speech bool) (timex.Expr, bool) {
	var best timex.Expr
	bestDist := -1
	for _, x := range c.timesIn(span) {
		if x.Start > span[1] {
			break
		}
		if x.End > span[1] {
			continue
		}
		d := min(abs(x.Start-fig[1]), abs(fig[0]-x.End))
		if bestDist >= 0 && d >= bestDist {
			continue // no nearer, and a comma only adds: usable need not be asked
		}
		if !c.usable(x, speech) {
			continue
		}
		if x.End <= fig[0] && strings.IndexByte(c.text[x.End:fig[0]], ',') >= 0 && c.numberBefore(x.Start) {
			d += commaDistance // "834 in 2023, 582 in 2022": the date after the comma is 582's
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = x, d
		}
	}
	return best, bestDist >= 0
}

// numberBefore reports a number just before the date at byte at, joined
// by "in" or "on": "834 executions in 2023", "41 in December", whose date
// it is.
func (c *docContext) numberBefore(at int) bool {
	b := c.text[max(0, at-24):at]
	b = strings.TrimSuffix(strings.TrimSuffix(b, "in "), "on ")
	b = strings.TrimRight(b, " ")
	if i := strings.LastIndexByte(b, ' '); i >= 0 && !isDigitByte(b[len(b)-1]) {
		b = strings.TrimRight(b[:i], " ") // a noun: "834 executions in 2023"
	}
	return b != "" && isDigitByte(b[len(b)-1])
}

// commaDistance is how much farther a date counts when a comma stands
// between it and the figure after it.
const commaDistance = 16

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

// firstEpisodeIn is firstIn passing over the date of a court's or an
// authority's act when an episode's date follows: "A court on Wednesday
// sentenced … over the massacre … on 28 September 2009" dates the
// document's undated figures by the massacre.
func (c *docContext) firstEpisodeIn(span [2]int, m tally.Measure) (timex.Expr, bool) {
	x, ok := c.firstIn(span, false)
	if !ok || m == tally.Sentenced || m == tally.Executed || !c.courtAct(x) {
		return x, ok // a sentence is of the day it was passed
	}
	for _, y := range c.timesIn([2]int{x.Start + 1, span[1]}) {
		if y.End <= span[1] && c.usable(y, false) && !c.otherAct(y) && !y.Relative {
			return y, true
		}
	}
	return x, true
}

// courtAct reports a date that a court's act governs: "on Wednesday
// sentenced", "convicted on Monday".
func (c *docContext) courtAct(x timex.Expr) bool {
	if !c.otherAct(x) {
		return false
	}
	near := strings.ToLower(c.text[max(0, x.Start-40):min(len(c.text), x.End+20)])
	for _, w := range []string{"sentenced", "convicted", "acquitted", "jailed", "ruled", "upheld"} {
		if strings.Contains(near, w) {
			return true
		}
	}
	return false
}

// firstInStep is how far firstIn scans on before it looks again.
const firstInStep = 256

// firstUsable returns the first usable expression inside span among the
// known ones from the from-th on.
func (c *docContext) firstUsable(from int, span [2]int, speech bool) (timex.Expr, bool) {
	for _, x := range c.times[max(from, c.firstFrom(span[0])):] {
		if x.Start > span[1] {
			break
		}
		if x.End <= span[1] && c.usable(x, speech) {
			return x, true
		}
	}
	return timex.Expr{}, false
}

// firstFrom is the index of the first known expression that starts at or
// after byte at: the expressions are in text order, so a long document's
// figures do not each read its dates from the start.
func (c *docContext) firstFrom(at int) int {
	lo, hi := 0, len(c.times)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if c.times[mid].Start < at {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// lineEnd returns the end of the line holding byte i.
func lineEnd(text string, i int) int {
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(text)
}

// pastSpan reports an expression that measures back from the report,
// "the past week", "the last three days", "the previous year": how long,
// not when. "Last week" alone is a calendar week and dates.
func pastSpan(text string) bool {
	for _, p := range pastSpans {
		if len(text) >= len(p) && strings.EqualFold(text[:len(p)], p) {
			return true
		}
	}
	return false
}

// pastSpans open the expressions pastSpan reports.
var pastSpans = [...]string{"the past ", "the last ", "the previous ", "past "}

// lineStart returns the start of the line holding byte i, looking back
// at most 300 bytes.
func lineStart(text string, i int) int {
	for k := i - 1; k >= 0 && k >= i-300; k-- {
		if text[k] == '\n' {
			return k + 1
		}
	}
	if i <= 300 {
		return 0
	}
	return i
}

// stamped reports a liveblog timestamp at i: bullets, then "14:05",
// "9.15am", "11:20 BST" or "21:00 ET", then a dash or colon.
func stamped(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '-' || text[i] == '*') {
		i++
	}
	if strings.HasPrefix(text[i:], "\u2022") {
		i += len("\u2022")
		for i < len(text) && text[i] == ' ' {
			i++
		}
	}
	d := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' && d < 3 {
		i, d = i+1, d+1
	}
	if d == 0 || d > 2 || i >= len(text) || text[i] != ':' && text[i] != '.' {
		return false
	}
	i++
	if i+1 >= len(text) || text[i] < '0' || text[i] > '5' || text[i+1] < '0' || text[i+1] > '9' {
		return false
	}
	i += 2
	rest := text[i:min(len(text), i+16)]
	rest = strings.TrimLeft(rest, " ")
	for _, suffix := range []string{"am", "pm", "a.m.", "p.m."} {
		rest = strings.TrimPrefix(rest, suffix)
	}
	rest = strings.TrimLeft(rest, " ")
	if k := strings.IndexAny(rest, " :-"); k >= 2 && k <= 4 && strings.TrimLeft(rest[:k], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		rest = rest[k:] // a time zone: BST, ET, GMT
	}
	rest = strings.TrimLeft(rest, " ")
	if len(rest) > 1 && rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] >= 'a' && rest[1] <= 'z' {
		return true // "• 12:50 Police: 477 detained"
	}
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "\u2014") ||
		strings.HasPrefix(rest, "\u2013") || strings.HasPrefix(rest, "|")
}

// datelineEnd returns the end of a wire dateline that opens the text or
// one of its first paragraphs, "BAGHDAD, Oct 5 (Tigris News) — ", "KABUL
// (Wire) - ", or 0 if there is none. Its date is the day the report was
// filed, never the day of what it reports.
func datelineEnd(text string) int {
	for start := 0; start < len(text) && start < datelineReach; {
		if end := datelineAt(text, start); end > 0 {
			return end
		}
		next := strings.Index(text[start:], "\n")
		if next < 0 {
			break
		}
		start += next + 1
	}
	return 0
}

// datelineReach bounds how far into a text a dateline is looked for.
const datelineReach = 600

// datelineAt reads a dateline starting at i: a place in capitals, then
// an optional date after a comma and an optional agency in brackets, then
// a dash.
func datelineAt(text string, i int) int {
	j := i
	letters := 0
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsUpper(r) {
			letters++
		} else if r != ' ' && r != '-' && r != '.' && r != '\'' || unicode.IsLower(r) {
			break
		}
		j += size
	}
	if letters < 3 || j-i > 40 {
		return 0
	}
	end := min(len(text), j+datelineTail)
	depth := 0
	for k := j; k < end; k++ {
		c := text[k]
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth--
		case depth > 0:
			// the agency: anything but a line break
			if c == '\n' {
				return 0
			}
		case c == '-' && text[k-1] == ' ' && k+1 < len(text) && text[k+1] == ' ':
			return proseAfter(text, k+1)
		case strings.HasPrefix(text[k:], "\u2014") || strings.HasPrefix(text[k:], "\u2013"):
			if text[k-1] == ' ' {
				return proseAfter(text, k+3)
			}
			return 0
		case c == ',' || c == ' ' || c >= '0' && c <= '9':
		case c == '.' && isMonthAbbrevEnd(text, k):
		case unicode.IsLetter(rune(c)):
			// a month's name after the comma: "Nov", "March"; no other word
			w := k
			for w < end && unicode.IsLetter(rune(text[w])) {
				w++
			}
			if !monthWord(text[k:w]) {
				return 0
			}
			k = w - 1
		default:
			return 0
		}
	}
	return 0
}

// proseAfter returns i when a sentence in ordinary case follows it, as
// after a dateline ("… - At least 106 …"), and 0 when capitals go on, as
// after a headline's kicker ("KENYA PROTESTS — LATEST TOLL").
func proseAfter(text string, i int) int {
	for k := i; k < len(text) && k < i+40; k++ {
		c := text[k]
		switch {
		case c >= 'a' && c <= 'z':
			return i
		case c == '\n':
			return 0
		}
	}
	return 0
}

// monthWord reports an English month's name or its abbreviation.
func monthWord(w string) bool {
	switch strings.ToLower(w) {
	case "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
		"dec", "december":
		return true
	}
	return false
}

// datelineTail bounds the date and agency between a dateline's place and
// its dash.
const datelineTail = 48

// isMonthAbbrevEnd reports the full stop of "Feb." or "Sept." at k.
func isMonthAbbrevEnd(text string, k int) bool {
	w := k
	for w > 0 && unicode.IsLetter(rune(text[w-1])) {
		w--
	}
	switch strings.ToLower(text[w:k]) {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// clauseAfter returns where a clause with a voice or episode of its own
// begins in text[from:to], after a figure: a semicolon, or a comma before
// "while", "whereas", "but" or "although". -1 if none.
func clauseAfter(text string, from, to int) int {
	to = min(to, len(text))
	for i := from; i < to; i++ {
		k := strings.IndexAny(text[i:to], ";,")
		if k < 0 {
			return -1
		}
		i += k
		switch text[i] {
		case ';':
			return i
		case ',':
			rest := text[i+1 : min(to, i+12)]
			for _, w := range clauseOpeners {
				if strings.HasPrefix(rest, w) {
					return i
				}
			}
		}
	}
	return -1
}

// clauseOpeners, after a comma, open a clause of contrast, or one that
// sums up ("…, bringing the total since 2016 to 433"), whose dates are
// not the figure's before it.
var clauseOpeners = []string{" while ", " whereas ", " but ", " although ", " bringing ", " raising the ", " taking the "}

// speechVerbs date the act of speaking when a date follows them.
var speechVerbs = wordset.Set(
	"said", "says", "told", "announced", "reported", "stated",
	"added", "confirmed", "tweeted", "wrote", "claimed",
	"published", "released", "denied", "acknowledged", "estimated",
	"warned", "forecast", "predicted", "appealed", "urged",
	"rejected", "dismissed", "disputed",
	"cautioned", "noted", "insisted", "disclosed", "revealed",
	"found", "concluded",
)

// speechFillers may stand between a speech verb and its date: "told
// reporters on Monday", "said in a statement late on Tuesday".
var speechFillers = wordset.Set(
	"on", "in", "a", "an", "the", "its", "statement",
	"report", "reporters", "journalists", "late", "early",
	"website", "interview", "press", "conference", "briefing",
	"news", "to", "by", "telephone", "phone",
	"broadcaster", "television", "tv", "radio", "agency",
	"state", "channel",
)

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
		case speechVerbs.HasFold(w):
			return true
		case speechFillers.HasFold(w), w[0] >= 'A' && w[0] <= 'Z' && n > 0:
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
	return j > i && speechVerbs.HasFold(text[i:j])
}

// speechWhen reports whether the time expression ending at end is the
// time of a "when" clause that only tells who spoke: "The highest figure
// came in December, when Reuters, citing officials, reported that…". An
// aside between commas is passed over; any other verb in the past ("when
// police opened fire") makes the date an episode's.
func speechWhen(text string, end int) bool {
	const opener = ", when "
	if !strings.HasPrefix(text[end:], opener) {
		return false
	}
	return speechFirst(text, end+len(opener))
}

// openingSpeech reports a date that opens its sentence and whose clause's
// first verb is one of speech: "On Monday a Guards general, Amirali
// Hajizadeh, was quoted as saying…", "On Tuesday, the ministry said…".
// "On Monday police killed 40" dates the killing.
func openingSpeech(text string, x timex.Expr) bool {
	if x.From != x.To || !opensSentence(text, x.Start) {
		return false // a span ("In 2019, …") frames what follows
	}
	i := x.End
	if i < len(text) && text[i] == ',' {
		i++
	}
	return speechFirst(text, i)
}

// opensSentence reports a date at byte at with nothing before it in its
// sentence but "on", "late on" and the like.
func opensSentence(text string, at int) bool {
	i := at
	for n := 0; n < 3; n++ {
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && isWordChar(text[k-1]) {
			k--
		}
		if k == j {
			i = j
			break
		}
		if w := text[k:j]; strings.EqualFold(w, "on") || strings.EqualFold(w, "late") || strings.EqualFold(w, "early") || strings.EqualFold(w, "by") {
			i = k
			continue
		}
		return false
	}
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case '.', '!', '?', '\n', '"':
		return true
	}
	return false
}

// speechFirst reports whether the first verb of the clause at byte i is
// one of speech, an aside between commas passed over: "Reuters, citing
// officials, reported", "a general was quoted as saying".
func speechFirst(text string, i int) bool {
	aside := false
	prev := ""
	for n := 0; i < len(text) && n < speechWhenReach; n++ {
		switch c := text[i]; {
		case c == ',':
			aside = !aside
			i++
			continue
		case c == '.' || c == ';' || c == ':' || c == '\n':
			return false
		case !isWordChar(c):
			i++
			continue
		}
		j := i
		for j < len(text) && isWordChar(text[j]) {
			j++
		}
		w := text[i:j]
		i = j
		if aside {
			continue
		}
		if prev == "was" || prev == "were" {
			return w == "quoted" || w == "cited" // "the election was announced" is no speech
		}
		if speechVerbs.HasFold(w) {
			return true
		}
		if strings.HasSuffix(w, "ed") || isDigitByte(w[0]) {
			return false
		}
		prev = w
	}
	return false
}

// speechWhenReach is how many words a "when" clause is read for its verb.
const speechWhenReach = 30

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
