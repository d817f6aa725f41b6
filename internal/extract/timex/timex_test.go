package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// got is the part of an Expr the tables check.
type got struct {
	Text     string
	Kind     Kind
	From, To string
}

func project(exprs []Expr) []got {
	var out []got
	for _, e := range exprs {
		out = append(out, got{e.Text, e.Kind, e.From, e.To})
	}
	return out
}

// wed20 is Wednesday 20 November 2019, the anchor of most cases.
var wed20 = time.Date(2019, time.November, 20, 14, 30, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		anchor time.Time
		want   []got
	}{
		{"day month year", "Crowds gathered on 15 November 2019 in the capital.", wed20,
			[]got{{"15 November 2019", Date, "2019-11-15", "2019-11-15"}}},
		{"month day year", "The strike began on November 15, 2019, at dawn.", wed20,
			[]got{{"November 15, 2019", Date, "2019-11-15", "2019-11-15"}}},
		{"abbreviated month", "Roads were shut on Nov. 16 and reopened on 18 Nov.", wed20,
			[]got{{"Nov. 16", Date, "2019-11-16", "2019-11-16"}, {"18 Nov", Date, "2019-11-18", "2019-11-18"}}},
		{"iso date", "The order is dated 2019-11-17.", wed20,
			[]got{{"2019-11-17", Date, "2019-11-17", "2019-11-17"}}},
		{"day-first numeric", "A notice of 16/11/2019 banned gatherings.", wed20,
			[]got{{"16/11/2019", Date, "2019-11-16", "2019-11-16"}}},
		{"ambiguous numeric, month-first", "Filed on 05/06/2019.", wed20,
			[]got{{"05/06/2019", Date, "2019-05-06", "2019-05-06"}}},
		{"ambiguous numeric, day-first by the document", "Filed on 05/06/2019 and answered on 25/06/2019.", wed20,
			[]got{{"05/06/2019", Date, "2019-06-05", "2019-06-05"}, {"25/06/2019", Date, "2019-06-25", "2019-06-25"}}},
		{"month year", "Prices rose in November 2019.", wed20,
			[]got{{"November 2019", Date, "2019-11-01", "2019-11-30"}}},
		{"bare year after a preposition", "The group was founded in 1988.", wed20,
			[]got{{"1988", Date, "1988-01-01", "1988-12-31"}}},
		{"year as a modifier", "Survivors of the 1988 massacre spoke.", wed20,
			[]got{{"1988", Date, "1988-01-01", "1988-12-31"}}},
		{"a count is not a year", "Police detained 1988 people and 2000 protesters in 2000 cities.", wed20, nil},
		{"a decimal is not a day", "The index closed at 6,107.31 August 2019 levels.", wed20,
			[]got{{"August 2019", Date, "2019-08-01", "2019-08-31"}}},
		{"money is not a year", "Each fine was $1999.", wed20, nil},
		{"a year that labels a count", "Total: 173 (2018: 188)", wed20,
			[]got{{"2018", Date, "2018-01-01", "2018-12-31"}}},
		{"a day before a list's colon is no clock", "Casualties between November 7 and 14:\n- Dead: 31", wed20,
			[]got{{"between November 7 and 14", Interval, "2019-11-07", "2019-11-14"}}},
		{"a day range with its year after a comma", "The square was cleared on June 3-4, 1989, by troops.", wed20,
			[]got{{"June 3-4, 1989", Interval, "1989-06-03", "1989-06-04"}}},
		{"overnight", "Police held 80 people overnight.", wed20,
			[]got{{"overnight", Date, "2019-11-19", "2019-11-20"}}},
		{"a weekly rite is no date", "Worshippers left Friday prayers on 15 November.", wed20,
			[]got{{"15 November", Date, "2019-11-15", "2019-11-15"}}},
		{"first half of the year", "Arrests doubled in the first half of the year.", wed20,
			[]got{{"the first half of the year", Date, "2019-01-01", "2019-06-30"}}},
		{"second half of a year", "Protests spread in the second half of 2018.", wed20,
			[]got{{"the second half of 2018", Date, "2018-07-01", "2018-12-31"}}},
		{"expect reads forward", "Organisers expect a large crowd on Saturday.", wed20,
			[]got{{"Saturday", Date, "2019-11-23", "2019-11-23"}}},
		{"mid month", "Talks stalled in mid-November.", wed20,
			[]got{{"mid-November", Date, "2019-11-11", "2019-11-20"}}},
		{"early and late year", "Unrest grew in early 2019 and faded by late 2019.", wed20,
			[]got{{"early 2019", Date, "2019-01-01", "2019-04-30"}, {"late 2019", Date, "2019-09-01", "2019-12-31"}}},
		{"season of year", "It happened in the summer of 1988, not in spring 2022.", wed20,
			[]got{{"the summer of 1988", Date, "1988-06-01", "1988-08-31"}, {"spring 2022", Date, "2022-03-01", "2022-05-31"}}},
		{"winter spans the new year", "Fuel ran short in winter 2018.", wed20,
			[]got{{"winter 2018", Date, "2018-12-01", "2019-02-28"}}},
		{"decade", "Mass arrests marked the 1980s.", wed20,
			[]got{{"the 1980s", Date, "1980-01-01", "1989-12-31"}}},
		{"century", "It was the bloodiest war of the 20th century.", wed20,
			[]got{{"the 20th century", Date, "1900-01-01", "1999-12-31"}}},
		{"between months", "Between July and September 1988 thousands were executed.", wed20,
			[]got{{"Between July and September 1988", Interval, "1988-07-01", "1988-09-30"}}},
		{"between with an aside", "Most died between 15 November, when the fuel price rose, and 18 November.", wed20,
			[]got{{"between 15 November, when the fuel price rose, and 18 November", Interval, "2019-11-15", "2019-11-18"}}},
		{"first months of a year", "It counted 98 killings in the first six months of 2018.", wed20,
			[]got{{"the first six months of 2018", Date, "2018-01-01", "2018-06-30"}}},
		{"last months of a year", "It counted 98 killings in the last three months of 2018.", wed20,
			[]got{{"the last three months of 2018", Date, "2018-10-01", "2018-12-31"}}},
		{"second week of a month", "Most were killed in the second week of October 2018.", wed20,
			[]got{{"the second week of October 2018", Date, "2018-10-08", "2018-10-14"}}},
		{"years ago today", "Ten years ago today, thousands gathered in the square.", wed20,
			[]got{{"Ten years ago today", Date, "2009-11-20", "2009-11-20"}}},
		{"between with a long aside", "They were killed between January 14, when protests broke out over a 150 percent rise in fuel prices, and January 22.", wed20,
			[]got{{"between January 14, when protests broke out over a 150 percent rise in fuel prices, and January 22", Interval, "2019-01-14", "2019-01-22"}}},
		{"from day to day", "Protests went on from 15 to 19 November.", wed20,
			[]got{{"from 15 to 19 November", Interval, "2019-11-15", "2019-11-19"}}},
		{"dash range", "The blackout lasted 15–19 Nov and again 15-19 November 2018.", wed20,
			[]got{{"15–19 Nov", Interval, "2019-11-15", "2019-11-19"}, {"15-19 November 2018", Interval, "2018-11-15", "2018-11-19"}}},
		{"month day to day", "Fighting raged November 15 to 19.", wed20,
			[]got{{"November 15 to 19", Interval, "2019-11-15", "2019-11-19"}}},
		{"from month to month", "Sit-ins ran from July to September.", wed20,
			[]got{{"from July to September", Interval, "2019-07-01", "2019-09-30"}}},
		{"coordinated days and months", "Shops shut on 15 and 16 November and in October and November 2018.", wed20,
			[]got{{"15 and 16 November", Interval, "2019-11-15", "2019-11-16"}, {"October and November 2018", Interval, "2018-10-01", "2018-11-30"}}},
		{"coordinated seasons share the year", "Prisoners were killed in the summer and autumn of 1988.", wed20,
			[]got{{"the summer and autumn of 1988", Interval, "1988-06-01", "1988-11-30"}}},
		{"year from the sentence", "The 2022 uprising, which began in mid-September, ended. In November police fired.", wed20,
			[]got{{"2022", Date, "2022-01-01", "2022-12-31"}, {"mid-September", Date, "2022-09-11", "2022-09-20"}, {"November", Date, "2019-11-01", "2019-11-30"}}},
		{"since", "At least 40 have died since 15 November.", wed20,
			[]got{{"since 15 November", Interval, "2019-11-15", "2019-11-20"}}},
		{"since without anchor is open", "Deaths since 2017 were counted.", time.Time{},
			[]got{{"since 2017", Interval, "2017-01-01", ""}}},
		{"year range", "The drought of 2009-2010 and the expedition of 1957-58.", wed20,
			[]got{{"2009-2010", Interval, "2009-01-01", "2010-12-31"}, {"1957-58", Interval, "1957-01-01", "1958-12-31"}}},
		{"yesterday, today, last night", "Yesterday a march, today a strike, last night a curfew.", wed20,
			[]got{{"Yesterday", Date, "2019-11-19", "2019-11-19"}, {"today", Date, "2019-11-20", "2019-11-20"}, {"last night", Date, "2019-11-19", "2019-11-19"}}},
		{"weekday is the most recent", "Police fired on crowds on Monday and on Wednesday.", wed20,
			[]got{{"Monday", Date, "2019-11-18", "2019-11-18"}, {"Wednesday", Date, "2019-11-20", "2019-11-20"}}},
		{"weekday in the future", "Unions will strike on Friday.", wed20,
			[]got{{"Friday", Date, "2019-11-22", "2019-11-22"}}},
		{"last week and month", "Last week's raids followed last month's vote.", wed20,
			[]got{{"Last week", Date, "2019-11-11", "2019-11-17"}, {"last month", Date, "2019-10-01", "2019-10-31"}}},
		{"last May", "He was arrested last May.", wed20,
			[]got{{"last May", Date, "2019-05-01", "2019-05-31"}}},
		{"a year before a verb", "The dispersal on 14 August 2013 killed at least 817 people; the mutiny on 25 and 26 February 2009 killed 74.", wed20,
			[]got{{"14 August 2013", Date, "2013-08-14", "2013-08-14"}, {"25 and 26 February 2009", Interval, "2009-02-25", "2009-02-26"}}},
		{"a date of last year", "The raid of March 27 last year and the strike in December last year.", wed20,
			[]got{{"March 27 last year", Date, "2018-03-27", "2018-03-27"}, {"December last year", Date, "2018-12-01", "2018-12-31"}}},
		{"days of last year", "Troops killed hundreds between March 27 and 31 last year.", wed20,
			[]got{{"between March 27 and 31 last year", Interval, "2018-03-27", "2018-03-31"}}},
		{"this year, next week", "More arrests this year; a trial opens next week.", wed20,
			[]got{{"this year", Date, "2019-01-01", "2019-12-31"}, {"next week", Date, "2019-11-25", "2019-12-01"}}},
		{"ago", "The law passed two years ago and the clash came three days ago.", wed20,
			[]got{{"two years ago", Date, "2017-01-01", "2017-12-31"}, {"three days ago", Date, "2019-11-17", "2019-11-17"}}},
		{"earlier this month", "Earlier this month, 12 were hurt.", wed20,
			[]got{{"Earlier this month", Date, "2019-11-01", "2019-11-20"}}},
		{"relative without anchor", "Yesterday 5 were killed.", time.Time{},
			[]got{{"Yesterday", Date, "", ""}}},
		{"the past weeks", "In the past three weeks 300 were detained.", wed20,
			[]got{{"the past three weeks", Interval, "2019-10-30", "2019-11-20"}}},
		{"the past hours", "In the past 24 hours 12 were killed.", wed20,
			[]got{{"the past 24 hours", Interval, "2019-11-19", "2019-11-20"}}},
		{"the day before a day of speaking", "The ministry said on Tuesday that 12 had been killed the previous day. The next day, 3 more died.", wed20,
			[]got{{"Tuesday", Date, "2019-11-19", "2019-11-19"}, {"the previous day", Date, "2019-11-18", "2019-11-18"}, {"The next day", Date, "2019-11-19", "2019-11-19"}}},
		{"narrative days", "Protests began on 15 November. The next day 12 were killed, and two days later 30 more; on Monday officials met, and the day before, police fired.", wed20,
			[]got{{"15 November", Date, "2019-11-15", "2019-11-15"}, {"The next day", Date, "2019-11-16", "2019-11-16"}, {"two days later", Date, "2019-11-18", "2019-11-18"}, {"Monday", Date, "2019-11-18", "2019-11-18"}, {"the day before", Date, "2019-11-17", "2019-11-17"}}},
		{"a narrative day with nothing to count from", "Two days later the toll rose; the day before the vote, streets emptied.", wed20,
			[]got{{"Two days", Duration, "", ""}}},
		{"hijri month year", "The protests of Aban 1398 spread fast.", wed20,
			[]got{{"Aban 1398", Date, "2019-10-23", "2019-11-21"}}},
		{"hijri day", "It began on 24 Aban 1398.", wed20,
			[]got{{"24 Aban 1398", Date, "2019-11-15", "2019-11-15"}}},
		{"hijri year", "Executions rose in 1398.", wed20,
			[]got{{"1398", Date, "2019-03-21", "2020-03-19"}}},
		{"persian script", "اعتراضات ۲۴ آبان ۱۳۹۸ آغاز شد و در آبان ۱۳۹۸ ادامه یافت", wed20,
			[]got{{"۲۴ آبان ۱۳۹۸", Date, "2019-11-15", "2019-11-15"}, {"آبان ۱۳۹۸", Date, "2019-10-23", "2019-11-21"}}},
		{"short hijri year", "The Aban 98 protests and the events of آبان ۹۸.", wed20,
			[]got{{"Aban 98", Date, "2019-10-23", "2019-11-21"}, {"آبان ۹۸", Date, "2019-10-23", "2019-11-21"}}},
		{"hijri numeric", "The verdict of 1398/09/05 was upheld.", wed20,
			[]got{{"1398/09/05", Date, "2019-11-26", "2019-11-26"}}},
		{"a hijri-range number that counts", "Police recorded protests in 1325 cases.", wed20, nil},
		{"persian relative words", "دیروز ۱۵ نفر کشته شدند و ماه گذشته و امسال", wed20,
			[]got{{"دیروز", Date, "2019-11-19", "2019-11-19"}, {"ماه گذشته", Date, "2019-09-23", "2019-10-22"}, {"امسال", Date, "2019-03-21", "2020-03-19"}}},
		{"persian weekdays", "روز سه\u200cشنبه و جمعه، نه سه شنبه", wed20,
			[]got{{"سه\u200cشنبه", Date, "2019-11-19", "2019-11-19"}, {"جمعه", Date, "2019-11-15", "2019-11-15"}}},
		{"persian gregorian month", "در ۱۵ نوامبر ۲۰۱۹ و در هوای مه", wed20,
			[]got{{"۱۵ نوامبر ۲۰۱۹", Date, "2019-11-15", "2019-11-15"}}},
		{"hijri names alone are not dates", "Mehr news agency and Tir Street.", wed20, nil},
		{"durations", "He was held for three weeks and freed in a couple of days after three and a half years.", wed20,
			[]got{{"three weeks", Duration, "", ""}, {"a couple of days", Duration, "", ""}, {"three and a half years", Duration, "", ""}}},
		{"set", "They rally every Friday.", wed20,
			[]got{{"every Friday", Set, "", ""}}},
		{"ages and times are not dates", "A 40-year-old man, 23 years old, died at 10:30 or 8 pm.", wed20, nil},
		{"may the verb", "Officials may delay the vote and march on.", wed20, nil},
		{"now", "The toll now stands at 40.", wed20,
			[]got{{"now", Reference, "", ""}}},
		{"date-free", "Security forces opened fire on the crowd, witnesses said.", wed20, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(project(Find(tt.text, tt.anchor)), tt.want); diff != "" {
				t.Errorf("Find(%q) mismatch (-got +want):\n%s", tt.text, diff)
			}
		})
	}
}

