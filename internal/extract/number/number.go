// Package number finds the numbers written in text: digits with any
// thousands convention, decimals with scale words, number words, Persian and
// Arabic-Indic digits, ranges and vague quantities.
package number

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
}

// Scan returns the numbers in s, in order, without overlaps.
func Scan(s string) []Number {
	return nil // TODO(number): implement
}
