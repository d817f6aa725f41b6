package figure

import (
	"strings"

	"tally"
)

// backWindow bounds how far before a figure its governing word may stand:
// "the death toll from the protests rose to 304".
const backWindow = 10

// forwardWindow bounds the words between a figure and the verb after it:
// "304 people are believed to have been killed".
const forwardWindow = 8

// governed is the word that says what a figure counts.
type governed struct {
	m   tally.Measure
	tok int // -1 if none
}

// measure decides what the figure q with head noun head counts.
func (st *sentence) measure(q quant, head int) governed {
	unit := ""
	if head >= 0 {
		unit = lemma(st.toks[head].lower)
	}
	if placeUnits.Of(unit) {
		if !st.hasUnrestCue() || possessive.Of(st.word(q.first-1)) || st.word(q.first-1) == "all" {
			return governed{"", -1} // "Iran has 31 provinces" counts no episode
		}
		if g, strong := st.forward(head+1, unit); strong && g.m == tally.OtherMeasure && damageVerb(st.word(g.tok)) {
			return g // "140 government sites had been set on fire": damage, not where
		}
		return governed{tally.Places, -1}
	}
	if st.punct(q.last+1) == "-" && st.word(q.last+2) == "strong" {
		return governed{tally.Participants, q.last + 2}
	}
	end := q.last
	if head >= 0 {
		end = head
	}
	if strongUnits.Of(unit) {
		return governed{unitMeasures.Of(unit), head}
	}
	if caseNouns.Of(unit) && st.word(head+1) == "of" {
		// "32 cases of enforced or involuntary disappearance": what the
		// cases are of. Cases of torture or of violence stay cases
		// ("other"): they count acts, not the people hurt.
		for k := head + 2; k < len(st.toks) && k <= head+5 && st.toks[k].kind == tWord; k++ {
			if m, ok := st.triggerAt(k, ""); ok && !weakTriggers.Of(st.word(k)) {
				if m == tally.Injured {
					return governed{tally.OtherMeasure, k}
				}
				return governed{m, k}
			}
			if violenceNouns.Of(st.word(k)) {
				return governed{tally.OtherMeasure, k}
			}
		}
	}
	if g, ok := st.label(q); ok {
		return g
	}
	fwd, strong := st.forward(end+1, unit)
	if fwd.tok >= 0 && strong {
		return fwd
	}
	back := st.backward(q.first-1, unit)
	if back.tok >= 0 && back.m == tally.Participants && fwd.tok == end+1 && fwd.m != tally.Participants {
		return fwd // "health centres attended 1,070 people injured in the protests"
	}
	if back.tok >= 0 && personOnlyTrigger(st.word(back.tok)) {
		for j := q.last + 1; j < head; j++ { // "camps that held 600,000 displaced people"
			if m, ok := st.triggerAt(j, unit); ok && !weakTriggers.Of(st.word(j)) {
				return governed{m, j}
			}
		}
	}
	if back.tok >= 0 && (!weakTriggers.Of(st.word(back.tok)) || st.word(back.tok+1) == "of" && back.tok+2 == q.first) {
		return back // "the rally of 2,000 supporters" is governed by nothing closer
	}
	if fwd.tok >= 0 {
		return fwd
	}
	for j := q.last + 1; j < head; j++ { // "300 detained protesters", "12,000 striking workers"
		if m, ok := st.triggerAt(j, unit); ok && !weakTriggers.Of(st.word(j)) {
			return governed{m, j}
		}
	}
	if back.tok >= 0 {
		return back
	}
	if m, ok := unitMeasures.Get(unit); ok {
		return governed{m, head}
	}
	return governed{"", -1}
}

// label reads a figure in a table or list, after the measure it counts
// and a colon: "Killed: 8; injured: 290", "Dead: 12 | Arrested: 40".
func (st *sentence) label(q quant) (governed, bool) {
	j := q.first - 1
	if st.punct(j) != ":" {
		return governed{}, false
	}
	start := st.lineStartTok(j)
	for start < j && st.toks[start].kind != tWord && st.toks[start].kind != tNum {
		start++ // a bullet or a dash
	}
	if start < j-5 && start >= j-12 && st.toks[start].kind == tWord && st.plainLabel(start, j) {
		// A long label line says what it counts first: "Dead on arrival
		// or after admission: 31", "Injured attended by the medical
		// service: 579".
		// A row counts people unless its label names what else: "held
		// over the protests of 11 July 2021: 554", "Total killed by the
		// junta since 1 February 2021: 2,940".
		for k := start; k < j && k <= start+2; k++ {
			if m, ok := st.triggerAt(k, "person"); ok && !weakTriggers.Of(st.word(k)) {
				return governed{m, k}, true
			}
		}
	}
	for k := j - 1; k >= 0 && k >= j-5 && st.toks[k].kind == tWord; k-- {
		if m, ok := st.triggerAt(k, ""); ok && !weakTriggers.Of(st.word(k)) {
			if st.word(k-1) == "in" && k >= 2 && st.toks[k-2].kind == tWord {
				// "Deaths in custody: 4": where they died, not what is counted
				if m2, ok := st.triggerAt(k-2, ""); ok && !weakTriggers.Of(st.word(k-2)) {
					return governed{m2, k - 2}, true
				}
			}
			return governed{m, k}, true // "Killed by the junta: 1,384"
		}
	}
	if m, ok := unitMeasures.Get(lemma(st.word(j - 1))); ok {
		return governed{m, j - 1}, true // "Deaths: 12", "Arrests: 300"
	}
	return governed{}, false
}