// TestHijriDayByDay walks a century and a half of days: each Gregorian day
// converts to the Solar Hijri day after the previous one's, and back.
func TestHijriDayByDay(t *testing.T) {
	day := date(1925, 3, 21)
	py, pm, pd := gregorianToHijri(day.AddDate(0, 0, -1))
	for ; day.Year() < 2075; day = day.AddDate(0, 0, 1) {
		y, m, d := gregorianToHijri(day)
		want := [3]int{py, pm, pd + 1}
		if pd == hijriMonthDays(py, pm) {
			want = [3]int{py, pm + 1, 1}
			if pm == 12 {
				want = [3]int{py + 1, 1, 1}
			}
		}
		if diff := cmp.Diff([3]int{y, m, d}, want); diff != "" {
			t.Fatalf("gregorianToHijri(%s) (-got +want):\n%s", day.Format(isoDate), diff)
		}
		if back := hijriToGregorian(y, m, d); !back.Equal(day) {
			t.Fatalf("hijriToGregorian(%d, %d, %d) = %s, want %s", y, m, d, back.Format(isoDate), day.Format(isoDate))
		}
		py, pm, pd = y, m, d
	}
}

func TestReporting(t *testing.T) {
	tests := []struct {
		text string
		want []bool
	}{
		{"Amnesty said on 16 November that 304 were killed.", []bool{true}},
		{"Officials said that on Monday police fired on crowds.", []bool{false}},
		{"The ministry told reporters in a briefing on Thursday.", []bool{true}},
		{"Police fired on crowds on Monday, witnesses said.", []bool{false}},
		{"Protests began on 15 November and he said on 17 November they ended.", []bool{false, true}},
	}
	for _, tt := range tests {
		var got []bool
		for _, e := range Find(tt.text, wed20) {
			got = append(got, e.Reporting)
		}
		if diff := cmp.Diff(got, tt.want); diff != "" {
			t.Errorf("Reporting in %q (-got +want):\n%s", tt.text, diff)
		}
	}
}

