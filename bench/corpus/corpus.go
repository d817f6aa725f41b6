// Package corpus generates news-like reports for tally's benchmarks: mostly
// sentences with no figure, and a few with casualty, arrest and crowd
// figures, from templates written for tally. The same seed gives the same
// reports.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var (
	cities     = []string{"Tehran", "Shiraz", "Mashhad", "Isfahan", "Tabriz", "Ahvaz", "Karaj", "Kermanshah", "Zahedan", "Rasht", "Khartoum", "Minsk", "Santiago", "Lagos", "Yangon", "Colombo", "Bogota"}
	claimants  = []string{"Amnesty International", "Iran Human Rights", "HRANA", "the interior ministry", "state media", "Reuters", "local officials", "a provincial governor", "the UN human rights office", "witnesses"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	hedges     = []string{"at least", "more than", "about", "nearly", "up to", "", "some", "fewer than"}
	figureTmpl = []string{
		"%s %d people were killed in %s on %d %s %d, %s said.",
		"According to %s, security forces detained %s %d protesters in %s.",
		"%s said %s %d people had been injured in clashes in %s.",
		"Protests spread to %s %d cities, %s reported.",
		"A crowd of %s %d gathered outside the governor's office in %s.",
	}
	filler = []string{
		"Shops in the old bazaar stayed shut for most of the afternoon as traders waited to see whether the unrest would return.",
		"The authorities restricted mobile internet across the region, making it difficult to verify accounts from inside the city.",
		"Videos shared online showed people gathering near the main square, chanting slogans against the rise in prices.",
		"Residents described a heavy presence of riot police along the main avenues and at several intersections.",
		"A spokesperson for the provincial government urged calm and blamed the disorder on agitators from outside.",
		"Relatives of those detained gathered outside the courthouse, asking for news of their family members.",
		"Schools were closed for the week and public transport ran on a reduced timetable.",
		"Several journalists said they had been warned not to report on the gatherings.",
		"The opposition called for further demonstrations at the weekend, while officials promised an inquiry.",
		"Independent observers said the true scale of the events might not be known for months.",
	}
)

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

// Report writes one report: a title, then paragraphs until size is reached,
// one sentence in six with a figure.
func Report(r *rand.Rand, i, size int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d: unrest in %s\n\n", i, pick(r, cities))
	for b.Len() < size {
		for s := 0; s < 4; s++ {
			if r.IntN(6) == 0 {
				b.WriteString(figureSentence(r))
			} else {
				b.WriteString(pick(r, filler))
			}
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func figureSentence(r *rand.Rand) string {
	h, c, who, n := pick(r, hedges), pick(r, cities), pick(r, claimants), 5+r.IntN(3000)
	switch r.IntN(len(figureTmpl)) {
	case 0:
		return strings.TrimSpace(fmt.Sprintf(figureTmpl[0], capital(h), n, c, 1+r.IntN(28), pick(r, months), 2015+r.IntN(9), who))
	case 1:
		return fmt.Sprintf(figureTmpl[1], who, h, n, c)
	case 2:
		return fmt.Sprintf(figureTmpl[2], capital(who), h, n, c)
	case 3:
		return fmt.Sprintf(figureTmpl[3], h, 2+r.IntN(150), who)
	default:
		return fmt.Sprintf(figureTmpl[4], h, 100*n, c)
	}
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
