package number

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// got is the part of a Number a table compares.
type got struct {
	Text      string
	Kind      Kind
	Low, High int64
}

func scanned(s string) []got {
	var out []got
	for _, n := range Scan(s) {
		out = append(out, got{n.Text, n.Kind, n.Low, n.High})
	}
	return out
}

func one(text string, v int64) []got { return []got{{text, Single, v, v}} }

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []got
	}{
		// thousands conventions
		{"comma", "They counted 1,500 marchers.", one("1,500", 1500)},
		{"dot", "Ongeveer 1.500 mensen.", one("1.500", 1500)},
		{"space", "some 1 500 people", one("1 500", 1500)},
		{"no-break space", "some 40\u00a0000 people", one("40\u00a0000", 40000)},
		{"narrow no-break space", "some 40\u202f000 people", one("40\u202f000", 40000)},
		{"typographic apostrophe", "about 1’500 people", one("1’500", 1500)},
		{"apostrophe", "about 1'500 people", one("1'500", 1500)},
		{"millions grouped", "a crowd of 1,234,567", one("1,234,567", 1234567)},
		{"dots grouped", "1.234.567 votes", one("1.234.567", 1234567)},
		{"indian grouping", "12,34,567 rupees", one("12,34,567", 1234567)},
		{"european decimal", "1.111,11 units", []got{{"1.111,11", Single, 1111, 1111}}},
		{"no space group after a month", "On May 5 300 people", []got{{"5", Single, 5, 5}, {"300", Single, 300, 300}}},
		{"space groups stop at four digits", "In 2019 500 people came", []got{{"2019", Single, 2019, 2019}, {"500", Single, 500, 500}}},
		// decimals and scales
		{"decimal", "a 1.5 point gain", []got{{"1.5", Single, 2, 2}}},
		{"decimal comma", "value 1,3.", []got{{"1,3", Single, 1, 1}}},
		{"scale word", "1.5 million people", one("1.5 million", 1500000)},
		{"scale thousand", "12 thousand troops", one("12 thousand", 12000)},
		{"glued bn", "a 2.3bn budget", one("2.3bn", 2300000000)},
		{"glued k", "10k runners", one("10k", 10000)},
		{"spaced bln", "10 bln", one("10 bln", 10000000000)},
		{"dot before scale is decimal", "1.500 million", one("1.500 million", 1500000)},
		{"comma thousand millions", "1,500 million", one("1,500 million", 1500000000)},
		// words
		{"fifteen hundred", "fifteen hundred were held", one("fifteen hundred", 1500)},
		{"twelve thousand", "twelve thousand marched", one("twelve thousand", 12000)},
		{"a dozen", "a dozen students", one("a dozen", 12)},
		{"and", "two hundred and thirty homes", one("two hundred and thirty", 230)},
		{"digits after and", "500 million and 40 people", []got{{"500 million", Single, 500000000, 500000000}, {"40", Single, 40, 40}}},
		{"a hundred", "a hundred people", one("a hundred", 100)},
		{"one million", "one million signatures", one("one million", 1000000)},
		{"hyphenated", "Twenty-six people", one("Twenty-six", 26)},
		{"capitalised", "Three hundred  and  thirty one", one("Three hundred  and  thirty one", 331)},
		{"mixed digits and words", "3 hundred and 21 yuan", one("3 hundred and 21", 321)},
		{"big after hundred", "two hundred and two thousand", one("two hundred and two thousand", 202000)},
		{"two numbers joined by and", "one thousand and two thousand", []got{{"one thousand", Single, 1000, 1000}, {"two thousand", Single, 2000, 2000}}},
		{"half a dozen", "half a dozen", one("half a dozen", 6)},
		{"half a million", "half a million people", one("half a million", 500000)},
		{"and a half million", "five and a half million", one("five and a half million", 5500000)},
		{"three dozen", "three dozen", one("three dozen", 36)},
		{"lakh crore", "three lakh crore", one("three lakh crore", 3000000000000)},
		{"point", "two point five", []got{{"two point five", Single, 3, 3}}},
		// other scripts
		{"persian", "۱۵۰۰ نفر", one("۱۵۰۰", 1500)},
		{"arabic-indic", "١٥٠٠ شخص", one("١٥٠٠", 1500)},
		{"arabic separator", "١٬٥٠٠ شخص", one("١٬٥٠٠", 1500)},
		{"persian grouped", "۱۲٬۰۰۰", one("۱۲٬۰۰۰", 12000)},
		// ranges
		{"en dash", "200–300 people", []got{{"200–300", Span, 200, 300}}},
		{"hyphen", "200-300 people", []got{{"200-300", Span, 200, 300}}},
		{"spaced dash", "1000 - 5000", []got{{"1000 - 5000", Span, 1000, 5000}}},
		{"between", "between 200 and 300 people", []got{{"between 200 and 300", Span, 200, 300}}},
		{"to", "200 to 300 people", []got{{"200 to 300", Span, 200, 300}}},
		{"from to", "from 200 to 300 people", []got{{"from 200 to 300", Span, 200, 300}}},
		{"or", "40 or 45 people", []got{{"40 or 45", Span, 40, 45}}},
		{"words range", "between one thousand and two thousand", []got{{"between one thousand and two thousand", Span, 1000, 2000}}},
		{"shared scale", "between 2 and 3 million", []got{{"between 2 and 3 million", Span, 2000000, 3000000}}},
		{"shared scale words", "two to three hundred", []got{{"two to three hundred", Span, 200, 300}}},
		{"shared thousands", "2-3,000 people", []got{{"2-3,000", Span, 2000, 3000}}},
		{"no shared thousands", "200-3,000 people", []got{{"200-3,000", Span, 200, 3000}}},
		{"suffix range", "5k-20k", []got{{"5k-20k", Span, 5000, 20000}}},
		{"descending is no range", "a 3-1 win", []got{{"3", Single, 3, 3}, {"1", Single, 1, 1}}},
		{"from descending", "from 300 to 200", []got{{"300", Single, 300, 300}, {"200", Single, 200, 200}}},
		{"alternatives", "10 bln or 10 tln", []got{{"10 bln", Single, 1e10, 1e10}, {"10 tln", Single, 1e13, 1e13}}},
		// vague quantities
		{"dozens", "dozens were hurt", []got{{"dozens", Vague, 24, 0}}},
		{"scores of", "scores of people", []got{{"scores", Vague, 40, 0}}},
		{"scores alone", "the scores", nil},
		{"hundreds", "hundreds fled", []got{{"hundreds", Vague, 200, 0}}},
		{"thousands", "Thousands marched", []got{{"Thousands", Vague, 2000, 0}}},
		{"several thousand", "several thousand people", []got{{"several thousand", Vague, 2000, 0}}},
		{"several hundred thousand", "several hundred thousand", []got{{"several hundred thousand", Vague, 200000, 0}}},
		{"a few hundred", "a few hundred", []got{{"a few hundred", Vague, 200, 0}}},
		{"tens of thousands", "tens of thousands", []got{{"tens of thousands", Vague, 20000, 0}}},
		{"hundreds of thousands", "hundreds of thousands", []got{{"hundreds of thousands", Vague, 200000, 0}}},
		{"tens alone", "tens", nil},
		{"millions", "millions watched", []got{{"millions", Vague, 2000000, 0}}},
		// not numbers
		{"ordinal", "the 4th of May", nil},
		{"ordinal word", "the first and tenth", nil},
		{"glued unit", "a 29km road and 180ml", nil},
		{"glued letter before", "F16 and COVID19", nil},
		{"lower-case m alone", "it rose 10m.", nil},
		{"lower-case m before a word", "1.5m people", one("1.5m", 1500000)},
		{"article alone", "a an", nil},
		{"pronoun one", "The one you mean", nil},
		{"which one", "Which one do you prefer?", nil},
		{"one another", "they helped one another", nil},
		{"try one", "try one last time", one("one", 1)},
		// chains
		{"ip address", "192.168.1.2", []got{{"192", Single, 192, 192}, {"168", Single, 168, 168}, {"1", Single, 1, 1}, {"2", Single, 2, 2}}},
		{"list", "nrs. 22,24,26", []got{{"22", Single, 22, 22}, {"24", Single, 24, 24}, {"26", Single, 26, 26}}},
		{"phone", "+1-222-2222", []got{{"1", Single, 1, 1}, {"222", Single, 222, 222}, {"2222", Single, 2222, 2222}}},
		{"date", "5/17/2018", []got{{"5", Single, 5, 5}, {"17", Single, 17, 17}, {"2018", Single, 2018, 2018}}},
		{"comma space list", "1, 234, 567", []got{{"1", Single, 1, 1}, {"234", Single, 234, 234}, {"567", Single, 567, 567}}},
		{"too long", "1234567890123456789012", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(scanned(tt.in), tt.want); diff != "" {
				t.Errorf("Scan(%q) (-got +want):\n%s", tt.in, diff)
			}
		})
	}
}

