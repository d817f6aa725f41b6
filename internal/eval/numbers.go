package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"tally"
	"tally/internal/extract/figure"
	"tally/internal/extract/number"
)

// The Recognizers-Text number specifications are a test set written for a
// general-purpose recognizer; tally reads counts of things. number.Scan and
// the qualifiers of figure.Quantities were developed against these cases,
// so they are a dev set here: their pass rates say how tally does on cases
// it was shaped by, not on held-out text. Each case is
// either in scope, out of scope for a stated reason, or a case where
// tally's convention differs on purpose. Only in-scope cases are scored;
// the others are counted and named in the report's notes.

// numberConventions are NumberModel cases whose expectation tally differs
// from on purpose.
var numberConventions = map[string]string{
	// A dot before exactly three digits is a thousands separator in tally:
	// "1.500 people" in a report is fifteen hundred, and a count is never
	// written with trailing decimal zeros. The spec reads 4.8.
	"4.800": "dot before three digits is a thousands separator (4800)",
	// "1m" is metres as often as a million; tally reads neither. The spec
	// reads a million in "10M" but nothing in "1m", which tally matches;
	// "10G" (ten billion) is left out for the same reason.
	"10G": "G is not read as a billion",
	// A lone upper-case letter after a space is not a scale in prose.
	"1,674,200.5 M": "a spaced M is not read as a million",
	"1,674.5 G":     "G is not read as a billion",
}

// rangeConventions are NumberRangeModel cases whose expectation tally
// differs from on purpose.
var rangeConventions = map[string]string{
	// The spec finds no range here (only in "from 200 to 3000000 in 2008");
	// tally reads "from 200 to 300" as a range wherever it stands.
	"The number is from 200 to 300 in 2008": "from 200 to 300 is a range",
}

// numSpecCase is one case of a Recognizers-Text specification file.
type numSpecCase struct {
	Input                string          `json:"Input"`
	NotSupportedByDesign string          `json:"NotSupportedByDesign"`
	Results              []numSpecResult `json:"Results"`
}

// numSpecResult is one expected numExtraction.
type numSpecResult struct {
	Text       string `json:"Text"`
	Start      int    `json:"Start"`
	End        int    `json:"End"` // inclusive, in characters
	Resolution struct {
		SubType string `json:"subtype"`
		Value   string `json:"value"`
	} `json:"Resolution"`
}

// numExtraction is one found or expected item, compared as a whole.
type numExtraction struct {
	text  string // lower case
	start int    // in characters
	value string
}

// NumberModel measures number.Scan on the Recognizers-Text NumberModel
// cases that count things: integers and decimals, in digits or words.
// Fractions, powers, negatives and cases the spec itself marks unsupported
// by design are out of scope.
func NumberModel(ctx context.Context, shared string) (Report, error) {
	return numberSuite{
		name: "numbers/NumberModel", data: "recognizers_text_specs/Number/NumberModel.json (dev set)",
		file: "NumberModel.json", target: 0.95, conventions: numberConventions,
		outOfScope: numberOutOfScope, want: numberWant, got: numberGot,
	}.run(ctx, shared)
}

// NumberRangeModel measures the qualifiers of figure.Quantities on the
// Recognizers-Text NumberRangeModel cases that tally's qualifiers can
// express. tally's bounds are inclusive and its qualifier says whether an
// open bound is strict, so "more than 30" (more_than, low 30) is the
// spec's "(30,)", "at least 30" its "[30,)", and a range "between 20 and
// 30" (20 to 30 inclusive) its half-open "[20,30)": these are mapped, not
// counted as failures.
func NumberRangeModel(ctx context.Context, shared string) (Report, error) {
	return numberSuite{
		name: "numbers/NumberRangeModel", data: "recognizers_text_specs/Number/NumberRangeModel.json (dev set)",
		file: "NumberRangeModel.json", target: 0.90, conventions: rangeConventions,
		outOfScope: rangeOutOfScope, want: rangeWant, got: rangeGot,
		note: "range mapped to the spec's half-open [low,high); more_than to (low,); at_least to [low,); at_most to (,high]; less_than to (,high)",
	}.run(ctx, shared)
}

// numberSuite is one specification file of Recognizers-Text's numbers and
// how tally reads its cases.
type numberSuite struct {
	name, data, file string
	target           float64
	conventions      map[string]string // input → why tally's reading differs on purpose
	outOfScope       func(numSpecCase) string
	want             func(numSpecCase) []numExtraction
	got              func(string) []numExtraction
	note             string
}

