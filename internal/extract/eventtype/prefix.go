package eventtype

import "tally/internal/extract/wordset"

// The scan looks a word up by its first three letters: bucketOf gives,
// for each three-letter prefix, the lexicon stems that start with it, so
// that almost every word of a text is rejected by one array read, and the
// rest are compared with a handful of stems instead of hashed once per
// possible suffix.

// stemEntry is one lexicon stem with its entry.
type stemEntry struct {
	stem string
	e    entry
}

var (
	bucketOf [26 * 26 * 26]int32 // 0: no stem; else index+1 into buckets
	buckets  [][]stemEntry
	// bigramFirst holds the first words of the bigrams, and
	// bigramPrefix the three-letter prefixes of those that have one, so
	// that isBigramFirst rejects almost every word by one array read.
	bigramFirst  = map[string]bool{}
	bigramPrefix [26 * 26 * 26]bool
	// bigramFirstTab is bigramFirst as a wordset table, which
	// isBigramFirst reads without allocating; init builds it.
	bigramFirstTab *wordset.Map[bool]
	// bigramTab is bigrams as a wordset table, for lookup.
	bigramTab = wordset.New(bigrams)
)

func init() {
	for k, e := range lexicon {
		if len(k) < 3 || !isLower(k[0]) || !isLower(k[1]) || !isLower(k[2]) {
			continue
		}
		i := prefixIndex(k[0], k[1], k[2])
		if bucketOf[i] == 0 {
			buckets = append(buckets, nil)
			bucketOf[i] = int32(len(buckets))
		}
		buckets[bucketOf[i]-1] = append(buckets[bucketOf[i]-1], stemEntry{k, e})
	}
	for k := range bigrams {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				bigramFirst[k[:i]] = true
				markShortFirst(k[:i])
				if i >= 3 && isLower(k[0]) && isLower(k[1]) && isLower(k[2]) {
					bigramPrefix[prefixIndex(k[0], k[1], k[2])] = true
				}
			}
		}
	}
	bigramFirstTab = wordset.New(bigramFirst)
	for p := range bucketOf {
		if bucketOf[p] != 0 || bigramPrefix[p] {
			a, b, c := p/(26*26), p/26%26, p%26
			triggerPairs[(a+1)<<5|(b+1)] |= 1 << (c + 1)
		}
	}
}

// isBigramFirst reports whether a lower-case word begins a bigram. A word
// whose three-letter prefix no first word has is rejected without hashing.
func isBigramFirst(w []byte) bool {
	if len(w) >= 3 && isLower(w[0]) && isLower(w[1]) && isLower(w[2]) && !bigramPrefix[prefixIndex(w[0], w[1], w[2])] {
		return false
	}
	v, _ := bigramFirstTab.GetBytes(w)
	return v
}

// mayTrigger reports whether a word, in any case, may be a lexicon entry
// or begin a bigram, by its first three letters alone; most words are
// ruled out without being lower-cased whole. It runs on every word of a
// document, so it is small enough to inline and reads triggerPairs, whose
// index needs neither a multiply nor lowering: the low five bits of an
// ASCII letter are its place in the alphabet in either case.
func mayTrigger(w string) bool {
	if len(w) < 3 {
		// No stem is this short: the word matters only as the first
		// of a bigram.
		return mayBeShortFirst(w)
	}
	// Setting the 0x20 bit lower-cases an ASCII letter and turns no other
	// byte into one.
	if (w[0]|0x20)-'a' >= 26 || (w[1]|0x20)-'a' >= 26 || (w[2]|0x20)-'a' >= 26 {
		return true
	}
	return triggerPairs[uint(w[0]&31)<<5|uint(w[1]&31)]&(1<<(w[2]&31)) != 0
}

// triggerPairs has a bit for each three-letter prefix of a stem or of a
// bigram's first word, by the first two letters' places in the alphabet
// (1 to 26), a bit for the third's: 4 KB that stay in the nearest cache,
// where bucketOf and bigramPrefix would not. init fills it after them.
var triggerPairs [32 * 32]uint32

// shortFirst marks the bigram first words of one or two letters, by
// shortIndex; anyShort is set when one is not all letters, and then every
// short word may be one.
var (
	shortFirst [26 + 26*26]bool
	anyShort   bool
)

// shortIndex is the place of a lower-case word of one or two letters in
// shortFirst.
func shortIndex(a, b byte, n int) int {
	if n == 1 {
		return int(a - 'a')
	}
	return 26 + int(a-'a')*26 + int(b-'a')
}

func markShortFirst(w string) {
	switch {
	case len(w) >= 3:
	case len(w) == 0 || !isLower(w[0]) || len(w) == 2 && !isLower(w[1]):
		anyShort = true
	default:
		shortFirst[shortIndex(w[0], w[len(w)-1], len(w))] = true
	}
}

// mayBeShortFirst reports whether a word of one or two letters, in any
// case, may begin a bigram.
func mayBeShortFirst(w string) bool {
	if anyShort || len(w) == 0 {
		return true
	}
	a, b := w[0]|0x20, w[len(w)-1]|0x20
	if !isLower(a) || !isLower(b) {
		return true
	}
	return shortFirst[shortIndex(a, b, len(w))]
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

func prefixIndex(a, b, c byte) int { return (int(a-'a')*26+int(b-'a'))*26 + int(c-'a') }

// lexiconEntry finds the entry of a lower-case word: a stem of the lexicon
// followed by nothing or by one of the suffixes. The longest stem wins.
func lexiconEntry(word []byte) (entry, bool) {
	if len(word) < 3 || !isLower(word[0]) || !isLower(word[1]) || !isLower(word[2]) {
		return entry{}, false
	}
	b := bucketOf[prefixIndex(word[0], word[1], word[2])]
	if b == 0 {
		return entry{}, false
	}
	var best stemEntry
	found := false
	for _, se := range buckets[b-1] {
		if len(se.stem) > len(word) || string(word[:len(se.stem)]) != se.stem || !isSuffix(word[len(se.stem):]) {
			continue
		}
		if !found || len(se.stem) > len(best.stem) {
			best, found = se, true
		}
	}
	return best.e, found
}

// isSuffix reports an inflection the stems may take, or none.
func isSuffix(rest []byte) bool {
	if len(rest) == 0 {
		return true
	}
	for _, s := range suffixes {
		if string(rest) == s {
			return true
		}
	}
	return false
}
