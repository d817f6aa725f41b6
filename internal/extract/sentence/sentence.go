// Package sentence splits clean text into sentences, as byte spans, fast
// enough to run over every document tally reads.
//
// The splitter is rule-based: a sentence ends at '.', '!' or '?' (with any
// closing quotes and brackets after it) followed by white space and a
// plausible sentence start, unless the period closes an abbreviation
// ("Dr.", "Nov.", "No.", "U.N."), an initial ("J. Smith") or sits inside a
// number ("1.5"). A blank line always ends a sentence, so headlines and
// list items without a final period stand alone.
package sentence

import "strings"

// Split returns the sentences of text as [start, end) byte offsets, in
// order, without leading or trailing white space. Empty sentences are
// dropped.
func Split(text string) [][2]int {
	return AppendSplit(nil, text)
}

// AppendSplit appends the sentences of text to dst and returns it, so that
// callers splitting many documents can reuse one slice.
func AppendSplit(dst [][2]int, text string) [][2]int {
	start := 0
	var ends enders
	for i := ends.next(text, 0); i < len(text); i = ends.next(text, i) {
		c := text[i]
		i++ // where the search goes on, unless a sentence ends here
		switch {
		case c == '\n':
			if end, ok := paragraphBreak(text, i-1); ok {
				dst = appendTrimmed(dst, text, start, i-1)
				start, i = end, end
			}
		case c == '.' || c == '!' || c == '?':
			end := closeRun(text, i)
			if end >= len(text) || !isSpace(text[end]) {
				continue
			}
			if c == '.' && !periodEnds(text, start, i-1, end) {
				continue
			}
			if c != '.' && !startsSentence(text, skipSpace(text, end)) {
				continue
			}
			dst = appendTrimmed(dst, text, start, end)
			start, i = end, end
		}
	}
	return appendTrimmed(dst, text, start, len(text))
}

// enders finds the next byte that may end a sentence or a paragraph:
// '.', '!', '?' or a newline. It keeps the next offset of each, found with
// strings.IndexByte, which skips the long runs of other bytes far faster
// than a loop over every byte; each is searched again only once passed.
type enders struct {
	at    [4]int // the next offset of each of enderBytes; valid when set
	valid bool
}

const enderBytes = ".!?\n"

// next returns the first offset at or after from that holds one of
// enderBytes, or len(text).
func (e *enders) next(text string, from int) int {
	first := len(text)
	for k := range e.at {
		if !e.valid || e.at[k] < from {
			e.at[k] = len(text)
			if j := strings.IndexByte(text[from:], enderBytes[k]); j >= 0 {
				e.at[k] = from + j
			}
		}
		first = min(first, e.at[k])
	}
	e.valid = true
	return first
}

// paragraphBreak reports whether the newline at i starts a blank line
// (only white space up to a second newline) and returns where the next
// paragraph's text may begin.
func paragraphBreak(text string, i int) (int, bool) {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\n':
			return j + 1, true
		case ' ', '\t', '\r', '\f', '\v':
		default:
			return 0, false
		}
	}
	return 0, false
}

// closeRun skips the closing quotes, brackets and further terminators that
// belong to the sentence ending before i ("?!", `."`, ".)", ".”").
func closeRun(text string, i int) int {
	for i < len(text) {
		switch c := text[i]; {
		case c == '"' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?':
			i++
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9D || text[i+2] == 0x99 || text[i+2] == 0xA6):
			i += 3 // ” ’ …
		default:
			return i
		}
	}
	return i
}

// appendTrimmed appends text[start:end] without surrounding white space,
// unless nothing is left.
func appendTrimmed(dst [][2]int, text string, start, end int) [][2]int {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	if start < end {
		dst = append(dst, [2]int{start, end})
	}
	return dst
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

func skipSpace(text string, i int) int {
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}
