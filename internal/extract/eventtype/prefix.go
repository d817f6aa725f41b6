package eventtype

// prefixes holds the first two letters of every lexicon stem, so that the
// scan rejects almost every word of a text with one array read before any
// map lookup.
var prefixes = func() (p [26 * 26]bool) {
	mark := func(s string) {
		if len(s) >= 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' {
			p[int(s[0]-'a')*26+int(s[1]-'a')] = true
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

// maybeTrigger reports whether word could be a trigger or a bigram's end.
func maybeTrigger(word []byte) bool {
	if len(word) < 2 || word[0] < 'a' || word[0] > 'z' || word[1] < 'a' || word[1] > 'z' {
		return false
	}
	return prefixes[int(word[0]-'a')*26+int(word[1]-'a')]
}
