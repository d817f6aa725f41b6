package attribution

import (
	"strings"

	"tally/internal/extract/wordset"
)

// cueKind says how a cue takes its claimant.
type cueKind int

const (
	verbCue      cueKind = iota + 1 // X said …; "…," said X; passive "… were recorded by X"
	accordingCue                    // according to X
	citingCue                       // citing X, quoting X: marks whom a claimant cites
	putCue                          // X put the toll at …
)

// cueWord is one reporting word of the lexicon.
type cueWord struct {
	kind   cueKind
	denies bool // the claimant rejects the figure: denied, rejected, dismissed
	judges bool // a cue only when it rejects: "called the report fake"
	clause bool // a noun as well: a cue only before "that" or a number
	final  bool // a noun as well: a cue only before "that" or closing the sentence
}

// cueWords are the reporting words, lower case. Nouns that double as verbs
// ("report", "claims", "reports") are cues only where a verb stands, as
// clause and final say: "reports of 300 deaths" attributes nothing.
// "estimated" after "an" is a qualifier, not a cue; see cueExtent.
var cueWords = wordset.New(map[string]cueWord{
	"said": {kind: verbCue}, "says": {kind: verbCue}, "say": {kind: verbCue},
	"told": {kind: verbCue}, "tells": {kind: verbCue},
	"reported": {kind: verbCue}, "stated": {kind: verbCue}, "states": {kind: verbCue},
	"claimed": {kind: verbCue}, "estimated": {kind: verbCue}, "estimates": {kind: verbCue},
	"announced": {kind: verbCue}, "acknowledged": {kind: verbCue}, "admitted": {kind: verbCue},
	"confirmed": {kind: verbCue}, "added": {kind: verbCue}, "noted": {kind: verbCue},
	"wrote": {kind: verbCue}, "tweeted": {kind: verbCue}, "posted": {kind: verbCue},
	"disclosed": {kind: verbCue}, "revealed": {kind: verbCue}, "documented": {kind: verbCue},
	"recorded": {kind: verbCue}, "counted": {kind: verbCue}, "verified": {kind: verbCue},
	"tallied": {kind: verbCue}, "insisted": {kind: verbCue}, "alleged": {kind: verbCue},
	"testified": {kind: verbCue}, "explained": {kind: verbCue}, "declared": {kind: verbCue},
	"quoted": {kind: verbCue}, "cited": {kind: verbCue}, "identified": {kind: verbCue},
	"denied": {kind: verbCue, denies: true}, "denies": {kind: verbCue, denies: true},
	"deny": {kind: verbCue, denies: true}, "rejected": {kind: verbCue, denies: true},
	"dismissed": {kind: verbCue, denies: true}, "refuted": {kind: verbCue, denies: true},
	"disputed": {kind: verbCue, denies: true}, "denying": {kind: verbCue, denies: true},
	"found": {kind: verbCue}, "concluded": {kind: verbCue}, "showed": {kind: verbCue},
	"shows": {kind: verbCue}, "warned": {kind: verbCue}, "indicated": {kind: verbCue},
	"confirm": {kind: verbCue}, "believes": {kind: verbCue}, "believed": {kind: verbCue},
	"insisting": {kind: verbCue}, "insist": {kind: verbCue}, "insists": {kind: verbCue},
	"spoke": {kind: verbCue}, "speaks": {kind: verbCue}, "saying": {kind: verbCue}, "telling": {kind: verbCue}, "comes": {kind: verbCue}, "came": {kind: verbCue},
	"agreed": {kind: verbCue}, "claims": {kind: verbCue, clause: true}, "claim": {kind: verbCue, clause: true}, "expect": {kind: verbCue}, "expects": {kind: verbCue},
	"forecast": {kind: verbCue}, "forecasts": {kind: verbCue}, "predicted": {kind: verbCue},
	"predicts": {kind: verbCue}, "projected": {kind: verbCue}, "predict": {kind: verbCue},
	"fear": {kind: verbCue}, "fears": {kind: verbCue}, "feared": {kind: verbCue},
	"hope": {kind: verbCue}, "hopes": {kind: verbCue}, "estimate": {kind: verbCue},
	"raised": {kind: putCue}, "lowered": {kind: putCue}, "revised": {kind: putCue},
	"updated": {kind: putCue}, "increased": {kind: putCue}, "corrected": {kind: putCue}, "adjusted": {kind: putCue}, "reduced": {kind: putCue},
	"called": {kind: verbCue, denies: true, judges: true}, "branded": {kind: verbCue, denies: true, judges: true},
	"described": {kind: verbCue, denies: true, judges: true},
	"counts":    {kind: verbCue, clause: true}, "lists": {kind: verbCue, clause: true}, "reports": {kind: verbCue, final: true},
	"recognises": {kind: verbCue, clause: true}, "recognizes": {kind: verbCue, clause: true}, // "recognises 1,420 people as political prisoners"
	"adds": {kind: verbCue}, "tell": {kind: verbCue}, "report": {kind: verbCue, clause: true}, // "It adds that…", "tell us", "report that…"
	"dismissing": {kind: verbCue, denies: true}, "rejecting": {kind: verbCue, denies: true},
	"disputing": {kind: verbCue, denies: true},
	"according": {kind: accordingCue},
	"citing":    {kind: citingCue}, "quoting": {kind: citingCue},
	"put": {kind: putCue}, "puts": {kind: putCue}, "putting": {kind: putCue},
	"gave": {kind: putCue}, "gives": {kind: putCue}, "giving": {kind: putCue},
})