// plainLabel reports tokens [from, to) of words and numbers only: one
// label, not "Dead: 14 | Injured: 96 | Arrested".
func (st *sentence) plainLabel(from, to int) bool {
	for k := from; k < to; k++ {
		if st.toks[k].kind != tWord && st.toks[k].kind != tNum {
			return false
		}
	}
	return true
}

// forward finds the verb after a figure: "were killed", "died", "lost
// their lives". strong is true when a verb form that cannot be an
// adjective or a reduced relative ("304 people killed") governs it.
func (st *sentence) forward(j int, unit string) (governed, bool) {
	if persons.Of(unit) {
		j = st.skipPersonList(j)
	}
	j = st.skipComplement(j)
	j = st.skipNounPP(j)
	j = st.skipSpeaker(j)
	for range 3 { // "304 people, among them 23 children, according to Amnesty, were killed"
		j = st.skipAside(j)
	}
	passed, joined := false, false
	for n := 0; n < forwardWindow && j < len(st.toks); n, j = n+1, j+1 {
		if k, ok := st.listItem(j); ok {
			j, passed, joined = k-1, true, true // "51 civilians, 11 police officers and seven soldiers had been killed"
			continue
		}
		w := st.word(j)
		if w == "" {
			break
		}
		if m, ok := st.triggerAt(j, unit); ok && !weakTriggers.Of(w) {
			// "left 12 soldiers and three civilians dead": a state after a
			// list is each item's, whatever verb stands before the first.
			strong := (passed || finite(w)) && (!joined || adjectiveUnits.Of(w))
			if !strong {
				// "1,200 people detained in Tehran province had been
				// released": the participle describes the noun; the verb
				// after it governs the figure.
				if g, ok := st.mainVerb(j+1, unit); ok {
					return g, true
				}
			}
			return governed{m, j}, strong
		}
		// "two officers and three civilians were killed": the verb governs
		// both, unless a verb before the first governs it.
		if k, ok := st.conjunct(j); ok {
			j, passed, joined = st.skipNounPP(k)-1, true, true // "… and 250 fighters loyal to Assad had been killed"
			continue
		}
		if g, ok := st.countedAs(j); ok {
			return g, true // "1,085 people are now recognised as political prisoners"
		}
		if n == 0 && (w == "who" || w == "that") && persons.Of(unit) {
			// "31 former combatants who signed the accord were killed"
			if g, ok := st.mainVerb(j+1, unit); ok {
				return g, true
			}
		}
		if n == 0 && w == "as" {
			// "verified as killed, … and 23,640 as injured": the verb
			// left out, its complement says the measure.
			if m, ok := st.triggerAt(j+1, unit); ok && !weakTriggers.Of(st.word(j+1)) {
				return governed{m, j + 1}, true
			}
			// "recognises 1,420 people as political prisoners"
			for k := j + 1; k <= j+2 && k < len(st.toks) && st.toks[k].kind == tWord; k++ {
				if m, ok := unitMeasures.Get(lemma(st.word(k))); ok && m != tally.OtherMeasure && persons.Of(unit) {
					return governed{m, k}, true
				}
			}
		}
		if receiveVerbs.Of(w) {
			// "47 defendants received life sentences", "were given prison terms"
			for k := j + 1; k <= j+3 && k < len(st.toks) && st.toks[k].kind == tWord; k++ {
				if m, _ := st.triggerAt(k, unit); m == tally.Sentenced {
					return governed{m, k}, true // whatever "sentences" needs around it elsewhere
				}
			}
		}
		if k, ok := st.conjunctNoun(j); ok && n == 0 {
			j, passed, joined = k-1, true, true // "45 officers and gendarmes had been injured"
			continue
		}
		if k, ok := st.careAt(j); ok {
			return governed{tally.Injured, k}, !joined
		}
		if n == 0 && st.word(j) == "treated" && persons.Of(unit) && st.word(j+1) != "as" {
			return governed{tally.Injured, j}, true // "Ambulance service: 56 people treated"
		}
		if n == 0 && st.word(j) == "in" && (st.word(j+1) == "hospital" || st.word(j+1) == "hospitals") {
			return governed{tally.Injured, j + 1}, true // "with 140 people in hospital"
		}
		if n == 0 && st.word(j) == "at" && persons.Of(unit) {
			for k := j + 1; k <= j+3 && k < len(st.toks); k++ {
				if gatherings.Of(st.word(k)) || st.word(k) == "peak" {
					return governed{tally.Participants, k}, false // "100,000 people at tomorrow's march", "at the peak", unless "detained 240 people at the rally"
				}
				if st.toks[k].kind != tWord {
					break
				}
			}
		}
		if k, ok := st.asylumAt(j); ok {
			return governed{tally.Displaced, k}, !joined
		}
		if k, ok := st.participial(j); ok && n == 0 {
			j = k - 1 // "11 reporters covering the protests had been arrested"
			passed = true
			continue
		}
		if !st.skippable(j) {
			break
		}
		passed = true
	}
	return governed{"", -1}, false
}

// skipPersonList passes over the rest of a list of person nouns after a
// figure's noun, which must end in "and" or "or": "304 men, women and
// children were killed" (but not "200 people, police said, …").
func (st *sentence) skipPersonList(j int) int {
	for k := j; k < len(st.toks); {
		if st.punct(k) == "," {
			k++
		}
		last := st.word(k) == "and" || st.word(k) == "or"
		if last {
			k++
		}
		if !persons.Of(lemma(st.word(k))) || k == j {
			return j
		}
		if last {
			return k + 1
		}
		k++
	}
	return j
}

