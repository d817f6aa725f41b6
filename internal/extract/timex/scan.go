package timex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// finder holds the state of one Find call.
type finder struct {
	text      string
	anchor    time.Time // the publication day, UTC; zero when unknown
	hasAnchor bool
	out       []Expr
	toks      []token // the window around the current head, reused
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

func newFinder(text string, anchor time.Time) *finder {
	f := &finder{text: text}
	if !anchor.IsZero() {
		f.anchor, f.hasAnchor = dateOf(anchor), true
	}
	return f
}

// window sizes: how far before a head an expression may begin, in tokens,
// and how far after it the grammar may look.
const (
	backTokens  = 6
	backBytes   = 48
	aheadTokens = 16
)

// scan walks the text from head to head, parsing an expression around each.
func (f *finder) scan() {
	pos, lastEnd := 0, 0
	for pos < len(f.text) {
		start, end, ok := f.nextHead(pos)
		if !ok {
			return
		}
		if e, ok := f.parseAround(start, lastEnd); ok {
			f.out = append(f.out, e)
			pos, lastEnd = e.End, e.End
			continue
		}
		pos = end
	}
}

// nextHead finds the next word that a time expression needs (a month, a
// unit, "yesterday"...) or the next number, from pos. It reads words
// without allocating: this loop is all that date-free text costs.
func (f *finder) nextHead(pos int) (start, end int, ok bool) {
	text := f.text
	var buf [12]byte
	for i := pos; i < len(text); {
		c := text[i]
		if i > 0 && (isASCIILetter(text[i-1]) || isASCIIDigit(text[i-1])) && c < 0x80 {
			i++
			continue
		}
		switch {
		case isASCIIDigit(c):
			return i, i + 1, true
		case isASCIILetter(c):
			j := i
			for j < len(text) && (isASCIILetter(text[j]) || text[j] >= 0x80 && isLetterAt(text, j)) {
				if j-i < len(buf) {
					buf[j-i] = text[j] | 0x20
				}
				j++
			}
			if j-i <= len(buf) && heads[string(buf[:j-i])] {
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
			w := readWord(text, i)
			if isHijriMonth(w.low) {
				return i, w.end, true
			}
			i = w.end
		default:
			i++
		}
	}
	return 0, 0, false
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
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ماه"), "\u200c")
	m, ok := hijriMonths[w]
	return m, ok
}

// parseAround tokenizes a window around the head at byte start and tries to
// parse an expression that covers it, from the leftmost possible beginning.
func (f *finder) parseAround(start, lastEnd int) (Expr, bool) {
	from := max(lastEnd, start-backBytes)
	for from > lastEnd && from < start && !isSpaceByte(f.text[from-1]) {
		from++ // begin at a word boundary, not inside a word
	}
	f.toks = f.toks[:0]
	head := -1
	for pos := from; len(f.toks) < backTokens*4+aheadTokens; {
		tok, ok := nextToken(f.text, pos)
		if !ok {
			break
		}
		if head < 0 && tok.end > start {
			head = len(f.toks)
		}
		f.toks = append(f.toks, tok)
		pos = tok.end
		if head >= 0 && len(f.toks)-head >= aheadTokens {
			break
		}
	}
	if head < 0 {
		return Expr{}, false
	}
	p := parser{f: f, toks: f.toks}
	for k := max(0, head-backTokens); k <= head; k++ {
		if k < head && !p.canStart(k) {
			continue
		}
		if m, ok := p.expr(k); ok && m.end > head {
			return f.emit(p, m), true
		}
	}
	return Expr{}, false
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// emit turns a match into an Expr with its offsets and ISO dates.
func (f *finder) emit(p parser, m match) Expr {
	e := Expr{
		Start: p.toks[m.start].start, End: p.toks[m.end-1].end,
		Kind: m.kind, Grain: m.grain, StartGrain: m.startGrain, Relative: m.rel,
	}
	e.Text = f.text[e.Start:e.End]
	if !m.from.IsZero() {
		e.From = m.from.Format(isoDate)
	}
	if !m.to.IsZero() {
		e.To = m.to.Format(isoDate)
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
