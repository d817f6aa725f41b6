package attribution

import (
	"slices"
	"strings"
	"unicode"
)

// found is one cue with the claimant it names.
type found struct {
	c        cue
	who      phrase   // the subject of the cue
	via      []phrase // whom who cites ("citing Y", "quoted Y as saying"), outermost first
	carriers []phrase // who carries who's words ("told Reuters"), outermost first
	negated  bool     // "did not confirm"
	trailing bool     // the cue closes the sentence: "…, the group said."
}

// inSentence attributes within one sentence. With borrowing set (the
// figure stands in another sentence) the last cue wins, and trailing
// reports whether it closes the sentence.
func (d *Document) inSentence(v *sentenceView, borrowing bool) (a Attribution, ok, trailing bool) {
	cues := v.cues
	var best found
	bestDist, bestTier := -1, 0
	fi := figureToken(v)
	for _, c := range cues {
		if c.kind == citingCue || !borrowing && abs(fi-c.at) > cueReach || objectOfDenial(v, c) {
			continue
		}

		tier := 1
		if !borrowing && c.at > fi {
			switch clauseBetween(v, fi, c.at) {
			case contrast:
				continue // "…, while the government said 16": its cue is its own
			case semicolon:
				tier = 2 // "Killed: 8; injured: 290, police said" reaches back only when nothing nearer does
			}
			if c.at > 0 && v.lower(c.at-1) == "and" && v.lower(c.last+1) == "that" {
				tier = 2 // "…that 19 had died, and denied that police had fired": its own clause follows it
			}
		}
		f, ok := claimantOf(v, c)
		if !ok {
			continue
		}
		if !borrowing && v.segmentBetween(min(fi, c.at), max(fi, c.at)) && !(c.at > fi && f.trailing) && !(c.at < fi && v.introducesList(c.at)) {
			continue // another line of a list, or another cell of a ticker; a closing cue speaks for all
		}
		dist := 0
		if !borrowing {
			dist = abs(v.toks[c.at].start - v.fig[0])
		}
		if bestDist < 0 || tier < bestTier || tier == bestTier && dist < bestDist || borrowing {
			best, bestDist, bestTier = f, dist, tier
		}
	}
	if bestDist < 0 {
		f, ok := citingOnly(v, cues)
		if !ok {
			return Attribution{}, false, false
		}
		best = f
	}
	if !borrowing {
		best = carriedBy(v, best, fi)
		best = carriedAside(v, best, fi)
		best = reportedThat(v, best)
	}
	return d.attribution(v, best), true, best.trailing
}

// carriedAside adds the outlet an aside around the cue names as the
// voice's carrier: "X, who spoke to the Bay Report on condition of
// anonymity, said", "Iran's judiciary, through its Mizan news agency,
// said", "in an assessment seen by CNN", "said in a statement read on
// state television".
func carriedAside(v *sentenceView, best found, fi int) found {
	if best.who.empty() || best.c.kind != verbCue && best.c.kind != putCue {
		return best
	}
	from, to := best.who.b, min(fi, best.c.last+12)
	if best.c.at < best.who.a {
		return best // an inverted cue: "…, said X"
	}
	for k := from; k+1 < to; k++ {
		var at int
		switch w := v.lower(k); {
		case (w == "spoke" || w == "speaking" || w == "talking") && v.lower(k+1) == "to",
			(w == "seen" || w == "published" || w == "obtained") && v.lower(k+1) == "by",
			(w == "read" || w == "broadcast" || w == "aired") && v.lower(k+1) == "on":
			at = k + 2
		case w == "through" && !v.inFigure(k+1):
			at = k + 1
		default:
			continue
		}
		if _, ok := possessivePronouns.Get(v.lower(min(at, len(v.toks)-1))); ok && at < len(v.toks) {
			at++ // "through its Mizan news agency"
		}
		p := v.phraseAfter(at)
		if !p.empty() && v.lower(p.a) == "the" && p.b-p.a > 1 && v.toks[p.a+1].capital {
			p.a++ // "the Bay Report on condition of anonymity": its name
			b := p.a
			for b < p.b && (v.toks[b].capital || connector(v.lower(b)) && b+1 < p.b && v.toks[b+1].capital) {
				b++
			}
			p.b = b
		}
		if p.empty() || !isOutlet(v, p) && !properName(v, p) {
			continue
		}
		if outletName := outletOf(v, p); !outletName.empty() {
			p = outletName
		}
		for _, c := range best.carriers {
			if c == p {
				return best
			}
		}
		best.carriers = append(best.carriers, p)
		return best
	}
	return best
}

// outletOf trims an outlet's description to its name: "its Mizan news
// agency" → Mizan, "state television" stays.
func outletOf(v *sentenceView, p phrase) phrase {
	for k := p.a; k < p.b; k++ {
		if !outletNouns.Of(v.lower(k)) {
			continue
		}
		j := k
		if j > p.a && v.lower(j-1) == "news" {
			j-- // "Mizan news agency"
		}
		if j > p.a && v.toks[j-1].capital {
			return phrase{p.a, j}
		}
	}
	return phrase{}
}

// reportedThat reads "ISNA reported that the head of the prisons
// organisation had said 1,200…": the inner voice speaks, carried by the
// outlet whose cue opens the sentence.
func reportedThat(v *sentenceView, best found) found {
	for _, c := range v.cues {
		if c.at >= best.c.at || c.kind != verbCue || c.last+1 >= len(v.toks) || v.lower(c.last+1) != "that" {
			continue
		}
		f, ok := claimantOf(v, c)
		if !ok || !isOutlet(v, f.who) || f.who == best.who || best.who.a <= c.last {
			continue
		}
		if best.who.a != c.last+2 && !(v.lower(c.last+2) == "the" && best.who.a == c.last+3) {
			continue // the inner voice opens the reported clause
		}
		best.carriers = append([]phrase{f.who}, best.carriers...)
		return best
	}
	return best
}

