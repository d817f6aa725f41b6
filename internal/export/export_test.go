package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func TestFormatBounds(t *testing.T) {
	tests := []struct {
		low, high *int64
		want      string
	}{
		{tally.Int64(304), tally.Int64(304), "304"},
		{tally.Int64(200), tally.Int64(300), "200–300"},
		{tally.Int64(106), nil, "106+"},
		{nil, tally.Int64(5000), "≤5000"},
		{nil, nil, "?"},
	}
	for _, tt := range tests {
		if got := FormatBounds(tt.low, tt.high); got != tt.want {
			t.Errorf("FormatBounds(%v, %v) = %q, want %q", tt.low, tt.high, got, tt.want)
		}
	}
}

func TestClaimsCSV(t *testing.T) {
	claims := []tally.Claim{{
		ID: "cl_1", Doc: "sha256:ab", Measure: tally.Killed, Span: [2]int{3, 40},
		Quote:    "He said, \"at least 304\" died.",
		Figure:   tally.Figure{Low: tally.Int64(304), Qualifier: tally.AtLeast, Unit: "person", Text: "at least 304"},
		Claimant: &tally.Claimant{Name: "Amnesty International", Via: []string{"witnesses"}, Cue: "said"},
		Modality: tally.Reported,
		When:     &tally.When{Start: "2019-11-15", End: "2019-11-19"},
		Where:    []tally.Place{{Name: "Shiraz", Country: "IR"}, {Name: "Tehran", Country: "IR"}},
	}}
	var buf bytes.Buffer
	if err := ClaimsCSV(&buf, claims); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want header + 1", len(rows))
	}
	got := map[string]string{}
	for i, col := range rows[0] {
		got[col] = rows[1][i]
	}
	want := map[string]string{"low": "304", "high": "", "claimant": "Amnesty International",
		"where": "Shiraz; Tehran", "countries": "IR", "quote": claims[0].Quote, "via": "witnesses"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("column %s = %q, want %q", k, got[k], v)
		}
	}
}

func TestEventsCSVOneRowPerClaimant(t *testing.T) {
	ev := tally.Event{ID: "ev_1", EventType: tally.Protest, Measures: map[tally.Measure]*tally.MeasureFigures{
		tally.Killed: {Claimants: []tally.ClaimantFigures{
			{Name: "Amnesty International", Current: tally.FigureRef{Low: tally.Int64(304)},
				Revisions: []tally.FigureRef{{Low: tally.Int64(106), ClaimedOn: "2019-11-19"}}},
			{Name: "Reuters", Current: tally.FigureRef{Low: tally.Int64(1500), High: tally.Int64(1500)}},
		}},
	}}
	var buf bytes.Buffer
	if err := EventsCSV(&buf, []tally.Event{ev}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if diff := cmp.Diff(3, len(lines)); diff != "" {
		t.Fatalf("rows (-want +got):\n%s", diff)
	}
	if !strings.Contains(lines[1], "106+ (2019-11-19)") {
		t.Errorf("revisions missing in %q", lines[1])
	}
}
