// Package timex finds time expressions in text and resolves them to
// inclusive date intervals at the precision written, anchoring relative ones
// on a document's publication date.
package timex

import "time"

// Kind is what a time expression denotes.
type Kind int

// The kinds of Expr.
const (
	Date     Kind = iota // a day, month, season, year or other point at its precision
	Interval             // between July and September 1988, 15–19 Nov
	Duration             // for three weeks: not a date
	Set                  // every Friday: not a date
)

// Expr is one time expression. Start and End are byte offsets into the text;
// From and To are ISO 8601 dates (inclusive), empty when the expression
// cannot be resolved (a relative one with no anchor, a duration).
type Expr struct {
	Start, End int
	Text       string
	Kind       Kind
	From, To   string
	Relative   bool // resolved against the anchor ("last May", "yesterday")
}

// Find returns the time expressions in text, in order. anchor is the
// document's publication time; the zero time leaves relative ones unresolved.
func Find(text string, anchor time.Time) []Expr {
	return nil // TODO(timex): implement
}