// carriedBy reads an outlet that closes a sentence as the carrier of the
// voice inside it: "X said 1,700 had been arrested, of whom 1,300 remained
// in detention, the Irrawaddy Wire reported" is X's, via the Wire, for
// both figures.
func carriedBy(v *sentenceView, best found, fi int) found {
	if n := len(v.cues); n == 0 || v.cues[n-1].last+2 < len(v.toks) || v.cues[n-1].at < fi {
		return best // no cue closes the sentence after the figure
	}
	var outlet found
	ok := false
	for _, c := range v.cues {
		if c.kind != verbCue || c.at < fi {
			continue
		}
		if f, found := claimantOf(v, c); found && f.trailing && isOutlet(v, f.who) && c.last+2 >= len(v.toks) {
			outlet, ok = f, true
		}
	}
	if !ok {
		return best
	}
	if best.c.at == outlet.c.at {
		// The figure's nearest cue is the outlet's: the voice is the
		// nearest other cue before the figure.
		inner, innerAt := found{}, -1
		for _, c := range v.cues {
			if c.at < fi && c.kind != citingCue && c.at > innerAt {
				if f, found := claimantOf(v, c); found && !isOutlet(v, f.who) {
					inner, innerAt = f, c.at
				}
			}
		}
		if innerAt < 0 {
			return best
		}
		best = inner
	} else if isOutlet(v, best.who) {
		return best
	}
	best.carriers = append([]phrase{outlet.who}, best.carriers...)
	return best
}

// boundary is what stands between a figure and a cue after it.
type boundary int

const (
	sameClause boundary = iota
	semicolon           // "…; Amnesty said"
	contrast            // "…, while the government said", "…, but activists said"
)

// clauseBetween reports the strongest clause boundary among tokens (from,
// to).
func clauseBetween(v *sentenceView, from, to int) boundary {
	b := sameClause
	for k := from + 1; k < to; k++ {
		switch {
		case v.isPunct(k, ";"):
			b = semicolon
		case v.isPunct(k, ",") && k+1 < to && contrastWords.Of(v.lower(k+1)):
			return contrast
		}
	}
	return b
}

// contrastWords open a clause with a voice of its own.
var contrastWords = set("while", "whereas", "but", "although", "though")

// objectOfDenial reports a noun-like cue that is what a denial rejects:
// "dismissing activists' claims that…" is the dismisser's denial, not
// the activists' claim.
func objectOfDenial(v *sentenceView, c cue) bool {
	if !c.clause && !c.final {
		return false
	}
	for _, d := range v.cues {
		if d.denies && d.at < c.at && c.at-d.last <= 3 {
			return true
		}
	}
	return false
}

// cueReach bounds, in tokens, how far from its figure a cue may stand; it
// also keeps a pathological sentence with thousands of figures and cues
// from costing figures × cues.
const cueReach = 80

