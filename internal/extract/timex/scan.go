package timex

import (
	"strings"
	"time"
	"unicode/utf8"

	"tally/internal/extract/wordset"
)

// finder holds the state of one Find call.
type finder struct {
	text      string
	anchor    time.Time // the publication day, UTC; zero when unknown
	hasAnchor bool
	out       []Expr
	pos       int      // where scanUntil looks for the next head
	lastEnd   int      // the end of the last expression found
	toks      []token  // the window around the current head, reused
	classes   []uint32 // the class of each token of the window, by parser.class
	tokPos    int      // where the next token of the window begins
	tokLimit  int      // how many tokens the window may hold
	// ambiguous numeric dates, by index into out, and the document's
	// unambiguous ones by order, to settle day-first or month-first.
	ambiguous            []ambiguousDate
	dayFirst, monthFirst int
}

// ambiguousDate is a numeric date whose day and month could be swapped.
type ambiguousDate struct {
	index            int // into out
	y, first, second int
}

// newFinder sets up w's finder for text and returns it: a fresh state,
// with the window's token room.
func newFinder(text string, anchor time.Time, w *window) *finder {
	w.f = finder{text: text, toks: w.toks[:0], classes: w.classes[:0], out: w.out[:0]}
	w.out = nil // the finder's now: a Scanner that is only closed keeps it
	f := &w.f
	if !anchor.IsZero() {
		f.anchor, f.hasAnchor = dateOf(anchor), true
	}
	return f
}

// window sizes: how far before a head an expression may begin, in tokens,
// and how far after it the grammar may look.
const (
	backTokens  = 6
	backBytes   = 40
	aheadTokens = 16
	// windowCap is the tokens a window is first given room for. A window
	// mostly holds a few words before its head, the head and fewer than
	// aheadTokens after it: sized for that, it seldom grows.
	windowCap = 16
)

// scanUntil walks the text from head to head, parsing an expression
// around each, and stops before the first head that starts at or after
// limit, so that a later call carries on exactly where it stopped. It
// reports whether the text is scanned to its end.
func (f *finder) scanUntil(limit int) bool {
	for f.pos < len(f.text) {
		start, end, ok := f.nextHead(f.pos)
		if !ok {
			f.pos = len(f.text)
			return true
		}
		if start >= limit {
			f.pos = start // the head is found again from its own start
			return false
		}
		if e, ok := f.parseAround(start, end, f.lastEnd); ok {
			f.out = append(f.out, e)
			f.pos, f.lastEnd = e.End, e.End
			continue
		}
		f.pos = end
	}
	return true
}

// nextHead finds the next word that a time expression needs (a month, a
// unit, "yesterday"...) or the next number, from pos. It reads words
// without allocating: this loop is all that date-free text costs.
func (f *finder) nextHead(pos int) (start, end int, ok bool) {
	text := f.text
	for i := pos; i < len(text); {
		c := text[i]
		if c < 0x80 && i > 0 && headClass[text[i-1]] >= letterClass {
			i++ // inside a word or a number: "15th", "x7"
			continue
		}
		switch {
		case isASCIIDigit(c):
			j := i
			for j < len(text) && isASCIIDigit(text[j]) {
				j++
			}
			if f.digitHead(i, j) {
				return i, j, true
			}
			i = j
		case isASCIILetter(c):
			j := i + 1
			for j < len(text) {
				if k := headClass[text[j]]; k != letterClass && (k != highClass || !isLetterAt(text, j)) {
					break
				}
				j++
			}
			// The word is lower-cased only when its length and first two
			// letters are a head's: few are.
			if n := j - i; n <= maxHead && mayBeHead(text, i, n) && f.asciiHead(i, n) {
				return i, j, true
			}
			i = j
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(text[i:])
			if digitValue(r) >= 0 {
				return i, i + size, true
			}
			if !isLetter(r) {
				i += size
				continue
			}
			j := wordEnd(text, i)
			if persianHead(text[i:j]) {
				return i, j, true
			}
			i = j
		default:
			i++
		}
	}
	return 0, 0, false
}

// The classes of headClass: ASCII letters and digits, which a word or a
// number continues with, rank above the rest.
const (
	otherClass = iota
	highClass  // a byte of a multi-byte rune
	letterClass
	digitClass
)

