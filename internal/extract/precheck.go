package extract

// isNumberWord reports the words that can write a figure without digits,
// lower case. A sentence with none of them and no digit holds no figure,
// and most sentences of news are such: the check spares them every later
// stage. It is a switch, not a map, because it runs on every word of every
// sentence: the compiler turns it into a search on length and bytes with
// no hashing.
func isNumberWord(w []byte) bool {
	switch string(w) {
	case "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen",
		"fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
		"seventy", "eighty", "ninety", "hundred", "hundreds",
		"thousand", "thousands", "million", "millions", "billion",
		"dozen", "dozens", "score", "scores":
		return true
	}
	return false
}

// mayCount reports whether text[start:end] holds a digit (ASCII, Persian
// or Arabic-Indic) or a number word.
func mayCount(text string, start, end int) bool {
	var buf [10]byte
	n := 0
	for i := start; i <= end; i++ {
		var c byte = ' '
		if i < end {
			c = text[i]
		}
		switch {
		case c >= '0' && c <= '9':
			return true
		case (c == 0xDB || c == 0xD9) && i+1 < end && isIndicDigit(c, text[i+1]):
			return true
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			if n < len(buf) {
				buf[n] = c | 0x20
			}
			n++
			continue
		}
		if n >= 3 && n <= len(buf) && isNumberWord(buf[:n]) {
			return true
		}
		n = 0
	}
	return false
}

// isIndicDigit reports the UTF-8 pair of an Arabic-Indic (U+0660–0669) or
// Persian (U+06F0–06F9) digit.
func isIndicDigit(lead, cont byte) bool {
	if lead == 0xD9 {
		return cont >= 0xA0 && cont <= 0xA9
	}
	return cont >= 0xB0 && cont <= 0xB9
}