// cue is one reporting cue found in a sentence: tokens [at, last] hold its
// words ("according to" is two; "put the death toll at" five).
type cue struct {
	at, last int
	cueWord
}

// findCues appends the cues among toks, in order, to dst[:0], whose room
// it reuses.
func findCues(dst []cue, text string, toks []token) []cue {
	out := dst[:0]
	for i, t := range toks {
		if !t.word || t.end-t.start > 12 {
			continue
		}
		w, ok := lookupCue(text, t)
		switch {
		case ok:
			if t.capital && i > 0 && toks[i-1].word && toks[i-1].capital {
				continue // "the United States": inside a name, no verb
			}
			if last, ok := cueExtent(text, toks, i, w); ok {
				out = append(out, cue{at: i, last: last, cueWord: w})
			}
		case t.end-t.start == 3 && lowerWord(text, t) == "per" && perSource(text, toks, i),
			t.end-t.start == 2 && lowerWord(text, t) == "by" && countBy(text, toks, i):
			// "60 arrests - per the opposition coalition"; "by the CGT's
			// count": according to the CGT.
			out = append(out, cue{at: i, last: i, cueWord: cueWord{kind: accordingCue}})
		}
	}
	return out
}

// perSource reports "per" before a source ("per the opposition", "per
// Reuters"), not a rate ("per cent", "per day").
func perSource(text string, toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].word {
		return false
	}
	next := lowerWord(text, toks[i+1])
	return next == "the" || toks[i+1].capital && !rateWords.Of(next)
}

// rateWords follow "per" in a rate.
var rateWords = set("cent", "capita", "annum")

// countBy reports "by X's count" or "by X's tally" at token i.
func countBy(text string, toks []token, i int) bool {
	for k := i + 1; k < len(toks)-1 && k <= i+4; k++ {
		if !toks[k].word {
			return false
		}
		if hasPossessive(text, toks[k]) {
			return documentNouns.Of(lowerWord(text, toks[k+1]))
		}
	}
	return false
}

