package place

import (
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	r := resolver(t)
	text := os.Getenv("DBG_TEXT")
	toks := tokenize(text, nil)
	ms := r.recognise(text, toks)
	ctx := &docContext{text: text, sentence: sentences(toks)}
	ctx.countries, ctx.focus = r.focus(text, toks, ms)
	t.Logf("focus %s %v", ctx.focus, ctx.countries)
	for i, m := range ms {
		t.Logf("%s needs=%v cue=%v", m.Text, m.needs, m.Cue)
		for _, c := range m.cands {
			e := r.g.Entry(c.Entry)
			t.Logf("   %.2f %s %v %s %s %d prim=%v", r.score(ms, i, c, ctx), e.Name, e.Kind, e.Country, e.Feature, e.Population, c.Primary)
		}
	}
}