// mainVerb finds the finite verb after a participle phrase that
// describes a figure's noun: an auxiliary within a few words, then a
// trigger.
func (st *sentence) mainVerb(j int, unit string) (governed, bool) {
	for k := j; k < len(st.toks) && k <= j+14; k++ {
		switch st.word(k) {
		case "had", "have", "has", "were", "was", "will", "would":
			for m := k + 1; m < len(st.toks) && m <= k+3; m++ {
				if g, ok := st.triggerAt(m, unit); ok && !weakTriggers.Of(st.word(m)) {
					return governed{g, m}, true
				}
				if !afterAux.Of(st.word(m)) {
					break
				}
			}
			return governed{}, false
		case "":
			if st.punct(k) != "" {
				return governed{}, false
			}
		}
	}
	return governed{}, false
}

// participial passes over a participle phrase that modifies the figure's
// noun, up to the auxiliary of the verb that governs the figure: "covering
// the protests", "attending the funeral". It returns the auxiliary's
// token.
func (st *sentence) participial(j int) (int, bool) {
	w := st.word(j)
	if len(w) < 5 || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return 0, false
	}
	if triggers.Has(w) {
		return 0, false
	}
	for k := j + 1; k < len(st.toks) && k <= j+8; k++ {
		switch st.word(k) {
		case "were", "was", "had", "have", "has":
			return k, true
		case "":
			return 0, false
		}
		if triggers.Has(st.word(k)) && !weakTriggers.Of(st.word(k)) {
			return 0, false // "129 people reported missing have not been found": the state is written
		}
	}
	return 0, false
}

// skipSpeaker passes over a speaker inside a relative clause: "304 people
// (who) it says were killed", "whom officials said died".
func (st *sentence) skipSpeaker(j int) int {
	k := j
	if w := st.word(k); w == "who" || w == "whom" || w == "that" {
		k++
	}
	if !speakerWords.Of(st.word(k)) || !sayVerbs.Of(st.word(k+1)) {
		return j
	}
	return k + 2
}

// speakerWords and sayVerbs make the speaker of a relative clause.
var (
	speakerWords = set("it", "they", "he", "she", "we", "officials", "activists", "witnesses", "police")
	sayVerbs     = set("says", "say", "said", "believes", "believe", "believed", "estimates", "estimated", "claims", "claimed")
)

// conjunct reads "and three civilians" after a figure's noun, so that the
// verb after it governs both; it returns the token after the conjunct.
func (st *sentence) conjunct(j int) (int, bool) {
	if w := st.word(j); (w != "and" && w != "or" && st.punct(j) != ",") || !isNumberAt(st, j+1) {
		return 0, false
	}
	if w := st.word(j + 2); w == "" || stopWords.Of(w) || afterAux.Of(w) {
		return 0, false // "and 30 were released" begins a clause of its own
	}
	k := j + 2
	for n := 0; n < maxNounPhrase && k < len(st.toks); n, k = n+1, k+1 {
		w := st.word(k)
		if w == "" || stopWords.Of(w) || afterAux.Of(w) {
			break
		}
		if triggers.Has(w) && !persons.Of(lemma(w)) && !looksPlural(w) {
			break // "and 20 injured": the trigger after the conjunct governs it alone
		}
		if k > j+2 && adjectiveUnits.Of(w) {
			break // "and three civilians dead": the state closes the list
		}
	}
	return k, true
}

// listItem reads ", 11 police officers" at token j, a comma and a counted
// noun phrase, when the list goes on after it with another comma or an
// "and" before a number: a verb after the list governs every item. It
// returns the token after the item. ", 30 were released" opens a clause
// of its own and is no item.
func (st *sentence) listItem(j int) (int, bool) {
	if st.punct(j) != "," {
		if st.punct(j-1) != "," || !isNumberAt(st, j) {
			return 0, false
		}
		j-- // an aside's comma was passed already
	}
	k, ok := st.conjunct(j) // the same shape as "and 11 police officers"
	if !ok || k == j+2 {
		return 0, false // a bare number
	}
	switch {
	case st.punct(k) == "," && isNumberAt(st, k+1):
	case (st.word(k) == "and" || st.word(k) == "or") && isNumberAt(st, k+1):
	default:
		return 0, false
	}
	return k, true
}

// countedAs reads "recognised as political prisoners", "listed as
// missing" at token j: what the figure is counted as says its measure.
func (st *sentence) countedAs(j int) (governed, bool) {
	if !countingAs.Of(st.word(j)) || st.word(j+1) != "as" {
		return governed{}, false
	}
	for k := j + 2; k < len(st.toks) && k <= j+4; k++ {
		w := st.word(k)
		if w == "" {
			break
		}
		if m, ok := st.triggerAt(k, "person"); ok && !weakTriggers.Of(w) {
			return governed{m, k}, true // "listed as missing"
		}
		if m, ok := unitMeasures.Get(lemma(w)); ok && m != tally.OtherMeasure {
			return governed{m, k}, true
		}
	}
	return governed{}, false
}

// countingAs are the verbs of a count that say what it counts after "as".
var countingAs = set("recognised", "recognized", "listed", "classified", "counted", "registered",
	"designated", "considered", "recorded", "documented", "identified", "verified", "confirmed")

