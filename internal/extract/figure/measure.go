package figure

import (
	"strings"

	"tally"
)

// backWindow bounds how far before a figure its governing word may stand:
// "the death toll from the protests rose to 304".
const backWindow = 7

// forwardWindow bounds the words between a figure and the verb after it:
// "304 people are believed to have been killed".
const forwardWindow = 7

// windowStops end the search for a governing word before a figure: they
// begin another clause or govern the figure themselves ("sparked protests
// involving 10,000 people").
var windowStops = set("and", "or", "but", "while", "as", "after", "before", "when",
	"which", "who", "whom", "that", "said", "says", "say", "told", "tells", "according",
	"sparked", "triggered", "prompted", "involving", "involved", "drawing", "drew", "saw",
	"brought", "led", "leading", "against", "despite", "following", "amid", "since",
	"because", "than", "including", "where", "whereas", "if", "although", "though",
	"with", "among", "released", "freed", "pardoned", "warned", "threatened")

// auxAfter says which words may come before some of the afterAux words:
// "to" only in "believed to", "took to"; "the" only in "to the streets".
var auxAfter = map[string]map[string]bool{
	"to": set("believed", "said", "thought", "feared", "known", "took", "forced", "likely",
		"expected", "appeared", "seemed", "reported", "confirmed", "presumed"),
	"the":   set("to"),
	"part":  set("took"),
	"in":    set("part"),
	"their": set("lost"),
	"his":   set("lost"),
	"her":   set("lost"),
	"and":   set("shot", "beaten", "tortured", "stabbed", "wounded"),
	"into":  set("poured", "taken"),
	"out":   set("walked"),
	"on":    set("went", "are", "were", "remain", "remained"),
	"onto":  set("poured"),
}

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
	if placeUnits[unit] {
		if !st.hasUnrestCue() {
			return governed{"", -1} // "Iran has 31 provinces" counts no episode
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
	fwd, strong := st.forward(end+1, unit)
	if fwd.tok >= 0 && strong {
		return fwd
	}
	if back := st.backward(q.first-1, unit); back.tok >= 0 {
		return back
	}
	if fwd.tok >= 0 {
		return fwd
	}
	for j := q.last + 1; j < head; j++ { // "300 detained protesters", "12,000 striking workers"
		if m, ok := st.triggerAt(j, unit); ok {
			return governed{m, j}
		}
	}
	if m, ok := unitMeasures[unit]; ok {
		return governed{m, head}
	}
	return governed{"", -1}
}

// forward finds the verb after a figure: "were killed", "died", "lost
// their lives". strong is true when a verb form that cannot be an
// adjective or a reduced relative ("304 people killed") governs it.
func (st *sentence) forward(j int, unit string) (governed, bool) {
	j = st.skipAside(j)
	passed := false
	for n := 0; n < forwardWindow && j < len(st.toks); n, j = n+1, j+1 {
		w := st.word(j)
		if w == "" {
			break
		}
		if m, ok := st.triggerAt(j, unit); ok {
			return governed{m, j}, passed || finite(w)
		}
		if !st.skippable(j) {
			break
		}
		passed = true
	}
	return governed{"", -1}, false
}

// skipAside skips a comma, or an aside after the figure that names a part
// of it: "304 people, including 23 children, were killed".
func (st *sentence) skipAside(j int) int {
	if st.punct(j) != "," {
		return j
	}
	w := st.word(j + 1)
	if inclusionBefore[w] || w == "most" || w == "many" || w == "some" || w == "mostly" {
		for k := j + 1; k < len(st.toks) && k < j+15; k++ {
			if st.punct(k) == "," {
				return k + 1
			}
		}
		return j
	}
	return j + 1
}

// skippable reports an auxiliary or adverb between a figure and its verb.
func (st *sentence) skippable(j int) bool {
	w := st.word(j)
	if strings.HasSuffix(w, "ly") {
		return true
	}
	if !afterAux[w] {
		return false
	}
	if need, ok := auxAfter[w]; ok {
		return need[st.word(j-1)]
	}
	return true
}

// finite reports verb forms that are never participles: "died", "fled".
func finite(w string) bool {
	switch w {
	case "died", "die", "dies", "fled", "perished", "gathered", "marched", "rallied",
		"demonstrated", "protested", "attended", "participated", "chanted", "assembled",
		"massed", "joined", "streets", "lives", "life", "remain", "toll":
		return true
	}
	return false
}

// backward finds the governing word before a figure: "killing 1,500",
// "a crowd of 5,000", "the death toll rose to 304".
func (st *sentence) backward(j int, unit string) governed {
	for n := 0; n < backWindow && j >= 0; n, j = n+1, j-1 {
		t := st.toks[j]
		if t.kind != tWord {
			break
		}
		if m, ok := st.triggerAt(j, unit); ok {
			return governed{m, j}
		}
		if windowStops[t.lower] {
			break
		}
	}
	return governed{"", -1}
}

// triggerAt reports the measure that the word at token j governs, for a
// figure whose unit is unit.
func (st *sentence) triggerAt(j int, unit string) (tally.Measure, bool) {
	w := st.word(j)
	tr, ok := triggers[w]
	if !ok {
		return "", false
	}
	if tr.personOnly && !persons[unit] {
		return "", false
	}
	switch w {
	case "streets":
		return tr.m, st.word(j-2) == "to" || st.word(j-1) == "to"
	case "lives", "life":
		return tr.m, st.word(j-2) == "lost"
	case "walked":
		return tr.m, st.word(j+1) == "out"
	case "strikes", "strike":
		return tr.m, st.word(j-1) == "on"
	case "death", "deaths":
		if next := st.word(j + 1); next == "sentence" || next == "sentences" || next == "penalty" || next == "row" {
			return tally.Sentenced, true
		}
		if st.word(j-1) == "to" && st.word(j-2) == "sentenced" {
			return tally.Sentenced, true
		}
	case "sentences":
		return tr.m, st.word(j-1) == "death" || st.word(j-1) == "prison"
	}
	return tr.m, true
}
