package eval

import (
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"tally/internal/extract/timex"
)

// TempEval3 measures timex on the TempEval-3 platinum test set, used here
// as a dev set: for every gold DATE TIMEX3, timex.Find runs on the
// document's text anchored on its creation time (DCT), and the expression
// overlapping the gold span is converted to a TimeML value (TimeMLValue)
// and compared with the gold value. A gold timex that no expression
// overlaps counts as wrong.
func TempEval3(ctx context.Context, shared string) (Report, error) {
	const name, data = "timex/TempEval3", "tempeval3_platinum (dev set)"
	dir, ok := DataPath(shared, "tempeval3_platinum")
	if !ok {
		return Skipped(name, data), nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil || len(files) == 0 {
		return Skipped(name, data), nil
	}
	sort.Strings(files)
	var s teScore
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return Report{}, err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return Report{}, fmt.Errorf("tempeval3: %w", err)
		}
		doc, err := parseTML(string(raw))
		if err != nil {
			return Report{}, fmt.Errorf("tempeval3 %s: %w", filepath.Base(path), err)
		}
		s.add(filepath.Base(path), doc)
	}
	return s.report(name, data), nil
}

// teScore accumulates the TempEval-3 counts.
type teScore struct {
	gold, overlap, exact, correct int
	misses                        []string
}

func (s *teScore) add(file string, doc tmlDoc) {
	exprs := timex.Find(doc.text, doc.dct)
	for _, g := range doc.timexes {
		if g.typ != "DATE" {
			continue
		}
		s.gold++
		e, found := overlapping(exprs, g.start, g.end)
		got := ""
		if found {
			s.overlap++
			if e.Start == g.start && e.End == g.end {
				s.exact++
			}
			got = TimeMLValue(e, g.start)
		}
		if found && got == g.value {
			s.correct++
			continue
		}
		if len(s.misses) < 40 {
			s.misses = append(s.misses, fmt.Sprintf("%s: %q gold %s, got %q %s", file, doc.text[g.start:g.end], g.value, e.Text, got))
		}
	}
}

func (s *teScore) report(name, data string) Report {
	return Report{
		Name: name, Data: data,
		Metrics: []Metric{
			{Name: "DATE value accuracy", Value: rate(s.correct, s.gold), N: s.gold, Target: 0.85},
			{Name: "DATE span recall (overlap)", Value: rate(s.overlap, s.gold), N: s.gold},
			{Name: "DATE span recall (exact)", Value: rate(s.exact, s.gold), N: s.gold},
			{Name: "DATE value accuracy where found", Value: rate(s.correct, s.overlap), N: s.overlap},
		},
		Notes: []string{
			"dev set: the rules were developed while looking at this data",
			"value accuracy counts a gold DATE that no expression overlaps as wrong",
			"an Interval is compared at the end the gold span falls in (\"2009-2010\" holds two gold DATEs)",
		},
		Misses: s.misses,
	}
}

func rate(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// overlapping is the first expression that overlaps bytes [start, end).
func overlapping(exprs []timex.Expr, start, end int) (timex.Expr, bool) {
	for _, e := range exprs {
		if e.Start < end && start < e.End {
			return e, true
		}
	}
	return timex.Expr{}, false
}

// TimeMLValue writes an expression as a TimeML value at the precision it
// was written: 2013-03-22, 2013-W11, 2013-W11-WE, 2013-03, 2012-SU,
// 2013-Q1, 2013, 198 (a decade), 19 (a century), PRESENT_REF, PAST_REF,
// FUTURE_REF. at is a byte offset inside the expression: for an Interval,
// the end nearer to it is written. Durations, sets and unresolved
// expressions have no value here ("").
func TimeMLValue(e timex.Expr, at int) string {
	switch e.Kind {
	case timex.Reference:
		return map[timex.Grain]string{timex.Present: "PRESENT_REF", timex.Past: "PAST_REF", timex.Future: "FUTURE_REF"}[e.Grain]
	case timex.Duration, timex.Set:
		return ""
	}
	day, grain := e.From, e.Grain
	if e.Kind == timex.Interval {
		if at > e.Start {
			day = e.To
		} else if e.StartGrain != "" {
			grain = e.StartGrain
		}
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return valueAt(t, grain)
}

// valueAt writes day t at grain g.
func valueAt(t time.Time, g timex.Grain) string {
	switch g {
	case timex.Day, timex.Hour, timex.Minute:
		return t.Format("2006-01-02")
	case timex.Week, timex.Fortnight:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case timex.Weekend:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", y, w)
	case timex.Month:
		return t.Format("2006-01")
	case timex.Season:
		return fmt.Sprintf("%04d-%s", t.Year(), [...]string{"WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"}[t.Month()-1])
	case timex.Quarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())+2)/3)
	case timex.Year:
		return strconv.Itoa(t.Year())
	case timex.Decade:
		return strconv.Itoa(t.Year() / 10)
	case timex.Century:
		return strconv.Itoa(t.Year() / 100)
	}
	return ""
}

// tmlDoc is one TimeML document: its text with tags removed, its creation
// time and its gold TIMEX3 spans, by byte offsets into that text.
type tmlDoc struct {
	text    string
	dct     time.Time
	timexes []goldTimex
}

type goldTimex struct {
	start, end  int
	typ, value string
}

var (
	dctPattern  = regexp.MustCompile(`(?s)<DCT>.*?value="([^"]*)"`)
	tagPattern  = regexp.MustCompile(`<(/?)([A-Za-z0-9]+)([^>]*)>`)
	attrPattern = regexp.MustCompile(`(\w+)="([^"]*)"`)
)

// parseTML reads the TEXT of a TimeML document, keeping TIMEX3 spans.
func parseTML(raw string) (tmlDoc, error) {
	var doc tmlDoc
	m := dctPattern.FindStringSubmatch(raw)
	if m == nil {
		return doc, fmt.Errorf("no DCT")
	}
	dct, err := time.Parse("2006-01-02", m[1][:min(10, len(m[1]))])
	if err != nil {
		return doc, fmt.Errorf("DCT %q: %w", m[1], err)
	}
	doc.dct = dct
	begin, end := strings.Index(raw, "<TEXT>"), strings.Index(raw, "</TEXT>")
	if begin < 0 || end < begin {
		return doc, fmt.Errorf("no TEXT")
	}
	body := raw[begin+len("<TEXT>") : end]
	var b strings.Builder
	open := -1
	var cur goldTimex
	last := 0
	for _, loc := range tagPattern.FindAllStringSubmatchIndex(body, -1) {
		b.WriteString(html.UnescapeString(body[last:loc[0]]))
		last = loc[1]
		if body[loc[4]:loc[5]] != "TIMEX3" {
			continue
		}
		if loc[3] > loc[2] { // closing tag
			if open >= 0 {
				cur.start, cur.end = open, b.Len()
				doc.timexes = append(doc.timexes, cur)
				open = -1
			}
			continue
		}
		cur = goldTimex{}
		for _, a := range attrPattern.FindAllStringSubmatch(body[loc[6]:loc[7]], -1) {
			switch a[1] {
			case "type":
				cur.typ = a[2]
			case "value":
				cur.value = a[2]
			}
		}
		open = b.Len()
	}
	b.WriteString(html.UnescapeString(body[last:]))
	doc.text = b.String()
	return doc, nil
}
