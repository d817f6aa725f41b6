package attribution

import "strings"

// found is one cue with the claimant it names.
type found struct {
	c        cue
	who      phrase
	via      []phrase
	trailing bool // the cue closes the sentence: "…, the group said."
}

// inSentence attributes within one sentence. With v.fig unset (borrowing
// for an earlier sentence) the last cue wins, and trailing reports whether
// it closes the sentence.
func (d *Document) inSentence(v *sentenceView, borrowing bool) (a Attribution, ok, trailing bool) {
	cues := findCues(v.text, v.toks)
	var best found
	bestDist := -1
	for _, c := range cues {
		if c.kind == citingCue {
			continue
		}
		f, ok := claimantOf(v, c)
		if !ok {
			continue
		}
		dist := 0
		if !borrowing {
			dist = abs(v.toks[c.at].start - v.fig[0])
		}
		if bestDist < 0 || dist < bestDist || borrowing {
			best, bestDist = f, dist
		}
	}
	if bestDist < 0 {
		f, ok := citingOnly(v, cues)
		if !ok {
			return Attribution{}, false, false
		}
		best = f
	}
	return d.attribution(v, best), true, best.trailing
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

// attribution turns a found cue into an Attribution, resolving anaphors.
func (d *Document) attribution(v *sentenceView, f found) Attribution {
	a := Attribution{
		Name:     d.nameResolved(v, f.who),
		Cue:      v.text[v.toks[f.c.at].start:v.toks[f.c.last].end],
		CueStart: v.toks[f.c.at].start,
		Denies:   f.c.denies,
	}
	for _, p := range f.via {
		if name := d.nameResolved(v, p); name != "" && name != a.Name {
			a.Via = append(a.Via, name)
		}
	}
	return a
}

// claimantOf finds the claimant a cue names.
func claimantOf(v *sentenceView, c cue) (found, bool) {
	f := found{c: c}
	switch c.kind {
	case accordingCue:
		f.who = v.author(v.phraseAfter(c.last + 1))
		f.trailing = v.isComma(c.at - 1)
	case putCue:
		f.who = v.author(v.phraseBefore(skipBack(v, c.at-1)))
	case verbCue:
		f = verbClaimant(v, c)
	}
	if f.who.empty() || f.who.b-f.who.a == 1 && (v.lower(f.who.a) == "we" || v.lower(f.who.a) == "i") {
		// "We counted 300": the speaker of a quotation, named by its
		// own cue, not a claimant in itself.
		return found{}, false
	}
	f.via = append(f.via, citedAfter(v, c.last+1)...)
	return f, true
}

// verbClaimant finds the claimant of a reporting verb: its subject before
// it, or after it when inverted (`"…," said X`) or passive ("were recorded
// by X").
func verbClaimant(v *sentenceView, c cue) found {
	f := found{c: c}
	if c.at > 0 && passiveAux[v.lower(c.at-1)] {
		if c.last+1 < len(v.toks) && v.lower(c.last+1) == "by" {
			f.who = v.author(v.phraseAfter(c.last + 2))
		}
		return f // a passive cue without an agent names nobody
	}
	j := skipBack(v, c.at-1)
	switch {
	case j >= 0 && v.isComma(j):
		if who, via, ok := apposition(v, j); ok {
			f.who, f.via = who, via
			break
		}
		f.who, f.trailing = v.author(v.phraseAfter(c.last+1)), true
	case j >= 0 && v.isQuote(j):
		f.who, f.trailing = v.author(v.phraseAfter(c.last+1)), true
	default:
		f.who = v.author(v.phraseBefore(j))
		f.trailing = !f.who.empty() && (v.isComma(f.who.a-1) || v.isQuote(f.who.a-1))
	}
	if v.lower(c.at) == "quoted" && !f.who.empty() {
		if p := v.phraseAfter(c.last + 1); !p.empty() {
			f.via = append(f.via, p) // "IRNA quoted a police chief as saying"
		}
	}
	return f
}

// apposition reads "NAME, APPOSITIVE, said" with the comma before the cue
// at j: the claimant is NAME; an appositive "citing Y" adds Y to Via.
func apposition(v *sentenceView, j int) (who phrase, via []phrase, ok bool) {
	k := j - 1
	for k >= 0 && j-k <= 12 && !v.isComma(k) {
		if v.toks[k].word && v.inFigure(k) {
			return phrase{}, nil, false
		}
		k--
	}
	if k <= 0 || !v.isComma(k) {
		return phrase{}, nil, false
	}
	first := v.lower(k + 1)
	switch {
	case first == "citing" || first == "quoting":
		via = append(via, v.author(v.phraseAfter(k+2)))
	case determiners[first] || !v.toks[k+1].capital:
		if p := v.phraseBefore(j - 1); p.a != k+1 {
			return phrase{}, nil, false // not a noun phrase: a clause
		}
	default:
		return phrase{}, nil, false
	}
	who = v.author(v.phraseBefore(k - 1))
	return who, via, !who.empty()
}

// citedAfter finds ", citing Y" or ", quoting Y" after a cue.
func citedAfter(v *sentenceView, from int) []phrase {
	var via []phrase
	for i := from; i < len(v.toks); i++ {
		switch v.lower(i) {
		case "citing", "quoting":
			if p := v.author(v.phraseAfter(i + 1)); !p.empty() {
				via = append(via, p)
			}
		}
	}
	return via
}

// skipBack passes over the words that may stand between a subject and its
// cue ("has also", "on Monday") and returns the index before them.
func skipBack(v *sentenceView, j int) int {
	for j >= 0 && v.toks[j].word && skippable[v.lower(j)] {
		j--
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
	if kind, ok := anaphorKind(raw); ok {
		if ref, ok := d.resolve(kind, v.toks[p.a].start); ok {
			return ref
		}
		return raw // unresolved: "the group" reads better than "group"
	}
	return v.nameOf(p)
}

// anaphorKind reports whether a name refers back ("the group", "it") and
// what kind of name it needs.
func anaphorKind(name string) (mentionKind, bool) {
	n := strings.ToLower(name)
	switch n {
	case "it":
		return anyOrg, true
	case "he", "she":
		return person, true
	}
	for _, det := range []string{"the ", "this ", "that "} {
		if rest, ok := strings.CutPrefix(n, det); ok {
			k, ok := anaphorHeads[rest]
			return k, ok
		}
	}
	return 0, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
