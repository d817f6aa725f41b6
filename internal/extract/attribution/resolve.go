package attribution

import (
	"slices"
	"strings"
	"unicode"

	"tally/internal/extract/wordset"
)

// mentionKind is the kind of name an anaphor needs.
type mentionKind int

const (
	anyOrg   mentionKind = iota + 1 // "it"
	group                           // "the group", "the organisation"
	agency                          // "the agency"
	ministry                        // "the ministry"
	person                          // "he", "she"
	anyVoice                        // "two of them", "the statement": any earlier claimant
	sameHead                        // "the state-funded commission": only a name with the same head
)

var (
	orgWords = set("group", "rights", "watch", "international", "organisation", "organization", "committee",
		"council", "network", "center", "centre", "association", "union", "coalition", "front", "society",
		"foundation", "institute", "commission", "office", "amnesty", "hengaw", "hrana", "nations",
		"federation", "movement", "party", "campaign", "project", "initiative", "observatory", "monitor",
		"assembly", "unicef", "ngo", "un", "u.n.", "who", "icrc", "crescent", "cross", "unhcr", "ocha",
		"iom", "wfp", "ohchr", "unama", "msf", "hrw", "undp", "unfpa", "unrwa", "monusco", "unmiss",
		"minusma", "iachr", "acled")
	agencyWords = set("agency", "news", "press", "reuters", "afp", "ap", "irna", "isna", "tasnim", "fars",
		"mehr", "xinhua", "tass", "anadolu", "bbc", "cnn", "jazeera", "times", "post", "guardian",
		"television", "tv", "radio", "broadcasting", "newspaper", "daily", "magazine", "broadcaster", "outlet", "tribune", "herald", "gazette",
		"journal", "chronicle", "courier", "telegraph", "standard", "mirror", "express", "globe", "observer",
		"wire", "media", "unicef", "unhcr", "ocha", "iom", "wfp", "ohchr", "unrwa", "iribnews", "iswnews", "ilna", "ifp")
	ministryWords = set("ministry", "department", "judiciary", "government", "governorate", "police")
	// runStoppers are capitalised only because they open a sentence.
	runStoppers = set("the", "a", "an", "in", "on", "at", "but", "and", "according", "after", "before",
		"when", "while", "as", "it", "he", "she", "they", "we", "this", "that", "these", "those", "there",
		"his", "her", "their", "its", "some", "many", "most", "more", "at", "by", "for", "of", "meanwhile",
		"however", "since", "during", "last", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday")
)

// resolveReach bounds how many sentences back an anaphor is looked up,
// so that a long document of pronouns stays linear.
const resolveReach = 12

// resolve returns the name an anaphor ending before byte offset pos
// refers to, trying in order: an earlier noun phrase with the same head
// ("The UN refugee agency warned… The agency said" → UN refugee agency),
// the nearest earlier claimant of a cue ("the health ministry said… after
// it first reported"), and the nearest capitalised name of a fitting kind.
func (d *Document) resolve(kind mentionKind, head string, pos int) (string, bool) {
	last := len(d.sents) - 1
	for last >= 0 && d.sents[last][0] >= pos {
		last--
	}
	first := max(0, last-resolveReach)
	if head != "" && kind != person {
		if name, described, ok := d.sameHead(head, first, last, pos); ok {
			if !described {
				return name, true
			}
			// Only a description has the head ("Rights group raises toll
			// to 304"): a named claimant of the right kind is a better
			// reading of "the London-based group".
			if better, ok := d.earlierClaimant(kind, first, last, pos); ok && kind != anyVoice && kind != sameHead && strings.ContainsFunc(better, unicode.IsUpper) {
				return better, true // a proper name, not another description ("the mayor")
			}
			return name, true
		}
		if kind == anyVoice || kind == sameHead {
			return "", false // "the sources" are only sources named before
		}
	}
	if name, ok := d.earlierClaimant(kind, first, last, pos); ok {
		return name, true
	}
	if kind == anyVoice {
		// "Two of them": the nearest plural voice ("three officials"); a
		// capitalised name is too loose a guess.
		return d.pluralVoice(first, last, pos)
	}
	var toks []token
	for si := last; si >= first; si-- {
		toks = tokenize(toks[:0], d.text, d.sents[si][0], min(d.sents[si][1], pos))
		runs := capitalRuns(d.text, toks)
		for r := len(runs) - 1; r >= 0; r-- {
			if countFollows(d.text, runs[r][1]) || timeBefore(d.text, runs[r][0]) {
				continue // "…, Isfahan 120, Fars 96": a list's place, no voice; "during Mehr": a month
			}
			name := trimPossessive(d.text[runs[r][0]:runs[r][1]])
			if kind == person {
				name = personTail(name)
			}
			if fits(kind, name) {
				return name, true
			}
		}
	}
	if kind == group || kind == anyOrg {
		return d.publisherOf(first, last, pos)
	}
	return "", false
}

// publisherOf finds the nearest earlier name that publishes or documents
// something, which only a body does: "Viasna has published a new count.
// According to the group, …" → Viasna.
func (d *Document) publisherOf(first, last, pos int) (string, bool) {
	for si := last; si >= first && si >= last-2; si-- {
		view := d.view(si, [2]int{-1, -1})
		v := &view
		for i := len(v.toks) - 1; i > 0; i-- {
			if v.toks[i].start >= pos || !publishingVerbs.Of(v.lower(i)) {
				continue
			}
			p := v.phraseBefore(skipBack(v, i-1))
			if p.empty() || !properName(v, p) || pronouns.Of(v.lower(p.a)) {
				continue
			}
			return v.nameOf(p), true
		}
	}
	return "", false
}

// publishingVerbs are what a body does with a count.
var publishingVerbs = set("published", "publishes", "released", "releases", "issued", "issues",
	"documented", "documents", "compiled", "compiles", "updated", "updates", "launched")

// sameHead finds the nearest earlier noun phrase ending in head that says
// more than "the <head>".
func (d *Document) sameHead(head string, first, last, pos int) (name string, described, ok bool) {
	fallback := ""
	title := strings.ToUpper(head[:1]) + head[1:]
	for si := last; si >= first; si-- {
		if s := d.text[d.sents[si][0]:d.sents[si][1]]; !strings.Contains(s, head) && !strings.Contains(s, title) {
			continue // the head is not there: no need to read the sentence
		}
		view := d.view(si, [2]int{-1, -1})
		v := &view
		for i := len(v.toks) - 1; i >= 0; i-- {
			if v.toks[i].start >= pos || v.lower(i) != head {
				continue
			}
			if v.toks[i].capital {
				// "The Iraqi High Commission for Human Rights … the
				// commission said": the whole name, not the part up to
				// the head.
				j := i
				for j+1 < len(v.toks) && (v.toks[j+1].capital && v.toks[j+1].word ||
					connector(v.lower(j+1)) && j+2 < len(v.toks) && v.toks[j+2].capital && v.toks[j+2].word) {
					j++
				}
				if p := v.phraseBefore(j); v.toks[j].start < pos && p.b-p.a > 1 {
					return v.nameOf(p), false, true
				}
			}
			if i+1 < len(v.toks) && v.toks[i+1].word && v.toks[i+1].capital {
				// "the Kurdish rights group Hengaw says": the name after.
				if p := v.phraseAfter(i + 1); !p.empty() {
					return v.nameOf(p), false, true
				}
			}
			p := v.phraseBefore(i)
			for p.b-p.a > 1 && determiners.Of(v.lower(p.a)) {
				p.a++
			}
			if p.b-p.a > 1 {
				if v.named(p) {
					return v.nameOf(p), false, true
				}
				if fallback == "" {
					fallback = v.nameOf(p)
				}
			}
		}
	}
	return fallback, true, fallback != ""
}

// named reports a phrase with a capitalised word that is not capitalised
// only for opening its sentence: "the Kurdish rights group", but not the
// headline's "Rights group raises toll", which describes and does not name.
func (v *sentenceView) named(p phrase) bool {
	for k := p.a; k < p.b; k++ {
		if v.toks[k].capital && !v.sentenceInitial(k) {
			return true
		}
	}
	return false
}

// pluralVoice finds the nearest earlier noun phrase headed by a plural
// common claimant: officials, witnesses, doctors.
func (d *Document) pluralVoice(first, last, pos int) (string, bool) {
	for si := last; si >= first; si-- {
		view := d.view(si, [2]int{-1, -1})
		v := &view
		for i := len(v.toks) - 1; i >= 0; i-- {
			w := v.lower(i)
			if v.toks[i].start >= pos || !commonClaimants.Of(w) || !strings.HasSuffix(w, "s") {
				continue
			}
			if p := v.phraseBefore(i); !p.empty() {
				return v.nameOf(p), true
			}
		}
	}
	return "", false
}

// earlierClaimant finds the claimant of the nearest cue before pos whose
// name is not itself an anaphor and fits kind.
func (d *Document) earlierClaimant(kind mentionKind, first, last, pos int) (string, bool) {
	for si := last; si >= first; si-- {
		view := d.view(si, [2]int{-1, -1})
		v := &view
		cues := v.cues
		for c := len(cues) - 1; c >= 0; c-- {
			if cues[c].kind == citingCue || v.toks[cues[c].at].start >= pos {
				continue
			}
			f, ok := claimantOf(v, cues[c])
			if !ok {
				continue
			}
			raw := trimPossessive(v.text[v.toks[f.who.a].start:v.toks[f.who.b-1].end])
			k, head, anaphor := anaphorKind(raw)
			if anaphor && !described(raw) {
				continue // a described group ("the Oslo-based group") stands for a name
			}
			name := v.nameOf(f.who)
			if anaphor && kind != person && d.depth < 2 && v.toks[f.who.a].start < pos {
				// "The Britain-based monitor said… It said 230…": the name
				// the description stood for.
				d.depth++
				resolved, ok := d.resolve(k, head, v.toks[f.who.a].start)
				d.depth--
				if ok {
					return resolved, true
				}
			}
			switch {
			case kind == anyOrg && si == last && (!fits(person, personTail(name)) || !hasTitle(name)):
				return name, true // "X said on Thursday it had identified 355"
			case kind == anyVoice:
				return name, true
			case kind == person && personRoles.Of(roleHead(name)):
				return name, true // "a hospital spokesman said… he added"
			case kind == person && fits(person, personTail(name)) && (personTail(name) == name || !fits(anyOrg, name)):
				// "Minister Pascoal Ronda" holds a person, but "Assistance
				// Association for Political Prisoners" is a body.
				return personTail(name), true
			case kind != person && (!fits(person, name) || fits(anyOrg, raw)) && !(kind == anyOrg && hasTitle(name)):
				return name, true // "it" is no president
			}
		}
	}
	return "", false
}

// hasTitle reports a name with a person's title in it: "Interior
// Minister Pascoal Ronda".
func hasTitle(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if titles.Of(w) {
			return true
		}
	}
	return false
}

