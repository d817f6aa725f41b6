package figure

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"tally/internal/extract/number"
)

// tokKind is what a token of a sentence is.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, with inner apostrophes and hyphens
	tNum                  // a number that number.Scan found
	tPunct                // any other single character
)

// token is one word, number or punctuation mark of a sentence. Offsets are
// into the sentence.
type token struct {
	start, end int
	kind       tokKind
	lower      string // a word in lower case
	num        int    // index into the sentence's numbers, for tNum
}

// sentence is a tokenized sentence with its numbers.
type sentence struct {
	s    string
	nums []number.Number
	toks []token
	cue  int8         // hasUnrestCue, computed once: 0 unknown, 1 yes, -1 no
	buf  *[]token     // the pool's room that toks lives in
	cbuf *[]candidate // the pool's room that the candidates live in
}

// tokenize splits s into tokens, each number of nums one token.
// Release the sentence when done with it: its tokens' room is reused.
func tokenize(s string, nums []number.Number) sentence {
	p, ok := tokenBufs.Get().(*[]token)
	if !ok {
		p = new([]token)
	}
	toks := *p
	if want := len(s)/5 + 4; cap(toks) < want {
		toks = make([]token, 0, want)
	}
	st := sentence{s: s, nums: nums, toks: toks[:0], buf: p}
	ni, closing := 0, -1
	for i := 0; i < len(s); {
		if i == closing {
			i += quoteSize(s[i:])
			continue
		}
		if ni < len(nums) && i >= nums[ni].Start {
			st.toks = append(st.toks, token{start: nums[ni].Start, end: nums[ni].End, kind: tNum, num: ni})
			i = nums[ni].End
			ni++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || r == 0x202F || r == 0x2009:
			i += size
		case isWordRune(r):
			end := wordEnd(s, i, limit(nums, ni))
			st.toks = append(st.toks, token{start: i, end: end, kind: tWord, lower: strings.ToLower(s[i:end])})
			i = end
		default:
			if b := s[i]; b == '"' || b == 0xE2 || b == 0xC2 {
				if c := scareQuote(s, i, size); c > 0 {
					closing = c // "256 “rioters” had been arrested": the marks are not words
					i += size
					continue
				}
			}
			st.toks = append(st.toks, token{start: i, end: i + size, kind: tPunct})
			i += size
		}
	}
	return st
}

// scareQuote returns where the closing mark is when s[i:i+size] opens a
// quotation of one to three words and nothing else ("rioters", "well
// over", "terrorists"), which a writer puts around a word to distance
// themselves from it, not to quote a speaker; 0 otherwise.
func scareQuote(s string, i, size int) int {
	if !isQuoteMark(s[i : i+size]) {
		return 0
	}
	words, inWord := 0, false
	for j := i + size; j < len(s) && j < i+size+48; {
		r, n := utf8.DecodeRuneInString(s[j:])
		switch {
		case isWordRune(r) || (r == '-' || r == '\'' || r == '’') && inWord:
			if !inWord {
				words++
				inWord = true
			}
		case r == ' ':
			inWord = false
		case isQuoteMark(s[j : j+n]):
			if words == 0 || words > 3 {
				return 0
			}
			return j
		default:
			return 0
		}
		j += n
	}
	return 0
}

// isQuoteMark reports a double quotation mark, straight or curly.
func isQuoteMark(m string) bool {
	return m == "\"" || m == "“" || m == "”" || m == "«" || m == "»"
}

