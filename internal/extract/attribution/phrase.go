package attribution

import (
	"slices"
	"strings"
)

// phrase is a run of tokens [a, b) of one sentence's tokens.
type phrase struct{ a, b int }

func (p phrase) empty() bool { return p.b <= p.a }

// sentenceView is one tokenized sentence with the figure it is asked about.
type sentenceView struct {
	text string
	toks []token
	cues []cue
	fig  [2]int // the figure's byte span; tokens inside it never join a name
	// lows caches lower(i): the rules ask for the same capitalised words
	// many times, and each lower-casing of one allocates. Nil reads
	// without a cache.
	lows []string
}

// lower returns token i's word in lower case.
func (s *sentenceView) lower(i int) string {
	if s.lows == nil {
		return lowerWord(s.text, s.toks[i])
	}
	if s.lows[i] == "" { // no word lower-cases to nothing
		s.lows[i] = lowerWord(s.text, s.toks[i])
	}
	return s.lows[i]
}

func (s *sentenceView) isPunct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && !s.toks[i].word && s.text[s.toks[i].start:s.toks[i].end] == p
}

// isComma reports a comma, or a closing quote that ends a quotation before
// its attribution (`…," the group said`).
func (s *sentenceView) isComma(i int) bool {
	return s.isPunct(i, ",") || s.isPunct(i, ":") || s.isPunct(i, ";") || s.isPunct(i, "—")
}

func (s *sentenceView) isQuote(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].word {
		return false
	}
	switch s.text[s.toks[i].start:s.toks[i].end] {
	case "\"", "\u201d", "\u201c", "'", "\u2019":
		return true
	}
	return false
}

func (s *sentenceView) inFigure(i int) bool {
	t := s.toks[i]
	return t.start < s.fig[1] && t.end > s.fig[0]
}

// joinable reports whether token i can be part of a name-like noun phrase.
func (s *sentenceView) joinable(i int) bool {
	t := s.toks[i]
	if !t.word && s.text[t.start:t.end] == "&" {
		return s.capitalAround(i) // "Armed Conflict Location & Event Data Project"
	}
	if !t.word || s.inFigure(i) || isYear(s.text[t.start:t.end]) {
		return false
	}
	w := s.lower(i)
	if boundaries.Of(w) && !isAcronym(s.text[t.start:t.end]) {
		switch w {
		case "into":
			return s.capitalAround(i) // "Commission of Inquiry into Post-Election Violence"
		case "and", "on", "against":
			// "Amnesty International and Human Rights Watch", "Kenya
			// National Commission on Human Rights", "medics and police
			// sources"
			if w == "on" && i > 0 && i+1 < len(s.toks) && roleNouns.Of(s.lower(i-1)) && s.toks[i+1].capital {
				return true
			}
			if w == "and" && i > 0 && i+2 < len(s.toks) && s.toks[i-1].capital && s.lower(i+1) == "the" && s.toks[i+2].capital {
				return true // "Transparency International Georgia and the Georgian Young Lawyers' Association"
			}
			if w == "against" && i > 0 && i+1 < len(s.toks) && s.toks[i-1].word && (gatheringNouns.Of(s.lower(i-1)) || s.lower(i-1) == "commission" || s.lower(i-1) == "committee" || s.lower(i-1) == "campaign") {
				return true // "the organisers of a march against a bill", "the committee against torture"
			}
			return s.capitalAround(i) || w == "and" && i > 0 && i+1 < len(s.toks) &&
				commonClaimants.Of(s.lower(i-1)) && commonClaimants.Of(s.lower(i+1))
		case "with":
			// "interviews with witnesses"
			return i > 0 && (s.lower(i-1) == "interviews" || s.lower(i-1) == "interview" || s.lower(i-1) == "talks")
		case "to":
			// "Committee to Protect Journalists", "mission to the UN"
			return i > 0 && (s.toks[i-1].capital || roleNouns.Of(s.lower(i-1)))
		}
		return false
	}
	if !t.capital && strings.HasSuffix(w, "ed") && !verbsAllowed.Of(w) && !strings.Contains(w, "-") {
		return false // a verb: "Police fired", "killed"
	}
	return true
}

// gatheringNouns are protests that a voice may be named by: "the
// organisers of a march against the bill".
var gatheringNouns = set("march", "marches", "protest", "protests", "rally", "rallies", "movement", "campaign", "strike", "demonstration", "demonstrations")