// figureToken returns the index of the first token of the figure.
func figureToken(v *sentenceView) int {
	lo, hi := 0, len(v.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if v.toks[mid].end <= v.fig[0] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// citingOnly takes the claimant of a sentence whose only cue is "citing
// X": X itself.
func citingOnly(v *sentenceView, cues []cue) (found, bool) {
	for _, c := range cues {
		if c.kind == citingCue {
			if p := v.author(v.phraseAfter(c.last + 1)); !p.empty() {
				return found{c: c, who: p, trailing: v.isComma(c.at - 1)}, true
			}
		}
	}
	return found{}, false
}

// attribution turns a found cue into an Attribution. The chain of voices,
// outermost first, is the carriers, the cue's subject, then whom it cites;
// the claimant is the innermost voice, the one that gives the figure, and
// Via the others, outermost first. Evidence a voice cites ("interviews
// with witnesses", "hospital records") is not a voice: it stays in Via
// after the claimant that relies on it.
func (d *Document) attribution(v *sentenceView, f found) Attribution {
	// Most chains are a voice or two: their room is on the stack, and
	// the Attribution copies what it keeps.
	var room [4]string
	voices := room[:0]
	var evidence []string
	add := func(p phrase, cited bool) {
		name := d.fullName(d.nameResolved(v, p), v.toks[p.a].start)
		switch {
		case name == "" || slices.Contains(voices, name) || slices.Contains(evidence, name):
		case isEvidence(name) || cited && informants(name):
			evidence = append(evidence, name)
		default:
			voices = append(voices, name)
		}
	}
	for _, p := range f.carriers {
		add(p, false)
	}
	add(f.who, false)
	for _, p := range f.via {
		add(p, true)
	}
	if len(voices) == 0 {
		voices, evidence = evidence[:1], evidence[1:]
	}
	a := Attribution{
		Name:     voices[len(voices)-1],
		Cue:      v.text[v.toks[f.c.at].start:v.toks[f.c.last].end],
		CueStart: v.toks[f.c.at].start,
		Denies:   f.c.denies && (!f.c.judges || denialAfter(v, f.c)),
		Negated:  f.negated,
	}
	a.Via = append(append(a.Via, voices[:len(voices)-1]...), evidence...)
	if len(voices) == 1 && len(f.via) == 0 && !f.who.empty() {
		if w := v.lower(f.who.a); (w == "a" || w == "an") && !strings.ContainsFunc(a.Name, unicode.IsUpper) {
			a.Described = true
		} else if f.who.b-f.who.a >= 3 && v.toks[f.who.a].capital && hasPossessive(v.text, v.toks[f.who.a]) &&
			!strings.ContainsFunc(v.text[v.toks[f.who.a+1].start:v.toks[f.who.b-1].end], unicode.IsUpper) {
			a.Described = true // "Kenya's state-funded human rights commission said"
		}
	}
	return a
}

// fullName gives a name written short the whole of it as the document
// wrote it before: "Ronda" after "Interior Minister Pascoal Ronda",
// "Amnesty" after "Amnesty International". Only a single capitalised word
// is expanded, and only to a name of two to five words that ends or
// begins with it.
func (d *Document) fullName(name string, pos int) string {
	if name == "" || !isCapitalWord(name) || isAcronym(name) {
		return name
	}
	if strings.ContainsRune(name, ' ') && !capitalWords(name) {
		return name
	}
	if full, ok := d.full[name]; ok {
		return full // the document's own short name, read once
	}
	full := d.expand(name, pos)
	if d.full == nil {
		d.full = map[string]string{}
	}
	d.full[name] = full
	return full
}

// expand finds the whole of a short name among the capitalised runs of
// the sentences before pos.
func (d *Document) expand(name string, pos int) string {
	last := len(d.sents) - 1
	for last >= 0 && d.sents[last][0] >= pos {
		last--
	}
	var toks []token
	for si := last; si >= 0 && si >= last-resolveReach; si-- {
		if !strings.Contains(d.text[d.sents[si][0]:min(d.sents[si][1], pos)], name) {
			continue // the name is not there: no need to read the sentence
		}
		toks = tokenize(toks[:0], d.text, d.sents[si][0], min(d.sents[si][1], pos))
		runs := capitalRuns(d.text, toks)
		for r := len(runs) - 1; r >= 0; r-- {
			run := trimPossessive(d.text[runs[r][0]:runs[r][1]])
			words := strings.Fields(run)
			if len(words) < 2 || len(words) > 7 {
				continue
			}
			switch {
			case len(words) > 2 && strings.HasPrefix(run, name+" ") && strings.Count(name, " ") >= 1 && fits(anyOrg, run):
				// "the Iraqi High Commission" after "the Iraqi High
				// Commission for Human Rights"
				return run
			case strings.ContainsRune(name, ' ') || len(words) > 5:
			case words[len(words)-1] == name:
				return personTail(run) // "Interior Minister Pascoal Ronda" → "Pascoal Ronda"
			case words[0] == name && fits(anyOrg, run):
				return run
			}
		}
	}
	return name
}

// capitalWords reports a name of at most four words, each capitalised.
func capitalWords(name string) bool {
	words := strings.Fields(name)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isCapitalWord(w) {
			return false
		}
	}
	return true
}

// isCapitalWord reports a word that opens with a capital letter.
func isCapitalWord(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// evidenceHeads end the names of things a claimant relies on rather than
// voices that claim.
var evidenceHeads = set("interviews", "interview", "documents", "document", "records", "footage",
	"video", "videos", "images", "imagery", "photos", "photographs", "data", "figures", "testimony",
	"testimonies", "evidence", "research", "analysis", "accounts", "certificates", "lists", "list",
	"statistics", "survey", "surveys", "tallies", "counts", "registers", "logs")

// informantHeads are people a claimant gathers accounts from; cited ("…,
// citing relatives and lawyers") they are its evidence, while the
// claimant counts. Officials or sources cited are voices that give the
// figure ("Reuters, citing three officials").
var informantHeads = set("relatives", "families", "witnesses", "eyewitnesses", "survivors", "residents",
	"colleagues", "lawyers", "neighbours", "neighbors", "friends", "detainees", "victims")

// informants reports a cited name made only of informants: "relatives and
// lawyers", "witnesses".
func informants(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !informantHeads.Of(w) && w != "and" && w != "of" && w != "the" && w != "local" && w != "former" && w != "other" {
			return false
		}
	}
	return true
}

func isEvidence(name string) bool {
	n := name
	for _, link := range []string{" from ", " with ", " by ", " of "} {
		if i := strings.Index(n, link); i > 0 {
			n = n[:i] // "testimony from survivors": its head is testimony
			break
		}
	}
	var buf [24]byte
	return hasBytes(evidenceHeads, lowerInto(buf[:0], n[strings.LastIndexByte(n, ' ')+1:]))
}

// claimantOf finds the claimant a cue names.
func claimantOf(v *sentenceView, c cue) (found, bool) {
	f := found{c: c}
	switch c.kind {
	case accordingCue:
		f.who = v.author(v.phraseAfter(c.last + 1))
		f.trailing = v.isComma(c.at - 1)
	case putCue:
		j := skipBack(v, c.at-1)
		if who, via, ok := apposition(v, j); ok && v.isComma(j) {
			f.who, f.via = who, via
			break
		}
		f.who = v.author(v.phraseBefore(relativeSubject(v, j)))
	case verbCue:
		if c.judges && !denialAfter(v, c) {
			return found{}, false // "called" names nobody unless it rejects a figure
		}
		f = verbClaimant(v, c)
	}
	if f.who.empty() || !claimantLike(v, f.who) {
		return found{}, false
	}
	f.via = append(f.via, citedAfter(v, c, c.last+1)...)
	return f, true
}

// claimantLike rejects subjects that name nobody: a quotation's own "we"
// or "I" (its speaker is named by the quotation's cue), an adverb, and
// unattributed "reports" or "rumours" (doubt, not a source).
func claimantLike(v *sentenceView, p phrase) bool {
	last := v.lower(p.b - 1)
	switch {
	case p.b-p.a == 1 && (last == "we" || last == "i"):
		return false
	case v.lower(p.a) == "our":
		return false // "our researchers counted": the publisher's own voice
	case p.b-p.a == 1 && strings.HasSuffix(last, "ly") && !v.toks[p.a].capital:
		return false
	case hearsay.Of(last) || last == "claims":
		return false
	case figureNouns.Of(last) && !strings.HasPrefix(last, "figure") && !v.toks[p.b-1].capital:
		return false // "the total recorded": a number, not a voice; but "opposition figures" are people
	case p.b-p.a == 1 && stateLabels.Of(last):
		return false // "Wounded admitted: 410" counts the wounded; they are not speaking
	case hearsay.Of(v.lower(p.a)) || p.b-p.a > 1 && hearsay.Of(v.lower(p.a+1)):
		return false // "Reports from Dhaka say", "unconfirmed reports on social media"
	case p.a >= 2 && (prepositions.Of(v.lower(p.a-1)) || v.lower(p.a-1) == "on"):
		if hearsay.Of(v.lower(p.a - 2)) {
			return false // "reports on social media put the number at 40"
		}
	}
	return true
}

// staffNouns are the people a body speaks through: "its researchers".
var staffNouns = set("researchers", "staff", "monitors", "investigators", "team", "teams", "volunteers",
	"documenters", "analysts", "lawyers", "experts")

// stateLabels name what happened to those a figure counts, never a voice.
var stateLabels = set("dead", "killed", "injured", "wounded", "detained", "arrested", "missing",
	"displaced", "hurt", "executed", "sentenced", "disappeared", "shot")

// figureNouns name a number, which says nothing itself.
var figureNouns = set("figure", "figures", "number", "numbers", "toll", "total", "tally", "level", "record", "high", "low")

// hearsay names nobody when it heads a subject.
var hearsay = set("reports", "rumours", "rumors")

// verbClaimant finds the claimant of a reporting verb: its subject before
// it, or after it when inverted (`"…," said X`) or passive ("were recorded
// by X").
func verbClaimant(v *sentenceView, c cue) found {
	f := found{c: c}
	if w := v.lower(c.at); (w == "comes" || w == "came") && c.last+2 < len(v.toks) {
		// "The highest estimate, about 600 dead, comes from a security
		// assessment by a Western government that was later reported by
		// CNN": the document's author, carried by whoever reported it.
		src := v.author(v.phraseAfter(c.last + 2))
		f.who = src
		for k := src.b; k+2 < len(v.toks) && k <= src.b+8; k++ {
			if v.lower(k) == "by" && v.lower(k-1) == "reported" {
				if p := v.phraseAfter(k + 1); !p.empty() {
					f.carriers = append(f.carriers, p)
				}
				break
			}
		}
		return f
	}
	k := c.at - 1
	for k >= 0 && v.toks[k].word && strings.HasSuffix(v.lower(k), "ly") {
		k-- // "could not be independently verified"
	}
	if k >= 0 && (passiveAux.Of(v.lower(k)) || strings.HasSuffix(v.lower(c.at), "ed") && c.last+1 < len(v.toks) && v.lower(c.last+1) == "by") {
		// "were recorded by HRANA"; "the 2 million claimed by the unions";
		// "the detainees documented by the Helsinki Committee"
		if c.last+1 < len(v.toks) && v.lower(c.last+1) == "by" {
			by := v.phraseAfter(c.last + 2)
			if w := v.lower(c.at); (w == "quoted" || w == "cited") && by.b+1 < len(v.toks) && v.lower(by.b) == "as" {
				// "X was quoted by the Gulf Wire as saying": X speaks,
				// the outlet carries.
				j := skipBack(v, k-1)
				if v.isComma(j) && j > 0 && v.toks[j-1].capital {
					j-- // "a Guards general, Amirali Hajizadeh, was quoted": the name
				}
				f.who = v.author(v.phraseBefore(j))
				f.carriers = append(f.carriers, by)
				return f
			}
			f.who = v.author(by)
		}
		return f // a passive cue without an agent names nobody
	}
	if reducedRelative(v, c, k) {
		return f // "the highest figure ever recorded", "crowds estimated at a million"
	}
	j := skipBack(v, c.at-1)
	f.negated = negatedBetween(v, j+1, c.at)
	switch {
	case j >= 0 && v.lower(j) == "and" || strings.HasSuffix(v.lower(c.at), "ing") && (c.denies || v.lower(c.at) == "insisting" || (v.lower(c.at) == "saying" || v.lower(c.at) == "telling") && v.isComma(j)):
		// "put the toll at 16 and said 500 were arrested", "…, dismissing
		// activists' claims that…": the subject of the clause before.
		f.who = clauseSubject(v, c.at)
	case j >= 0 && v.isComma(j):
		if who, via, ok := apposition(v, j); ok {
			f.who, f.via = who, via
			break
		}
		if w := v.lower(c.at); w != "told" && w != "tells" {
			f.who, f.trailing = invertedSubject(v, c), true // "told reporters" names the audience
		}
	case j >= 0 && v.isQuote(j):
		f.who, f.trailing = invertedSubject(v, c), true
	default:
		f.who = v.author(v.phraseBefore(relativeSubject(v, j)))
		if p, ok := subjectBeforeRelative(v, f.who); ok {
			f.who = p // "the organisers of a march against a bill that would have allowed extraditions to China said"
		}
		if k := f.who.a - 1; k >= 1 && pronouns.Of(v.lower(k)) && !v.toks[f.who.a].capital {
			// "hospitals it supports had admitted", "a committee it set
			// up had verified": the noun before the relative clause
			if p := v.phraseBefore(k - 1); !p.empty() {
				f.who = v.author(p)
			}
		}
		if k := f.who.a - 1; k > 0 && (v.lower(k) == "including" || v.lower(k) == "as" && v.lower(k-1) == "such") {
			// "a coalition of rights groups including Amnesty Kenya said":
			// the subject is the coalition, not its member.
			if k := k - 1 - btoi(v.lower(k) == "as"); k >= 0 {
				if p := v.author(v.phraseBefore(k)); !p.empty() {
					f.who = p
				}
			}
		}
		if k := f.who.a - 1; k >= 2 && tiePrepositions.Of(v.lower(k)) && ties.Of(v.lower(k-1)) {
			// "a doctors' committee aligned with the protest movement
			// said": the committee speaks, not the movement it is tied to.
			if p := v.author(v.phraseBefore(k - 2)); !p.empty() {
				f.who = p
			}
		}
		f.trailing = !f.who.empty() && (v.isComma(f.who.a-1) || v.isQuote(f.who.a-1))
	}
	switch v.lower(c.at) {
	case "quoted":
		if p := v.phraseAfter(c.last + 1); !p.empty() {
			f.via = append(f.via, p) // "IRNA quoted a police chief as saying"
		}
	case "told", "tells", "telling":
		if p := v.phraseAfter(c.last + 1); !p.empty() && isOutlet(v, p) {
			f.carriers = append(f.carriers, p) // "witnesses told Reuters"
		}
	}
	return f
}

// ties describe a voice by whom it is bound to, before tiePrepositions:
// "a group close to the government", "militias backed by Iran".
var (
	ties            = set("aligned", "affiliated", "allied", "close", "linked", "tied", "loyal", "connected", "attached", "backed", "funded", "sponsored", "run", "controlled", "associated")
	tiePrepositions = set("with", "to", "by")
)

// reducedRelative reports a participle cue that describes the noun before
// it rather than having it as a subject: "the highest figure ever recorded
// in the country", "crowds estimated at more than a million". k is the
// token before the cue, adverbs passed.
func reducedRelative(v *sentenceView, c cue, k int) bool {
	if !strings.HasSuffix(v.lower(c.at), "ed") {
		return false // "opposition figures said"
	}
	ever := k >= 0 && v.lower(k) == "ever"
	if ever {
		k--
	}
	if k < 0 || !v.toks[k].word {
		return false
	}
	next := ""
	if c.last+1 < len(v.toks) {
		next = v.lower(c.last + 1)
	}
	if figureNouns.Of(v.lower(k)) && !v.toks[k].capital && (ever || participleFollowers.Of(next)) {
		return true
	}
	if v.lower(c.at) != "estimated" || c.last+1 >= len(v.toks) || v.lower(c.last+1) != "at" {
		return false
	}
	after := ""
	if c.last+2 < len(v.toks) {
		after = v.lower(c.last + 2)
	}
	return after != "least" && after != "most" && !v.toks[k].capital && !commonClaimants.Of(v.lower(k))
}

// participleFollowers follow a participle that describes a noun: "the
// figure recorded in May", "the total confirmed so far".
var participleFollowers = set("in", "at", "since", "so", "during", "on", "for", "this", "last", "over", "until")

// clauseSubject finds the subject shared by a coordinated or participial
// cue at token at: the claimant of the nearest cue before it, else the
// noun phrase that opens the sentence when it is a capitalised name.
func clauseSubject(v *sentenceView, at int) phrase {
	for k := len(v.cues) - 1; k >= 0; k-- {
		c := v.cues[k]
		if c.at >= at || c.kind == citingCue {
			continue
		}
		if f, ok := claimantOf(v, c); ok {
			return f.who
		}
	}
	first := 0
	for first < at && !v.toks[first].word {
		first++
	}
	if first >= at || !v.toks[first].capital || isDigitByte(v.text[v.toks[first].start]) {
		return phrase{}
	}
	return v.author(v.phraseAfter(first))
}

// subjectBeforeRelative reads the subject of a cue whose nearest phrase
// ends a relative clause: the noun phrase that opens the clause, before
// "that", "which" or "who" with no comma before them. ok is false when p
// stands in no such clause.
func subjectBeforeRelative(v *sentenceView, p phrase) (phrase, bool) {
	if p.empty() {
		return p, false
	}
	for k := p.a - 1; k > 0 && p.a-k <= 14; k-- {
		if !v.toks[k].word {
			return p, false // punctuation: the phrase is no relative clause's
		}
		switch v.lower(k) {
		case "that", "which", "who":
		default:
			continue
		}
		start := k - 1
		for start > 0 && (v.toks[start-1].word) && k-start <= 10 {
			start--
		}
		if start > 0 && !v.isComma(start-1) && !v.isQuote(start-1) {
			return p, false
		}
		for _, c := range v.cues {
			if c.at >= start && c.at < k {
				return p, false // "X said on Sunday that the police…": "that" opens what was said
			}
		}
		if w := v.lower(start); isDigitByte(v.text[v.toks[start].start]) || !v.toks[start].capital && !determiners.Of(w) {
			return p, false // the clause opens with no noun phrase: "adding that…", "killing three people who…"
		}
		q := v.author(v.phraseAfter(start))
		if q.empty() || q.b > k || !claimantLike(v, q) {
			return p, false
		}
		return q, true
	}
	return p, false
}

// relativeSubject steps from a relative pronoun before a cue to the noun
// it stands for: "The government, which put the figure at 46" → the token
// before the comma.
func relativeSubject(v *sentenceView, j int) int {
	if j >= 1 && v.toks[j].word && (v.lower(j) == "which" || v.lower(j) == "who") && v.isComma(j-1) {
		return j - 2
	}
	return j
}

// invertedSubject reads `said X` after a quotation or clause: X must close
// the clause ("…," said Ali Ahmadi, a doctor), so that "said the number of
// people killed had climbed" names nobody.
func invertedSubject(v *sentenceView, c cue) phrase {
	p := v.author(v.phraseAfter(c.last + 1))
	if p.empty() || p.b < len(v.toks) && v.toks[p.b].word && !relativeOpeners.Of(v.lower(p.b)) {
		return phrase{}
	}
	if n, ok := givenName(v, p.b); ok {
		return n // "said a woman outside the morgue who gave only her first name, Yeni"
	}
	return p
}

// givenName finds the name a relative clause at token j gives its
// speaker: "who gave only her first name, Yeni", "who gave his name as
// Karim", "who asked to be identified only as Ali".
func givenName(v *sentenceView, j int) (phrase, bool) {
	if j >= len(v.toks) || v.lower(j) != "who" {
		return phrase{}, false
	}
	for k := j + 1; k < len(v.toks) && k < j+10; k++ {
		if !v.toks[k].word {
			if v.isComma(k) && k > 0 && (v.lower(k-1) == "name" || v.lower(k-1) == "names") {
				return capitalRunAt(v, k+1)
			}
			if !v.isComma(k) {
				return phrase{}, false
			}
			continue
		}
		if w := v.lower(k); w == "as" && k > 0 && (v.lower(k-1) == "name" || v.lower(k-1) == "identified" || v.lower(k-1) == "only") {
			return capitalRunAt(v, k+1)
		}
	}
	return phrase{}, false
}

// capitalRunAt is the run of capitalised words from token k, at most
// three, that ends its clause.
func capitalRunAt(v *sentenceView, k int) (phrase, bool) {
	e := k
	for e < len(v.toks) && e < k+3 && v.toks[e].word && v.toks[e].capital {
		e++
	}
	if e == k || e < len(v.toks) && v.toks[e].word {
		return phrase{}, false
	}
	return phrase{k, e}, true
}

// relativeOpeners open a relative clause that describes the speaker
// before it: `"…," said a man in Mandalay who helped carry the wounded`.
var relativeOpeners = set("who", "whose", "whom")

// isOutlet reports a news outlet or agency, the carrier of what it is
// told.
func isOutlet(v *sentenceView, p phrase) bool {
	name := v.nameOf(p)
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	if audiences.Of(last) {
		return false
	}
	if fits(agency, name) {
		return true
	}
	for k := p.a; k < p.b; k++ {
		if outletNouns.Of(v.lower(k)) {
			return true // "the state broadcaster ORTM": the name is the outlet's
		}
	}
	return false
}

// outletNouns describe a news outlet before its name.
var outletNouns = set("broadcaster", "newspaper", "daily", "agency", "channel", "television", "radio", "website", "outlet")

// audiences are told things without carrying them: "told a news
// conference", "told reporters".
var audiences = set("conference", "briefing", "reporters", "journalists", "meeting", "session",
	"parliament", "lawmakers", "gathering", "crowd", "rally")

// negatedBetween reports "not" or "never" among tokens [from, to): "did
// not confirm".
func negatedBetween(v *sentenceView, from, to int) bool {
	for i := max(from, 0); i < to; i++ {
		if w := v.lower(i); w == "not" || w == "never" {
			return true
		}
	}
	return false
}

// apposition reads "NAME, APPOSITIVE, said" with the comma before the cue
// at j: the claimant is NAME. The appositive is a description ("a Kurdish
// rights group"), a relative clause ("which relies on volunteers") or
// "citing Y", which adds Y to Via.
func apposition(v *sentenceView, j int) (who phrase, via []phrase, ok bool) {
	k := j - 1
	for k >= 0 && j-k <= 24 && !v.isComma(k) {
		if v.toks[k].word && v.inFigure(k) {
			return phrase{}, nil, false
		}
		k--
	}
	if k <= 0 || !v.isComma(k) {
		return phrase{}, nil, false
	}
	first := v.lower(k + 1)
	if (first == "known" || first == "also" && v.lower(k+2) == "known") && j-1 > k+1 {
		// "The Kenya National Commission on Human Rights, known as
		// KNCHR, said", "known by its French initials as the CNLD": the
		// short name the writer goes on to use.
		p := v.phraseBefore(j - 1)
		if !p.empty() && v.lower(p.a) == "the" {
			p.a++
		}
		if as := p.a - 1 - btoi(v.lower(p.a-1) == "the"); !p.empty() && v.toks[p.a].capital && as > k+1 && v.lower(as) == "as" {
			return p, nil, true
		}
	}
	switch {
	case first == "citing" || first == "quoting":
		via = append(via, v.author(v.phraseAfter(k+2)))
	case first == "which" || first == "who" || first == "whose" || strings.HasSuffix(first, "ing"):
		// a relative or participial clause: "which relies on…",
		// "speaking on condition of anonymity"
	case determiners.Of(first) || !v.toks[k+1].capital || hasPossessive(v.text, v.toks[k+1]):
		// "a Kurdish rights group", "Wine's party": a description
		p := v.phraseBefore(skipParenthesis(v, j-1))
		if p.a != k+1 && !describedBy(v, k+1, j) && !roleApposition(v, k+1, j) {
			return phrase{}, nil, false // not a noun phrase: a clause
		}
		if role := v.phraseBefore(skipParenthesis(v, k-1)); determiners.Of(first) && properName(v, phrase{k + 2, p.b}) &&
			!role.empty() && !v.toks[role.b-1].capital {
			// "Guinea's opposition coalition, the FNDC, said": the
			// name in apposition to a description is the claimant.
			return phrase{k + 2, p.b}, nil, true
		}
	default:
		// "The ministry's spokesman, Ahmad Vahidi, said": a name in
		// apposition to a role is the claimant.
		role := v.phraseBefore(k - 1)
		if !role.empty() && v.toks[role.b-1].capital {
			// "Al-Qaeda's affiliate in the Sahel, JNIM, said": the role
			// stands before the place that qualifies it.
			for i := role.a + 1; i < role.b-1; i++ {
				if placePrepositions.Of(v.lower(i)) && !v.toks[i-1].capital {
					role.b = i
					break
				}
			}
		}
		name := v.phraseBefore(j - 1)
		if role.empty() || v.toks[role.b-1].capital && !hasRole(v, role) || name.a != k+1 {
			return phrase{}, nil, false
		}
		return name, nil, true
	}
	who = v.author(v.phraseBefore(skipParenthesis(v, k-1)))
	return who, via, !who.empty()
}

// roleApposition reports an appositive in tokens [a, j) that gives a
// person's role without an article: "Mojtaba Zolnour, head of the
// parliament's national security and foreign policy committee, said".
func roleApposition(v *sentenceView, a, j int) bool {
	if !titles.Of(v.lower(a)) && !personRoles.Of(v.lower(a)) && !roleNouns.Of(v.lower(a)) || j-a > 16 {
		return false
	}
	for k := a; k < j; k++ {
		if v.toks[k].word && v.inFigure(k) {
			return false
		}
	}
	for _, c := range v.cues {
		if c.at >= a && c.at < j {
			return false // a clause with a voice of its own
		}
	}
	return true
}

// placePrepositions tie a place to the role before it: "affiliate in the
// Sahel", "governor of Tehran".
var placePrepositions = set("in", "of", "for")

// describedBy reports an appositive description with a participle phrase
// in tokens [a, j): "a panel of experts appointed by the IACHR".
func describedBy(v *sentenceView, a, j int) bool {
	if !determiners.Of(v.lower(a)) || a+1 >= j || v.toks[a+1].capital || j-a > 12 {
		return false
	}
	for k := a + 2; k < j; k++ {
		if !v.toks[k].word && !v.isPunct(k, "'") || v.inFigure(k) {
			return false
		}
	}
	for _, c := range v.cues {
		if c.at > a && c.at < j {
			return false // a clause with a voice of its own
		}
	}
	return true // "a news agency close to the Revolutionary Guards"
}

// properName reports a name in capitals: every word capitalised but the
// small words inside it.
func properName(v *sentenceView, p phrase) bool {
	if p.empty() || !v.toks[p.a].capital || !v.toks[p.b-1].capital {
		return false
	}
	for i := p.a; i < p.b; i++ {
		if !v.toks[i].capital && !connector(v.lower(i)) {
			return false
		}
	}
	return true
}

// hasRole reports a role word in p: "the U.N. special envoy for Myanmar".
func hasRole(v *sentenceView, p phrase) bool {
	for i := p.a; i < p.b; i++ {
		if w := v.lower(i); titles.Of(w) || personRoles.Of(w) || roleNouns.Of(w) {
			return true
		}
	}
	return false
}

// citedAfter finds ", citing Y" or ", quoting Y" after cue c, up to the
// next cue or semicolon: "RSF counted 44 arrests; five were killed, it
// said, citing colleagues" cites colleagues for the five only.
func citedAfter(v *sentenceView, c cue, from int) []phrase {
	var via []phrase
	for i := from; i < len(v.toks) && i < from+cueReach; i++ {
		if v.isPunct(i, ";") || laterCue(v, c, i) {
			break
		}
		switch v.lower(i) {
		case "citing", "quoting":
			if p := v.author(v.phraseAfter(i + 1)); !p.empty() {
				via = append(via, p)
			}
		}
	}
	return via
}

// laterCue reports a reporting cue other than citing at token i, after c.
func laterCue(v *sentenceView, c cue, i int) bool {
	for _, d := range v.cues {
		if d.at == i && d.at > c.last && d.kind != citingCue {
			return true
		}
	}
	return false
}

// denialWords, after a judging verb ("called the report fake") or anywhere
// after a cue, reject the figure.
var denialWords = set("fake", "false", "baseless", "lies", "untrue", "exaggerated", "fabricated", "propaganda", "groundless")

// denialAfter reports a denial word after the cue in its sentence.
func denialAfter(v *sentenceView, c cue) bool {
	for i := c.last + 1; i < len(v.toks) && i <= c.last+cueReach; i++ {
		if denialWords.Of(v.lower(i)) {
			return true
		}
	}
	return false
}

// skipBack passes over the words that may stand between a subject and its
// cue ("has also", "on Monday", "did not", a bracketed acronym) and returns
// the index before them.
func skipBack(v *sentenceView, j int) int {
	for j >= 0 {
		switch {
		case v.toks[j].word && skippable.Of(v.lower(j)):
			j--
		case v.toks[j].word && !v.toks[j].capital && strings.HasSuffix(v.lower(j), "ly") && j > 0:
			j-- // "has repeatedly rejected"
		case v.isPunct(j, ")"):
			k := skipParenthesis(v, j)
			if k == j {
				return j // no opening bracket near: nothing to skip
			}
			j = k
		case v.isComma(j):
			k := prepositionalAside(v, j)
			if k == j {
				return j
			}
			j = k
		default:
			return j
		}
	}
	return j
}

// prepositionalAside passes back over an aside between commas that opens
// with a preposition, ending at the comma j: "French security officials,
// in an assessment seen by CNN, put the toll at 600". It returns the index
// before the aside's opening comma; j itself when there is none.
func prepositionalAside(v *sentenceView, j int) int {
	for k := j - 1; k > 0 && j-k <= 12; k-- {
		if !v.toks[k].word {
			if v.isComma(k) && k+1 < j && asidePrepositions.Of(v.lower(k+1)) {
				// Only after the subject that opens the clause: "…killed in
				// the attack, in the capital, said the governor" has none.
				if p := v.phraseBefore(k - 1); !p.empty() && (p.a == 0 || !v.toks[p.a-1].word && !v.isComma(p.a-1)) {
					return k - 1
				}
				return j
			}
			if !v.isPunct(k, "'") && !v.isPunct(k, "-") {
				return j
			}
		}
		if v.inFigure(k) {
			return j
		}
	}
	return j
}

// asidePrepositions open an aside about how a voice spoke.
var asidePrepositions = set("in", "on", "at", "during", "after", "without", "through", "via")

// skipParenthesis passes back over a bracketed aside ending at j ("… Network
// (KHRN)") and returns the index before it; j itself when it is no ")".
func skipParenthesis(v *sentenceView, j int) int {
	if !v.isPunct(j, ")") {
		return j
	}
	for k := j - 1; k >= 0 && j-k <= 8; k-- {
		if v.isPunct(k, "(") {
			return k - 1
		}
	}
	return j
}

// nameResolved names phrase p, resolving "the group", "it", "he" to an
// earlier name of a fitting kind.
func (d *Document) nameResolved(v *sentenceView, p phrase) string {
	if p.empty() {
		return ""
	}
	raw := trimPossessive(v.text[v.toks[p.a].start:v.toks[p.b-1].end])
	if p.b-p.a == 2 && (v.lower(p.a) == "its" || v.lower(p.a) == "their") && (commonClaimants.Of(v.lower(p.a+1)) || staffNouns.Of(v.lower(p.a+1))) {
		// "its researchers had counted": the body they work for
		if ref, ok := d.resolve(anyOrg, "", v.toks[p.a].start); ok {
			return ref
		}
	}
	if kind, head, ok := anaphorKind(raw); ok {
		if ref, ok := d.resolve(kind, head, v.toks[p.a].start); ok {
			return ref
		}
		if kind == anyVoice && head != "" || kind == sameHead {
			return v.nameOf(p) // "the organisers", named by nothing before: organisers
		}
		// Unresolved: "the group" reads better than "group"; a
		// sentence-initial "The" is written lower case.
		if determiners.Of(strings.ToLower(v.lower(p.a))) {
			raw = strings.ToLower(raw[:1]) + raw[1:]
		}
		return raw
	}
	return v.nameOf(p)
}

// anaphorKind reports whether a name refers back ("the group", "it"),
// what kind of name it needs and its head noun.
func anaphorKind(name string) (mentionKind, string, bool) {
	n := strings.ToLower(name)
	switch n {
	case "it", "its":
		return anyOrg, "", true
	case "he", "she", "his", "her":
		return person, "", true
	case "they", "their", "them":
		return anyVoice, "", true
	}
	if k, ok := partitive(n); ok {
		return k, "", true // "two of them": some of the voices named before
	}
	for _, det := range []string{"the ", "this ", "that ", "its ", "her ", "his ", "their "} {
		if rest, ok := strings.CutPrefix(n, det); ok {
			if k, ok := anaphorHeads.Get(rest); ok {
				return k, rest, true
			}
			if k, head, ok := describedHead(name, rest); ok {
				return k, head, true // "the Oslo-based group"
			}
			if documentNouns.Of(rest) && det != "this " && det != "that " {
				return anyVoice, "", true // "the statement says": whoever issued it
			}
			return 0, "", false
		}
	}
	return 0, "", false
}

// describedHead reads a description that ends in a group's anaphor head
// written lower case, "the Oslo-based group", "the Kurdish rights group": unlike
// "the Kenya National Commission", whose capitalised head makes it a name.
// name is as written, rest its lower case without the determiner.
func describedHead(name, rest string) (mentionKind, string, bool) {
	i := strings.LastIndexByte(rest, ' ')
	if i < 0 || strings.Count(rest, " ") > 3 {
		return 0, "", false
	}
	head := rest[i+1:]
	if !strings.HasSuffix(name, head) {
		return 0, "", false // the head is capitalised: a name
	}
	if strings.Contains(rest, "'s ") || strings.Contains(rest, "’s ") {
		return 0, "", false // "the ombudsman's office" says whose: no anaphor
	}
	switch {
	case describedHeads.Of(head):
		return group, head, true
	case namedBodyHeads.Of(head):
		return sameHead, head, true // "the state-funded commission": only a commission named before
	}
	return 0, "", false
}

// namedBodyHeads end descriptions that refer back only to a body of the
// same kind named before: "the Kenya National Commission on Human Rights
// … the state-funded commission".
var namedBodyHeads = set("commission", "committee", "council", "centre", "center", "office", "forum",
	"coalition", "alliance", "association", "federation", "institute", "foundation", "observatory")

// described reports a description that refers back by its own words,
// "the Oslo-based group", rather than by a bare head or pronoun.
func described(raw string) bool {
	n := strings.ToLower(raw)
	for _, det := range []string{"the ", "this ", "that "} {
		if rest, ok := strings.CutPrefix(n, det); ok {
			_, _, ok := describedHead(raw, rest)
			return ok
		}
	}
	return false
}

// describedHeads are the heads of descriptions that only ever refer back:
// "the UN office" and "the human rights commission" may be names.
var describedHeads = set("group", "organisation", "organization", "watchdog", "charity", "ngo", "monitor")

// partitive reads "two of them", "one of those": part of the voices named
// before.
func partitive(n string) (mentionKind, bool) {
	for _, tail := range []string{" of them", " of those", " of whom"} {
		if strings.HasSuffix(n, tail) && strings.Count(n, " ") <= 3 {
			return anyVoice, true
		}
	}
	return 0, false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
