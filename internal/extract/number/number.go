// Package number finds the numbers written in text: digits with any
// thousands convention, decimals with scale words, number words, Persian and
// Arabic-Indic digits, ranges and vague quantities.
//
// Scan is a lexer, not a judge: it returns "2019" and "17" as numbers and
// leaves it to the figure package to decide that they are a year and an age.
// It never returns ordinals ("4th", "tenth"), digits glued to letters
// ("29km", "F16") or "one" used as a pronoun ("the one you mean").
package number

import "math"

// Kind is what shape a number was written in.
type Kind int

// The kinds of Number.
const (
	Single Kind = iota // 304, fifteen hundred, 1.5 million
	Span               // 200–300, between 200 and 300, 40 or 45
	Vague              // dozens, hundreds, several thousand, tens of thousands
)

// Number is one number found in a text. Start and End are byte offsets into
// the scanned text; Low and High are inclusive (equal for a Single; for a
// Vague, Low is the convention of claims.md and High is 0 meaning open).
type Number struct {
	Start, End int
	Text       string
	Kind       Kind
	Low, High  int64
	Decimal    bool // written with a fractional part and no scale word ("3.5")
	Words      bool // written (at least partly) in words
	// Value is a Single's exact value ("3.5" is 3.5, where Low is 4); for a
	// Span it is the low end, for a Vague its Low.
	Value float64
	// HighAt is the byte offset where a Span's second number starts ("300"
	// in "from 200 to 300"); 0 for other kinds. It lets a caller read "rose
	// from 200 to 300" as a change rather than a range.
	HighAt int
}

// maxValue bounds the numbers Scan returns, so that Low and High always fit
// an int64; larger digit strings are identifiers, not counts.
const maxValue = 1e18

// Scan returns the numbers in s, in order, without overlaps.
func Scan(s string) []Number {
	var out []Number
	for i := 0; i < len(s); {
		if !startsToken(s, i) {
			i++
			continue
		}
		n, ok, next := numberAt(s, i)
		if ok {
			if out == nil {
				// Room for a sentence's few numbers at once: grown
				// from one, a slice of them was copied at the second
				// and again at the third.
				out = make([]Number, 0, 4)
			}
			out = append(out, n)
		}
		i = next
	}
	return out
}

// Contains reports whether s may hold a number: a digit in any script Scan
// reads, or a word of the number lexicon. It is the cheap test callers run
// on every sentence before Scan, and never reports false for text in which
// Scan would find a number.
func Contains(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			return true
		case c == 0xD9 || c == 0xDB: // lead bytes of Arabic-Indic and Persian digits
			if _, size := digitAt(s, i); size > 0 {
				return true
			}
			i++
		case isLetter(c) && (i == 0 || !isLetter(s[i-1])):
			end := wordEnd(s, i)
			if w := s[i:end]; startShape.fits(w) {
				if e, ok := lookup(w); ok && e.startsNumber() {
					return true
				}
			}
			i = end
		default:
			i++
		}
	}
	return false
}

// startsToken reports whether a number could start at s[i]: a digit, a
// letter that begins a word, or a dot before a digit (".08").
func startsToken(s string, i int) bool {
	c := s[i]
	switch {
	case c >= '0' && c <= '9':
		return i == 0 || !isDigitByte(s[i-1])
	case c == 0xD9 || c == 0xDB:
		_, size := digitAt(s, i)
		return size > 0
	case isLetter(c):
		return i == 0 || !isLetter(s[i-1])
	case c == '.':
		return i+1 < len(s) && isDigitByte(s[i+1]) && (i == 0 || isSpace(s[i-1]))
	}
	return false
}

// numberAt reads the number starting at s[i]. When there is none it returns
// ok false and the offset at which scanning should resume.
func numberAt(s string, i int) (n Number, ok bool, next int) {
	if isLetter(s[i]) {
		// Every reading of a word-led number begins with a word of the
		// lexicon: most words are no such, and are passed over after one
		// look instead of three.
		if _, _, ok := wordAt(s, i); !ok {
			return Number{}, false, skipToken(s, i)
		}
		if n, ok := spanWords(s, i); ok {
			return n, true, n.End
		}
		if n, ok := vagueAt(s, i); ok {
			return n, true, n.End
		}
	}
	v, ok := single(s, i)
	if !ok {
		return Number{}, false, skipToken(s, i)
	}
	if n, ok := spanAfter(s, v); ok {
		return n, true, n.End
	}
	if v.words && isPronounOne(s, v) {
		return Number{}, false, v.end
	}
	return v.number(s), true, v.end
}

// value is a single number being read: its bounds and what it looked like.
type value struct {
	start, end int
	v          float64
	mult       float64 // the trailing scale applied ("million" in "1.5 million"), 1 if none
	words      bool
	decimal    bool
}

// number turns a read value into a Single Number.
func (v value) number(s string) Number {
	n := roundCount(v.v)
	return Number{
		Start: v.start, End: v.end, Text: s[v.start:v.end], Kind: Single,
		Low: n, High: n, Value: v.v, Decimal: v.decimal, Words: v.words,
	}
}

// roundCount is the nearest integer to f, for a bound.
func roundCount(f float64) int64 { return int64(math.Round(f)) }

// skipToken returns the end of the alphanumeric run at s[i], so that a
// rejected token ("29km", "4th") is skipped whole.
func skipToken(s string, i int) int {
	j := i
	for j < len(s) {
		if isLetter(s[j]) || isDigitByte(s[j]) {
			j++
			continue
		}
		if _, size := digitAt(s, j); size > 0 {
			j += size
			continue
		}
		break
	}
	if j == i {
		return i + 1
	}
	return j
}