// capitalAround reports "Amnesty International and Human Rights Watch":
// an "and" between two capitalised words joins one name.
func (s *sentenceView) capitalAround(i int) bool {
	return i > 0 && i+1 < len(s.toks) && s.toks[i-1].capital && s.toks[i+1].capital
}

// phraseBefore gathers the noun phrase ending at token end (inclusive),
// walking left; a pronoun stands alone.
func (s *sentenceView) phraseBefore(end int) phrase {
	if end < 0 || end >= len(s.toks) {
		return phrase{}
	}
	if pronouns.Of(s.lower(end)) {
		return phrase{end, end + 1}
	}
	a := end + 1
	for a-1 >= 0 && end-(a-1) < 10 && s.joinable(a-1) && !pronouns.Of(s.lower(a-1)) {
		a--
	}
	return trimPrepositions(s, phrase{a, end + 1})
}

// phraseAfter gathers the noun phrase starting at token start, walking
// right.
func (s *sentenceView) phraseAfter(start int) phrase {
	if start < 0 || start >= len(s.toks) {
		return phrase{}
	}
	if pronouns.Of(s.lower(start)) {
		return phrase{start, start + 1}
	}
	b := start
	for b < len(s.toks) && b-start < 10 && s.joinable(b) && (b == start || !pronouns.Of(s.lower(b))) {
		if b > start && s.lower(b) == "the" && s.toks[b-1].capital && b+1 < len(s.toks) && !s.toks[b+1].capital {
			break // "told the Sahel Wire the toll could exceed 300": a new phrase
		}
		b++
	}
	return trimPrepositions(s, phrase{start, b})
}

// trimPrepositions drops prepositions left dangling at either end of p.
func trimPrepositions(s *sentenceView, p phrase) phrase {
	for !p.empty() && (prepositions.Of(s.lower(p.a)) || s.lower(p.a) == "to" || determiners.Of(s.lower(p.a)) && p.b-p.a == 1) {
		p.a++
	}
	for !p.empty() && (prepositions.Of(s.lower(p.b-1)) || determiners.Of(s.lower(p.b-1))) {
		p.b--
	}
	return trimTime(s, p)
}

// trimTime drops a time that closes a name: "AFP on Monday", "Fox News
// this week", "Reuters at the time". The time dates the telling, not the
// teller.
func trimTime(s *sentenceView, p phrase) phrase {
	for p.b-p.a >= 2 && (weekdays.Of(s.lower(p.a)) || s.lower(p.a) == "yesterday" || s.lower(p.a) == "today") {
		p.a++ // "On Monday Amirali Hajizadeh was quoted": the day opens the sentence
	}
	if p.b-p.a < 2 {
		return p
	}
	if last := s.lower(p.b - 1); !timeNouns.Of(last) && last != "today" && last != "yesterday" && last != "tonight" {
		return p // a time ends the phrase, or there is none
	}
	for k := p.a + 1; k < p.b; k++ {
		if !timeLeads.Of(s.lower(k)) {
			continue
		}
		times := 0
		for m := k; m < p.b; m++ {
			switch w := s.lower(m); {
			case timeNouns.Of(w) || timeLeads.Of(w) && (w == "today" || w == "yesterday" || w == "tonight"):
				times++
			case timeLeads.Of(w) || w == "the":
			default:
				times = -1
			}
			if times < 0 {
				break
			}
		}
		if times > 0 {
			return phrase{p.a, k}
		}
	}
	return p
}

// weekdays name no voice.
var weekdays = set(weekdayNames...)

// timeLeads open a time after a name; timeNouns are what such a time names.
var (
	timeLeads = set("on", "this", "last", "at", "earlier", "later", "today", "yesterday",
		"tonight", "in", "late", "early")
	timeNouns = set(slices.Concat(weekdayNames, monthNames,
		[]string{"week", "weekend", "month", "year", "time", "morning", "afternoon", "evening", "night"})...)
)

