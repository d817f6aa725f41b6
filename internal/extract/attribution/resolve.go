package attribution

import "strings"

// mentionKind is the kind of name an anaphor needs.
type mentionKind int

const (
	anyOrg   mentionKind = iota + 1 // "it"
	group                           // "the group", "the organisation"
	agency                          // "the agency"
	ministry                        // "the ministry"
	person                          // "he", "she"
)

var (
	orgWords = set("group", "rights", "watch", "international", "organisation", "organization", "committee",
		"council", "network", "center", "centre", "association", "union", "coalition", "front", "society",
		"foundation", "institute", "commission", "office", "amnesty", "hengaw", "hrana", "nations",
		"federation", "movement", "party", "campaign", "project", "initiative", "observatory", "monitor",
		"assembly", "unicef", "ngo", "un", "u.n.", "who", "icrc", "crescent", "cross")
	agencyWords = set("agency", "news", "press", "reuters", "afp", "ap", "irna", "isna", "tasnim", "fars",
		"mehr", "xinhua", "tass", "anadolu", "bbc", "cnn", "jazeera", "times", "post", "guardian",
		"television", "tv", "radio", "broadcasting", "iribnews", "iswnews", "ilna", "ifp")
	ministryWords = set("ministry", "department", "judiciary", "government", "governorate", "police")
	// runStoppers are capitalised only because they open a sentence.
	runStoppers = set("the", "a", "an", "in", "on", "at", "but", "and", "according", "after", "before",
		"when", "while", "as", "it", "he", "she", "they", "we", "this", "that", "these", "those", "there",
		"his", "her", "their", "its", "some", "many", "most", "more", "at", "by", "for", "of", "meanwhile",
		"however", "since", "during", "last", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday")
)

// resolve returns the nearest name of the given kind that ends before byte
// offset pos.
func (d *Document) resolve(kind mentionKind, pos int) (string, bool) {
	si := len(d.sents) - 1
	for si >= 0 && d.sents[si][0] >= pos {
		si--
	}
	var toks []token
	for ; si >= 0; si-- {
		end := min(d.sents[si][1], pos)
		toks = tokenize(toks[:0], d.text, d.sents[si][0], end)
		runs := capitalRuns(d.text, toks)
		for r := len(runs) - 1; r >= 0; r-- {
			name := d.text[runs[r][0]:runs[r][1]]
			if fits(kind, name) {
				return trimPossessive(name), true
			}
		}
	}
	return "", false
}

// capitalRuns returns the byte spans of runs of capitalised words, joined
// by "of", "for", "the", "and" ("Committee to Protect Journalists" is two
// runs; close enough), without the sentence-opening words of runStoppers.
func capitalRuns(text string, toks []token) [][2]int {
	var runs [][2]int
	for i := 0; i < len(toks); {
		if !toks[i].word || !toks[i].capital || runStoppers[lowerWord(text, toks[i])] {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if toks[j].word && toks[j].capital && !runStoppers[lowerWord(text, toks[j])] {
				j++
				continue
			}
			if toks[j].word && connector(lowerWord(text, toks[j])) && j+1 < len(toks) && toks[j+1].word && toks[j+1].capital {
				j += 2
				continue
			}
			break
		}
		runs = append(runs, [2]int{toks[i].start, toks[j-1].end})
		i = j
	}
	return runs
}

// fits reports whether a capitalised name is of the kind wanted.
func fits(kind mentionKind, name string) bool {
	words := strings.Fields(strings.ToLower(trimPossessive(name)))
	has := func(m map[string]bool) bool {
		for _, w := range words {
			if m[w] {
				return true
			}
		}
		return false
	}
	isAgency, isMinistry, isOrg := has(agencyWords), has(ministryWords), has(orgWords)
	switch kind {
	case agency:
		return isAgency
	case ministry:
		return isMinistry
	case group:
		return isOrg && !isMinistry
	case anyOrg:
		return isOrg || isAgency || isMinistry
	case person:
		return len(words) >= 2 && len(words) <= 4 && !isOrg && !isAgency && !isMinistry
	}
	return false
}

func trimPossessive(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "\u2019s")
}
