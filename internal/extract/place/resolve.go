package place

import (
	"math"
	"strings"

	"tally/internal/geo"
)

// docContext is what resolution knows about a document.
type docContext struct {
	text      string
	focus     string // ISO code of the document's country
	countries votes  // evidence for each country
}

// resolve chooses each mention's place: the document's focus country first,
// then a region or country named nearby, then population. Doubtful towns
// that nothing confirms are dropped. With spans, only the mentions that
// overlap them are resolved and kept; nil keeps all. A mention's choice
// reads the other mentions' readings, never their choices, so leaving
// some out changes nothing for the rest.
func (r *Resolver) resolve(text string, toks []token, ms []Mention, spans [][2]int, vs votes) ([]Mention, string, votes) {
	ctx := &docContext{text: text}
	ctx.countries, ctx.focus = r.focus(text, toks, ms, vs)
	for i := range ms {
		ms[i].best = -1
		if spans == nil || overlaps(spans, ms[i].Start, ms[i].End) {
			ms[i].best = r.choose(ms, i, ctx)
		}
	}
	out := ms[:0]
	for i := range ms {
		if ms[i].best < 0 || ms[i].needs && !r.confirmed(text, ms, i, ctx.focus) {
			continue
		}
		ms[i].Place = r.g.Place(ms[i].best)
		out = append(out, ms[i])
	}
	return out, ctx.focus, ctx.countries
}

// focus weighs the evidence for each country: a dateline, country names,
// demonyms, and towns that can lie in one country only. The votes are
// counted in vs's room.
func (r *Resolver) focus(text string, toks []token, ms []Mention, vs votes) (votes, string) {
	vs = vs[:0]
	for i := range ms {
		m := &ms[i]
		w := 1.0
		if m.Start < 40 && (toks[m.tok].allCaps() || dateline(text[m.End:])) {
			w = 3
		}
		switch {
		case m.needs:
			w = 0 // a doubtful town must not confirm itself
		case m.Metonym:
			w = 0.5
		}
		cc, strength := r.countryOf(m)
		vs = vs.add(cc, w*strength)
	}
	best, bestVote := "", 0.0
	for i := range ms {
		cc, _ := r.countryOf(&ms[i])
		if v := vs.of(cc); v > bestVote {
			best, bestVote = cc, v
		}
	}
	return vs, best
}

// votes are the evidence for each country of a document, in the order
// the countries first come: a document names few, and a short list costs
// less than a map made for each document.
type votes []vote

type vote struct {
	cc string
	v  float64
}

// add adds v to cc's evidence; the empty code, no country, gets none.
func (vs votes) add(cc string, v float64) votes {
	if cc == "" {
		return vs
	}
	for i := range vs {
		if vs[i].cc == cc {
			vs[i].v += v
			return vs
		}
	}
	return append(vs, vote{cc, v})
}

// of is cc's evidence, 0 for a country with none.
func (vs votes) of(cc string) float64 {
	for _, x := range vs {
		if x.cc == cc {
			return x.v
		}
	}
	return 0
}

// dateline reports whether the text after a name is a dateline's: "TEHRAN
// (Reuters) —", "Tehran, Iran —".
func dateline(after string) bool {
	after = strings.TrimLeft(after, " ")
	return strings.HasPrefix(after, "(") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") ||
		strings.HasPrefix(after, "-") || strings.HasPrefix(after, ":")
}

// countryOf is the country a mention points to and how strongly: a country
// name counts 2, a demonym 1, a town whose every reading lies in one
// country 1, a town whose largest reading dwarfs the others 0.5.
func (r *Resolver) countryOf(m *Mention) (string, float64) {
	var top, second int64
	topCC, only := "", true
	for _, c := range m.cands {
		e := r.g.Entry(c.Entry)
		if e.Kind == geo.Country && c.Primary || c.Abbrev {
			if r.regionElsewhere(m.cands, e.Country) {
				return "", 0 // Georgia the country or the state: let the rest decide
			}
			return e.Country, 2
		}
		if c.Demonym {
			return e.Country, 1
		}
		if e.Country == "" {
			continue
		}
		if topCC != "" && e.Country != topCC {
			only = false
		}
		if e.Population > top {
			if topCC != e.Country {
				second = top
			}
			top, topCC = e.Population, e.Country
		} else if e.Country != topCC && e.Population > second {
			second = e.Population
		}
	}
	switch {
	case topCC == "":
		return "", 0
	case only:
		return topCC, 1
	case top > 20*second:
		return topCC, 0.5
	}
	return "", 0
}

// regionElsewhere reports whether a name also names a province or state of
// another country.
func (r *Resolver) regionElsewhere(cands []geo.Match, cc string) bool {
	for _, c := range cands {
		if e := r.g.Entry(c.Entry); e.Kind == geo.Admin1 && e.Country != cc {
			return true
		}
	}
	return false
}