func TestHijriConversion(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{1398, 1, 1, "2019-03-21"},
		{1398, 8, 1, "2019-10-23"},
		{1399, 1, 1, "2020-03-20"},
		{1399, 12, 30, "2021-03-20"}, // 1399 is a leap year
		{1400, 1, 1, "2021-03-21"},
		{1357, 11, 22, "1979-02-11"}, // the revolution's victory
		{1403, 12, 30, "2025-03-20"},
		{1404, 1, 1, "2025-03-21"},
		{1367, 5, 1, "1988-07-23"},
		{1300, 1, 1, "1921-03-21"},
		{1354, 1, 1, "1975-03-21"},
	}
	for _, tt := range tests {
		if got := hijriToGregorian(tt.y, tt.m, tt.d).Format(isoDate); got != tt.want {
			t.Errorf("hijriToGregorian(%d, %d, %d) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
		}
		y, m, d := gregorianToHijri(hijriToGregorian(tt.y, tt.m, tt.d))
		if diff := cmp.Diff([3]int{y, m, d}, [3]int{tt.y, tt.m, tt.d}); diff != "" {
			t.Errorf("round trip of %d-%d-%d (-got +want):\n%s", tt.y, tt.m, tt.d, diff)
		}
	}
}

func TestRelativeAnchorEdges(t *testing.T) {
	sun := time.Date(2020, time.March, 1, 0, 0, 0, 0, time.UTC) // a Sunday after a leap day
	tests := []struct {
		text string
		want []got
	}{
		{"on Sunday", []got{{"Sunday", Date, "2020-03-01", "2020-03-01"}}},
		{"last Sunday", []got{{"last Sunday", Date, "2020-02-23", "2020-02-23"}}},
		{"last month", []got{{"last month", Date, "2020-02-01", "2020-02-29"}}},
		{"last winter", []got{{"last winter", Date, "2019-12-01", "2020-02-29"}}}, // just ended
		{"this winter", []got{{"this winter", Date, "2019-12-01", "2020-02-29"}}},
		{"in December", []got{{"December", Date, "2019-12-01", "2019-12-31"}}},
		{"next March", []got{{"next March", Date, "2021-03-01", "2021-03-31"}}},
		{"a year ago", []got{{"a year ago", Date, "2019-01-01", "2019-12-31"}}},
		{"on 29 February", []got{{"29 February", Date, "2020-02-29", "2020-02-29"}}},
		{"on 30 February", []got{{"February", Date, "2020-02-01", "2020-02-29"}}}, // no such day: the month is what is sure
	}
	for _, tt := range tests {
		if diff := cmp.Diff(project(Find(tt.text, sun)), tt.want); diff != "" {
			t.Errorf("Find(%q) mismatch (-got +want):\n%s", tt.text, diff)
		}
	}
}

