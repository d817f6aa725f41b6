package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
	"tally/internal/extract/place"
)

// TestExtractEndToEnd runs the whole extractor, with the real figure,
// date and place packages, over short reports written for this test.
func TestExtractEndToEnd(t *testing.T) {
	places, err := place.Default()
	if err != nil {
		t.Logf("place.Default: %v: places not checked", err)
		places = nil
	}
	e := New(Options{Places: places})
	published := time.Date(2019, 11, 22, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		want []summary
	}{
		{
			name: "protest report",
			text: "Protests over the price of fuel spread to dozens of cities on 16 November.\n\n" +
				"Amnesty International said at least 106 protesters were killed in 21 cities. " +
				"Iran's judiciary denied that anyone had been killed by security forces.",
			want: []summary{
				{Figure: "dozens of cities", Measure: tally.Places, EventType: tally.Protest,
					Modality: tally.Asserted, When: "2019-11-16..2019-11-16 (16 November)", Where: "IR"},
				{Figure: "at least 106 protesters", Measure: tally.Killed, EventType: tally.Protest,
					Claimant: "Amnesty International", Cue: "said", Modality: tally.Reported,
					When: "2019-11-16..2019-11-16 (16 November)", Actors: " > protesters", Where: "IR"},
				{Figure: "21 cities", Measure: tally.Places, EventType: tally.Protest,
					Claimant: "Amnesty International", Cue: "said", Modality: tally.Reported,
					When: "2019-11-16..2019-11-16 (16 November)", Where: "IR"},
			},
		},
		{
			name: "chain and continuation",
			text: "Reuters, citing three interior ministry officials, said about 1,500 people were killed during the unrest. " +
				"Of those, 17 were teenagers.",
			want: []summary{
				{Figure: "about 1,500 people", Measure: tally.Killed, EventType: tally.Protest,
					Claimant: "three interior ministry officials", Via: []string{"Reuters"}, Cue: "said", Modality: tally.Reported},
				{Figure: "17", Measure: tally.Killed, EventType: tally.Protest,
					Claimant: "three interior ministry officials", Via: []string{"Reuters"}, Cue: "said", Modality: tally.Reported},
			},
		},
		{
			name: "executions",
			text: "Iran Human Rights said Iran executed at least 582 people in 2022, the highest number in five years.",
			want: []summary{
				{Figure: "at least 582 people", Measure: tally.Executed, EventType: tally.Execution,
					Claimant: "Iran Human Rights", Cue: "said", Modality: tally.Reported,
					When: "2022-01-01..2022-12-31 (2022)", Where: "IR"},
			},
		},
		{
			name: "the previous day of a statement, and a forecast after it",
			text: "Police said on Wednesday that 41 officers had been hurt the previous day, and that charges " +
				"would be filed against at least 30 protest leaders.",
			want: []summary{
				{Figure: "41 officers", Measure: tally.Injured, EventType: tally.Protest,
					Claimant: "police", Cue: "said", Modality: tally.Reported, When: "2019-11-19..2019-11-19 (the previous day)",
					Actors: " > officers"},
				{Figure: "at least 30 protest leaders", Measure: tally.OtherMeasure, EventType: tally.Protest,
					Claimant: "police", Cue: "said", Modality: tally.Predicted},
			},
		},
		{
			name: "the previous day of a later day of speaking",
			text: "Soldiers killed 11 people the previous day, medics told reporters on Wednesday.",
			want: []summary{
				{Figure: "11 people", Measure: tally.Killed, EventType: tally.Killing,
					Claimant: "medics", Cue: "told", Modality: tally.Reported, When: "2019-11-19..2019-11-19 (the previous day)",
					Actors: "soldiers > "},
			},
		},
		{
			name: "a court's day is not the killing's",
			text: "A military court on Monday sentenced a colonel to death for the killing of more than 50 protesters " +
				"in Goma on 30 August. The government ordered troops on Wednesday to shoot looters, a day after " +
				"clashes left eight people dead.",
			want: []summary{
				{Figure: "more than 50 protesters", Measure: tally.Killed, EventType: tally.Trial,
					Modality: tally.Asserted, When: "2019-08-30..2019-08-30 (30 August)", Actors: " > protesters", Where: "CD"},
				{Figure: "eight people", Measure: tally.Killed, EventType: tally.Riot,
					Modality: tally.Asserted, When: "2019-11-19..2019-11-19 (Wednesday)", Where: "CD"},
			},
		},
		{
			name: "a headline's short date yields to the body's",
			text: "Courts jail 25 over May 9 riots\n\nMilitary courts have sentenced 25 civilians for the riots that " +
				"followed the arrest of the party leader on 9 May 2018, the army said. More than 100 civilians have been tried over the riots.",
			want: []summary{
				{Figure: "25 civilians", Measure: tally.Sentenced, EventType: tally.Trial,
					Claimant: "army", Cue: "said", Modality: tally.Reported, When: "2018-05-09..2018-05-09 (9 May 2018)",
					Actors: " > civilians"},
				{Figure: "More than 100 civilians", Measure: tally.OtherMeasure, EventType: tally.Riot,
					Modality: tally.Asserted, Actors: " > civilians"}, // tried: not dated by the riots
			},
		},
		{
			name: "a list of years",
			text: "Iran Human Rights said it counted 834 executions in 2018, 582 in 2017 and 333 in 2016.",
			want: []summary{
				{Figure: "834 executions", Measure: tally.Executed, EventType: tally.Execution,
					Claimant: "Iran Human Rights", Cue: "counted", Modality: tally.Reported, When: "2018-01-01..2018-12-31 (2018)", Where: "IR"},
				{Figure: "582", Measure: tally.Executed, EventType: tally.Execution,
					Claimant: "Iran Human Rights", Cue: "counted", Modality: tally.Reported, When: "2017-01-01..2017-12-31 (2017)", Where: "IR"},
				{Figure: "333", Measure: tally.Executed, EventType: tally.Execution,
					Claimant: "Iran Human Rights", Cue: "counted", Modality: tally.Reported, When: "2016-01-01..2016-12-31 (2016)", Where: "IR"},
			},
		},
		{
			name: "a body's new count",
			text: "Viasna has published a new count. According to the group, 1,085 people are now " +
				"recognised as political prisoners in Belarus, up from 1,070 last week.",
			want: []summary{
				{Figure: "1,085 people", Measure: tally.Arrested, EventType: tally.Arrest,
					Claimant: "Viasna", Cue: "According to", Modality: tally.Reported, Where: "BY"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &tally.Document{ID: tally.DocumentID([]byte(tt.text)), Text: tt.text, Published: published}
			claims := e.Extract(d)
			var got []summary
			for _, c := range claims {
				got = append(got, summarise(c))
			}
			want := append([]summary(nil), tt.want...)
			for i := range want {
				if places == nil {
					want[i].Where = "" // unchecked without a gazetteer
				}
			}
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("Extract (-got +want):\n%s", diff)
			}
		})
	}
}