// run scores every case of the suite's file: a case with a known
// convention difference or out of scope is counted apart, never failed.
func (ns numberSuite) run(ctx context.Context, shared string) (Report, error) {
	cases, ok, err := readNumberSpec(shared, ns.file)
	if !ok || err != nil {
		return Skipped(ns.name, ns.data), err
	}
	var sc numScore
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return Report{}, err
		}
		if reason, ok := ns.conventions[strings.TrimSpace(c.Input)]; ok {
			sc.convention(c.Input, reason)
			continue
		}
		if reason := ns.outOfScope(c); reason != "" {
			sc.outOfScope(reason)
			continue
		}
		sc.score(c.Input, ns.want(c), ns.got(c.Input))
	}
	if ns.note != "" {
		sc.notes = append(sc.notes, ns.note)
	}
	return sc.report(ns.name, ns.data, ns.target), nil
}

// readNumberSpec reads one specification file of the shared data folder.
func readNumberSpec(shared, file string) ([]numSpecCase, bool, error) {
	path, ok := DataPath(shared, "recognizers_text_specs", "Number", file)
	if !ok {
		return nil, false, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, false, fmt.Errorf("read %s: %w", file, err)
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	var cases []numSpecCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		return nil, false, fmt.Errorf("parse %s: %w", file, err)
	}
	return cases, true, nil
}

// numberOutOfScope names why a NumberModel case is not a count, or "".
func numberOutOfScope(c numSpecCase) string {
	if c.NotSupportedByDesign != "" {
		return "not supported by design in the spec"
	}
	in := strings.ToLower(c.Input)
	for _, r := range c.Results {
		switch {
		case r.Resolution.SubType == "fraction":
			return "fraction"
		case r.Resolution.SubType == "power":
			return "power or scientific notation"
		case strings.HasPrefix(r.Resolution.Value, "-"):
			return "negative number"
		}
	}
	if strings.Contains(in, " over ") || strings.Contains(in, " out of ") || strings.Contains(in, "half") ||
		strings.Contains(in, "quarter") || strings.ContainsAny(in, "⅔¾⅙½") {
		return "fraction"
	}
	return ""
}

// numberWant lists the expected numExtractions of a NumberModel case.
func numberWant(c numSpecCase) []numExtraction {
	var out []numExtraction
	for _, r := range c.Results {
		out = append(out, numExtraction{strings.ToLower(r.Text), r.Start, numNormal(r.Resolution.Value)})
	}
	return out
}

// numberGot lists what number.Scan finds, a range split into its two
// numbers (the NumberModel has no ranges), vague quantities left out.
func numberGot(in string) []numExtraction {
	var out []numExtraction
	for _, n := range number.Scan(in) {
		switch n.Kind {
		case number.Vague:
			continue
		case number.Span:
			for _, part := range numSpanParts(in, n) {
				out = append(out, numberExtraction(in, part))
			}
			continue
		}
		out = append(out, numberExtraction(in, n))
	}
	return out
}

// numSpanParts re-reads the two numbers of a range.
func numSpanParts(in string, n number.Number) []number.Number {
	var parts []number.Number
	for _, p := range number.Scan(in[n.Start:n.End]) {
		p.Start += n.Start
		p.End += n.Start
		p.Text = in[p.Start:p.End]
		parts = append(parts, p)
	}
	return parts
}

func numberExtraction(in string, n number.Number) numExtraction {
	return numExtraction{strings.ToLower(n.Text), numRuneOffset(in, n.Start), numNormal(strconv.FormatFloat(n.Value, 'f', -1, 64))}
}

// numNormal writes a value so that the spec's "1200000000" and
// "1.2E+09" and tally's float compare equal, to 1e-9 relative.
func numNormal(v string) string {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	if f == 0 {
		return "0"
	}
	return strconv.FormatFloat(f, 'g', 9, 64)
}

