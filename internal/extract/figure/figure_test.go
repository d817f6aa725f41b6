package figure

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// show writes a match compactly: measure, qualifier, low/high, unit, text.
func show(m Match) string {
	b := func(p *int64) string {
		if p == nil {
			return "_"
		}
		return fmt.Sprint(*p)
	}
	return fmt.Sprintf("%s %s %s/%s %s %q", m.Measure, m.Figure.Qualifier, b(m.Figure.Low), b(m.Figure.High), m.Figure.Unit, m.Figure.Text)
}

func found(s string) []string {
	var out []string
	for _, m := range Find(s, 0, len(s)) {
		out = append(out, show(m))
	}
	return out
}

func TestFindMeasures(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Security forces opened fire, killing 1,500 people and arresting at least 12,000 activists.", []string{
			`killed exact 1500/1500 person "1,500 people"`,
			`arrested at_least 12000/_ activist "at least 12,000 activists"`}},
		{"There were protests in about 200 cities.", []string{`places about 200/200 city "about 200 cities"`}},
		{"In 1988, 30,000 political prisoners were executed.", []string{`executed exact 30000/30000 prisoner "30,000 political prisoners"`}},
		{"A crowd of 5,000 gathered outside the court.", []string{`participants exact 5000/5000  "5,000"`}},
		{"The death toll rose to 304 on Tuesday.", []string{`killed exact 304/304  "304"`}},
		{"The court sentenced 20 people to death.", []string{`sentenced exact 20/20 person "20 people"`}},
		{"At least 304 people, including 23 children, were killed.", []string{
			`killed at_least 304/_ person "At least 304 people"`,
			`killed exact 23/23 child "23 children"`}},
		{"Amnesty counted 71 minors among the 527 dead.", []string{
			`killed exact 71/71 minor "71 minors"`,
			`killed exact 527/527  "527 dead"`}},
		{"Some 70 people remain missing after the raid.", []string{`disappeared about 70/70 person "Some 70 people"`}},
		{"Security forces shot dead 12 protesters in Zahedan.", []string{`killed exact 12/12 protester "12 protesters"`}},
		{"More than 7,000 people were arrested during the week.", []string{`arrested more_than 7000/_ person "More than 7,000 people"`}},
		{"Up to 5,000 demonstrators gathered in the square.", []string{`participants at_most _/5000 demonstrator "Up to 5,000 demonstrators"`}},
		{"Fewer than 100 people attended the vigil.", []string{`participants less_than _/100 person "Fewer than 100 people"`}},
		{"No fewer than 40 detainees were hanged last year.", []string{`executed at_least 40/_ detainee "No fewer than 40 detainees"`}},
		{"A minimum of 18 journalists have been jailed.", []string{`arrested at_least 18/_ journalist "A minimum of 18 journalists"`}},
		{"Upwards of 300 students joined the strike.", []string{`participants more_than 300/_ student "Upwards of 300 students"`}},
		{"At most 50 workers walked out.", []string{`participants at_most _/50 worker "At most 50 workers"`}},
		{"No more than 20 were injured, officials said.", []string{`injured at_most _/20  "No more than 20"`}},
		{"As many as 1,200 people may have died.", []string{`killed at_most _/1200 person "As many as 1,200 people"`}},
		{"Under 30 people were detained.", []string{`arrested less_than _/30 person "Under 30 people"`}},
		{"Nearly 500 were wounded.", []string{`injured about 500/500  "Nearly 500"`}},
		{"Roughly 2,000 people fled the town.", []string{`displaced about 2000/2000 person "Roughly 2,000 people"`}},
		{"Around 60 bodies were recovered from the river.", []string{`killed about 60/60 body "Around 60 bodies"`}},
		{"An estimated 10,000 people marched through the city.", []string{`participants about 10000/10000 person "An estimated 10,000 people"`}},
		{"Approximately 400 people were displaced by the fighting.", []string{`displaced about 400/400 person "Approximately 400 people"`}},
		{"Over 200 people were killed.", []string{`killed more_than 200/_ person "Over 200 people"`}},
		{"Between 1,000 and 1,500 people were detained.", []string{`arrested range 1000/1500 person "Between 1,000 and 1,500 people"`}},
		{"Police arrested 200-300 people.", []string{`arrested range 200/300 person "200-300 people"`}},
		{"Officials said 40 or 45 people were killed.", []string{`killed range 40/45 person "40 or 45 people"`}},
		{"Dozens were injured in the clashes.", []string{`injured vague 24/_  "Dozens"`}},
		{"Hundreds were arrested.", []string{`arrested vague 200/_  "Hundreds"`}},
		{"Thousands took to the streets.", []string{`participants vague 2000/_  "Thousands"`}},
		{"Several thousand people joined the march.", []string{`participants vague 2000/_ person "Several thousand people"`}},
		{"Tens of thousands of people fled their homes.", []string{`displaced vague 20000/_ person "Tens of thousands of people"`}},
		{"Hundreds of thousands of Iranians protested.", []string{`participants vague 200000/_ Iranian "Hundreds of thousands of Iranians"`}},
		{"The uprising left fifteen hundred people dead.", []string{`killed exact 1500/1500 person "fifteen hundred people"`}},
		{"Officials said twelve thousand had been detained.", []string{`arrested exact 12000/12000  "twelve thousand"`}},
		{"Two hundred and thirty prisoners were executed in 1988.", []string{`executed exact 230/230 prisoner "Two hundred and thirty prisoners"`}},
		{"A hundred people were hurt.", []string{`injured exact 100/100 person "A hundred people"`}},
		{"One protester was killed and another wounded.", []string{`killed exact 1/1 protester "One protester"`}},
		{"Police detained 1.500 people in Istanbul.", []string{`arrested exact 1500/1500 person "1.500 people"`}},
		{"A 5,000-strong crowd gathered.", []string{`participants exact 5000/5000  "5,000"`}},
		{"Militants abducted 27 villagers.", []string{`disappeared exact 27/27 villager "27 villagers"`}},
		{"The court handed down 20 death sentences.", []string{`sentenced exact 20/20 sentence "20 death sentences"`}},
		{"Authorities carried out 300 executions this year.", []string{`executed exact 300/300 execution "300 executions"`}},
		{"Rights groups documented 12,000 arrests.", []string{`arrested exact 12000/12000 arrest "12,000 arrests"`}},
		{"The 13-year-old was among 40 people killed.", []string{`killed exact 40/40 person "40 people"`}},
		{"Protests broke out in 100 cities across 31 provinces.", []string{
			`places exact 100/100 city "100 cities"`, `places exact 31/31 province "31 provinces"`}},
		{"Flight 752 was shot down, killing all 176 people on board.", []string{`killed exact 176/176 person "176 people"`}},
		{"The death toll from the protests rose from 200 to 304.", []string{`killed exact 304/304  "304"`}},
		{"The 2019 protests left 1,500 dead.", []string{`killed exact 1500/1500  "1,500 dead"`}},
		{"Police said 2000 people had gathered.", []string{`participants exact 2000/2000 person "2000 people"`}},
		{"Since 1979 the state has executed thousands.", []string{`executed vague 2000/_  "thousands"`}},
		{"Sixty-two students were among the 200 people arrested.", []string{
			`arrested exact 62/62 student "Sixty-two students"`, `arrested exact 200/200 person "200 people"`}},
		{"Police arrested 200 people and killed 3.", []string{
			`arrested exact 200/200 person "200 people"`, `killed exact 3/3  "3"`}},
		{"Ten people were killed and 20 injured.", []string{
			`killed exact 10/10 person "Ten people"`, `injured exact 20/20  "20 injured"`}},
		{"Two people died and three were hurt.", []string{
			`killed exact 2/2 person "Two people"`, `injured exact 3/3  "three"`}},
		{"Police beat 300 detained protesters.", []string{`arrested exact 300/300 protester "300 detained protesters"`}},
		{"Five were taken into custody.", []string{`arrested exact 5/5  "Five"`}},
		{"Some 12,000 striking workers went on strike.", []string{`participants about 12000/12000 worker "Some 12,000 striking workers"`}},
		{"They held 200 rallies in the north.", []string{`other exact 200/200 rally "200 rallies"`}},
		{"A total of 500 or more protesters were held.", []string{`arrested at_least 500/_ protester "500 or more protesters"`}},
		{"Police detained 300-odd students.", []string{`arrested about 300/300 student "300-odd students"`}},
		{"Rights groups say ۱۵۰۰ people were killed.", []string{`killed exact 1500/1500 person "۱۵۰۰ people"`}},
		{"Officials said the number of dead had reached 1,200.", []string{`killed exact 1200/1200  "1,200"`}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(found(tt.in), tt.want); diff != "" {
			t.Errorf("Find(%q) (-got +want):\n%s", tt.in, diff)
		}
	}
}

