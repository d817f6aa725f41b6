package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
	"tally/internal/extract/timex"
)

// TestLazyDatesMatchFind checks that reading a document's dates only as
// far as its figures need (the default) gives the claims that reading them
// all at once does.
func TestLazyDatesMatchFind(t *testing.T) {
	texts := []string{
		"Protests began on 15 November 2019 in Tehran. The next day 12 people were killed, witnesses said.",
		"At least 40 people were arrested, police said.\n\nOn 05/06/2019 the group met. The report is dated 15/11/2019.",
		"Some 300 workers walked out in October and\nNovember 2019, the union said. 20 were held from May to July.",
		"Officials said 12 people died.\n\nThe minister spoke on Monday in Tabriz.\n\nLater this week more protests are due.",
		"Security forces shot dead 25 demonstrators, witnesses said.",
		"Amnesty International on Wednesday said 304 people were killed. The toll rose to 321 by 3 December.",
	}
	texts = append(texts, newsCorpus(7, 64<<10)...)
	lazy := New(Options{})
	eager := New(Options{})
	eager.times = timex.Find
	for _, pub := range []time.Time{{}, time.Date(2019, 12, 4, 9, 0, 0, 0, time.UTC)} {
		for _, text := range texts {
			doc := &tally.Document{ID: tally.DocumentID([]byte(text)), Text: text, Published: pub}
			if diff := cmp.Diff(eager.Extract(doc), lazy.Extract(doc)); diff != "" {
				t.Fatalf("%q: lazy dates differ (-eager +lazy):\n%s", text, diff)
			}
		}
	}
}

func FuzzLazyDates(f *testing.F) {
	for _, s := range []string{
		"Officials said 12 people died.\n\nThe minister spoke on Monday in Tabriz - and Tuesday.",
		"40 were held on 5 May and\n\n6 May, police said.", "On 05/06/2019 300 marched. 15/11/2019",
		"Three days later 20 died, on 4 May to 6 May.",
	} {
		f.Add(s)
	}
	lazy := New(Options{})
	eager := New(Options{})
	eager.times = timex.Find
	pub := time.Date(2019, 12, 4, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		doc := &tally.Document{ID: "sha256:fuzz", Text: text, Published: pub}
		if diff := cmp.Diff(eager.Extract(doc), lazy.Extract(doc)); diff != "" {
			t.Fatalf("%q: lazy dates differ (-eager +lazy):\n%s", text, diff)
		}
	})
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text string
		want string // the text after the dateline; "" for none
	}{
		{"DUBAI, Nov 21 (Gulf Wire) - At least 106 protesters died.", "At least 106 protesters died."},
		{"BAGHDAD (Tigris News) \u2014 The commission said 99 died.", "The commission said 99 died."},
		{"NEW YORK, Sept. 3 - Police held 40.", "Police held 40."},
		{"Headline here\n\nLOMÉ, June 28 (Coast Wire) - Seven bodies were found.", "Seven bodies were found."},
		{"Police in Dakar - the capital - held 40.", ""},
		{"At least 5 people were killed - police said.", ""},
		{"UN - the agency said 40 fled.", ""},
		{"KABUL \u2014 Taliban fighters detained 40 women.", "Taliban fighters detained 40 women."},
	}
	for _, tt := range tests {
		end := datelineEnd(tt.text)
		got := ""
		if end > 0 {
			got = strings.TrimSpace(tt.text[end:])
		}
		if got != tt.want {
			t.Errorf("datelineEnd(%q) leaves %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDatelineIsNoHeadline(t *testing.T) {
	for _, text := range []string{
		"FRANCE RIOTS: 1,311 arrests overnight \u2014 interior ministry",
		"KENYA PROTESTS \u2014 LATEST TOLL\nDead: 23",
	} {
		if end := datelineEnd(text); end != 0 {
			t.Errorf("datelineEnd(%q) = %d, want 0", text, end)
		}
	}
}

func TestStamped(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"14:05 \u2014 Police fired tear gas.", true},
		{"\u2022 19:42 \u2013 Interior ministry: 43 detained", true},
		{"11:20 BST: Our correspondent says", true},
		{"9.15am - The march set off.", true},
		{"21:00 ET: Curfews now in force", true},
		{"\u2022 12:50 Police: 477 detained", true},
		{"13:55 \u2014 A government source tells us 500 were held.", true},
		{"At 14:05 police fired tear gas.", false},
		{"1,500 people were held.", false},
		{"2019: a year of protest.", false},
	}
	for _, tt := range tests {
		if got := stamped(tt.text, 0); got != tt.want {
			t.Errorf("stamped(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