// headClass classes every byte for nextHead, by one table read.
var headClass = func() (t [256]uint8) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = highClass
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = letterClass, letterClass
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = digitClass
	}
	return t
}()

// digitHead reports whether the ASCII number text[i:j] may begin or head a
// time expression: a four-digit number, a number glued to a suffix or a
// date separator, or one before a month, a unit or a range word. Counts
// ("40 people", "1,500") are passed over without tokenizing.
func (f *finder) digitHead(i, j int) bool {
	text := f.text
	if j-i == 4 {
		return true
	}
	if j == len(text) || j-i > 4 {
		return false
	}
	switch c := text[j]; {
	case isASCIILetter(c), c == '/', c == '-', c == '.', c == '~', c == '\'':
		return true
	case c >= 0x80:
		return true // an en dash, a Persian month, a no-break space
	case c != ' ':
		return false
	}
	k := j
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k < len(text) && (text[k] == '-' || text[k] >= 0x80) {
		return true // a dash, an en dash, a Persian month
	}
	var buf [12]byte
	n := 0
	for k+n < len(text) && isASCIILetter(text[k+n]) {
		if n == len(buf) {
			return false
		}
		buf[n] = text[k+n] | 0x20
		n++
	}
	switch w := buf[:n]; string(w) {
	case "of", "to", "and", "till", "until", "through", "thru", "or":
		return true
	default:
		return isHead(w)
	}
}

// headIndex lists the ASCII heads by first letter and length, so that a
// word is checked against one or two candidates instead of hashed.
var headIndex = func() (idx [26][13][]string) {
	for h := range heads {
		if len(h) < len(idx[0]) && h[0] >= 'a' && h[0] <= 'z' {
			idx[h[0]-'a'][len(h)] = append(idx[h[0]-'a'][len(h)], h)
		}
	}
	return idx
}()

// headLengths holds, by a head's first two letters, a bit for each length
// a head with them has: one array read rules out most of the words that
// nextHead meets, before any is compared.
var headLengths = func() (bits [26][26]uint16) {
	for h := range heads {
		if len(h) >= 2 && len(h) < len(headIndex[0]) && isLowerASCII(h[0]) && isLowerASCII(h[1]) {
			bits[h[0]-'a'][h[1]-'a'] |= 1 << len(h)
		}
	}
	return bits
}()

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// maxHead is the longest ASCII head nextHead reads.
const maxHead = 12

// asciiHead reports whether the ASCII word of n bytes at i is a head in
// context; n is at most maxHead.
func (f *finder) asciiHead(i, n int) bool {
	var buf [maxHead]byte
	for k := range n {
		buf[k] = f.text[i+k] | 0x20
	}
	return isHead(buf[:n]) && f.headInContext(buf[:n], i)
}

// mayBeHead is isHead's first test, on the n bytes of text at i before
// they are lower-cased: false when the word's first two letters and
// length are no head's.
func mayBeHead(text string, i, n int) bool {
	if n < 2 {
		return true
	}
	a, b := text[i]|0x20, text[i+1]|0x20
	return !isLowerASCII(a) || !isLowerASCII(b) || headLengths[a-'a'][b-'a']&(1<<n) != 0
}

// isHead reports whether lowercased ASCII word w is a head.
func isHead(w []byte) bool {
	if len(w) == 0 || len(w) >= len(headIndex[0]) || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if len(w) >= 2 && isLowerASCII(w[1]) && headLengths[w[0]-'a'][w[1]-'a']&(1<<len(w)) == 0 {
		return false
	}
	for _, h := range headIndex[w[0]-'a'][len(w)] {
		if string(w) == h {
			return true
		}
	}
	return false
}

// headInContext rejects the commonest heads where the word before them
// rules out every expression they could head: "time" outside "at the
// time", "night" outside "last night", a unit of time with no count or
// modifier before it ("per year", "for years").
func (f *finder) headInContext(w []byte, at int) bool {
	switch string(w) {
	case "time":
		return prevWord(f.text, at) == "the"
	case "night", "morning", "afternoon", "evening":
		p := prevWord(f.text, at)
		return p == "last" || p == "this"
	}
	if _, isUnit := unitTab.GetBytes(w); !isUnit {
		return true
	}
	p := prevWord(f.text, at)
	if p == "" {
		return true // a number or punctuation before: let the grammar decide
	}
	return unitCueTab.Of(p) || numberWordTab.Of(p) != 0 || ordinalTab.Of(p) != 0
}