// TestFindNotFigures lists numbers that are never figures.
func TestFindNotFigures(t *testing.T) {
	for _, in := range []string{
		"One of the protesters was killed.",
		"A 13-year-old boy, aged 17, was seen.",
		"She paid $200 for the permit.",
		"He spent three and a half years in prison.",
		"The 1988 massacre is still denied.",
		"Prices rose 200 percent and the rial lost 40% of its value.",
		"The fine was $5,000 and bail 2 billion rials.",
		"Article 610 of the penal code was cited.",
		"The G20 and the Group of 20 met.",
		"At 9 pm on 15 November 2019 the march began.",
		"He was sentenced to 10 years in prison and 74 lashes.",
		"In 2019 protesters took to the streets.",
		"The UN said one in five children was displaced.",
		"The protests lasted for 10 days and over 3 weeks.",
		"She was held in Ward 209 of Evin prison.",
		"The team won 3-1 and lost 1-3 to rivals.",
		"Call +98-21-555-1234 at 10:30.",
		"Iran has 31 provinces.",
		"The strike is in its 3rd week.",
		"COVID-19 spread fast.",
		"Those under 18 were released.",
		"The unemployment rate was 12.5 in the spring.",
		"The 5/17/2018 ruling stood.",
		"No one was hurt.",
		"The government and the opposition met again on Tuesday.",
		"Polls gave the party a 10-point lead and a 20-member delegation went.",
		"The riots cost 2.3bn dollars.",
		"Temperatures hit 40 degrees during the march.",
		"The march covered 12 kilometres.",
	} {
		if got := found(in); len(got) > 0 {
			t.Errorf("Find(%q) = %v, want none", in, got)
		}
	}
}