// choose scores each reading of mention i and returns the best entry, -1
// when it has none. Context is weighed only for readings that it could
// lift above the best reading without it.
func (r *Resolver) choose(ms []Mention, i int, ctx *docContext) int32 {
	cands := ms[i].cands
	switch len(cands) {
	case 0:
		return -1
	case 1:
		return cands[0].Entry
	}
	var base [maxReadings]float64
	top := math.Inf(-1)
	for k, c := range cands {
		base[k] = r.baseScore(&ms[i], c, ctx)
		top = max(top, base[k])
	}
	best, bestScore := int32(-1), math.Inf(-1)
	for k, c := range cands {
		s := base[k]
		if e := r.g.Entry(c.Entry); s+maxNearby >= top && (e.Kind == geo.City || e.Kind == geo.Admin1) {
			s += r.nearby(ctx.text, ms, i, e, ctx)
		}
		if s > bestScore {
			best, bestScore = c.Entry, s
		}
	}
	return best
}

// maxNearby is the most that nearby can add.
const maxNearby = 5

// baseScore weighs one reading without its neighbours: population, kind,
// whether the name is the place's own, and the document's countries.
func (r *Resolver) baseScore(m *Mention, c geo.Match, ctx *docContext) float64 {
	e := r.g.Entry(c.Entry)
	s := math.Log10(float64(e.Population) + 10)
	switch e.Kind {
	case geo.Country, geo.Region:
		s += 3
	case geo.Admin1:
		switch {
		case m.province:
			s += 3
		case r.seatAmong(m.cands, e):
			s -= 2 // bare "Kerman" is the city that gives the province its name
		default:
			s++
		}
	case geo.City:
		s += featureBonus[e.Feature]
	}
	if !c.Primary && !c.Abbrev && !c.Demonym {
		s -= 1.2 // Idaho is the state, not Idaho Springs
	}
	switch {
	case e.Country == "":
	case e.Country == ctx.focus:
		s += 3 // worth three orders of magnitude of people: Nice, France outweighs Nice, California
	case ctx.countries.of(e.Country) > 0:
		s += 1.5
	}
	return s
}

// seatAmong reports whether a region's seat is among the readings of its
// name: a capital of the same region.
func (r *Resolver) seatAmong(cands []geo.Match, region *geo.Entry) bool {
	for _, c := range cands {
		e := r.g.Entry(c.Entry)
		if e.Kind == geo.City && e.Country == region.Country && e.Admin1 == region.Admin1 && (e.Feature == "PPLA" || e.Feature == "PPLC") {
			return true
		}
	}
	return false
}

// featureBonus favours capitals and seats of regions over villages of the
// same name.
var featureBonus = map[string]float64{"PPLC": 1.5, "PPLA": 0.8, "PPLA2": 0.3, "PPLG": 0.5}

// nearby rewards a reading whose region or country another mention names:
// strongly when that mention stands right beside it ("Pandi, Bulacan",
// "Shahriar in Tehran province", "Tabriz, Azerbaijan"), weakly when it is
// within two sentences, since a list of regions ("Oregon and Wisconsin")
// says little about each town-named-like-a-region in it.
func (r *Resolver) nearby(text string, ms []Mention, i int, e *geo.Entry, ctx *docContext) float64 {
	here := ms[i].sent
	lo, hi := i, i // the mentions within two sentences, found by walking out
	for lo > 0 && here-ms[lo-1].sent <= 2 {
		lo--
	}
	for hi+1 < len(ms) && ms[hi+1].sent-here <= 2 {
		hi++
	}
	bonus := 0.0
	for j := lo; j <= hi; j++ {
		if j == i {
			continue
		}
		beside := j == i+1 && besideGap(text[ms[i].End:ms[j].Start]) || j == i-1 && besideGap(text[ms[j].End:ms[i].Start])
		for _, c := range ms[j].cands {
			o := r.g.Entry(c.Entry)
			if o.Country != e.Country || c.Demonym {
				continue
			}
			bonus = max(bonus, relation(e, o, beside))
		}
	}
	return bonus
}

// relation scores how one place's reading supports another's.
func relation(e, o *geo.Entry, beside bool) float64 {
	sameAdmin := o.Admin1 == e.Admin1
	switch {
	case e.Kind == geo.City && o.Kind == geo.Admin1 && sameAdmin && beside:
		return 5
	case e.Kind == geo.Admin1 && o.Kind == geo.City && sameAdmin && beside:
		return 3
	case o.Kind == geo.Country && beside:
		return 2
	case e.Kind == geo.City && o.Kind == geo.Admin1 && sameAdmin:
		return 1.5
	case o.Kind == geo.Country, e.Kind == geo.Admin1 && o.Kind == geo.City && sameAdmin:
		return 1
	}
	return 0
}

// besideGap reports whether the text between two names ties them: "Pandi,
// Bulacan", "Shahriar in Tehran province", "Van (Turkey)".
func besideGap(gap string) bool {
	switch strings.TrimSpace(gap) {
	case ",", "in", "(", ", in", "in the", "of", "province of", ", the capital of", "city,", "city in":
		return true
	}
	return false
}
