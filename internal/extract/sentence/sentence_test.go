package sentence

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func texts(text string) []string {
	var out []string
	for _, sp := range Split(text) {
		out = append(out, text[sp[0]:sp[1]])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Crowds gathered. Police fired tear gas.",
			[]string{"Crowds gathered.", "Police fired tear gas."}},
		{"title", "It was late. Dr. Maryam Rezaei treated 40 people.",
			[]string{"It was late.", "Dr. Maryam Rezaei treated 40 people."}},
		{"month", "On Nov. 16 the network went dark. Nobody could call out.",
			[]string{"On Nov. 16 the network went dark.", "Nobody could call out."}},
		{"acronym inside", "The U.N. Human Rights Office counted 12 deaths. It asked for access.",
			[]string{"The U.N. Human Rights Office counted 12 deaths.", "It asked for access."}},
		{"acronym at end", "Sanctions came from the U.S. The rial fell again.",
			[]string{"Sanctions came from the U.S.", "The rial fell again."}},
		{"decimal", "About 1.5 million people marched. Shops shut.",
			[]string{"About 1.5 million people marched.", "Shops shut."}},
		{"initial", "The lawyer J. K. Tabrizi said 30 were held. He left.",
			[]string{"The lawyer J. K. Tabrizi said 30 were held.", "He left."}},
		{"saint", "Riots spread to St. Petersburg. Shops burned.",
			[]string{"Riots spread to St. Petersburg.", "Shops burned."}},
		{"number abbreviation", "He was held in Ward No. 2 of the prison. The answer was no. Then he wept.",
			[]string{"He was held in Ward No. 2 of the prison.", "The answer was no.", "Then he wept."}},
		{"quote closes", `"We counted 300 bodies." The group said so.`,
			[]string{`"We counted 300 bodies."`, "The group said so."}},
		{"quote continues", `"Where are they?" she asked. Nobody answered.`,
			[]string{`"Where are they?" she asked.`, "Nobody answered."}},
		{"curly quote", "“Stop shooting!” he shouted. They did not.",
			[]string{"“Stop shooting!” he shouted.", "They did not."}},
		{"lower case after period", "approx. five hundred came. Then rain.",
			[]string{"approx. five hundred came.", "Then rain."}},
		{"incl. before a number", "Police: 18 dead, incl. 3 officers. Then rain.",
			[]string{"Police: 18 dead, incl. 3 officers.", "Then rain."}},
		{"bracket", "The toll rose (see below.) Officials were silent.",
			[]string{"The toll rose (see below.)", "Officials were silent."}},
		{"paragraph", "Headline without stop\n\nBody text here. More.\n \nLast",
			[]string{"Headline without stop", "Body text here.", "More.", "Last"}},
		{"single newline joins", "A line that wraps\nonto the next. Done.",
			[]string{"A line that wraps\nonto the next.", "Done."}},
		{"empty", "", nil},
		{"spaces", "  \n\n  ", nil},
		{"ellipsis", "They waited... Then the shooting began.",
			[]string{"They waited...", "Then the shooting began."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(texts(tt.text), tt.want); diff != "" {
				t.Errorf("Split(%q) (-got +want):\n%s", tt.text, diff)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"A. B.", "Dr. X said 5. Y.", "\n\n\n", "“Hi!” he said.", "U.S. The", "a.b.c. D", "1.5. 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, sp := range Split(text) {
			if sp[0] < prev || sp[0] >= sp[1] || sp[1] > len(text) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, text)
			}
			if s := text[sp[0]:sp[1]]; strings.Trim(s, " \n\t\r\f\v") != s {
				t.Fatalf("untrimmed sentence %q", s)
			}
			prev = sp[1]
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("The U.N. office said on Nov. 3 that about 1.5 million people had fled. Dr. Amini, who runs the clinic, was not reached. \"It is calm now,\" he said.\n\n", 2000)
	b.SetBytes(int64(len(text)))
	var dst [][2]int
	for b.Loop() {
		dst = AppendSplit(dst[:0], text)
	}
}

// TestMayBeAbbreviation checks that the pre-check admits every
// abbreviation in any case (a false answer must be certain) and rules out
// most other short words.
func TestMayBeAbbreviation(t *testing.T) {
	for _, set := range []map[string]bool{abbreviations, numberAbbreviations} {
		for w := range set {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if !abbreviationShapes.MayHold(v) {
					t.Errorf("MayHold(%q) = false, but it is an abbreviation", v)
				}
			}
		}
	}
	out := 0
	words := strings.Fields("said year week city people killed police the report Tehran Monday today")
	for _, w := range words {
		if !abbreviationShapes.MayHold(w) {
			out++
		}
	}
	if out < len(words)*2/3 {
		t.Errorf("ruled out %d of %d words, want most", out, len(words))
	}
}
