// Package eventtype tells which kind of episode a sentence or a document is
// about (protest, strike, killing, execution, bombing...) from trigger
// words, and maps tally's event types to PLOVER and ACLED.
//
// Triggers are matched on light stems (protest, protests, protesters,
// protested all match "protest") through the lexicon in lexicon.go. Each
// trigger has a Class: episode triggers name the episode itself ("protest",
// "strike", "trial", "bombing"), outcome triggers name what happened to
// people inside some episode ("killed", "beaten", "arrested"). The type of
// a figure is the type of its episode: deaths in a crackdown on protests are
// of type protest. FullEpisode gives the full rule.
package eventtype

import "tally"

// Trigger is one event word found in a text, by byte offsets.
type Trigger struct {
	Start, End int
	Type       tally.EventType
	Class      Class
	Rank       int
}

// Find returns the triggers in text[start:end], in order.
func Find(text string, start, end int) []Trigger {
	return AppendFind(nil, text, start, end)
}

// AppendFind appends the triggers in text[start:end] to dst.
func AppendFind(dst []Trigger, text string, start, end int) []Trigger {
	start, end = clamp(text, start, end)
	var prev, cur [24]byte
	prevN, prevStart := 0, 0
	for i := start; i < end; {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := wordEnd(text, i, end)
		if !mayTrigger(text[i:j]) && (prevN == 0 || !isBigramFirst(prev[:prevN])) {
			// Neither a trigger nor the end of a bigram: the word only
			// clears prev, as a word that begins no bigram would.
			prevN = 0
			i = j
			continue
		}
		n := lowerInto(cur[:], text[i:j])
		if n == 5 && text[i] == 'M' && string(cur[:n]) == "march" {
			n = 0 // "March" with a capital is the month, not a march
		}
		if n > 0 {
			if e, bigram, ok := lookup(prev[:prevN], cur[:n]); ok {
				t := Trigger{Start: i, End: j, Type: e.Type, Class: e.Class, Rank: e.Rank}
				if bigram {
					t.Start = prevStart // "death penalty" as one trigger
					if k := len(dst) - 1; k >= 0 && dst[k].Start == prevStart {
						dst = dst[:k] // replaces the first word's own trigger
					}
				}
				if e.Type != "" { // "riot police" names no episode
					dst = append(dst, t)
				}
			}
		}
		prev, prevN, prevStart = cur, n, i
		i = j
	}
	return dst
}

// wordEnd returns the end of the word starting at i: letters, with inner
// hyphens ("sit-in").
func wordEnd(text string, i, end int) int {
	for i < end && (isWordByte(text[i]) || text[i] == '-' && i+1 < end && isWordByte(text[i+1])) {
		i++
	}
	return i
}

// lookup finds the lexicon entry of word, trying the bigram with the word
// before it first ("air strike"), then the word alone.
func lookup(prev, word []byte) (e entry, bigram, ok bool) {
	if len(prev) > 0 && isBigramFirst(prev) && len(prev)+1+len(word) <= 48 {
		var buf [48]byte
		key := append(append(buf[:0], prev...), ' ')
		key = append(key, word...)
		if e, ok := bigramTab.GetBytes(key); ok {
			return e, true, true
		}
		for stem := len(key) - 1; stem > len(prev)+1; stem-- {
			if isSuffix(key[stem:]) {
				if e, ok := bigramTab.GetBytes(key[:stem]); ok {
					return e, true, true
				}
			}
		}
	}
	e, ok = lexiconEntry(word)
	return e, false, ok
}

func clamp(text string, start, end int) (int, int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	return start, end
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// lowerInto writes the ASCII lower case of w into dst and returns its
// length, or 0 when w does not fit (no trigger is that long).
func lowerInto(dst []byte, w string) int {
	if len(w) > len(dst) {
		return 0
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[k] = c
	}
	return len(w)
}