// roleHead returns the head noun of a name, before any complement: "ICRC
// spokesperson in Tripoli" → spokesperson.
func roleHead(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if i > 0 && (w == "in" || w == "at" || w == "for" || w == "of" || w == "on") {
			return words[i-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// personRoles head the names of one person by role: "a hospital
// spokesman", "the provincial governor".
var personRoles = set("spokesman", "spokeswoman", "spokesperson", "official", "officer", "doctor",
	"witness", "lawyer", "medic", "resident", "governor", "minister", "commander", "prosecutor",
	"lawmaker", "activist", "source", "director", "chief", "mayor", "diplomat", "journalist", "nurse",
	"man", "woman", "mother", "father", "relative", "survivor", "eyewitness", "paramedic", "surgeon",
	"teacher", "student", "volunteer", "organiser", "organizer", "priest", "imam", "neighbour", "neighbor")

// titles are capitalised words that stand before a person's name.
var titles = set("minister", "president", "governor", "general", "commander", "chief", "spokesman",
	"spokeswoman", "spokesperson", "judge", "prosecutor", "mayor", "ayatollah", "dr", "dr.", "mr", "mr.",
	"mrs", "mrs.", "ms", "ms.", "sheikh", "colonel", "brigadier", "deputy", "interior", "foreign",
	"prime", "lawmaker", "senator", "sen.", "rep.", "lieutenant", "captain", "major", "sergeant",
	"director", "head", "secretary", "ambassador", "envoy", "professor", "prof.", "police",
	"commissioner", "high", "rapporteur", "official", "officer", "cleric", "lawyer", "leader")

// personTail returns the person's name at the end of a longer name:
// "UN High Commissioner for Human Rights Volker Türk" → "Volker Türk". It
// keeps at most four trailing words that are neither titles nor words of
// organisations.
func personTail(name string) string {
	name = stripTitles(name)
	words := strings.Fields(name)
	k := len(words)
	for k > 0 && len(words)-k < 4 {
		w := strings.ToLower(words[k-1])
		if titles.Of(w) || orgWords.Of(w) || agencyWords.Of(w) || ministryWords.Of(w) || connector(w) {
			break
		}
		k--
	}
	if len(words)-k >= 2 {
		return strings.Join(words[k:], " ")
	}
	return name
}

// stripTitles drops the titles before a person's name: "Interior Minister
// Abdolreza Rahmani Fazli" → "Abdolreza Rahmani Fazli".
func stripTitles(name string) string {
	words := strings.Fields(name)
	cut := 0
	for i, w := range words {
		if titles.Of(strings.ToLower(w)) {
			cut = i + 1
		}
	}
	if cut == 0 || cut >= len(words) {
		return name
	}
	return strings.Join(words[cut:], " ")
}

// capitalRuns returns the byte spans of runs of capitalised words, joined
// by "of", "for", "the", "and" ("Committee to Protect Journalists" is two
// runs; close enough), without the sentence-opening words of runStoppers.
func capitalRuns(text string, toks []token) [][2]int {
	var runs [][2]int
	for i := 0; i < len(toks); {
		if !toks[i].word || !toks[i].capital || runStoppers.Of(lowerWord(text, toks[i])) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if toks[j].word && toks[j].capital && !runStoppers.Of(lowerWord(text, toks[j])) {
				j++
				continue
			}
			if toks[j].word && connector(lowerWord(text, toks[j])) && lowerWord(text, toks[j]) != "in" &&
				j+1 < len(toks) && toks[j+1].word && toks[j+1].capital && !dateWords.Of(lowerWord(text, toks[j+1])) {
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

// countFollows reports a number just after byte end: a name followed by
// its count in a list.
func countFollows(text string, end int) bool {
	i := end
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i > end && i < len(text) && isDigitByte(text[i])
}

// timeBefore reports a preposition of time just before byte start:
// "during Mehr", "since Aban" name months, not the agencies so called.
func timeBefore(text string, start int) bool {
	j := start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isLetterByte(text[k-1]) {
		k--
	}
	for _, p := range []string{"during", "since", "until", "till", "throughout"} {
		if strings.EqualFold(text[k:j], p) {
			return true
		}
	}
	return false
}

// fits reports whether a capitalised name is of the kind wanted.
func fits(kind mentionKind, name string) bool {
	name = trimPossessive(name)
	// The words are lower-cased one at a time into a stack buffer, which
	// a table lookup reads without allocating: fits runs for every claimant.
	var buf [24]byte
	n, isAgency, isMinistry, isOrg, isTitle := 0, false, false, false, false
	for rest := name; rest != ""; {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			break
		}
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i:]
		} else {
			rest = ""
		}
		n++
		lw := lowerInto(buf[:0], w)
		isAgency = isAgency || hasBytes(agencyWords, lw)
		isMinistry = isMinistry || hasBytes(ministryWords, lw)
		isOrg = isOrg || hasBytes(orgWords, lw)
		isTitle = isTitle || hasBytes(titles, lw)
	}
	switch kind {
	case agency:
		return isAgency
	case ministry:
		return isMinistry
	case group:
		return isOrg && !isMinistry
	case anyOrg:
		return isOrg || isAgency || isMinistry
	case anyVoice:
		return true
	case person:
		return n >= 2 && n <= 4 && !isOrg && !isAgency && !isMinistry && !isTitle
	}
	return false
}

// lowerInto appends the ASCII lower case of w to dst; a word longer than
// dst's room is appended as it is, matching no short list word.
func lowerInto(dst []byte, w string) []byte {
	if len(w) > cap(dst) {
		return append(dst, w...)
	}
	return wordset.AppendLower(dst, w)
}

func trimPossessive(name string) string {
	if strings.HasSuffix(name, "s'") || strings.HasSuffix(name, "s\u2019") {
		return strings.TrimRight(name, "'\u2019") // "organisers'"
	}
	return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "\u2019s")
}

// NamedLater returns the name that a claimant only described with an
// indefinite article is given in the next few sentences after byte pos:
// "A senior security official said … The official, Idris Mahamat, said",
// "A senior member of parliament said … Mojtaba Zolnour, head of the
// parliament's national security committee, said". The later phrase must
// share a content word with the description. ok is false when no such
// name follows.
func (d *Document) NamedLater(described string, pos int) (string, bool) {
	keys := descriptionKeys(described)
	if len(keys) == 0 {
		return "", false
	}
	si := 0
	for si < len(d.sents) && d.sents[si][1] <= pos {
		si++
	}
	// "Kenya's human rights commission" describes a body, which a later
	// person speaking for it does not name.
	body := strings.ContainsAny(described, "'\u2019") && isCapitalWord(described)
	for k := si; k < len(d.sents) && k <= si+namingReach; k++ {
		view := d.view(k, [2]int{-1, -1})
		v := &view
		if name, ok := v.naming(keys, body); ok {
			return name, true
		}
	}
	return "", false
}

// namingReach is how many sentences after a described voice its name is
// looked for.
const namingReach = 3

// descriptionKeys are the content words of a description, lower case:
// "senior member of parliament" → member, parliament.
func descriptionKeys(described string) []string {
	var keys []string
	for _, w := range strings.Fields(strings.ToLower(described)) {
		w = trimPossessive(strings.Trim(w, ",.;:\"'"))
		if len(w) >= 4 && !vagueModifiers.Of(w) {
			keys = append(keys, w)
		}
	}
	return keys
}

// vagueModifiers describe a voice without saying who it is.
var vagueModifiers = set("senior", "junior", "local", "high-ranking", "ranking", "former", "some",
	"with", "from", "that", "this", "said", "told", "unnamed", "anonymous", "another")

// naming finds "The official, Idris Mahamat," or "Mojtaba Zolnour, head of
// the parliament's committee, said" with a key word in the describing part,
// and returns the name.
func (v *sentenceView) naming(keys []string, body bool) (string, bool) {
	hasKey := func(a, b int) bool {
		for i := a; i < b; i++ {
			if slices.Contains(keys, trimPossessive(v.lower(i))) {
				return true
			}
		}
		return false
	}
	for _, c := range v.cues {
		// "a doctors' committee said … The Central Committee of Sudanese
		// Doctors said": a name that holds every word of the description
		// and speaks itself.
		f, ok := claimantOf(v, c)
		if !ok || len(keys) < 2 {
			continue
		}
		if properName(v, f.who) && f.who.b-f.who.a >= 3 && hasAll(v, f.who, keys) {
			a := f.who.a
			if v.lower(a) == "the" {
				a++
			}
			return v.text[v.toks[a].start:v.toks[f.who.b-1].end], true
		}
		// "The Kenya National Commission on Human Rights, known as
		// KNCHR, said": the long name holds the words, the short speaks.
		if k := f.who.a - 2; k >= 1 && v.lower(k) == "known" && v.lower(k+1) == "as" && v.isComma(k-1) {
			if long := v.phraseBefore(k - 2); properName(v, long) && hasAll(v, long, keys) {
				return v.text[v.toks[f.who.a].start:v.toks[f.who.b-1].end], true
			}
		}
	}
	if body {
		return "", false
	}
	for i := 0; i < len(v.toks); i++ {
		if !v.isComma(i) {
			continue
		}
		j := i + 1
		for j < len(v.toks) && j-i <= 16 && !v.isComma(j) && !v.isPunct(j, ".") {
			j++
		}
		if j >= len(v.toks) || !v.isComma(j) {
			continue
		}
		before := v.phraseBefore(i - 1)
		inner := phrase{i + 1, j}
		switch {
		case !before.empty() && v.lower(before.a) == "the" && hasKey(before.a, before.b) && properName(v, inner) && inner.b-inner.a <= 5:
			// "The official, Colonel Idris Mahamat, said"
			if name := personTail(v.text[v.toks[inner.a].start:v.toks[inner.b-1].end]); name != "" {
				return name, true
			}
		case !before.empty() && properName(v, before) && before.b-before.a >= 2 && before.b-before.a <= 4 &&
			hasKey(inner.a, inner.b) && v.cueAfter(j):
			// "Mojtaba Zolnour, head of the parliament's committee, said"
			return personTail(v.text[v.toks[before.a].start:v.toks[before.b-1].end]), true
		}
	}
	return "", false
}

// hasAll reports whether every key is a word of p, but for modifiers
// ("state-funded") that a name seldom repeats.
func hasAll(v *sentenceView, p phrase, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(k, "-") || strings.HasSuffix(k, "ed") {
			continue
		}
		found := false
		for i := p.a; i < p.b && !found; i++ {
			found = trimPossessive(v.lower(i)) == k
		}
		if !found {
			return false
		}
	}
	return true
}

// cueAfter reports a reporting cue just after token j.
func (v *sentenceView) cueAfter(j int) bool {
	for _, c := range v.cues {
		if c.at > j && c.at <= j+3 {
			return true
		}
	}
	return false
}
