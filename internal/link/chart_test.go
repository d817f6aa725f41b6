package link

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func demoEvent(t *testing.T) tally.Event {
	t.Helper()
	for _, ev := range Link(claimsOf(demoSpecs()), seeded(t)) {
		if ev.Title == "protest, Iran, 2019-11-01 … 2019-11-30" {
			return ev
		}
	}
	t.Fatal("demo event not found")
	return tally.Event{}
}

func TestRangeChartSVG(t *testing.T) {
	demo := demoEvent(t)
	hostile := tally.Event{Title: `<script>alert("x")</script> & co`, Measures: map[tally.Measure]*tally.MeasureFigures{
		tally.Injured: {Claimants: []tally.ClaimantFigures{
			{Name: `Ben & Jerry's <b>`, Kind: tally.UnknownKind, Current: tally.FigureRef{High: bound(50), Qualifier: tally.AtMost}},
			{Name: "Invalid \xff UTF-8", Kind: tally.Individual, ViaPublisher: true,
				Current: tally.FigureRef{Low: bound(20), High: bound(30), Qualifier: tally.Range}},
		}},
	}}
	tests := []struct {
		name  string
		ev    tally.Event
		m     tally.Measure
		wants []string // fragments the chart must hold
	}{
		{"demo-killed", demo, tally.Killed, []string{"logarithmic scale", "figures conflict", "Amnesty International", "≥ 304", "~1,500"}},
		{"demo-arrested", demo, tally.Arrested, []string{"linear scale", "&gt; 7,000"}},
		{"demo-missing", demo, tally.Executed, []string{"no figures"}},
		{"escaped", hostile, tally.Injured, []string{"&lt;script&gt;", "Ben &amp; Jerry&#39;s &lt;b&gt;", "≤ 50", "20–30", "(publisher)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RangeChartSVG(tt.ev, tt.m)
			if err := wellFormed(got); err != nil {
				t.Fatalf("chart is not well-formed XML: %v", err)
			}
			for _, w := range tt.wants {
				if !bytes.Contains(got, []byte(w)) {
					t.Errorf("chart lacks %q", w)
				}
			}
			if bytes.Contains(got, []byte("<script")) {
				t.Errorf("chart holds an unescaped tag")
			}
			golden := filepath.Join("testdata", "chart-"+tt.name+".svg")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("chart differs from %s (run with -update if the change is meant):\n%s", golden, got)
			}
		})
	}
}

func wellFormed(svg []byte) error {
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

func TestFigureText(t *testing.T) {
	tests := []struct {
		f    tally.FigureRef
		want string
	}{
		{tally.FigureRef{Low: bound(304), Qualifier: tally.AtLeast}, "≥ 304"},
		{tally.FigureRef{Low: bound(7000), Qualifier: tally.MoreThan}, "> 7,000"},
		{tally.FigureRef{Low: bound(1500), High: bound(1500), Qualifier: tally.About}, "~1,500"},
		{tally.FigureRef{Low: bound(200), High: bound(225), Qualifier: tally.Range}, "200–225"},
		{tally.FigureRef{High: bound(100), Qualifier: tally.LessThan}, "< 100"},
		{tally.FigureRef{Low: bound(1234567), High: bound(1234567)}, "1,234,567"},
		{tally.FigureRef{}, "?"},
	}
	for _, tt := range tests {
		if got := figureText(tt.f); got != tt.want {
			t.Errorf("figureText(%v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestNewAxis(t *testing.T) {
	tests := []struct {
		vs      []int64
		log     bool
		lo, hi  float64
		ticksOK string
	}{
		{[]int64{106, 1500}, true, 100, 10000, "100 1000 10000"},
		{[]int64{200, 225}, false, 0, 500, "0 100 200 300 400 500"},
		{nil, false, 0, 10, ""},
		{[]int64{0, 0}, false, 0, 10, ""},
	}
	for _, tt := range tests {
		ax := newAxis(tt.vs)
		if ax.log != tt.log || ax.lo != tt.lo || ax.hi != tt.hi {
			t.Errorf("newAxis(%v) = %+v, want log=%v %v…%v", tt.vs, ax, tt.log, tt.lo, tt.hi)
		}
		if tt.ticksOK != "" {
			var got []string
			for _, v := range ax.ticks() {
				got = append(got, groupDigits(int64(v)))
			}
			if g := strings.ReplaceAll(strings.Join(got, " "), ",", ""); g != tt.ticksOK {
				t.Errorf("ticks(%v) = %s, want %s", tt.vs, g, tt.ticksOK)
			}
		}
	}
}