// conjunctNoun skips a second noun of people joined to a figure's own
// with no number of its own: "45 police officers and gendarmes had been
// injured", "Eleven protesters and an officer were killed". It returns
// the token after that noun.
func (st *sentence) conjunctNoun(j int) (int, bool) {
	if w := st.word(j); w != "and" && w != "or" {
		return 0, false
	}
	k := j + 1
	if w := st.word(k); w == "a" || w == "an" || w == "the" || w == "their" || w == "one" {
		k++
	}
	for n := 0; n < 3 && k < len(st.toks); n, k = n+1, k+1 {
		w := st.word(k)
		if w == "" || stopWords.Of(w) || afterAux.Of(w) {
			return 0, false
		}
		if triggers.Has(w) && !persons.Of(lemma(w)) {
			return 0, false // "and 20 injured", "and wounded 30"
		}
		if persons.Of(lemma(w)) && !stopWords.Of(st.word(k+1)) && st.word(k+1) != "" && st.toks[k+1].kind == tWord && !afterAux.Of(st.word(k+1)) {
			continue // "riot police officers": the head is further on
		}
		if persons.Of(lemma(w)) || looksPlural(w) {
			return k + 1, true
		}
	}
	return 0, false
}

// skipNounPP skips a short phrase that places the figure's noun before its
// verb: "Three soldiers under his command were each sentenced", "200
// students from the university were detained". It returns j when no
// auxiliary follows the phrase within a few words.
func (st *sentence) skipNounPP(j int) int {
	switch st.word(j) {
	case "under", "from", "near", "across", "inside", "outside", "around", "within",
		"loyal", "allied", "linked", "close", "belonging":
	case "to":
		switch st.word(j - 1) {
		case "loyal", "allied", "linked", "close", "belonging":
		default:
			return j
		}
	default:
		return j
	}
	for k := j + 1; k < len(st.toks) && k <= j+5; k++ {
		switch st.word(k) {
		case "were", "was", "had", "have", "has", "are", "is":
			return k
		case "":
			return j
		}
		if triggers.Has(st.word(k)) {
			return j
		}
	}
	return j
}

// skipComplement skips "of the security forces" after a figure's noun:
// "nine members of the security forces had died".
func (st *sentence) skipComplement(j int) int {
	if st.word(j) != "of" {
		return j
	}
	switch st.word(j + 1) {
	case "others", "them", "those", "these":
		return j + 2 // "scores of others were arrested"
	}
	k := j + 1
	for n := 0; n < 5 && k < len(st.toks); n, k = n+1, k+1 {
		w := st.word(k)
		if partitives.Of(w) {
			continue
		}
		if w == "" || afterAux.Of(w) || stopWords.Of(w) {
			break
		}
		if triggers.Has(w) {
			break
		}
	}
	if k == j+1 {
		return j
	}
	return k
}

// skipAside skips a comma, or an aside after the figure that names a part
// of it: "304 people, including 23 children, were killed".
func (st *sentence) skipAside(j int) int {
	if p := st.punct(j); p == "\u2014" || p == "\u2013" || p == "-" && !st.glued(j-1) {
		// "Scores of people — the opposition says 70 — have died"
		for k := j + 1; k < len(st.toks) && k < j+20; k++ {
			if st.punct(k) == p {
				return k + 1
			}
		}
		return j
	}
	if st.punct(j) != "," || st.punct(j+1) != "" {
		return j
	}
	w := st.word(j + 1)
	if strings.HasSuffix(w, "ed") && st.toks[j+1].kind == tWord {
		// "One young man, arrested in Tehran in September, was hanged"
		for k := j + 2; k < len(st.toks) && k < j+12; k++ {
			if st.punct(k) == "," {
				return k
			}
			if st.punct(k) != "" && st.punct(k) != "'" {
				break
			}
		}
	}
	if k, ok := st.namesAside(j + 1); ok {
		return k // "two men, Mohammad Karami and Seyed Hosseini, had been hanged"
	}
	partOf := isNumberAt(st, j+1) && st.word(j+2) == "of" // ", 400 of whom were minors,"
	if partOf || inclusionBefore.Of(w) || asides.Of(w) {
		for k := j + 1; k < len(st.toks) && k < j+15; k++ {
			if st.punct(k) == "," {
				return k // the closing comma, which may open another aside
			}
		}
		return j
	}
	return j + 1
}

// namesAside reads an aside of names from token j to its closing comma,
// which it returns.
func (st *sentence) namesAside(j int) (int, bool) {
	if j >= len(st.toks) || st.toks[j].kind != tWord || !isCapital(st.s[st.toks[j].start:st.toks[j].end]) {
		return 0, false
	}
	for k := j; k < len(st.toks) && k < j+12; k++ {
		switch {
		case st.punct(k) == ",":
			return k, k > j
		case st.toks[k].kind == tWord && (isCapital(st.s[st.toks[k].start:st.toks[k].end]) || st.word(k) == "and"):
		default:
			return 0, false
		}
	}
	return 0, false
}

// skippable reports an auxiliary or adverb between a figure and its verb.
func (st *sentence) skippable(j int) bool {
	w := st.word(j)
	if strings.HasSuffix(w, "ly") {
		return true
	}
	switch w {
	case "in", "into":
		return confinement.Of(st.word(j+1)) || confinement.Of(st.word(j+2)) || st.word(j-1) == "part"
	case "police":
		return (st.word(j-1) == "into" || st.word(j-1) == "in") && confinement.Of(st.word(j+1)) // "into police custody"
	}
	if (st.word(j-1) == "into" || st.word(j-1) == "in") && confinement.Of(st.word(j+1)) {
		return true // "in pre-trial detention", "in military custody"
	}
	switch w {
	case "to":
		if baseVerbs.Of(st.word(j + 1)) {
			return true // "expect 100,000 people to join", "put 81 men to death"
		}
	}
	if !afterAux.Of(w) {
		return false
	}
	if need, ok := auxAfter.Get(w); ok {
		return need.Of(st.word(j - 1))
	}
	return true
}

