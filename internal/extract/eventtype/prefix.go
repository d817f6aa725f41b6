package eventtype

// prefixes holds the first three letters of every lexicon stem, so that
// the scan rejects almost every word of a text with one array read before
// any map lookup.
var prefixes = func() (p [26 * 26 * 26]bool) {
	mark := func(s string) {
		if len(s) >= 3 && isLower(s[0]) && isLower(s[1]) && isLower(s[2]) {
			p[prefixIndex(s[0], s[1], s[2])] = true
		}
	}
	for k := range lexicon {
		mark(k)
	}
	for k := range bigrams {
		// The second word of a bigram is looked up as the current word.
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				mark(k[i+1:])
			}
		}
	}
	return p
}()

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

func prefixIndex(a, b, c byte) int { return (int(a-'a')*26+int(b-'a'))*26 + int(c-'a') }

// maybeTrigger reports whether word could be a trigger or a bigram's end.
// Every stem has at least three letters.
func maybeTrigger(word []byte) bool {
	if len(word) < 3 || !isLower(word[0]) || !isLower(word[1]) || !isLower(word[2]) {
		return false
	}
	return prefixes[prefixIndex(word[0], word[1], word[2])]
}
