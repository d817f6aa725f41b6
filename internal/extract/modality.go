package extract

import (
	"strings"

	"tally"
	"tally/internal/extract/attribution"
	"tally/internal/extract/wordset"
)

// Modality markers, lower case. Multi-word markers are matched on the
// sentence's words joined by single spaces.
var (
	// denialMarkers reject a figure stated beside them.
	denialMarkers = markers("denied", "denies", "deny", "rejected", "dismissed", "refuted",
		"baseless", "fabricated", "exaggerated", "false reports", "false claims", "not true", "untrue",
		"denying", "fake", "no evidence", "no proof", "no truth")
	// hedgeMarkers show the source's doubt.
	hedgeMarkers = markers("reportedly", "allegedly", "alleged", "unconfirmed", "unverified",
		"purportedly", "may have", "might have", "could have", "it is believed", "believed to",
		"thought to have", "feared", "rumoured", "rumored", "is said to", "are said to",
		"were said to", "was said to", "could not be independently", "not independently verified",
		"could not be verified", "could not be confirmed", "not be confirmed", "never confirmed",
		"never been confirmed", "not confirmed", "apparently", "possibly", "seemingly", "appeared to",
		"appears to", "appear to", "may be", "might be", "could be")
	// predictionMarkers forecast: the figure has not happened yet.
	predictionMarkers = markers("will", "could", "would", "may", "might", "expected to", "forecast",
		"forecasts", "forecasted", "predicted", "predicts", "projected", "likely to", "set to",
		"is due to", "are due to", "could rise", "threatens to", "plans to", "planned to", "'ll",
		"preparing for", "prepare for", "bracing for", "expects", "expect")
)

// markerReach is how many words around the figure any modality marker is
// looked for: a clause is rarely longer, and it keeps a pathological
// sentence with thousands of figures linear.
const markerReach = 40

// nearWords returns the words within reach words of the figure.
func nearWords(words []word, fig [2]int, reach int) []word {
	lo, hi := 0, len(words)
	for lo < hi {
		mid := (lo + hi) / 2
		if words[mid].end <= fig[0] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return words[max(0, lo-reach):min(len(words), lo+reach)]
}

// predictionReach is how many words from the figure a prediction marker
// may stand: "could" far away in another clause forecasts something else.
const predictionReach = 8

// modality reads how a figure is claimed, in the order denied, hedged,
// predicted, reported, asserted: a denial outranks everything ("officials
// denied that 1,500 were killed"), doubt outranks a forecast ("may have
// been killed" is hedged, "could rise to 500" predicted), and a claimant
// makes an unmarked figure reported.
func modality(words []word, fig [2]int, a attribution.Attribution, attributed bool) tally.Modality {
	words = clauseOf(nearWords(words, fig, markerReach), fig)
	before := wordsBefore(words, fig[0])
	hedge, hedgeAt := findAny(words, hedgeMarkers, opensHedge)
	if hedge && isModalBe(words, hedgeAt) && participleAfter(words, hedgeAt+2) {
		hedge = false // "could be displaced": a forecast, not a doubt
	}
	for k := before - 1; k >= 0 && k >= before-2; k-- {
		switch words[k].w {
		case "perhaps", "probably", "maybe":
			hedge = true // "and perhaps as many as 1,000": this figure alone
		}
	}
	switch {
	case attributed && a.Denies, deniedBefore(words[:before]):
		return tally.Denied
	case hedge, attributed && a.Negated:
		return tally.Hedged
	case containsAny(predictionWindow(words, before, fig[1]), predictionMarkers, opensPrediction) && !negatedModal(words):
		return tally.Predicted
	case attributed:
		return tally.Reported
	}
	return tally.Asserted
}

// deniedBefore reports a denial marker before the figure with no verb of
// speech after it: "denied that anyone had been shot, and said three
// people had drowned" denies nothing of the three.
func deniedBefore(words []word) bool {
	for k := len(words) - 1; k >= 0; k-- {
		if words[k].flags&says != 0 {
			return false
		}
		if words[k].flags&opensDenial == 0 {
			continue
		}
		for _, rest := range denialMarkers[words[k].w] {
			if followedBy(words, k+1, rest) {
				return true
			}
		}
	}
	return false
}

// sayingVerbs give a voice's own words: a figure after one is told, not
// denied.
var sayingVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true,
	"stated": true, "reported": true, "announced": true, "confirmed": true, "insisted": true, "noted": true}

// word is one lower-case word with its byte offsets.
type word struct {
	w          string
	start, end int
	semicolon  bool // a semicolon stands before it: a new clause
	comma      bool // a comma stands before it
	flags      wordFlag
}

