package geo

import (
	"bytes"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tehran", "tehran"},
		{"Orūmīyeh", "orumiyeh"},
		{"Kohgiluyeh and Boyer-Ahmad", "kohgiluyeh and boyer ahmad"},
		{"U.S.", "us"},
		{"Côte d'Ivoire", "cote divoire"},
		{"  Bandar  Abbas ", "bandar abbas"},
		{"Bandar ‘Abbās", "bandar abbas"},
		{"İzmir", "izmir"},
		{"Łódź", "lodz"},
		{"كرمان", "کرمان"},          // Arabic kaf folds to Persian
		{"تِهران", "تهران"},         // vowel signs dropped
		{"ساری\u200cها", "ساری ها"}, // zero-width non-joiner is a space
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDefault(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		kind    Kind
		country string
		admin1  string
		demonym bool
	}{
		{"Tehran", City, "IR", "Tehran", false},
		{"Esfahan", City, "IR", "Isfahan", false},
		{"Meshed", City, "IR", "Razavi Khorasan", false},
		{"Urmia", City, "IR", "West Azerbaijan", false},
		{"تبریز", City, "IR", "East Azerbaijan", false},
		{"Fars province", Admin1, "IR", "Fars", false},
		{"Kurdistan Province", Admin1, "IR", "Kurdistan", false},
		{"استان کرمان", Admin1, "IR", "Kerman", false},
		{"Hamedan", Admin1, "IR", "Hamadan", false},
		{"Iranian", Country, "IR", "", true},
		{"ایران", Country, "IR", "", false},
		{"United Kingdom", Country, "GB", "", false},
		{"Middle East", Region, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, m := range g.Lookup(tt.name) {
				p := g.Place(m.Entry)
				if g.Entry(m.Entry).Kind == tt.kind && p.Country == tt.country && p.Admin1 == tt.admin1 {
					found = true
					if m.Demonym != tt.demonym {
						t.Errorf("Demonym = %v, want %v", m.Demonym, tt.demonym)
					}
				}
			}
			if !found {
				t.Errorf("Lookup(%q) has no %v in %s/%s", tt.name, tt.kind, tt.country, tt.admin1)
			}
		})
	}
}

func TestAbbreviationFlag(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var got []bool
	for _, m := range g.Lookup("UK") {
		if g.Entry(m.Entry).Country == "GB" && g.Entry(m.Entry).Kind == Country {
			got = append(got, m.Abbrev)
		}
	}
	if diff := cmp.Diff(got, []bool{true}); diff != "" {
		t.Errorf("UK abbreviation flags (-got +want):\n%s", diff)
	}
	if g.MaxWords("bandar") < 2 {
		t.Errorf(`MaxWords("bandar") = %d, want >= 2`, g.MaxWords("bandar"))
	}
}