// finite reports verb forms that are never participles: "died", "fled".
func finite(w string) bool { return finiteTriggers.Of(w) }

// backward finds the governing word before a figure: "killing 1,500",
// "a crowd of 5,000", "the death toll rose to 304". A weak trigger ("the
// rally drew 250,000") counts only when no other word governs.
func (st *sentence) backward(j int, unit string) governed {
	if g, ok := st.changeSubject(j); ok {
		return g
	}
	q0 := j + 1 // the figure's first token
	weak := governed{"", -1}
	linked := false
	for n := 0; n < backWindow && j >= 0; n, j = n+1, j-1 {
		t := st.toks[j]
		if t.kind != tWord {
			if p := st.punct(j); p == "\"" || p == "\u201c" || p == "\u201d" {
				continue // the army had "neutralised" 24 fighters
			}
			break
		}
		if m, ok := st.numberOf(j); ok {
			return governed{m, j} // "the number of detainees has risen to 15,000"
		}
		if m, ok := st.triggerAt(j, unit); ok {
			if m == tally.Participants && !weakTriggers.Of(t.lower) && strings.HasSuffix(t.lower, "ed") && st.objectBetween(j, q0) {
				continue // "gathered the names of thousands of victims": the names were gathered
			}
			if !weakTriggers.Of(t.lower) {
				return governed{m, j}
			}
			if st.word(j+1) == "of" && j+2 == q0 {
				return governed{m, j} // "the rally of 2,000 supporters": nothing governs it more closely
			}
			if weak.tok < 0 && (linked || st.word(j+1) == "of") {
				weak = governed{m, j}
			}
		}
		if participationLinks.Of(t.lower) {
			linked = true
			continue
		}
		if t.lower == "against" && j > 0 && legalNouns.Of(st.word(j-1)) {
			continue // "death sentences against five protesters", "charges against 300"
		}
		if (t.lower == "and" || t.lower == "or") && j == q0-1 {
			if g, ok := st.sharedVerb(j, unit); ok {
				return g // "killing his wife and two children"
			}
		}
		if windowStops.Of(t.lower) {
			break
		}
	}
	return weak
}

// sharedVerb reads a verb whose object is coordinated with the figure
// after the "and" at token j: "killing his wife and two children",
// "arrested the editor and 12 reporters". The object before "and" is one
// noun after a determiner or a possessive.
func (st *sentence) sharedVerb(j int, unit string) (governed, bool) {
	k := j - 1
	if k < 0 || st.toks[k].kind != tWord {
		return governed{}, false
	}
	if triggers.Has(st.word(k)) {
		return governed{}, false // "killed and 20 injured": the verb is no object
	}
	k--
	switch st.word(k) {
	case "his", "her", "their", "its", "the", "a", "an":
		k-- // the object's determiner: without one, "were arrested overnight and 249" has no object
	default:
		return governed{}, false
	}
	if k < 0 || st.toks[k].kind != tWord {
		return governed{}, false
	}
	if m, ok := st.triggerAt(k, unit); ok && !weakTriggers.Of(st.word(k)) {
		return governed{m, k}, true
	}
	return governed{}, false
}

// objectBetween reports a noun of its own between a verb at j and the
// figure starting at token q0: "gathered the names of thousands".
func (st *sentence) objectBetween(j, q0 int) bool {
	for k := j + 1; k < q0; k++ {
		w := st.word(k)
		if w == "" || participationLinks.Of(w) || qualifierWords.Of(w) || w == "the" || w == "a" || w == "an" {
			continue
		}
		if triggers.Has(w) {
			continue // "a crowd of", "the turnout at"
		}
		return true
	}
	return false
}

// legalNouns are brought against people: "sentences against", "charges
// against".
var legalNouns = set("sentences", "sentence", "charges", "cases", "indictments", "verdicts", "warrants")

// numberOf reads "the number of detainees", "the toll of dead", "the
// number of people killed": an anaphor whose noun, or the participle after
// a person noun, says what is counted.
func (st *sentence) numberOf(j int) (tally.Measure, bool) {
	if !anaphors.Of(st.word(j)) || st.word(j+1) != "of" {
		return "", false
	}
	k := j + 2
	if st.word(k) == "the" || st.word(k) == "those" {
		k++
	}
	w := st.word(k)
	if persons.Of(lemma(w)) { // "the number of protesters arrested"
		if m, ok := st.triggerAt(k+1, w); ok && !weakTriggers.Of(st.word(k+1)) {
			return m, true
		}
	}
	if m, ok := unitMeasures.Get(lemma(w)); ok {
		return m, true
	}
	if m, ok := st.triggerAt(k, ""); ok && !weakTriggers.Of(w) {
		return m, true
	}
	return "", false
}

// changeSubjectWindow bounds the words between a change verb and the start
// of its subject: "the number of people killed by security forces during
// last week's protests has risen to 143".
const changeSubjectWindow = 30

// sizeVerbs give the size of their subject: "the crowd numbered 5,000".
var sizeVerbs = set("numbered", "numbers", "numbering", "totalled", "totaled", "totals")

// gatheringCue reports a word of a gathering in the sentence: a rally, a
// march, a protest.
func (st *sentence) gatheringCue() bool {
	for _, t := range st.toks {
		if t.kind == tWord && (gatherings.Of(t.lower) || t.lower == "crowd" || t.lower == "crowds") {
			return true
		}
	}
	return false
}