// rangeOutOfScope names why a NumberRangeModel case cannot be written with
// tally's qualifiers, or "".
func rangeOutOfScope(c numSpecCase) string {
	if c.NotSupportedByDesign != "" {
		return "not supported by design in the spec"
	}
	in := strings.ToLower(c.Input)
	switch {
	case strings.ContainsAny(in, "<>="):
		return "comparison symbols"
	case strings.Contains(in, "equal"):
		return "equal to: no tally qualifier"
	case strings.Contains(in, "tenth") || strings.Contains(in, "fifteenth"):
		return "ordinal"
	case strings.Contains(in, "half") || strings.Contains(in, "quarter") || strings.Contains(in, "/2"):
		return "fraction"
	case strings.Contains(in, "negative"):
		return "negative number"
	}
	for _, r := range c.Results {
		v := r.Resolution.Value
		lo, hi, _ := strings.Cut(strings.Trim(v, "[]()"), ",")
		if lo != "" && hi != "" && !(strings.HasPrefix(v, "[") && strings.HasSuffix(v, ")")) {
			return "two-sided bound with a strict or closed end: no tally qualifier"
		}
		if strings.Contains(v, ".") {
			return "fraction"
		}
	}
	return ""
}

// rangeWant lists the expected ranges of a NumberRangeModel case.
func rangeWant(c numSpecCase) []numExtraction {
	var out []numExtraction
	for _, r := range c.Results {
		out = append(out, numExtraction{strings.ToLower(r.Text), r.Start, r.Resolution.Value})
	}
	return out
}

// rangeGot lists the hedged quantities figure.Quantities finds, written as
// the spec's intervals.
func rangeGot(in string) []numExtraction {
	var out []numExtraction
	for _, q := range figure.Quantities(in, 0, len(in)) {
		v := numInterval(q)
		if v == "" {
			continue
		}
		out = append(out, numExtraction{strings.ToLower(in[q.Start:q.End]), numRuneOffset(in, q.Start), v})
	}
	return out
}

// interval writes a quantity as the spec's interval; "" for an exact,
// approximate or vague one, which the spec does not count as a range.
func numInterval(q figure.Quantity) string {
	b := func(p *int64) string { return strconv.FormatInt(*p, 10) }
	switch q.Qualifier {
	case tally.AtLeast:
		return "[" + b(q.Low) + ",)"
	case tally.MoreThan:
		return "(" + b(q.Low) + ",)"
	case tally.AtMost:
		return "(," + b(q.High) + "]"
	case tally.LessThan:
		return "(," + b(q.High) + ")"
	case tally.Range:
		return "[" + b(q.Low) + "," + b(q.High) + ")"
	}
	return ""
}

// runeOffset converts a byte offset to the character offset the spec uses.
func numRuneOffset(s string, i int) int { return utf8.RuneCountInString(s[:i]) }

// numScore accumulates a pass rate over in-scope cases.
type numScore struct {
	n, pass     int
	outScope    map[string]int
	conventions int
	notes       []string
	misses      []string
}

func (sc *numScore) outOfScope(reason string) {
	if sc.outScope == nil {
		sc.outScope = map[string]int{}
	}
	sc.outScope[reason]++
}

func (sc *numScore) convention(input, reason string) {
	sc.conventions++
	sc.notes = append(sc.notes, fmt.Sprintf("convention differs: %q: %s", input, reason))
}

// score compares a case's numExtractions as a whole: every expected item
// found with its exact text, start and value, and nothing else.
func (sc *numScore) score(input string, want, got []numExtraction) {
	sc.n++
	if equalExtractions(want, got) {
		sc.pass++
		return
	}
	sc.misses = append(sc.misses, fmt.Sprintf("%q: want %v, got %v", input, want, got))
}

func equalExtractions(a, b []numExtraction) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (sc *numScore) report(name, data string, target float64) Report {
	r := Report{Name: name, Data: data, Misses: sc.misses}
	rate := 0.0
	if sc.n > 0 {
		rate = float64(sc.pass) / float64(sc.n)
	}
	r.Metrics = []Metric{
		{Name: "pass rate (in scope)", Value: math.Round(rate*1000) / 1000, N: sc.n, Target: target},
		{Name: "out of scope", Value: float64(numSum(sc.outScope)), N: numSum(sc.outScope)},
		{Name: "convention differs", Value: float64(sc.conventions), N: sc.conventions},
	}
	reasons := make([]string, 0, len(sc.outScope))
	for reason, n := range sc.outScope {
		reasons = append(reasons, fmt.Sprintf("out of scope: %s (%d)", reason, n))
	}
	sort.Strings(reasons)
	r.Notes = append(reasons, sc.notes...)
	return r
}

func numSum(m map[string]int) int {
	t := 0
	for _, n := range m {
		t += n
	}
	return t
}