// author follows a document noun to its author: "a report by Amnesty" →
// Amnesty, "figures compiled by the ministry" → the ministry, "the group's
// tally" → the group. It returns p unchanged when p names no document.
func (s *sentenceView) author(p phrase) phrase {
	if !p.empty() && p.b+1 < len(s.toks) && documentParticiples.Of(s.lower(p.b)) && documentNouns.Of(s.lower(p.b+1)) {
		p.b += 2 // "the government's last published figures": the participle broke the phrase
	}
	if p.b-p.a > 1 && participles.Of(s.lower(p.b-1)) && documentNouns.Of(s.lower(p.b-2)) {
		p.b-- // "a tally kept by the group": "kept" joined the phrase
	}
	if !p.empty() && p.b-p.a > 2 && authoredNouns.Of(s.lower(p.a)) {
		// "citing figures from the health ministry": the phrase ran on
		// past the document to its author.
		switch s.lower(p.a + 1) {
		case "by", "from", "of":
			return phrase{p.a + 2, p.b}
		}
	}
	if !p.empty() && p.b-p.a > 2 && participles.Of(s.lower(p.a+1)) && documentNouns.Of(s.lower(p.a)) && s.lower(p.a+2) == "by" {
		return phrase{p.a + 3, p.b} // "figures compiled by the ministry"
	}
	if p.empty() || !documentNouns.Of(s.lower(p.b-1)) || s.toks[p.b-1].capital && p.b-1 > p.a && s.toks[p.b-2].capital {
		return p // "Iraq Body Count" is a name, not the count of "Iraq Body"
	}
	for k := p.b - 2; k >= p.a && k >= p.b-4; k-- {
		if hasPossessive(s.text, s.toks[k]) {
			return phrase{p.a, k + 1} // "the group's latest report", "the government's last published figures"
		}
	}
	if n := p.b - 2; n >= p.a && s.toks[n].capital && !determiners.Of(s.lower(n)) && !hearsay.Of(s.lower(p.b-1)) &&
		(!s.sentenceInitial(n) || isAcronym(s.text[s.toks[n].start:s.toks[n].end])) {
		return phrase{p.a, p.b - 1} // "ACLED data show": ACLED
	}
	if p.b < len(s.toks) && s.lower(p.b) == "by" {
		if q := s.phraseAfter(p.b + 1); !q.empty() {
			return q // "a security assessment by a Western government"
		}
	}
	if n := p.b - 2; n >= p.a && commonClaimants.Of(s.lower(n)) && !hearsay.Of(s.lower(p.b-1)) && !strings.HasPrefix(s.lower(p.b-1), "figure") {
		// "police estimates", "organisers' count"; but "opposition
		// figures" are people.
		return phrase{p.a, p.b - 1}
	}
	if p.b-1 > p.a {
		if _, ok := possessivePronouns.Get(s.lower(p.b - 2)); ok {
			return phrase{p.b - 2, p.b - 1} // "its research": it
		}
	}
	i := p.b
	if i < len(s.toks) && participles.Of(s.lower(i)) {
		i++
	}
	if i < len(s.toks) {
		switch s.lower(i) {
		case "by", "from", "of":
			if q := s.phraseAfter(i + 1); !q.empty() {
				return q
			}
		}
	}
	return p
}

// hasPossessive reports a word ending in 's or ’s.
func hasPossessive(text string, t token) bool {
	w := text[t.start:t.end]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") || strings.HasSuffix(w, "s'")
}

// nameOf trims a claimant's noun phrase to its name and returns it as
// written: no leading article, no possessive ending, an appositive
// description before a name dropped ("the Norway-based group Iran Human
// Rights" → "Iran Human Rights"), a sentence-initial common noun lower-cased
// ("Officials" → "officials").
func (s *sentenceView) nameOf(p phrase) string {
	for p.b-p.a > 1 && (determiners.Of(s.lower(p.a)) || possessiveDeterminers.Of(s.lower(p.a)) && s.toks[p.a+1].capital) {
		p.a++ // "Her Awami League": whose party is no part of its name; "their lawyer" says whose
	}
	if p.empty() {
		return ""
	}
	p = s.trailingName(p)
	name := s.text[s.toks[p.a].start:s.toks[p.b-1].end]
	name = trimPossessive(name)
	if s.sentenceInitial(p.a) && commonClaimants.Of(s.lower(p.a)) && (p.b-p.a == 1 || !s.toks[p.a+1].capital) {
		name = strings.ToLower(name[:s.toks[p.a].end-s.toks[p.a].start]) + name[s.toks[p.a].end-s.toks[p.a].start:]
	}
	return name
}