// forcesUnits count armed forces, not a crowd.
var forcesUnits = set("soldier", "troop", "officer", "police", "policeman", "guard", "militant",
	"gunman", "fighter", "rebel", "insurgent", "militiaman", "agent", "personnel", "force", "member")

// gatherings are the events a crowd is counted at.
var gatherings = set("march", "rally", "protest", "demonstration", "vigil", "funeral", "sit-in", "gathering", "marches", "rallies", "protests", "demonstrations")

// personOnlyTrigger reports a trigger that governs only people and has
// other senses besides ("held", "seized"): a state written on the noun
// itself says more ("held 600,000 displaced people").
func personOnlyTrigger(w string) bool {
	tr, ok := triggers.Get(w)
	return ok && tr.personOnly
}

// damageVerb reports a verb of damage done to things.
func damageVerb(w string) bool {
	switch w {
	case "damaged", "destroyed", "torched", "looted", "vandalised", "vandalized", "ransacked",
		"razed", "burned", "burnt", "ablaze", "set":
		return true
	}
	return false
}

// levelVerbs say a count has reached a number: "the toll passed 220".
var levelVerbs = set("reached", "reaches", "hit", "hits", "passed", "passes", "topped", "tops",
	"exceeded", "exceeds", "surpassed", "crossed")

// nominal reports a trigger that is a noun of what is counted: "deaths",
// "arrests", "executions", not a verb.
func nominal(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || w == "toll" || w == "death"
}

// sizeNouns are the subjects whose size sizeVerbs give.
var sizeNouns = set("crowd", "crowds", "toll", "turnout", "march", "rally", "demonstration", "protest",
	"gathering", "procession")

// clauseStops end the subject of a change verb: the words that join one
// clause to another or introduce speech. Prepositions ("since", "during")
// and relative clauses ("the toll from protests that began on 1 October
// has risen to 104") stay inside the subject.
var clauseStops = set("and", "or", "but", "while", "whereas", "although", "though", "because",
	"said", "says", "say", "told", "tells", "according", "if", "when")

// changeSubject reads the subject of a change verb that ends on the figure
// ("…has risen to 143", "…climbed to 208"): the first anaphor with its noun
// in the clause before the verb says what the figure counts, however long
// the subject. j is the token just before the figure.
func (st *sentence) changeSubject(j int) (governed, bool) {
	v := j
	for v > 0 && qualifierWords.Of(st.word(v)) && st.word(v) != "to" {
		v-- // "numbered about 5,000"
	}
	if sizeVerbs.Of(st.word(v)) {
		// "The crowd, protesting against the pass laws, numbered about
		// 5,000": the subject's noun says what is counted, asides and all.
		for k := v - 1; k >= 0 && k >= v-changeSubjectWindow; k-- {
			if w := st.word(k); clauseStops.Of(w) && w != "and" && w != "or" {
				break // "and" may join two verbs of an aside: "could live and work"
			}
			if m, ok := st.triggerAt(k, ""); ok && sizeNouns.Of(st.word(k)) {
				return governed{m, k}, true
			}
		}
		// No crowd or toll: the subject's people ("protesters, numbering
		// about 5,000") say what is counted.
		for k := v - 1; k >= 0 && k >= v-changeSubjectWindow; k-- {
			if w := st.word(k); clauseStops.Of(w) && w != "and" && w != "or" {
				break
			}
			if w := lemma(st.word(k)); persons.Of(w) && looksPlural(st.word(k)) {
				if m, ok := unitMeasures.Get(w); ok {
					return governed{m, k}, true
				}
				return governed{tally.OtherMeasure, k}, true // "troops, numbering about 2,000"
			}
		}
		return governed{}, false
	}
	if st.word(j) == "at" || st.word(j) == "to" && !changeVerbs.Of(st.word(j-1)) {
		if g, ok := st.valuedObject(j); ok {
			return g, true // "put the toll at 40", "raised its count of protesters killed to 319"
		}
	}
	if levelVerbs.Of(st.word(v)) {
		// "Viasna's list of political prisoners reached 1,000", "protest
		// deaths passed 220": the subject says what is counted.
		for k := v - 1; k >= 0 && k >= v-changeSubjectWindow; k-- {
			w := st.word(k)
			if st.clauseBreak(k) {
				break
			}
			if m, ok := st.numberOf(k); ok {
				return governed{m, k}, true
			}
			if m, ok := st.triggerAt(k, ""); ok && !weakTriggers.Of(w) && (anaphors.Of(w) || nominal(w)) {
				return governed{m, k}, true
			}
			if m, ok := unitMeasures.Get(lemma(w)); ok && m != tally.OtherMeasure && looksPlural(w) {
				return governed{m, k}, true
			}
		}
		return governed{}, false
	}
	if st.word(j) != "to" || !changeVerbs.Of(st.word(j-1)) {
		return governed{}, false
	}
	// The subject runs back to a clause break. An "and" may join two
	// nouns inside it ("the toll from the protests and the crackdown
	// that ended them rose to 88") or two clauses ("police fired and the
	// toll rose"): the words after it are read first, then those before.
	end := j - 1
	for range 3 {
		start := end
		for n := 0; n < changeSubjectWindow && start > 0; n++ {
			if st.clauseBreak(start - 1) {
				break
			}
			start--
		}
		for k := start; k < end; k++ {
			if m, ok := st.numberOf(k); ok {
				return governed{m, k}, true
			}
			if m, ok := st.triggerAt(k, ""); ok && anaphors.Of(st.word(k)) && !weakTriggers.Of(st.word(k)) {
				return governed{m, k}, true // "the death toll from the protests that began … has risen to 104"
			}
		}
		if start < 1 || st.word(start-1) != "and" {
			break
		}
		end = start - 1
	}
	return governed{}, false
}

