package extract

import (
	"strings"

	"tally"
	"tally/internal/extract/figure"
	"tally/internal/extract/wordset"
)

// perpetrators are the forces that reports name as doing the violence,
// as lower-case word sequences, longest first so that "riot police" wins
// over "police".
var perpetrators = [][]string{
	{"revolutionary", "guards"}, {"security", "forces"}, {"riot", "police"}, {"plainclothes", "agents"},
	{"plainclothes", "officers"}, {"government", "forces"}, {"armed", "forces"}, {"army"}, {"regime"},
	{"authorities"}, {"police"}, {"soldiers"}, {"troops"}, {"militia"}, {"militiamen"}, {"gunmen"},
	{"militants"}, {"snipers"}, {"irgc"}, {"basij"}, {"insurgents"}, {"rebels"}, {"protesters"}, {"rioters"},
}

// violentVerbs follow a perpetrator ("police shot", "gunmen attacked")
// or precede "by" with it after ("were killed by security forces").
var violentVerbs = map[string]bool{
	"killed": true, "shot": true, "opened": true, "fired": true, "arrested": true, "detained": true,
	"beat": true, "attacked": true, "executed": true, "hanged": true, "tortured": true,
	"stormed": true, "raided": true, "wounded": true, "injured": true,
}

// targets are the heads of figure units that name who suffered.
var targets = wordset.New(map[string]bool{
	"protester": true, "demonstrator": true, "prisoner": true, "student": true, "child": true,
	"civilian": true, "worker": true, "journalist": true, "activist": true, "woman": true,
	"man": true, "teenager": true, "minor": true, "detainee": true, "mourner": true,
	"bystander": true, "resident": true, "villager": true, "refugee": true, "migrant": true,
	"lawyer": true, "teacher": true, "doctor": true, "nurse": true, "farmer": true,
	"officer": true, "policeman": true, "soldier": true, "member": true,
})

// actors reads who did what to whom with two simple patterns over the
// sentence's lower-case words: a known force right before a violent verb
// ("security forces shot…") or right after "<verb> by" ("…were killed by
// security forces"); and the figure's unit as the target when it names
// people of a kind (protesters, prisoners). It returns nil when it finds
// neither.
func actors(text string, words []word, m figure.Match) *tally.Actors {
	var a tally.Actors
	for i, w := range words {
		if w.flags&violent == 0 { // lowerWords flags violentVerbs
			continue
		}
		if p, ok := forceEndingAt(words, i); ok {
			a.Perpetrator = p
			break
		}
		if i+1 < len(words) && words[i+1].w == "by" {
			if p, ok := forceStartingAt(words, i+2); ok {
				a.Perpetrator = p
				break
			}
		}
	}
	if targets.Of(m.Figure.Unit) && m.UnitStart >= 0 && m.UnitEnd <= len(text) && m.UnitStart < m.UnitEnd {
		a.Target = text[m.UnitStart:m.UnitEnd]
	}
	if a == (tally.Actors{}) {
		return nil
	}
	// A copy escapes, not a itself: most figures name no actors, and
	// their a stays on the stack.
	out := a
	return &out
}

// forceEndingAt finds a perpetrator whose words end right before word i.
func forceEndingAt(words []word, i int) (string, bool) {
	for _, p := range perpetrators {
		if i-len(p) >= 0 && followedBy(words, i-len(p), p) {
			return strings.Join(p, " "), true
		}
	}
	return "", false
}

// forceStartingAt finds a perpetrator starting at word i, after an
// optional "the".
func forceStartingAt(words []word, i int) (string, bool) {
	if i < len(words) && words[i].w == "the" {
		i++
	}
	for _, p := range perpetrators {
		if followedBy(words, i, p) {
			return strings.Join(p, " "), true
		}
	}
	return "", false
}