// TestFindOffsets checks that offsets point into the whole text.
func TestFindOffsets(t *testing.T) {
	text := "Unrelated opening. Police said at least 304 people were killed in Shiraz. Nothing."
	start := strings.Index(text, "Police")
	end := strings.Index(text, " Nothing")
	ms := Find(text, start, end)
	if len(ms) != 1 {
		t.Fatalf("Find = %v, want one figure", ms)
	}
	m := ms[0]
	if got, want := text[m.Start:m.End], "at least 304 people"; got != want {
		t.Errorf("text[Start:End] = %q, want %q", got, want)
	}
	if got, want := text[m.TriggerAt:m.TriggerAt+len(m.Trigger)], "killed"; got != want {
		t.Errorf("trigger = %q, want %q", got, want)
	}
	if got, want := text[m.UnitStart:m.UnitEnd], "people"; got != want {
		t.Errorf("unit = %q, want %q", got, want)
	}
}

func TestFindBadBounds(t *testing.T) {
	for _, b := range [][2]int{{-1, 3}, {0, 100}, {5, 2}, {3, 3}} {
		if got := Find("killed 20 people", b[0], b[1]); got != nil {
			t.Errorf("Find(%d, %d) = %v, want nil", b[0], b[1], got)
		}
	}
}

func TestLemma(t *testing.T) {
	tests := []struct{ in, want string }{
		{"people", "person"}, {"protesters", "protester"}, {"cities", "city"},
		{"children", "child"}, {"women", "woman"}, {"churches", "church"},
		{"provinces", "province"}, {"detainees", "detainee"}, {"police", "police"},
		{"buses", "bus"}, {"bodies", "body"}, {"dead", "dead"}, {"crisis", "crisis"},
	}
	for _, tt := range tests {
		if got := lemma(tt.in); got != tt.want {
			t.Errorf("lemma(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFind checks Find's invariants: no panic, spans inside the sentence,
// Text equal to the span, low <= high when both are set.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"At least 304 people, including 23 children, were killed.",
		"Between 200 and 300 protesters were detained in 100 cities.",
		"A crowd of 5,000 gathered; thousands fled.",
		"The death toll rose from 200 to 304.",
		"Some 12,000 striking workers went on strike.",
		"۱۵۰۰ نفر کشته شدند", "1-", "from", "300-", "a 5,000-strong", "+", "between 5 and",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		for _, m := range Find(s, start, end) {
			if m.Start < start || m.End > end || m.Start >= m.End {
				t.Fatalf("Find(%q, %d, %d): span %d..%d outside", s, start, end, m.Start, m.End)
			}
			if m.Figure.Text != s[m.Start:m.End] {
				t.Fatalf("Find(%q): Text %q != s[%d:%d]", s, m.Figure.Text, m.Start, m.End)
			}
			if m.Figure.Low != nil && m.Figure.High != nil && *m.Figure.Low > *m.Figure.High {
				t.Fatalf("Find(%q): low %d > high %d", s, *m.Figure.Low, *m.Figure.High)
			}
			if m.Figure.Low == nil && m.Figure.High == nil {
				t.Fatalf("Find(%q): %q has no bound", s, m.Figure.Text)
			}
			if m.TriggerAt >= 0 && (m.TriggerAt < start || m.TriggerAt+len(m.Trigger) > end) {
				t.Fatalf("Find(%q): trigger at %d outside", s, m.TriggerAt)
			}
			if m.UnitStart >= 0 && (m.UnitStart < m.Start || m.UnitEnd > m.End) {
				t.Fatalf("Find(%q): unit %d..%d outside the figure", s, m.UnitStart, m.UnitEnd)
			}
		}
	})
}

// figureFree is news-like text with no numbers, the common case for Find.
var figureFree = strings.Repeat("The government and the opposition traded accusations on Tuesday, "+
	"while observers said the talks in the capital had stalled again over the question of reform. ", 64)

func BenchmarkFind(b *testing.B) {
	b.SetBytes(int64(len(figureFree)))
	b.ReportAllocs()
	for b.Loop() {
		if ms := Find(figureFree, 0, len(figureFree)); ms != nil {
			b.Fatal("figures found in figure-free text")
		}
	}
}

func BenchmarkFindFigures(b *testing.B) {
	s := "Security forces killed at least 304 people and arrested more than 7,000 in 100 cities, Amnesty said."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, 0, len(s))
	}
}