func TestScanDecimal(t *testing.T) {
	tests := []struct {
		in      string
		value   float64
		decimal bool
	}{
		{"9.2321312", 9.2321312, true},
		{".08", 0.08, true},
		{"5,00", 5, true},
		{"1,500", 1500, false},
		{"2.3bn", 2.3e9, false},
		{"4.800", 4800, false},
		{"0.500", 0.5, true},
	}
	for _, tt := range tests {
		ns := Scan(tt.in)
		if len(ns) != 1 {
			t.Errorf("Scan(%q) = %d numbers, want 1", tt.in, len(ns))
			continue
		}
		if got := ns[0]; got.Value != tt.value || got.Decimal != tt.decimal {
			t.Errorf("Scan(%q) value, decimal = %v, %v, want %v, %v", tt.in, got.Value, got.Decimal, tt.value, tt.decimal)
		}
	}
}

func TestSpanHighAt(t *testing.T) {
	s := "rose from 200 to 300"
	ns := Scan(s)
	if len(ns) != 1 {
		t.Fatalf("Scan(%q) = %v, want one span", s, ns)
	}
	if got, want := s[ns[0].HighAt:ns[0].End], "300"; got != want {
		t.Errorf("high part = %q, want %q", got, want)
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The government and the opposition met again.", false},
		{"A man and a woman were seen.", false},
		{"Between them, from here.", false},
		{"Several hundred were there.", true},
		{"Seven were there.", true},
		{"In 2019.", true},
		{"۱۵۰۰ نفر", true},
		{"Thousands", true},
		{"Tenth", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := Contains(tt.in); got != tt.want {
			t.Errorf("Contains(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if !tt.want && len(Scan(tt.in)) > 0 {
			t.Errorf("Contains(%q) = false but Scan finds %v", tt.in, Scan(tt.in))
		}
	}
}

// FuzzScan checks Scan's invariants on any input: no panic, spans in
// range and in order, Text equal to the span, Low <= High when closed.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"1,500", "1.500", "1 500", "1’500", "between 200 and 300", "200–300", "۱۵۰۰", "١٬٥٠٠",
		"fifteen hundred", "two hundred and thirty", "tens of thousands", "several thousand",
		"+1-222-2222/2222", "192.168.1.2", "1.5 million", "2.3bn", "a dozen", "half a million",
		"three and a half years", "one thousand and two thousand", "5k-20k", ".08", "9.", "1,",
		"twenty-", "between", "from 5 to", "point", "a half", "99999999999999999999",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, n := range Scan(s) {
			if n.Start < prev || n.End <= n.Start || n.End > len(s) {
				t.Fatalf("Scan(%q): bad span %d..%d after %d", s, n.Start, n.End, prev)
			}
			if n.Text != s[n.Start:n.End] {
				t.Fatalf("Scan(%q): Text %q != s[%d:%d]", s, n.Text, n.Start, n.End)
			}
			if n.Kind != Vague && n.Low > n.High {
				t.Fatalf("Scan(%q): %q low %d > high %d", s, n.Text, n.Low, n.High)
			}
			if n.Low < 0 {
				t.Fatalf("Scan(%q): %q negative low %d", s, n.Text, n.Low)
			}
			if n.Kind == Span && (n.HighAt <= n.Start || n.HighAt >= n.End) {
				t.Fatalf("Scan(%q): %q HighAt %d outside", s, n.Text, n.HighAt)
			}
			prev = n.End
		}
		if !Contains(s) && len(Scan(s)) > 0 {
			t.Fatalf("Contains(%q) = false, but Scan finds numbers", s)
		}
	})
}

var benchText = strings.Repeat("The government and the opposition traded accusations on Tuesday, "+
	"while observers said the talks in the capital had stalled again over the question of reform. ", 64)

func BenchmarkContains(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		if Contains(benchText) {
			b.Fatal("Contains = true on number-free text")
		}
	}
}

func BenchmarkScan(b *testing.B) {
	text := strings.Repeat("Security forces killed at least 1,500 people and arrested some 12,000 in 200 cities. ", 32)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Scan(text)
	}
}

// BenchmarkScanSentences scans sentences one at a time, as the figure
// finder does, most with one to three numbers.
func BenchmarkScanSentences(b *testing.B) {
	sents := []string{
		"Security forces killed at least 15 people on Friday, the group said.",
		"Officials said 1,200 were arrested and 300 wounded in 12 provinces.",
		"Dozens were hurt when police fired on the crowd.",
		"The ministry put the toll at 40, up from 32 a day earlier.",
		"Between 200 and 300 people marched through the city, witnesses said.",
	}
	size := 0
	for _, s := range sents {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			Scan(s)
		}
	}
}
