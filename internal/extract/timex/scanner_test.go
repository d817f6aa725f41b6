package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// checkScanner checks the Scanner's promise at every limit in steps: what
// Until returns is a prefix of Find, it holds every expression of Find
// that ends by the limit, and the last call returns all of Find.
func checkScanner(t *testing.T, text string, anchor time.Time, step int) {
	t.Helper()
	want := Find(text, anchor)
	s := NewScanner(text, anchor)
	defer s.Close()
	for limit := 0; ; limit += step {
		got := s.Until(limit)
		if len(got) > len(want) {
			t.Fatalf("Until(%d) gave %d expressions, Find %d", limit, len(got), len(want))
		}
		if diff := cmp.Diff(want[:len(got)], got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Until(%d) is no prefix of Find (-Find +Until):\n%s", limit, diff)
		}
		for _, x := range want[len(got):] {
			if x.End <= limit {
				t.Fatalf("Until(%d) misses %q ending at %d", limit, x.Text, x.End)
			}
		}
		if limit >= len(text) {
			if !s.Done() || len(got) != len(want) {
				t.Fatalf("Until(%d) at the end: done %v, %d of %d expressions", limit, s.Done(), len(got), len(want))
			}
			return
		}
	}
}

func TestScannerMatchesFind(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"narrative", "Protests began on 15 November 2019 in Tehran. The next day 12 were killed. Two days later the internet was cut."},
		{"year carried in a sentence", "The 2022 uprising, which began in mid-September, spread to 100 cities by October."},
		{"day-first settled late", "Officials met on 05/06/2019 and again on 07/08/2019. The report is dated 15/11/2019."},
		{"month-first stays", "Officials met on 05/06/2019 and again on 12/25/2019."},
		{"coordinated", "Strikes spread in October and November 2019, and from May to July the next year."},
		{"speech dates", "Amnesty International on Wednesday said 304 people were killed, it told reporters on Friday."},
		{"no dates", "Security forces opened fire on the crowd near the central square, witnesses said."},
		{"Persian", "در ۲۴ آبان ۱۳۹۸ اعتراضات آغاز شد و روز بعد ادامه یافت."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, step := range []int{1, 7, 40} {
				checkScanner(t, tt.text, wed20, step)
				checkScanner(t, tt.text, time.Time{}, step)
			}
		})
	}
}

func FuzzScanner(f *testing.F) {
	for _, s := range []string{
		"On 15 November 2019 they met. The next day 40 died.", "05/06/2019 and 15/11/2019",
		"between July and September 1988", "since last May", "۲۴ آبان ۱۳۹۸", "in 2000 cities in 1999",
	} {
		f.Add(s, uint8(5))
	}
	f.Fuzz(func(t *testing.T, text string, step uint8) {
		checkScanner(t, text, wed20, int(step)+1)
	})
}

func TestFormatDate(t *testing.T) {
	for _, d := range []time.Time{
		date(2019, 11, 15), date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31), date(10000, 1, 1),
		date(-5, 3, 4), date(1988, 7, 1), time.Date(2022, 9, 30, 23, 59, 0, 0, time.UTC),
	} {
		if got, want := formatDate(d), d.Format(isoDate); got != want {
			t.Errorf("formatDate(%v) = %q, want %q", d, got, want)
		}
	}
}

// FuzzHasFutureCue checks the one-pass cue search against a search for
// each cue.
func FuzzHasFutureCue(f *testing.F) {
	for _, s := range []string{" they will march ", " it'll rain ", " the vote is due on ", " nothing here ", "  will ", " will", " set to  be "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, cue := range futureCues {
			want = want || strings.Contains(s, cue)
		}
		if got := hasFutureCue([]byte(s)); got != want {
			t.Fatalf("hasFutureCue(%q) = %v, want %v", s, got, want)
		}
	})
}