// caseNouns count instances of what follows their "of".
var caseNouns = set("case", "incident", "instance", "allegation", "report")

// violenceNouns are what cases of harm are of: "37 cases of torture".
var violenceNouns = set("torture", "violence", "abuse", "rape", "ill-treatment", "mistreatment", "assault")

// valuedObject reads the object of "put … at" or "estimated … at" whose
// "at" stands at token j: "It put the number of people killed since the
// coup at 423", "put the toll from Friday's clashes at 40".
func (st *sentence) valuedObject(j int) (governed, bool) {
	verb := -1
	for k := j - 1; k >= 0 && k >= j-changeSubjectWindow; k-- {
		w := st.word(k)
		if valuingVerbs.Of(w) && st.word(j) == "at" || revisingVerbs.Of(w) && st.word(j) == "to" {
			verb = k
			break
		}
		if st.punct(k) == "," && (k > 0 && st.toks[k-1].kind == tNum || k+1 < len(st.toks) && st.toks[k+1].kind == tNum) {
			continue // "between May 18 and May 27, 1980, at 165": a date's commas
		}
		if st.clauseBreak(k) {
			break
		}
	}
	if verb < 0 {
		return governed{}, false
	}
	for k := verb + 1; k < j; k++ {
		if m, ok := st.numberOf(k); ok {
			return governed{m, k}, true
		}
		if m, ok := st.triggerAt(k, ""); ok && !weakTriggers.Of(st.word(k)) && (anaphors.Of(st.word(k)) || nominal(st.word(k)) || sizeNouns.Of(st.word(k)) || st.word(k) == "attendance") {
			return governed{m, k}, true // "put the attendance at 37,000"
		}
	}
	return governed{}, false
}

// revisingVerbs give their object a new value after "to".
var revisingVerbs = set("raised", "raises", "raising", "revised", "revises", "revising", "lowered",
	"lowers", "increased", "increases", "updated", "brought", "brings", "bringing", "took", "takes", "taking")

// valuingVerbs give their object a value after "at".
var valuingVerbs = set("put", "puts", "putting", "estimated", "estimates", "estimate", "placed", "places", "placing")

// clauseBreak reports a mark or a word at token k that ends the subject
// or the object of a verb read back from a figure, unless it is an "and"
// that joins two names.
func (st *sentence) clauseBreak(k int) bool {
	return st.toks[k].kind == tPunct || clauseStops.Of(st.word(k)) && !st.namesJoined(k)
}

// namesJoined reports an "and" or "or" at token k between two capitalised
// words: "on Wednesday and Thursday", "Tehran and Shiraz", which joins
// names, not clauses.
func (st *sentence) namesJoined(k int) bool {
	if w := st.word(k); w != "and" && w != "or" || k == 0 || k+1 >= len(st.toks) {
		return false
	}
	a, b := st.toks[k-1], st.toks[k+1]
	named := func(t token) bool { return t.kind == tWord && isCapital(st.s[t.start:t.end]) || t.kind == tNum }
	return named(a) && named(b) // "on Wednesday and Thursday", "between May 18 and May 27"
}

// triggerAt reports the measure that the word at token j governs, for a
// figure whose unit is unit.
func (st *sentence) triggerAt(j int, unit string) (tally.Measure, bool) {
	w := st.word(j)
	tr, ok := triggers.Get(w)
	if !ok {
		return "", false
	}
	if tr.personOnly && !persons.Of(unit) {
		return "", false
	}
	if w == "prison" || w == "jail" {
		if n := st.word(j + 1); n == "sentences" || n == "sentence" || n == "terms" || n == "term" {
			return tally.Sentenced, true // "217 given prison sentences"
		}
	}
	if ok, known := st.triggerContext(j, w); known {
		if !ok && (w == "forced" || w == "driven" || w == "drove" || w == "treated" || w == "treating") {
			ok = st.objectThen(j, w) // "forced 400,000 people from their homes", "treated 48 people"
		}
		return tr.m, ok
	}
	switch w {
	case "executed", "executing", "execution", "executions":
		switch st.word(j - 1) {
		case "summarily", "extrajudicially", "extrajudicial", "summary":
			return tally.Killed, true // soldiers' killings, not a state's judicial executions
		}
	case "jailed", "jailing", "imprisoned", "imprisoning":
		if st.termAfter(j) {
			return tally.Sentenced, true // "jailed four journalists for 12 years"
		}
	case "lost", "losing":
		// "lost four soldiers" counts the dead; "lost their lives" is read
		// from "lives", and "200 lost an eye" is no death.
		_, ok := st.numberObject(j)
		return tr.m, ok
	case "expect", "expects", "expecting", "expected":
		// "organisers expect 50,000 people by midday" at a rally
		return tally.Participants, persons.Of(unit) && !forcesUnits.Of(unit) && st.gatheringCue()
	case "surrounded", "occupied", "besieged":
		// protesters who surround a building are a crowd; soldiers who
		// surround a hospital are not
		return tr.m, !forcesUnits.Of(unit)
	case "set":
		// "731 banks had been set on fire", "set ablaze"
		return tally.OtherMeasure, st.word(j+1) == "on" && st.word(j+2) == "fire" || st.word(j+1) == "ablaze" || st.word(j+1) == "alight"
	case "burned", "burnt":
		if persons.Of(unit) {
			if st.word(j+1) == "to" && st.word(j+2) == "death" {
				return tally.Killed, true // "burned to death"
			}
			return tally.Injured, true // "12 people were burned"
		}
	case "beaten", "tortured":
		if st.word(j+1) == "to" && st.word(j+2) == "death" {
			return tally.Killed, true // "beaten to death"
		}
	case "death", "deaths":
		return st.deathOf(j), true
	case "sentences":
		return tr.m, st.word(j-1) == "death" || st.word(j-1) == "prison"
	}
	return tr.m, true
}

