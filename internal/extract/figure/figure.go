// Package figure decides which numbers in a sentence are figures that count
// something in an episode of violence or unrest, and reads each one's
// qualifier, unit and measure.
package figure

import "tally"

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
func Find(text string, start, end int) []Match {
	return nil // TODO(figure): implement
}