// cueExtent checks the words around a candidate cue, the cue word cw at
// token i, and returns the index of its last token: "according" needs
// "to"; "put" (and "raised", "revised"…) needs "… at" or "… to" naming a
// toll or number within putReach words; "estimated" after an article is
// a qualifier ("an estimated 200").
func cueExtent(text string, toks []token, i int, cw cueWord) (int, bool) {
	switch cw.kind {
	case accordingCue:
		if i+1 < len(toks) && lowerWord(text, toks[i+1]) == "to" {
			return i + 1, true
		}
		return 0, false
	case putCue:
		// "police put the peak turnout on the approved route at 338,000":
		// the object may carry a complement, but not a clause.
		named := false
		for j := i + 1; j < len(toks) && j <= i+putReach; j++ {
			if p := text[toks[j].start:toks[j].end]; !toks[j].word && (strings.ContainsAny(p, ";:.") || p == "," && !dateComma(text, toks, j)) {
				return 0, false
			}
			switch lowerWord(text, toks[j]) {
			case "toll", "number", "figure", "count", "tally", "total", "crowd", "turnout", "attendance", "size":
				named = true
			case "at", "to":
				return j, named
			case "of", "as":
				if named && giveWords.Of(lowerWord(text, toks[i])) {
					return j, true // "gave a toll of seven dead", "gave the number as 40"
				}
			}
		}
		return 0, false
	}
	if i+2 < len(toks) && lowerWord(text, toks[i+1]) == "to" && (lowerWord(text, toks[i+2]) == "be" || lowerWord(text, toks[i+2]) == "have") {
		switch lowerWord(text, toks[i]) {
		case "believed", "thought", "said", "reported", "feared", "alleged", "estimated", "known":
			return 0, false // "men believed to be security officers": a description
		}
	}
	if i > 0 {
		switch lowerWord(text, toks[i-1]) {
		case "an", "the", "a", "unconfirmed", "its", "their", "his", "her":
			return 0, false // "an estimated 200", "the reported deaths"
		}
		if hasPossessive(text, toks[i-1]) {
			return 0, false // "Sunday's disputed election", "the group's documented cases"
		}
		if w := lowerWord(text, toks[i]); (w == "estimate" || w == "count" || w == "claim" || w == "claims") && nounAdjectives.Of(lowerWord(text, toks[i-1])) {
			return 0, false // "The highest estimate, about 600 dead, comes from…": a noun
		}
		if p := text[toks[i-1].start:toks[i-1].end]; p != "" && isDigitByte(p[0]) && isDigitByte(p[len(p)-1]) &&
			!(len(p) <= 3 && i >= 2 && toks[i-2].capital && isCapital(text, toks[i-2].start)) {
			return 0, false // "12 of the country's 36 states": a noun counted; but "M23 said", "France 24 said"
		}
	}
	if w := lowerWord(text, toks[i]); (w == "spoke" || w == "speaks") && !spokeOf(text, toks, i) {
		return 0, false // "hospital staff spoke of 40 wounded", not "spoke to reporters"
	} else if (w == "saying" || w == "telling") && (i == 0 || text[toks[i-1].start:toks[i-1].end] != ",") {
		return 0, false // ", saying that 40 had been killed", not "without saying how" or "a telling sign"
	} else if (w == "comes" || w == "came") && (i+1 >= len(toks) || lowerWord(text, toks[i+1]) != "from") {
		return 0, false // "the estimate comes from a security assessment", not "came under fire"
	} else if w == "report" && (i == 0 || !pluralSubject(lowerWord(text, toks[i-1]))) {
		return 0, false // "its fact-finding report that …" is a noun; "local authorities report that" a verb
	} else if w == "found" && foundThings(text, toks, i) {
		return 0, false // "search teams found the remains of 40 people": a discovery, not a finding
	} else if (w == "claimed" || w == "claims" || w == "claim") && i+1 < len(toks) {
		if n := lowerWord(text, toks[i+1]); n == "responsibility" || n == "credit" || n == "victory" || n == "lives" {
			return 0, false // "claimed responsibility for 10 attacks" claims an act, not a figure
		}
	}
	if cw.clause {
		// "the opposition claims 70…", "claims that…", "counts more than
		// 600 political prisoners", but not "claims of 300 deaths".
		if i+1 >= len(toks) || !opensClause(text, toks[i+1]) {
			return 0, false
		}
	}
	if cw.final {
		// "…, Prothom Alo reports." but not "reports from Dhaka say".
		// "the SNAI reports:" opens a list of what it reports.
		if i+1 < len(toks) && (toks[i+1].word || !isPunctOf(text, toks[i+1], ".") && !isPunctOf(text, toks[i+1], ":")) && !opensClause(text, toks[i+1]) {
			return 0, false
		}
	}
	return i, true
}