// trailingName keeps only the capitalised name at the end of p when a
// lower-case description stands before it: "rights group Hengaw" →
// "Hengaw", but "Police in Zahedan" and "state TV" stay whole.
func (s *sentenceView) trailingName(p phrase) phrase {
	if !s.toks[p.b-1].capital {
		return s.namedHead(p)
	}
	a := p.b - 1
	for a-1 >= p.a {
		if s.toks[a-1].capital {
			a--
			continue
		}
		// one or two small words between capitals: "Committee to Protect
		// Journalists", "Alianza por los Derechos Humanos"
		n := 0
		for n < 2 && a-1-n >= p.a && connector(s.lower(a-1-n)) {
			n++
		}
		if n == 0 || a-1-n < p.a || !s.toks[a-1-n].capital {
			break
		}
		a -= n
	}
	if a == p.a {
		return p
	}
	before := s.lower(a - 1)
	if determiners.Of(before) && a-2 >= p.a {
		before = s.lower(a - 2) // "a data journalist at the University of Maryland"
	}
	if prepositions.Of(before) || connector(before) || s.toks[a-1].capital {
		return p // the name is a complement: "UN special rapporteur on Myanmar"
	}
	if a == p.b-1 && mediumAcronyms[s.text[s.toks[a].start:s.toks[a].end]] {
		return p // "state TV"; but "state broadcaster ZBC" is ZBC
	}
	if hasPossessive(s.text, s.toks[a-1]) {
		return p // "Iran's Interior Ministry" keeps its owner
	}
	return phrase{a, p.b}
}

// namedHead keeps the name before a generic head: "France's CGT union" →
// "CGT", "Chapter Four Uganda legal aid group" → "Chapter Four Uganda".
// The name must be an acronym or several capitalised words, so that "the
// Kurdish rights group" keeps its head.
func (s *sentenceView) namedHead(p phrase) phrase {
	head := s.lower(p.b - 1)
	if !genericHeads.Of(head) && !pressHeads.Of(head) && !(outletHeads.Of(head) && p.b-2 > p.a && (s.lower(p.b-2) == "news" || s.lower(p.b-2) == "state")) {
		return p
	}
	e := p.b - 1
	for e > p.a && !s.toks[e-1].capital && e-1 > p.a {
		e-- // the lower-case words before the head: "legal aid"
	}
	if e <= p.a || !s.toks[e-1].capital || p.b-e > 4 {
		return p
	}
	a := e - 1
	for a-1 >= p.a && s.toks[a-1].capital && !hasPossessive(s.text, s.toks[a-1]) && !determiners.Of(s.lower(a-1)) {
		a--
	}
	name := s.text[s.toks[a].start:s.toks[e-1].end]
	if hasPossessive(s.text, s.toks[e-1]) || e-a < 2 && !isAcronym(name) {
		return p
	}
	return phrase{a, e}
}

// outletHeads end an outlet's description after "news" or "state": "the
// semi-official ISNA news agency" → ISNA, "APS state news agency" → APS.
var outletHeads = set("agency", "broadcaster", "channel", "television", "website", "site", "outlet")

// pressHeads end an outlet's description with no other word before them:
// "the Dainik Prothom newspaper" → Dainik Prothom.
var pressHeads = set("newspaper", "daily", "weekly")

// genericHeads end descriptions of a named body: "the CGT union".
var genericHeads = set("union", "group", "party", "network", "coalition", "alliance", "movement",
	"association", "federation", "organisation", "organization", "centre", "center")

// connector reports a small word inside a multi-word name: "Committee to
// Protect Journalists", "Kenya National Commission on Human Rights".
func connector(w string) bool {
	switch w {
	case "of", "for", "the", "and", "de", "on", "to", "against", "in", "into", "&",
		"por", "para", "los", "las", "la", "el", "del", "des", "du", "di", "da", "do", "dos", "das", "y", "e", "et":
		return true // and the small words of Spanish, Portuguese, French and Italian names
	}
	return false
}

// isAcronym reports a word of two or more capitals and no lower case,
// "WHO" the organisation rather than "who" the pronoun.
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpperByte(w[i]) && w[i] != '.' && (i == 0 || !isDigitByte(w[i])) {
			return false
		}
	}
	return true
}

// mediumAcronyms are capitals that name a medium, not an outlet: "state TV".
var mediumAcronyms = map[string]bool{"TV": true, "FM": true, "AM": true}

// sentenceInitial reports whether token i opens the sentence (after any
// opening quote or bracket).
func (s *sentenceView) sentenceInitial(i int) bool {
	for j := 0; j < i; j++ {
		if s.toks[j].word {
			return false
		}
	}
	return true
}

// isYear reports a four-digit number, which dates a clause and never
// belongs to a claimant's name ("in 2016 a former minister said").
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// documentParticiples describe a document inside its noun phrase: "the
// government's last published figures".
var documentParticiples = set("published", "released", "updated", "revised", "compiled", "issued")

// possessiveDeterminers stand before a name without being part of it.
var possessiveDeterminers = set("her", "his", "their", "its", "our")