// quoteSize is the length of the quotation mark at the start of s.
func quoteSize(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// tokenBufs reuses the token slices of sentences: every sentence that
// may hold a figure is tokenized, and its tokens were the largest part of
// what finding figures allocated. A sync.Pool is safe for concurrent use
// and keeps no state between calls.
var tokenBufs sync.Pool

// release hands the sentence's tokens back for reuse, cleared so that the
// pool keeps no text alive; st must not be used after. Room past the
// tokens used is already clear: it was cleared when last released, or is
// new.
func (st *sentence) release() {
	clear(st.toks)
	*st.buf = st.toks[:0] // the pointer the pool gave is handed back: no new one to allocate
	tokenBufs.Put(st.buf)
	st.toks, st.buf = nil, nil
}

// limit is where the next number starts, which a word may not run into.
func limit(nums []number.Number, ni int) int {
	if ni < len(nums) {
		return nums[ni].Start
	}
	return int(^uint(0) >> 1)
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// wordEnd returns the end of the word at s[i]: letters and digits, with an
// apostrophe or hyphen inside ("pro-democracy", "Baha'is", "women's").
func wordEnd(s string, i, stop int) int {
	for i < len(s) && i < stop {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-') && i+size < len(s) && i+size < stop {
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); isWordRune(next) && next > '9' {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// word returns the lower-case word at token k, or "" when k is out of
// range or not a word.
func (st *sentence) word(k int) string {
	if k < 0 || k >= len(st.toks) || st.toks[k].kind != tWord {
		return ""
	}
	return st.toks[k].lower
}

// punct returns the punctuation at token k, or "".
func (st *sentence) punct(k int) string {
	if k < 0 || k >= len(st.toks) || st.toks[k].kind != tPunct {
		return ""
	}
	t := st.toks[k]
	return st.s[t.start:t.end]
}

// glued reports whether tokens k and k+1 touch, with no space between.
func (st *sentence) glued(k int) bool {
	return k >= 0 && k+1 < len(st.toks) && st.toks[k].end == st.toks[k+1].start
}

// phraseBefore reports whether the words ending just before token k are
// the phrase words, and returns the index of its first token.
func (st *sentence) phraseBefore(k int, words []string) (int, bool) {
	j := k - len(words)
	if j < 0 {
		return 0, false
	}
	for w, want := range words {
		t := st.toks[j+w]
		if want == "-" || want == "+" {
			if st.punct(j+w) != want {
				return 0, false
			}
			continue
		}
		if t.kind != tWord || t.lower != want {
			return 0, false
		}
	}
	return j, true
}

// phraseAt reports whether the tokens from k are the phrase words, and
// returns the index just after it.
func (st *sentence) phraseAt(k int, words []string) (int, bool) {
	if k+len(words) > len(st.toks) {
		return 0, false
	}
	for w, want := range words {
		if want == "-" || want == "+" {
			if st.punct(k+w) != want {
				return 0, false
			}
			continue
		}
		if st.word(k+w) != want {
			return 0, false
		}
	}
	return k + len(words), true
}

// hasUnrestCue reports whether the sentence is about unrest.
func (st *sentence) hasUnrestCue() bool {
	if st.cue == 0 {
		st.cue = -1
		if st.findCue(-1) {
			st.cue = 1
		}
	}
	return st.cue > 0
}

// cueBesides reports a word of unrest in the sentence, not counting the
// figure's own noun when only an election or an institution makes it one:
// "22.1 million voters are registered" tells of no unrest, while "17,000
// troops" and "903 fires" do.
func (st *sentence) cueBesides(head int) bool {
	if !st.hasUnrestCue() {
		return false
	}
	if head < 0 || !weakCueNoun(st.toks[head].lower) {
		return true
	}
	return st.findCue(head)
}

// findCue reports a word of unrest among the sentence's tokens other than
// token skip; -1 skips none.
func (st *sentence) findCue(skip int) bool {
	for k, t := range st.toks {
		if k == skip || t.kind != tWord || len(t.lower) < 3 || !cueStarts[t.lower[0]] {
			continue
		}
		for _, c := range unrestCues {
			if strings.HasPrefix(t.lower, c) {
				return true
			}
		}
	}
	return false
}

// cueStarts marks the first bytes of the unrest cues, so that most words
// are passed over with one lookup.
var cueStarts = func() (m [256]bool) {
	for _, c := range unrestCues {
		m[c[0]] = true
	}
	return m
}()

// hasToken reports whether a token starts at byte i of the sentence: false
// for spaces and for the marks of a scare quote, which are not tokens.
func (st *sentence) hasToken(i int) bool {
	for _, t := range st.toks {
		if t.start == i {
			return true
		}
		if t.start > i {
			break
		}
	}
	return false
}

// quoteClosesIn reports a closing quotation mark in s[from:to].
func (st *sentence) quoteClosesIn(from, to int) bool {
	return strings.ContainsAny(st.s[from:to], "\"”»")
}

// weakCueNoun reports a noun that marks unrest only by naming an election
// or an institution: voters, ballots, police officers recruited.
func weakCueNoun(w string) bool {
	for _, c := range []string{"vote", "elect", "ballot", "polic", "secur", "court"} {
		if strings.HasPrefix(w, c) {
			return true
		}
	}
	return false
}
