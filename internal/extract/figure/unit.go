package figure

import (
	"strings"

	"tally/internal/extract/number"
)

// maxNounPhrase bounds how many words after a number are read for its head
// noun: "30,000 political prisoners", "12 women's rights activists".
const maxNounPhrase = 4

// nounPhrase finds the head noun that a number counts. head is the token of
// the noun, -1 when there is none ("killed 200."); modifier is true when a
// singular noun follows a plural number, so that the number modifies it
// rather than counts it ("the 1988 massacre", "Group 20 meeting").
func (st *sentence) nounPhrase(q quant) (head int, modifier bool) {
	j := q.last + 1
	if st.punct(j) == "-" && st.word(j+1) == "strong" && st.glued(q.last) {
		return -1, false // "a 5,000-strong crowd" counts people, not crowds
	}
	if st.word(j) == "of" {
		var ok bool
		if j, ok = st.afterOf(q, j+1); !ok {
			return -1, false
		}
	}
	return st.headNoun(q, j)
}

// headNoun reads the noun phrase from token j: the head is the last
// acceptable noun of a run of them ("women's rights activists", "riot
// police"), or a capitalised name of a people ("700,000 Rohingya").
func (st *sentence) headNoun(q quant, j int) (head int, modifier bool) {
	head, named := -1, -1
	firstLower, content := false, 0
	for n := 0; n < maxNounPhrase && j < len(st.toks); n, j = n+1, j+1 {
		t := st.toks[j]
		if t.kind != tWord {
			if t.kind == tNum && head < 0 {
				return st.headNoun(q, j+1) // "29 of the country's 31 provinces"
			}
			break
		}
		if j > 0 && st.lineBreakBetween(j-1, j) {
			break // a noun phrase ends with its line: "Alborz: 14\nIsfahan: 8"
		}
		if npModifiers.Of(t.lower) {
			continue
		}
		if stopWords.Of(t.lower) || afterAux.Of(t.lower) || strings.HasSuffix(t.lower, "ly") || verbsInS.Of(t.lower) {
			break
		}
		if head >= 0 && !st.acceptable(q, j) {
			break // "100 cities saw protests", "30 trucks carrying troops"
		}
		if st.endsPhrase(j) {
			if st.acceptable(q, j) && head < 0 {
				head = j // "527 dead", "200 wounded"
			}
			break
		}
		if content++; content == 1 {
			firstLower = !isCapital(st.s[t.start:])
		}
		switch {
		case st.acceptable(q, j):
			head = j
		case isCapital(st.s[t.start:]):
			named = j
		}
	}
	if head < 0 && named >= 0 && !singular(q.n) {
		return named, false
	}
	if head < 0 && firstLower && content > 0 && !singular(q.n) {
		return -1, true
	}
	return head, false
}

// afterOf reads past "of" after a number: "thousands of people", "20 of
// the protesters". "of them" and "of whom" end the phrase with no noun.
func (st *sentence) afterOf(q quant, j int) (int, bool) {
	w := st.word(j)
	switch {
	case w == "them" || w == "whom" || w == "us":
		return j, false
	case partitives.Of(w):
		return j + 1, true
	case (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && isCapital(st.s[st.toks[j].start:]) && isNumberAt(st, j+1):
		return j, true // "17 of Kenya's 47 counties"
	case q.n.Kind == number.Vague || q.n.Words || hasScale(q.n.Text):
		return j, true
	}
	return j, false
}

// hasScale reports a number written with a scale word: "1.5 million".
func hasScale(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "thousand") || strings.Contains(t, "million") || strings.Contains(t, "billion")
}

// endsPhrase reports a word that closes the noun phrase: a participle or
// gerund that governs it ("304 people killed", "300 protesters chanting"),
// unless a noun follows ("wounded protesters").
func (st *sentence) endsPhrase(j int) bool {
	w := st.toks[j].lower
	trig := triggers.Has(w)
	if !trig && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return false
	}
	next := st.word(j + 1)
	return next == "" || stopWords.Of(next) || !looksPlural(next) && !persons.Of(lemma(next))
}

// acceptable reports whether token j can be the head noun of q: any noun
// after "one", else a plural ("protesters", "people", "the 527 dead") or a
// unit of measure ("km"), which later rules out the figure.
func (st *sentence) acceptable(q quant, j int) bool {
	w := st.toks[j].lower
	if singular(q.n) {
		return true
	}
	return looksPlural(w) || invariantPlurals.Of(w) || nonCountables.Of(lemma(w))
}

// singular reports a number of exactly one, whose noun is singular.
func singular(n number.Number) bool { return n.Kind == number.Single && n.Low == 1 }

// looksPlural reports an English plural noun by its ending.
func looksPlural(w string) bool {
	if _, ok := irregular.Get(w); ok {
		return w != "dead" && w != "missing"
	}
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, not := range []string{"ss", "us", "is", "'s", "’s", "ics"} {
		if strings.HasSuffix(w, not) {
			return false
		}
	}
	return true
}

// lemma returns the singular of a plural noun: "protesters" → "protester",
// "cities" → "city", "people" → "person".
func lemma(w string) string {
	if l, ok := irregular.Get(w); ok {
		return l
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes"):
		return w[:len(w)-2]
	case looksPlural(w):
		return w[:len(w)-1]
	}
	return w
}

// isCapital reports whether s starts with an upper-case letter.
func isCapital(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// verbsInS are verbs whose -s reads like a plural noun after a number:
// "the figure of 975 means", "the 2019 toll remains".
var verbsInS = set("means", "shows", "marks", "represents", "equals", "remains", "makes", "brings", "suggests", "exceeds")