// unitCues are the words that may stand right before a unit of time in an
// expression: "last week", "every year", "the end of year".
var unitCues = map[string]bool{
	"last": true, "this": true, "next": true, "past": true, "previous": true, "coming": true,
	"the": true, "every": true, "each": true, "other": true, "fiscal": true, "of": true,
	"on": true, "over": true, "at": true, "during": true, "by": true, "half": true,
	"upcoming": true, "following": true, "current": true, "few": true, "couple": true,
	"several": true, "and": true, "in": true, "that": true, "same": true, "preceding": true,
}

// prevWord is the ASCII word before byte at, lowercased, skipping spaces and
// a hyphen; "" when a number or other punctuation comes first.
func prevWord(text string, at int) string {
	i := at
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '-') {
		i--
	}
	j := i
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	if j == i || i-j > 12 {
		return ""
	}
	return lower(text[j:i])
}

// wordEnd is the end of the word at i. Letters of the Arabic block, which
// Persian is written in, are told apart from its digits and punctuation
// without a table lookup.
func wordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		switch {
		case isASCIILetter(c):
			i++
			continue
		case c >= 0xD8 && c <= 0xDB && i+1 < len(text):
			r := rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
			if arabicLetter(r) {
				i += 2
				continue
			}
			return i
		case c < 0x80:
			return i
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			return i
		}
		i += size
	}
	return i
}

// arabicLetter reports whether r, in U+0600..U+06FF, continues a word.
func arabicLetter(r rune) bool {
	switch {
	case r >= 0x660 && r <= 0x66D, r >= 0x6F0 && r <= 0x6F9:
		return false // digits and their separators
	case r == 0x60C, r == 0x61B, r == 0x61F, r == 0x6D4, r < 0x610:
		return false // comma, semicolon, question mark, full stop, signs
	}
	return true
}

// isLetterAt reports whether the rune at byte i is a letter.
func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isLetter(r)
}

// isHijriMonth reports whether w names a Solar Hijri month, also with the
// Persian word for month joined to it ("آبان‌ماه").
func isHijriMonth(w string) bool {
	_, ok := hijriMonth(w)
	return ok
}

func hijriMonth(w string) (int, bool) {
	if m, ok := hijriMonthTab.Get(w); ok {
		return m, true
	}
	if !strings.HasSuffix(w, "ماه") || len(w) <= len("ماه") {
		return 0, false
	}
	m, ok := hijriMonthTab.Get(strings.TrimSuffix(strings.TrimSuffix(w, "ماه"), "\u200c"))
	return m, ok
}

// parseAround tokenizes a window around the head at byte start and tries to
// parse an expression that covers it, from the leftmost possible beginning.
func (f *finder) parseAround(start, headEnd, lastEnd int) (Expr, bool) {
	from := max(lastEnd, start-backBytes)
	if f.nothingBefore(start, headEnd) {
		from = start // the word before cannot begin an expression
	}
	for from > lastEnd && from < start && !isSpaceByte(f.text[from-1]) {
		from++ // begin at a word boundary, not inside a word
	}
	f.toks, f.classes = f.toks[:0], f.classes[:0]
	f.tokPos, f.tokLimit = from, len(f.text)
	head := -1
	for f.more() {
		if f.toks[len(f.toks)-1].end > start {
			head = len(f.toks) - 1
			break
		}
	}
	if head < 0 {
		return Expr{}, false
	}
	f.tokLimit = head + aheadTokens
	p := parser{f: f}
	for k := max(0, head-backTokens); k <= head; k++ {
		if k < head && !p.canStart(k) {
			continue
		}
		if m, ok := p.expr(k); ok && m.end > head {
			return f.emit(m), true
		}
	}
	return Expr{}, false
}

// more reads one more token into the window; false at its end.
func (f *finder) more() bool {
	if len(f.toks) >= f.tokLimit {
		return false
	}
	tok, ok := nextToken(f.text, f.tokPos)
	if !ok {
		return false
	}
	f.toks = append(f.toks, tok)
	f.classes = append(f.classes, 0)
	f.tokPos = tok.end
	return true
}

