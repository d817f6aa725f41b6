package extract

// numberWords are the words that can write a figure without digits. A
// sentence with none of them and no digit holds no figure, and most
// sentences of news are such: the check spares them every later stage.
var numberWords = [...]string{
	"one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve", "thirteen",
	"fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	"nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
	"seventy", "eighty", "ninety", "hundred", "hundreds",
	"thousand", "thousands", "million", "millions", "billion",
	"dozen", "dozens", "score", "scores",
}

// numberWordShapes holds, by a number word's first two letters, a bit for
// each length one has: the check runs on every word of every sentence,
// and one array read rules out almost all of them ("the" begins like
// "three", but no number word of three letters begins so).
var numberWordShapes = func() (bits [26][26]uint16) {
	for _, w := range numberWords {
		bits[w[0]-'a'][w[1]-'a'] |= 1 << len(w)
	}
	return bits
}()

// numberWordsBy lists the number words by first letter and length, so
// that a word the shapes let through is compared with one or two of them,
// not all.
var numberWordsBy = func() (idx [26][maxNumberWord + 1][]string) {
	for _, w := range numberWords {
		idx[w[0]-'a'][len(w)] = append(idx[w[0]-'a'][len(w)], w)
	}
	return idx
}()

// mayCount reports whether text[start:end] holds a digit (ASCII, Persian
// or Arabic-Indic) or a number word. It runs over every byte of every
// document, so it steps over a word at a time, classing each byte by one
// table read, and looks only at words as long as a number word can be.
// It reads the span as a slice of its own, whose length bounds every
// index: reading text between start and end, each byte read was checked
// against text's length too.
func mayCount(text string, start, end int) bool {
	if start >= end {
		return false
	}
	s := text[start:end]
	for i := 0; i < len(s); i++ {
		switch byteClass[s[i]] {
		case letterByte:
			j := i + 1
			for j < len(s) && byteClass[s[j]] == letterByte {
				j++
			}
			// The shape test inline, the word compared only when it passes:
			// a call for every word cost more than the test.
			if n := j - i; n >= minNumberWord && n <= maxNumberWord &&
				numberWordShapes[(s[i]|0x20)-'a'][(s[i+1]|0x20)-'a']&(1<<n) != 0 && isNumberWordFold(s[i:j]) {
				return true
			}
			i = j - 1 // s[j] is no letter, but may be a digit
		case digitByte:
			return true
		case indicLead:
			if i+1 < len(s) && isIndicDigit(s[i], s[i+1]) {
				return true
			}
		}
	}
	return false
}

// The classes of byteClass.
const (
	otherByte = iota
	letterByte
	digitByte
	indicLead // the first byte of an Arabic-Indic or Persian digit
)

// byteClass classes every byte for mayCount.
var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = letterByte, letterByte
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = digitByte
	}
	t[0xD9], t[0xDB] = indicLead, indicLead
	return t
}()

// The lengths of the shortest ("one") and longest ("seventeen") number
// words.
const minNumberWord, maxNumberWord = 3, 9

// isNumberWordFold reports whether the ASCII word w, in any case, is a
// number word; w is minNumberWord to maxNumberWord ASCII letters whose
// shape mayCount has already found in numberWordShapes.
func isNumberWordFold(w string) bool {
	for _, n := range numberWordsBy[(w[0]|0x20)-'a'][len(w)] {
		if equalLetters(w, n) {
			return true
		}
	}
	return false
}

// equalLetters reports whether the ASCII letters w, in any case, spell
// the lower-case word n of the same length: setting the 0x20 bit lowers a
// capital and leaves a small letter as it is.
func equalLetters(w, n string) bool {
	for k := 0; k < len(n); k++ {
		if w[k]|0x20 != n[k] {
			return false
		}
	}
	return true
}

// isIndicDigit reports the UTF-8 pair of an Arabic-Indic (U+0660–0669) or
// Persian (U+06F0–06F9) digit.
func isIndicDigit(lead, cont byte) bool {
	if lead == 0xD9 {
		return cont >= 0xA0 && cont <= 0xA9
	}
	return cont >= 0xB0 && cont <= 0xB9
}
