package extract

import (
	"strings"

	"tally"
	"tally/internal/extract/figure"
)

// perpetrators are the forces that reports name as doing the violence,
// lower case, longest first so that "riot police" wins over "police".
var perpetrators = []string{
	"revolutionary guards", "security forces", "riot police", "plainclothes agents",
	"plainclothes officers", "government forces", "armed forces", "the army", "the regime",
	"authorities", "police", "soldiers", "troops", "militia", "militiamen", "gunmen",
	"militants", "snipers", "irgc", "basij", "insurgents", "rebels", "protesters", "rioters",
}

// violentVerbs follow a perpetrator ("police shot", "gunmen attacked")
// or precede "by" with it after ("were killed by security forces").
var violentVerbs = []string{"killed", "shot", "opened fire", "fired", "arrested", "detained",
	"beat", "attacked", "executed", "hanged", "tortured", "stormed", "raided", "wounded", "injured"}

// targets are the heads of figure units that name who suffered.
var targets = map[string]bool{
	"protester": true, "demonstrator": true, "prisoner": true, "student": true, "child": true,
	"civilian": true, "worker": true, "journalist": true, "activist": true, "woman": true,
	"man": true, "teenager": true, "minor": true, "detainee": true, "mourner": true,
	"bystander": true, "resident": true, "villager": true, "refugee": true, "migrant": true,
	"lawyer": true, "teacher": true, "doctor": true, "nurse": true, "farmer": true,
	"officer": true, "policeman": true, "soldier": true, "member": true,
}

// actors reads who did what to whom with two simple patterns: a known
// force right before a violent verb ("security forces shot…") or after
// "by" following one ("…were killed by security forces"), and the figure's
// unit as the target when it names people of a kind (protesters,
// prisoners). It returns nil when it finds neither.
func actors(text string, sent [2]int, m figure.Match) *tally.Actors {
	s := strings.ToLower(text[sent[0]:sent[1]])
	var a tally.Actors
	for _, p := range perpetrators {
		if agentOf(s, p) {
			a.Perpetrator = strings.TrimPrefix(p, "the ")
			break
		}
	}
	if targets[m.Figure.Unit] && m.UnitStart >= 0 && m.UnitEnd <= len(text) && m.UnitStart < m.UnitEnd {
		a.Target = text[m.UnitStart:m.UnitEnd]
	}
	if a == (tally.Actors{}) {
		return nil
	}
	return &a
}

// agentOf reports whether force p acts in sentence s (lower case).
func agentOf(s, p string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], p)
		if k < 0 {
			return false
		}
		at, end := i+k, i+k+len(p)
		if wordBoundary(s, at, end) {
			rest := strings.TrimLeft(s[end:], " ")
			before := strings.TrimRight(s[:at], " ")
			for _, v := range violentVerbs {
				if strings.HasPrefix(rest, v) || strings.HasSuffix(before, "by") && precededBy(before, v) {
					return true
				}
			}
		}
		i = end
	}
}

// precededBy reports "… <verb> by" at the end of s.
func precededBy(s, verb string) bool {
	return strings.HasSuffix(strings.TrimRight(strings.TrimSuffix(s, "by"), " "), verb)
}

func wordBoundary(s string, at, end int) bool {
	return (at == 0 || !isWordChar(s[at-1])) && (end == len(s) || !isWordChar(s[end]))
}