// nothingBefore reports whether the word before the head text[at:end] is
// an ordinary word that no expression begins with, runs through or reads
// as a cue for this head ("killed on 15 November"), so the window need not
// reach back.
func (f *finder) nothingBefore(at, end int) bool {
	i := at
	for i > 0 && f.text[i-1] == ' ' {
		i--
	}
	if i == at || i == 0 || !isASCIILetter(f.text[i-1]) {
		return false // glued, at the start, or after a number or a sign
	}
	w := prevWord(f.text, at)
	if w == "" || wordClassTab.Of(w) != 0 || yearCueTab.Of(w) || w == "to" {
		return false
	}
	head := lower(f.text[at:end])
	switch {
	case head == "weekend":
		return !weekendCueTab.Of(w) && !unitCueTab.Of(w)
	case seasonTab.Of(head) != 0:
		return !seasonCueTab.Of(w)
	}
	_, isUnit := unitTab.Get(head)
	return !isUnit || !unitCueTab.Of(w)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// emit turns a match into an Expr with its offsets and ISO dates.
func (f *finder) emit(m match) Expr {
	e := Expr{
		Start: f.toks[m.start].start, End: f.toks[m.end-1].end,
		Kind: m.kind, Grain: m.grain, StartGrain: m.startGrain, Relative: m.rel, Since: m.since,
	}
	e.Text = f.text[e.Start:e.End]
	e.Reporting = e.Kind == Date && reportingBefore(f.text, e.Start)
	if !m.from.IsZero() {
		e.From = formatDate(m.from)
	}
	switch {
	case m.to.IsZero():
	case m.to.Equal(m.from):
		e.To = e.From // a single day: format it once
	default:
		e.To = formatDate(m.to)
	}
	if m.amb != nil {
		a := *m.amb
		a.index = len(f.out)
		f.ambiguous = append(f.ambiguous, a)
	}
	return e
}

// settleAmbiguous rereads the ambiguous numeric dates day-first when the
// document writes its unambiguous ones day-first and none month-first.
func (f *finder) settleAmbiguous() {
	if f.dayFirst == 0 || f.monthFirst > 0 {
		return
	}
	for _, a := range f.ambiguous {
		if !validDay(a.y, a.second, a.first) {
			continue
		}
		d := date(a.y, a.second, a.first).Format(isoDate)
		f.out[a.index].From, f.out[a.index].To = d, d
	}
}

// reportingVerbs date the report rather than the episode when an expression
// follows them closely.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "reported": true,
	"stated": true, "confirmed": true, "added": true, "declared": true, "wrote": true,
	"tweeted": true, "claimed": true, "denied": true, "acknowledged": true, "estimated": true,
	"published": true, "released": true, "disclosed": true, "revealed": true,
}

// reportingBefore reports whether a reporting verb stands within the six
// words before byte at, in the same clause: "said in a statement on
// Monday". "That" ends the search: in "said that on Monday police fired",
// Monday dates the firing.
func reportingBefore(text string, at int) bool {
	i := at
	for words := 0; words < 6; words++ {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		j := i
		for j > 0 && isASCIILetter(text[j-1]) {
			j--
		}
		if j == i {
			return false // punctuation or a number: another clause
		}
		// The word is ASCII letters: it is compared folded, and lowered
		// only when its shape is a reporting verb's.
		w := text[j:i]
		if equalFoldASCII(w, "that") || equalFoldASCII(w, "and") || equalFoldASCII(w, "but") {
			return false
		}
		if reportingShapes.MayHold(w) && reportingVerbTab.Of(lower(w)) {
			return true
		}
		i = j
	}
	return false
}

// reportingShapes rules out most words before a date before they are
// lowered and hashed.
var reportingShapes = func() (s wordset.Shapes) {
	for w := range reportingVerbs {
		s.Add(w)
	}
	return s
}()

// equalFoldASCII reports whether the ASCII letters w spell the lower-case
// word low in any case.
func equalFoldASCII(w, low string) bool {
	if len(w) != len(low) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != low[k] {
			return false
		}
	}
	return true
}