// wordFlag says which of modality's word lists a word is in, so that a
// sentence's words are looked up once, not once for each of its figures.
type wordFlag uint8

const (
	opensHedge wordFlag = 1 << iota
	opensDenial
	opensPrediction
	breaksClause
	breaksReport
	breaksRelative
	says
	violent // a violent verb, for actors
)

// wordFlags maps every word of modality's lists, and of actors' violent
// verbs, to its flags. It is a wordset table: every word of a sentence
// with a figure is looked up in it.
var wordFlags = func() *wordset.Map[wordFlag] {
	m := map[string]wordFlag{}
	for _, l := range []struct {
		set  markerSet
		flag wordFlag
	}{{hedgeMarkers, opensHedge}, {denialMarkers, opensDenial}, {predictionMarkers, opensPrediction}} {
		for w := range l.set {
			m[w] |= l.flag
		}
	}
	for _, l := range []struct {
		set  map[string]bool
		flag wordFlag
	}{{clauseBreaks, breaksClause}, {reportBreaks, breaksReport}, {relativeBreaks, breaksRelative}, {sayingVerbs, says},
		{violentVerbs, violent}} {
		for w := range l.set {
			m[w] |= l.flag
		}
	}
	return wordset.New(m)
}()

// lowerWords splits text[span] into lower-case words (letters and
// apostrophes), appending them to dst[:0], whose room it reuses.
func lowerWords(dst []word, text string, span [2]int) []word {
	out := dst[:0]
	if want := (span[1]-span[0])/5 + 1; cap(out) < want {
		out = make([]word, 0, want)
	}
	// Words are ASCII letters and apostrophes, so lower-casing the whole
	// sentence once keeps every offset, and its words are slices of it:
	// one allocation per sentence rather than one per capitalised word.
	low := lowerASCII(text[span[0]:span[1]])
	for i := span[0]; i < span[1]; {
		if !isWordChar(text[i]) {
			i++
			continue
		}
		j := i
		for j < span[1] && (isWordChar(text[j]) || text[j] == '\'') {
			j++
		}
		w := text[i:j]
		if w != "May" { // the month, not the modal: keep its capital
			w = low[i-span[0] : j-span[0]]
		}
		semi, comma := marksBefore(text, out, span[0], i)
		out = append(out, word{w, i, j, semi, comma, wordFlags.Of(w)})
		i = j
	}
	return out
}

// marksBefore reports a semicolon, and a comma, between the previous word
// (or the span's start) and offset i.
func marksBefore(text string, prev []word, from, i int) (semicolon, comma bool) {
	if len(prev) > 0 {
		from = prev[len(prev)-1].end
	}
	for k := from; k < i; k++ {
		switch text[k] {
		case ';':
			semicolon = true
		case ',':
			if k == 0 || k+1 >= len(text) || !isDigitByte(text[k-1]) || !isDigitByte(text[k+1]) {
				comma = true // not the separator inside "1,500"
			}
		}
	}
	return semicolon, comma
}