// pluralSubject reports a word that may be the plural subject of a verb
// in the present: "authorities", "they".
func pluralSubject(w string) bool {
	switch w {
	case "they", "we", "i", "you", "police":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// foundThings reports "found" whose object is a thing found, within a few
// words: "found the remains of", "found 12 bodies", "found a mass grave".
func foundThings(text string, toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if !toks[j].word && text[toks[j].start:toks[j].end] != "," {
			return false
		}
		switch lowerWord(text, toks[j]) {
		case "that":
			return false
		case "remains", "bodies", "body", "corpses", "grave", "graves", "skeletons":
			return true
		}
	}
	return false
}

// giveWords name their figure after "of" or "as" rather than "at".
var giveWords = set("gave", "gives", "giving")

// dateComma reports a comma inside a date: "between May 18 and May 27,
// 1980, at 165".
func dateComma(text string, toks []token, j int) bool {
	near := func(k int) bool {
		if k < 0 || k >= len(toks) || !toks[k].word {
			return false
		}
		w := text[toks[k].start:toks[k].end]
		return isYear(w) || len(w) <= 2 && startsWithDigit(text, toks[k])
	}
	return near(j-1) || near(j+1)
}

// putReach bounds the words between "put" and its "at": "put the death
// toll from the January unrest at 225".
const putReach = 24

// opensClause reports the word after a noun-like cue that makes it a
// verb: "that", a number, or a qualifier before one.
func opensClause(text string, t token) bool {
	if startsWithDigit(text, t) {
		return true
	}
	switch lowerWord(text, t) {
	case "that", "more", "at", "about", "some", "nearly", "almost", "over", "around", "roughly", "up",
		"millions", "thousands", "hundreds", "dozens", "scores", "tens":
		return true
	}
	return false
}

func startsWithDigit(text string, t token) bool {
	return text[t.start] >= '0' && text[t.start] <= '9'
}

// lookupCue looks a token up in cueWords. It runs on every word of every
// sentence read, so an ASCII word is lower-cased into a stack buffer,
// which the table's lookup reads without allocating; other words take
// lowerWord.
func lookupCue(text string, t token) (cueWord, bool) {
	w := text[t.start:t.end]
	if c := w[0] | 0x20; len(w) < len(cueShapes[0]) && c >= 'a' && c <= 'z' && !cueShapes[c-'a'][len(w)] {
		return cueWord{}, false // no cue word has this first letter and length
	}
	var buf [12]byte
	if len(w) > len(buf) || !isASCII(w) {
		return cueWords.Get(lowerWord(text, t))
	}
	return cueWords.GetBytes(lowerInto(buf[:0], w))
}

// isASCII reports a word of ASCII bytes only.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// cueShapes records, by first letter and length, the shapes of the cue
// words, so that most words are ruled out before the table is read.
var cueShapes = func() (shapes [26][13]bool) {
	for w := range cueWords.All() {
		if c := w[0]; c >= 'a' && c <= 'z' && len(w) < len(shapes[0]) {
			shapes[c-'a'][len(w)] = true
		}
	}
	return shapes
}()

// lowerWord returns the lower case of a short token; words with no upper
// case come back without allocating.
func lowerWord(text string, t token) string {
	w := text[t.start:t.end]
	for i := 0; i < len(w); i++ {
		if isUpperByte(w[i]) {
			return strings.ToLower(w)
		}
	}
	return w
}

// nounAdjectives stand before a cue word that is then a noun: "the highest
// estimate", "the official count".
var nounAdjectives = set("highest", "lowest", "latest", "earliest", "official", "new", "own", "first",
	"last", "previous", "initial", "final", "independent", "conservative", "rough", "best", "only")

// spokeOf reports "spoke of" at token i, or "spoke only of": a voice
// giving a figure, not "spoke to reporters".
func spokeOf(text string, toks []token, i int) bool {
	j := i + 1
	if j < len(toks) {
		switch lowerWord(text, toks[j]) {
		case "only", "just", "merely", "vaguely":
			j++
		}
	}
	return j < len(toks) && lowerWord(text, toks[j]) == "of"
}

// isPunctOf reports token t is the punctuation p.
func isPunctOf(text string, t token, p string) bool {
	return !t.word && text[t.start:t.end] == p
}
