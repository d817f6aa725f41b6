package attribution

// token is one word or punctuation mark of a sentence, by byte offsets into
// the document's text.
type token struct {
	start, end int
	word       bool // letters or digits; false for punctuation
	capital    bool // a word starting with an upper-case letter or a non-ASCII letter
}

// tokenize splits text[start:end] into tokens. Words keep inner hyphens,
// apostrophes (straight or curly), periods between letters ("U.N.") and
// ampersands; non-ASCII letters count as letters, so names in any script
// stay whole.
func tokenize(dst []token, text string, start, end int) []token {
	for i := start; i < end; {
		c := text[i]
		switch {
		case isSpaceByte(c):
			i++
		case isWordStart(text, i):
			j := wordEnd(text, i, end)
			dst = append(dst, token{start: i, end: j, word: true, capital: isCapital(text, i)})
			i = j
		default:
			j := i + runeLen(c)
			dst = append(dst, token{start: i, end: min(j, end)})
			i = j
		}
	}
	return dst
}

// wordEnd returns the end of the word starting at i.
func wordEnd(text string, i, end int) int {
	for i < end {
		switch {
		case isWordStart(text, i):
			i += runeLen(text[i])
		case isJoiner(text, i) && i+joinerLen(text, i) < end && isWordStart(text, i+joinerLen(text, i)):
			i += joinerLen(text, i)
		case text[i] == '.' && isAcronymDot(text, i):
			i++
		case text[i] == '\'' && i > 0 && text[i-1] == 's' && (i+1 == end || isSpaceByte(text[i+1])):
			return i + 1 // a plural possessive: "the lawyers' association"
		default:
			return min(i, end)
		}
	}
	return end
}

// isJoiner reports a character that joins two parts of one word: - ' ’ &.
func isJoiner(text string, i int) bool {
	c := text[i]
	return c == '-' || c == '\'' || c == '&' || isCurlyApostrophe(text, i)
}

func joinerLen(text string, i int) int {
	if isCurlyApostrophe(text, i) {
		return 3
	}
	return 1
}

func isCurlyApostrophe(text string, i int) bool {
	return i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x99
}

// isAcronymDot reports a period inside or after a dotted acronym: one
// letter on each side ("U.N") or a single letter before and an earlier dot
// two bytes back ("U.N.").
func isAcronymDot(text string, i int) bool {
	before := i > 0 && isUpperByte(text[i-1]) && (i < 2 || !isLetterByte(text[i-2]))
	if !before {
		return false
	}
	if i+1 < len(text) && isUpperByte(text[i+1]) {
		return true
	}
	return i >= 2 && text[i-2] == '.'
}

// isWordStart reports a letter, digit or non-ASCII letter at i. Curly
// quotes and dashes (U+2000–U+206F) are punctuation, not letters.
func isWordStart(text string, i int) bool {
	c := text[i]
	switch {
	case isLetterByte(c), c >= '0' && c <= '9':
		return true
	case c == 0xE2 && i+1 < len(text) && (text[i+1] == 0x80 || text[i+1] == 0x81):
		return false
	case c == 0xC2: // Latin-1 punctuation, no-break space
		return false
	}
	return c >= 0xC0
}

func isCapital(text string, i int) bool {
	c := text[i]
	return isUpperByte(c) || c >= 0xC0 && c != 0xE2
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isUpperByte(c byte) bool  { return c >= 'A' && c <= 'Z' }

// runeLen is the byte length of the UTF-8 sequence led by c (1 for an
// invalid lead, so scanning always advances).
func runeLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	case c >= 0xC0:
		return 2
	}
	return 1
}
