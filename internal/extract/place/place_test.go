package place

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
	"tally/internal/extract/wordset"
)

func resolver(tb testing.TB) *Resolver {
	tb.Helper()
	r, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// names renders mentions as "Text=Name/Admin1/CC" for compact tables.
func names(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		s := m.Text + "=" + m.Place.Name + "/" + m.Place.Admin1 + "/" + m.Place.Country
		if m.Demonym {
			s += " demonym"
		}
		if m.Metonym {
			s += " metonym"
		}
		out = append(out, s)
	}
	return out
}

func TestMentions(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Protesters gathered in Isfahan and Esfahan on Friday.",
			[]string{"Isfahan=Isfahan/Isfahan/IR", "Esfahan=Isfahan/Isfahan/IR"}},
		{"Pilgrims travelled to Meshed, which is also written Mashhad.",
			[]string{"Meshed=Mashhad/Razavi Khorasan/IR", "Mashhad=Mashhad/Razavi Khorasan/IR"}},
		{"Seven people were detained in Shahriar in Tehran province.",
			[]string{"Shahriar=Shahriar/Tehran/IR", "Tehran province=Tehran/Tehran/IR"}},
		{"The Tehran Times and the Fars news agency reported clashes.", nil},
		{"Iranian police arrested 40 people in Sari, the capital of Mazandaran.",
			[]string{"Iranian=Iran//IR demonym", "Sari=Sari/Mazandaran/IR", "Mazandaran=Mazandaran/Mazandaran/IR"}},
		{"Tehran dismissed the report as lies.",
			[]string{"Tehran=Tehran/Tehran/IR metonym"}},
		{"Michael Jordan visited the museum. Reading the news, she smiled.", nil},
		{"Of the 300 detainees, most were students.", nil},
		{"Mobile phone networks were cut. Nice words changed nothing. Buffalo and deer roam the park.", nil},
		{"Snow closed roads in Buffalo, New York, and in Nice.",
			[]string{"Buffalo=Buffalo/New York/US", "New York=New York/New York/US", "Nice=Nice/Provence-Alpes-Cote d'Azur/FR"}},
		{"Strikes spread from Kerman to Kermanshah.",
			[]string{"Kerman=Kerman/Kerman/IR", "Kermanshah=Kermanshah/Kermanshah/IR"}},
		{"The U.S. and the UK imposed sanctions on Iran.",
			[]string{"U.S.=United States//US", "UK=United Kingdom//GB metonym", "Iran=Iran//IR"}},
		{"تظاهرات در تبریز و ارومیه ادامه یافت.",
			[]string{"تبریز=Tabriz/East Azerbaijan/IR", "ارومیه=Orumiyeh/West Azerbaijan/IR"}},
		{"The People's Republic of China and the Republic of China disagreed.",
			[]string{"People's Republic of China=China//CN", "Republic of China=Taiwan//TW"}},
		{"Security forces opened fire in Zahedan, Sistan and Baluchestan province.",
			[]string{"Zahedan=Zahedan/Sistan and Baluchestan/IR", "Sistan and Baluchestan province=Sistan and Baluchestan/Sistan and Baluchestan/IR"}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:min(len(tt.text), 30)], func(t *testing.T) {
			got := names(r.Mentions(tt.text))
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Mentions(%q) (-got +want):\n%s", tt.text, diff)
			}
		})
	}
}

// scopesOf builds one scope per figure: the sentence, paragraph and figure
// spans, each figure written once in the text.
func scopesOf(t *testing.T, text string, figures ...string) []Scope {
	t.Helper()
	var scopes []Scope
	for _, f := range figures {
		at := strings.Index(text, f)
		if at < 0 {
			t.Fatalf("figure %q not in text", f)
		}
		sStart := strings.LastIndexAny(text[:at], ".\n") + 1
		sEnd := at + strings.IndexAny(text[at:], ".\n") + 1
		pStart := strings.LastIndex(text[:at], "\n\n") + 1
		pEnd := len(text)
		if k := strings.Index(text[at:], "\n\n"); k >= 0 {
			pEnd = at + k
		}
		scopes = append(scopes, Scope{Sentence: [2]int{sStart, sEnd}, Paragraph: [2]int{pStart, pEnd}, Figure: [2]int{at, at + len(f)}})
	}
	return scopes
}