func isWordChar(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordsBefore counts the words that end before byte offset at.
func wordsBefore(words []word, at int) int {
	n := 0
	for n < len(words) && words[n].end <= at {
		n++
	}
	return n
}

// window returns the words within reach of the figure: reach words before
// it and reach words after its end.
func window(words []word, before, figEnd, reach int) []word {
	after := before
	for after < len(words) && words[after].start < figEnd {
		after++
	}
	return words[max(0, before-reach):min(len(words), after+reach)]
}

// predictionWindow is the words within predictionReach of the figure, on
// its side of any comma or verb of saying before it: "…where black South
// Africans could live and work, numbered about 5,000" forecasts nothing,
// nor does "organisers of a march against a bill that would have allowed
// extraditions said 2 million…", whose modal is the subject's.
func predictionWindow(words []word, before, figEnd int) []word {
	w := window(words, before, figEnd, predictionReach)
	lo := max(0, before-predictionReach)
	for k := min(before, len(words)) - 1; k > lo; k-- {
		if words[k].comma || words[k].flags&says != 0 {
			return w[k-lo:]
		}
	}
	return w
}

// markerSet indexes markers of one or more words by their first word.
type markerSet map[string][][]string

func markers(ms ...string) markerSet {
	set := markerSet{}
	for _, m := range ms {
		parts := strings.Split(m, " ")
		set[parts[0]] = append(set[parts[0]], parts[1:])
	}
	return set
}

// containsAny reports whether words hold one of the markers of set, whose
// first words carry flag.
func containsAny(words []word, set markerSet, flag wordFlag) bool {
	ok, _ := findAny(words, set, flag)
	return ok
}

// findAny returns whether words hold one of the markers, and where.
func findAny(words []word, set markerSet, flag wordFlag) (bool, int) {
	for i := range words {
		if words[i].flags&flag == 0 {
			continue
		}
		for _, rest := range set[words[i].w] {
			if followedBy(words, i+1, rest) {
				return true, i
			}
		}
	}
	return false, -1
}

// isModalBe reports "may be", "might be", "could be" at i.
func isModalBe(words []word, i int) bool {
	return i+1 < len(words) && words[i+1].w == "be" && (words[i].w == "may" || words[i].w == "might" || words[i].w == "could")
}

// participleAfter reports a past participle at i ("displaced", "killed",
// "driven"): after "could be" it makes a forecast.
func participleAfter(words []word, i int) bool {
	if i >= len(words) {
		return false
	}
	w := words[i].w
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "shot" || w == "hit" || w == "held" || w == "put"
}

// clauseBreaks open a new clause inside a sentence: the words after them
// say something else ("Witnesses said 30 may have died, but the police
// said only four died").
var clauseBreaks = map[string]bool{"but": true, "while": true, "whereas": true, "although": true, "though": true}

// reportBreaks open a clause of its own before a figure; relativeBreaks
// after a figure open a clause about its noun, whose modals are not the
// figure's.
var (
	reportBreaks   = map[string]bool{"adding": true, "saying": true, "noting": true, "telling": true, "stating": true, "arguing": true}
	relativeBreaks = map[string]bool{"who": true, "which": true, "whom": true, "that": true}
)

// aboutTheFigure reports a relative clause at words[i] that comments on
// the figure itself: "a claim that could not be verified", "which
// circulated online, could not be independently verified".
func aboutTheFigure(words []word, i int) bool {
	if i > 0 && figureNouns[words[i-1].w] {
		return true
	}
	for k := i + 1; k < len(words) && k <= i+12; k++ {
		switch words[k].w {
		case "verified", "confirmed", "verify", "confirm", "checked", "corroborated", "disputed":
			return true
		}
	}
	return false
}

// figureNouns name a figure in apposition to it: "…, a claim that…".
var figureNouns = map[string]bool{"claim": true, "figure": true, "number": true, "toll": true,
	"estimate": true, "count": true, "tally": true, "total": true}

// clauseOf keeps the words of the figure's clause: from the last clause
// break before the figure to the first after it.
func clauseOf(words []word, fig [2]int) []word {
	lo, hi := 0, len(words)
	for i, w := range words {
		if len(w.w) < 3 || len(w.w) > 8 {
			if !w.semicolon {
				continue // no break word is this short or long
			}
		}
		if w.end <= fig[0] && w.flags&breaksReport != 0 {
			lo = i // "…could be far higher, adding that thousands had been detained"
			continue
		}
		if w.start >= fig[1] && w.flags&breaksRelative != 0 && i < hi && !aboutTheFigure(words, i) {
			hi = i // "…young men who said they feared arrest", "charges that could lead to"
			break
		}
		if w.start >= fig[1] && w.w == "and" && i+1 < len(words) && i < hi && opensOwnClause(words[i+1]) {
			hi = i // "said 46 had died, and rejected the committee's figure as unverified"
			break
		}
		if w.flags&breaksClause == 0 && !w.semicolon {
			continue
		}
		if w.end <= fig[0] {
			lo = i
		} else if w.start >= fig[1] && i < hi {
			hi = i
			break
		}
	}
	return words[lo:hi]
}

// opensOwnClause reports a verb of speech or denial after "and": the
// voice goes on to say or reject something else, and the markers there
// are not the figure's.
func opensOwnClause(w word) bool {
	switch w.w {
	case "denied", "rejected", "dismissed", "refuted":
		return true
	}
	return w.flags&says != 0
}

// followedBy reports whether words[i:] begins with rest.
func followedBy(words []word, i int, rest []string) bool {
	if i+len(rest) > len(words) {
		return false
	}
	for k, w := range rest {
		if words[i+k].w != w {
			return false
		}
	}
	return true
}

// negatedModal reports "could not", "would not": a modal that forecasts
// nothing ("the figure could not be verified" is handled as a hedge).
func negatedModal(words []word) bool {
	for i := 0; i+1 < len(words); i++ {
		switch words[i].w {
		case "could", "would", "will", "may", "might":
			if words[i+1].w == "not" {
				return true
			}
		}
	}
	return false
}

// lowerASCII lower-cases w, allocating only when it has upper case.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
