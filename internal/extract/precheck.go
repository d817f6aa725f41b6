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

// isNumberWord reports whether w, in lower case, is one of numberWords.
func isNumberWord(w []byte) bool {
	if len(w) < 2 || len(w) > maxNumberWord || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' ||
		numberWordShapes[w[0]-'a'][w[1]-'a']&(1<<len(w)) == 0 {
		return false
	}
	for _, n := range numberWords {
		if string(w) == n {
			return true
		}
	}
	return false
}

// mayCount reports whether text[start:end] holds a digit (ASCII, Persian
// or Arabic-Indic) or a number word. It runs over every byte of every
// document, so it steps over a word at a time and lower-cases only words
// as long as a number word can be.
func mayCount(text string, start, end int) bool {
	for i := start; i < end; {
		c := text[i]
		switch {
		case isASCIILetter(c):
			j := i + 1
			for j < end && isASCIILetter(text[j]) {
				j++
			}
			if j-i >= minNumberWord && j-i <= maxNumberWord && isNumberWordFold(text[i:j]) {
				return true
			}
			i = j
		case c >= '0' && c <= '9':
			return true
		case (c == 0xDB || c == 0xD9) && i+1 < end && isIndicDigit(c, text[i+1]):
			return true
		default:
			i++
		}
	}
	return false
}

// The lengths of the shortest ("one") and longest ("seventeen") number
// words.
const minNumberWord, maxNumberWord = 3, 9

// isNumberWordFold reports whether the ASCII word w, in any case, is a
// number word; w is minNumberWord to maxNumberWord ASCII letters.
func isNumberWordFold(w string) bool {
	// The shape first: most words are ruled out before being copied.
	if a, b := w[0]|0x20, w[1]|0x20; a < 'a' || a > 'z' || b < 'a' || b > 'z' ||
		numberWordShapes[a-'a'][b-'a']&(1<<len(w)) == 0 {
		return false
	}
	var buf [maxNumberWord]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	return isNumberWord(buf[:len(w)])
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isIndicDigit reports the UTF-8 pair of an Arabic-Indic (U+0660–0669) or
// Persian (U+06F0–06F9) digit.
func isIndicDigit(lead, cont byte) bool {
	if lead == 0xD9 {
		return cont >= 0xA0 && cont <= 0xA9
	}
	return cont >= 0xB0 && cont <= 0xB9
}