func TestParseErrors(t *testing.T) {
	tests := []string{
		"P\t1\tIR\n",                                      // too few fields
		"X\t1\tIR\t26\t1\t2\t3\tPPL\tA\n",                 // unknown kind
		"P\tx\tIR\t26\t1\t2\t3\tPPL\tA\n",                 // bad id
		"P\t1\tIR\t26\t1\t2\t3\tPPL\tA\n\na\t+7\n",        // entry out of range
		"P\t1\tIR\t26\t1\t2\t3\tPPL\tA\n\na\t0\n\na\tx\n", // bad prefix
	}
	for _, in := range tests {
		if _, err := parse(in); err == nil {
			t.Errorf("parse(%q): no error", in)
		}
	}
	if _, err := Load(strings.NewReader("not zstd")); err == nil {
		t.Error("Load(not zstd): no error")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("P\t1\tIR\t26\t35.1\t51.2\t100\tPPL\tTehran\n\ntehran\t+0\nteheran\t0\n")
	f.Add("C\t0\tIR\t\t32\t53\t0\t\tIran\n\niran\t+0\niranian\t~0\nir\t=0\n\nislamic\t4\n")
	f.Add("A\t0\tIR\t07\t29\t53\t0\t\tFars\n\n\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := parse(data)
		if err != nil {
			return
		}
		for key := range g.index.all() {
			for _, m := range g.AppendMatches(nil, key) {
				if m.Entry < 0 || int(m.Entry) >= g.Len() {
					t.Fatalf("key %q: entry %d out of %d", key, m.Entry, g.Len())
				}
				_ = g.Place(m.Entry)
			}
		}
	})
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Tehran", "Orūmīyeh", "U.S.", "تِهران", " - ", "a\u200cb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Errorf("Fold(%q) = %q: stray spaces", s, got)
		}
		if again := Fold(got); again != got {
			t.Errorf("Fold not idempotent: %q → %q → %q", s, got, again)
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
	// On a shared machine wall time counts other processes' work; this
	// process's CPU time (both loading goroutines and GC) does not.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// FoldInto must fold exactly as Fold, which wrote the gazetteer's keys: a
// difference would make a name unfindable.
func FuzzFoldInto(f *testing.F) {
	for _, s := range []string{"Tehran", "Bandar-e Abbas", "U.S.", " Kohgiluyeh  and Boyer-Ahmad ", "N'Djamena", "Côte d’Ivoire", "تهران", "a/b_c\td", "  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prefix := []byte("x ")
		if got, want := string(FoldInto(prefix, s)), "x "+Fold(s); got != want {
			t.Errorf("FoldInto(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestMayBeginName checks that the pairs filter admits the first two
// words of every key (a false answer must be certain) and rejects most
// pairs that begin no name.
func TestMayBeginName(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	keys := 0
	for key, sl := range g.index.all() {
		pair, ok := firstPair(key)
		if sl.head < 0 || !ok {
			continue
		}
		keys++
		if !g.MayBeginName([]byte(pair)) {
			t.Fatalf("MayBeginName(%q) = false, but %q is a key", pair, key)
		}
	}
	if keys < 1000 {
		t.Fatalf("%d keys of two words or more, want many", keys)
	}
	rejected := 0
	for _, w := range strings.Fields("the of minister said officials were killed people police forces shops reopened") {
		if !g.MayBeginName([]byte("qzx " + w)) {
			rejected++
		}
	}
	if rejected < 8 {
		t.Errorf("rejected %d of 12 pairs that begin no name, want most", rejected)
	}
	for _, key := range []string{"tehran", "", " a", "a ", "a b c"} {
		if !g.MayBeginName([]byte(key)) {
			t.Errorf("MayBeginName(%q) = false, want true: not two words", key)
		}
	}
}

// FuzzFoldByWords checks what the pairs filter relies on: the fold of two
// words joined by a space, a hyphen or a ZWNJ is their folds joined by one
// space, whenever neither folds to nothing or holds a separator. Words
// are valid UTF-8: the tokenizers make words of letters only.
func FuzzFoldByWords(f *testing.F) {
	for _, s := range [][2]string{{"Bandar", "Abbas"}, {"Côte", "d'Ivoire"}, {"U.S.", "Army"}, {"تِهران", "بزرگ"}, {"İzmir", "ŁÓDŹ"}} {
		f.Add(s[0], s[1], uint8(0))
	}
	gaps := []string{" ", "-", "\u200c", "- ", " -"}
	f.Fuzz(func(t *testing.T, a, b string, gap uint8) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) || strings.ContainsAny(a+b, "-‐‑–_ \t\n\u200c\u00a0,/") {
			return
		}
		fa, fb := Fold(a), Fold(b)
		if fa == "" || fb == "" || strings.Contains(fa+fb, " ") {
			return
		}
		g := gaps[int(gap)%len(gaps)]
		if got, want := Fold(a+g+b), fa+" "+fb; got != want {
			t.Fatalf("Fold(%q) = %q, want %q", a+g+b, got, want)
		}
		if got := string(FoldInto(nil, a+g+b)); got != fa+" "+fb {
			t.Fatalf("FoldInto(%q) = %q, want %q", a+g+b, got, fa+" "+fb)
		}
	})
}