func TestPlaces(t *testing.T) {
	r := resolver(t)
	tests := []struct {
		text    string
		figures []string
		want    [][]string
	}{
		{"Police detained 250 in Tabriz, 120 in Urmia.", []string{"250", "120"},
			[][]string{{"Tabriz"}, {"Orumiyeh"}}},
		{"Security forces killed 5 and injured 20 in Ahvaz.", []string{"5 ", "20"},
			[][]string{{"Ahvaz"}, {"Ahvaz"}}},
		{"Protests were held in 29 of Iran's 31 provinces.", []string{"29"},
			[][]string{{"Iran"}}},
		{"Unrest continued in Iran. In Mashhad, crowds burned tyres.\n\nThe next day 40 were arrested.", []string{"40"},
			[][]string{{"Iran"}}},
		{"Clashes broke out in Sanandaj. Witnesses said 12 were wounded.", []string{"12"},
			[][]string{{"Sanandaj"}}},
		{"Tehran dismissed the claim that 300 had died in Iran.", []string{"300"},
			[][]string{{"Iran"}}},
		{"In Tabriz, police arrested 250 people and wounded 30.", []string{"250", "30"},
			[][]string{{"Tabriz"}, {"Tabriz"}}},
		{"Iranian police said 40 people were arrested.", []string{"40"},
			[][]string{{"Iran"}}},
		{"TEHRAN — Officials said 300 prisoners had been freed.", []string{"300"},
			[][]string{{"Tehran"}}},
		{"Strikes hit Iran again.\n\nProtests spread across the country and 500 were detained in Mashhad.", []string{"500"},
			[][]string{{"Iran"}}},
		{"Clashes in Zahedan, Sistan and Baluchestan province, left 14 dead.", []string{"14"},
			[][]string{{"Zahedan"}}},
		{"No place is named here: 7 people were hurt.", []string{"7"},
			[][]string{nil}},
		{"The London-based group said 16 people had been killed in Zahedan.", []string{"16"},
			[][]string{{"Zahedan"}}},
		{"Unrest spread in Iran.\n\nSince Friday 1,000 people have been held, a spokesperson told journalists in Geneva.", []string{"1,000"},
			[][]string{{"Iran"}}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:30], func(t *testing.T) {
			var got [][]string
			for _, ps := range r.Places(tt.text, scopesOf(t, tt.text, tt.figures...)) {
				var ns []string
				for _, p := range ps {
					ns = append(ns, p.Name)
				}
				got = append(got, ns)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Places(%q) (-got +want):\n%s", tt.text, diff)
			}
		})
	}
}

func TestZeroResolver(t *testing.T) {
	var r Resolver
	got := r.Places("Clashes in Tehran left 3 dead.", []Scope{{Figure: [2]int{23, 24}}})
	if len(got) != 1 || got[0] != nil {
		t.Errorf("zero Resolver: got %v, want one empty list", got)
	}
}

// TestNationalCores guards national's shortcut: a phrase or unit holding
// none of nationalCores would never be read.
func TestNationalCores(t *testing.T) {
	for _, p := range append(append([]string(nil), nationalPhrases...), nationalUnits...) {
		if !containsAny([]byte(p), nationalCores) {
			t.Errorf("%q holds none of nationalCores %q", p, nationalCores)
		}
	}
}

// containsAny reports whether s holds one of subs: what holdsCore answers
// for the lowered s, by a search per core.
func containsAny(s []byte, subs []string) bool {
	for _, sub := range subs {
		if bytes.Contains(s, []byte(sub)) {
			return true
		}
	}
	return false
}

// TestPlacesConcurrent runs one Resolver from many goroutines: with -race
// it checks that the pooled documents are shared by no two calls, and it
// checks that every call gives the same places.
func TestPlacesConcurrent(t *testing.T) {
	r := resolver(t)
	texts := []string{newsText, fuzzSeeds[0], fuzzSeeds[1], newsText[len(newsText)/2:]}
	scopes := func(text string) []Scope {
		return []Scope{{Sentence: [2]int{0, len(text) / 2}, Paragraph: [2]int{0, len(text)}, Figure: [2]int{0, 1}}}
	}
	want := make([][][]tally.Place, len(texts))
	for i, text := range texts {
		want[i] = r.Places(text, scopes(text))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				if diff := cmp.Diff(want[i], r.Places(texts[i], scopes(texts[i]))); diff != "" {
					t.Errorf("text %d: places differ under concurrency (-alone +concurrent):\n%s", i, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestStopShapes checks that the shapes admit every stop word (a false
// answer must be certain) and rule out most other words.
func TestStopShapes(t *testing.T) {
	r := resolver(t)
	for _, set := range []*wordset.Map[bool]{neverPlace, personNames} {
		for w := range set.All() {
			if !r.stopShapes.MayHoldBytes([]byte(w)) {
				t.Errorf("MayHoldBytes(%q) = false, but it is a stop word", w)
			}
		}
	}
	out := 0
	names := strings.Fields("tehran shiraz mashhad isfahan tabriz zahedan ahvaz kermanshah baghdad basra lagos quito mohammadi rezaei hosseini ahmadi")
	for _, w := range names {
		if !r.stopShapes.MayHoldBytes([]byte(w)) {
			out++
		}
	}
	if out < len(names)/2 {
		t.Errorf("ruled out %d of %d names, want most", out, len(names))
	}
}