// triggerContext checks the phrase around a trigger of phraseTriggers:
// "took part", "walked out", "lost their lives", "behind bars". known is
// false for triggers that need no phrase.
func (st *sentence) triggerContext(j int, w string) (ok, known bool) {
	p, known := phraseTriggers.Get(w)
	if !known {
		return false, false
	}
	if p.after != nil {
		return p.after.Of(st.word(j + 1)), true
	}
	return p.before.Of(st.word(j-1)) || p.before.Of(st.word(j-2)), true
}

// objectThen reads a trigger whose object comes between it and the words
// that make it one: "has forced more than 400,000 people from their
// homes", "treated 48 people for injuries", "treated 228 on the spot".
func (st *sentence) objectThen(j int, w string) bool {
	k, ok := st.numberObject(j)
	if !ok {
		return false
	}
	if w == "treated" || w == "treating" {
		return true
	}
	for m := k + 1; m < len(st.toks) && m <= k+5; m++ {
		switch st.word(m) {
		case "from", "out", "flee":
			return true
		}
	}
	return false
}

// numberObject returns the token of a number that the verb at token j
// takes as its object, past a hedge of a few words: "lost four soldiers",
// "forced more than 400,000 people".
func (st *sentence) numberObject(j int) (int, bool) {
	k := j + 1
	for k < len(st.toks) && k <= j+3 && qualifierWords.Of(st.word(k)) {
		k++
	}
	return k, isNumberAt(st, k)
}

// receiveVerbs take a sentence as their object: "received life sentences".
var receiveVerbs = set("received", "receive", "receiving", "given", "got", "handed")

// qualifierWords may stand between a verb and its figure: "treated more
// than 40", "forced some 2,000".
var qualifierWords = set("more", "than", "at", "least", "about", "some", "nearly", "almost", "over",
	"around", "roughly", "up", "to", "an", "estimated", "another", "a", "further")

// termAfter reports a prison term after a jailing verb: "jailed five
// others for between five and 10 years", "imprisoned for life", "jailed …
// for terms of up to 14 years". Those jailed so are sentenced, not held.
func (st *sentence) termAfter(j int) bool {
	for k := j + 1; k < len(st.toks) && k <= j+8; k++ {
		if w := st.word(k); w == "sentences" || w == "terms" {
			return true // "jailed 460 people, with sentences ranging from four weeks"
		}
		if st.word(k) != "for" {
			continue
		}
		switch st.word(k + 1) {
		case "life", "terms", "term", "between", "up", "periods", "sentences":
			return true
		}
		return isNumberAt(st, k+1) || isNumberAt(st, k+2) && st.word(k+1) != "the"
	}
	return false
}

// careAt reads being taken to hospital or needing treatment after a
// figure, which counts the injured: "84 people were taken to Colombo
// National Hospital", "113 officers needed medical treatment". It returns
// the token of the word that says so.
func (st *sentence) careAt(j int) (int, bool) {
	switch st.word(j) {
	case "taken", "rushed", "admitted", "brought", "transferred", "sent", "evacuated":
		for k := j + 1; k < len(st.toks) && k <= j+5; k++ {
			switch st.word(k) {
			case "hospital", "hospitals", "clinic", "clinics":
				return k, true
			case "":
				return 0, false
			}
		}
	case "needed", "required", "received", "receiving", "needing", "requiring", "sought":
		for k := j + 1; k <= j+2; k++ {
			switch st.word(k) {
			case "treatment", "surgery", "care", "help", "attention":
				if st.word(k) == "treatment" || st.word(k) == "surgery" || st.word(k-1) == "medical" {
					return k, true
				}
			}
		}
	case "to":
		switch st.word(j + 1) {
		case "hospital", "hospitals": // "took 11 to hospital"
			return j + 1, true
		}
	case "with":
		for k := j + 1; k <= j+3; k++ {
			switch st.word(k) {
			case "wounds", "injuries", "wound", "injury", "burns", "fractures":
				return k, true // "31 with gunshot wounds"
			}
		}
	}
	return 0, false
}

// asylumAt reads seeking asylum after a figure: "23,000 Nicaraguans had
// sought asylum", which counts the displaced.
func (st *sentence) asylumAt(j int) (int, bool) {
	switch st.word(j) {
	case "sought", "seeking", "seek", "claimed", "applied", "requested":
		for k := j + 1; k <= j+2; k++ {
			if st.word(k) == "asylum" {
				return k, true
			}
		}
	}
	return 0, false
}

// deathOf reads "death" by the verb before "to death": sentenced to death,
// put to death (executed), beaten to death (killed).
func (st *sentence) deathOf(j int) tally.Measure {
	switch next := st.word(j + 1); next {
	case "sentence", "sentences", "penalty", "row":
		return tally.Sentenced
	}
	if st.word(j-1) != "to" {
		return tally.Killed
	}
	for k := j - 2; k >= 0 && k >= j-8; k-- {
		switch st.word(k) {
		case "sentenced", "condemned", "sentencing", "sentence", "sentences", "condemns":
			return tally.Sentenced
		case "put", "putting", "puts", "executed":
			return tally.Executed
		}
	}
	return tally.Killed
}