// checkInvariants holds for every output of Find on any text.
func checkInvariants(t *testing.T, text string, exprs []Expr) {
	t.Helper()
	last := 0
	for _, e := range exprs {
		if e.Start < last || e.End < e.Start || e.End > len(text) {
			t.Fatalf("span [%d,%d) out of order or range in %d bytes", e.Start, e.End, len(text))
		}
		last = e.End
		if e.Text != text[e.Start:e.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
		if !utf8.ValidString(e.Text) && utf8.ValidString(text) {
			t.Fatalf("Text %q splits a rune", e.Text)
		}
		if e.From != "" && e.To != "" && e.From > e.To {
			t.Fatalf("%q: From %s after To %s", e.Text, e.From, e.To)
		}
		if (e.Kind == Duration || e.Kind == Set || e.Kind == Reference) && (e.From != "" || e.To != "") {
			t.Fatalf("%q: a %v with dates", e.Text, e.Kind)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"between July and September 1988", "from 15 to 19 November", "15–19 Nov", "since 15 November",
		"۲۴ آبان ۱۳۹۸", "Aban 1398", "last May", "the past three weeks", "2019-11-15", "05/06/2019",
		"1957-58", "the 1980s", "early this year", "every Friday", "31 February 2019", "29 Esfand 1398",
		"Dec. 31 , 1994", "9999-99-99", "the 0th century", "from 31 to 1 January", "since next week",
	} {
		f.Add(s, int64(1574208000))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		anchor := time.Time{}
		if unix != 0 {
			anchor = time.Unix(unix%(1<<34), 0)
		}
		checkInvariants(t, text, Find(text, anchor))
	})
}

func TestFindInvariantsOnMixedText(t *testing.T) {
	text := strings.Repeat("On 15 November 2019, 40 died; since Monday 300 were held (Aban 1398). ", 20)
	checkInvariants(t, text, Find(text, wed20))
}

// dateFree is news-like prose without a time expression.
const dateFree = "Security forces opened fire on the crowd near the central square, " +
	"witnesses said, and the interior ministry denied that live ammunition was used. " +
	"Rights groups counted the dead from hospital records and the accounts of families, " +
	"while officials blamed rioters and foreign agents for the unrest in several provinces. "

// BenchmarkFindDateFree runs on text without a time expression: what most
// of a long report costs.
func BenchmarkFindDateFree(b *testing.B) {
	benchFind(b, strings.Repeat(dateFree, 4000))
}

// benchFind runs Find over text and reports, besides wall time, megabytes
// per CPU second of the process.
func benchFind(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	start, n := processCPU(), 0
	for b.Loop() {
		Find(text, wed20)
		n++
	}
	if used := processCPU() - start; used > 0 {
		b.ReportMetric(float64(len(text))*float64(n)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkFind runs on news-like text with a date every few sentences.
func BenchmarkFind(b *testing.B) {
	benchFind(b, strings.Repeat(dateFree+"At least 40 people were killed on 15 November 2019 and 300 arrested since last week. ", 1000))
}

// persianDateFree is Persian news-like prose without a time expression.
const persianDateFree = "نیروهای امنیتی به سوی معترضان در میدان اصلی شهر تیراندازی کردند " +
	"و شاهدان گفتند که شمار زیادی زخمی شدند و خانواده\u200cها از بیمارستان\u200cها خبر گرفتند. "

// BenchmarkFindPersianDateFree runs on Persian text without a time
// expression, where every word is outside ASCII.
func BenchmarkFindPersianDateFree(b *testing.B) {
	benchFind(b, strings.Repeat(persianDateFree, 4000))
}

// TestFormatDateTable checks every day of the table, and days around and
// outside it, against time.Format.
func TestFormatDateTable(t *testing.T) {
	check := func(d time.Time) {
		t.Helper()
		if got, want := formatDate(d), d.Format(isoDate); got != want {
			t.Fatalf("formatDate(%v) = %q, want %q", d, got, want)
		}
	}
	for d := date(tableFirstYear-1, 12, 25); d.Year() <= tableEndYear; d = d.AddDate(0, 0, 1) {
		check(d)
	}
	for _, d := range []time.Time{date(1, 1, 1), date(999, 3, 1), date(1600, 2, 29), date(9999, 12, 31), time.Date(2019, 11, 15, 23, 59, 0, 0, time.UTC)} {
		check(d)
	}
}
