package eval

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
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
		e, found := overlappingExpr(exprs, g.start, g.end)
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
			{Name: "DATE value accuracy", Value: timexRate(s.correct, s.gold), N: s.gold, Target: 0.85},
			{Name: "DATE span recall (overlap)", Value: timexRate(s.overlap, s.gold), N: s.gold},
			{Name: "DATE span recall (exact)", Value: timexRate(s.exact, s.gold), N: s.gold},
			{Name: "DATE value accuracy where found", Value: timexRate(s.correct, s.overlap), N: s.overlap},
		},
		Notes: []string{
			"dev set: the rules were developed while looking at this data",
			"value accuracy counts a gold DATE that no expression overlaps as wrong",
			"an Interval is compared at the end the gold span falls in (\"2009-2010\" holds two gold DATEs)",
		},
		Misses: s.misses,
	}
}

func timexRate(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// overlapping is the first expression that overlaps bytes [start, end).
func overlappingExpr(exprs []timex.Expr, start, end int) (timex.Expr, bool) {
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
	if e.Kind == timex.Interval && e.Since {
		grain = e.StartGrain // "since 1989": the written date is the start
		if grain == "" {
			grain = e.Grain
		}
	} else if e.Kind == timex.Interval {
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
	start, end int
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

// DateTimePeriods runs timex on the English date and date-period cases of
// the Recognizers-Text specifications, used here as a dev set:
// DatePeriodParser.json, and the DateTimeModel.json cases whose expected
// results are all dates or date ranges (the ones that matter for event
// dates). A case passes when, for every expected result, Find returns an
// expression with the same text (ignoring case) and the same dates under
// the conventions below. Cases marked NotSupportedByDesign are skipped.
//
// Where tally's conventions differ from the specifications' (the reason a
// case may fail by design, not by error):
//   - ends: the specifications give a month or a year with an exclusive end
//     (2016-09-01..2016-10-01) but a written day range with its last day
//     (from 4 to 22: ..2016-11-22); tally's To is always inclusive. A case
//     passes when To equals their end or the day before it.
//   - past and future: the specifications give both readings of a date
//     without a year; tally gives one (the past, or the future after a
//     cue such as "will" or "'ll"). Either of theirs is accepted.
//   - rolling periods: "past 3 weeks" is tally's 21 days before the anchor
//     to the anchor inclusive; "next 3 days" starts the day after it.
//   - "this week", "the weekend": tally's weeks are ISO weeks, Monday to
//     Sunday, and a weekend is Saturday and Sunday.
//   - early, mid and late (and "the beginning/middle/end of") split a unit
//     into thirds for tally (late March is 21-31 March) and into halves for
//     the specifications (16 March to 1 April).
//   - "earlier this month" and "later this year" run from the start of the
//     unit to the anchor and from the anchor to its end for tally; the
//     specifications cut them at the middle or at the next month.
//   - "last sept" in November is tally's September of the same year (the
//     most recent before the anchor's month); theirs is the year before.
//   - "the weekend" without a future cue is the one just past for tally (news
//     reports on what happened "over the weekend"); theirs is the coming one.
//   - "next Friday" is the first Friday after the anchor for tally; theirs
//     is the Friday of next week.
//   - "the past two decades" and "the last quarter" are rolling periods
//     ending on the anchor for tally; theirs are aligned on decades and
//     quarters.
//   - not read by tally, by design: "the week of the 18th", "the third
//     week of July", "rest of the week", "within 2 weeks", "2 weeks from
//     today", "in 3 years" (a duration for tally), "same week", "that
//     weekend" (anaphoric), "Week 31", ordinal days without a month
//     ("from 4 to 22 this month"), m/d without a year ("10/1"), years
//     written in words ("nineteen seventy eight"), "2016 June" and open
//     ranges ("after 2018", "before 2010", "2018 or later").
func DateTimePeriods(ctx context.Context, shared string) (Report, error) {
	const name, data = "timex/DateTimePeriods", "recognizers_text_specs DateTime (dev set)"
	dir, ok := DataPath(shared, "recognizers_text_specs", "DateTime")
	if !ok {
		return Skipped(name, data), nil
	}
	r := Report{Name: name, Data: data, Notes: []string{
		"dev set: the rules were developed while looking at this data",
		"To may equal the specification's end or the day before (their exclusive ends); either past or future reading is accepted",
	}}
	for _, file := range []string{"DatePeriodParser.json", "DateTimeModel.json"} {
		if err := ctx.Err(); err != nil {
			return Report{}, err
		}
		cases, err := readSpecCases(filepath.Join(dir, file))
		if err != nil {
			return Report{}, err
		}
		pass, n := 0, 0
		for _, c := range cases {
			if !c.dateOnly() {
				continue
			}
			n++
			if miss := c.check(); miss == "" {
				pass++
			} else if len(r.Misses) < 600 {
				r.Misses = append(r.Misses, file+": "+miss)
			}
		}
		r.Metrics = append(r.Metrics, Metric{Name: strings.TrimSuffix(file, ".json") + " pass rate", Value: timexRate(pass, n), N: n})
	}
	return r, nil
}

// specCase is one case of a Recognizers-Text DateTime specification, in
// either of its two shapes (parser files and model files).
type specCase struct {
	Input   string `json:"Input"`
	Context struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	NotSupportedByDesign string       `json:"NotSupportedByDesign"`
	Results              []specResult `json:"Results"`
}

type specResult struct {
	Text     string `json:"Text"`
	Type     string `json:"Type"`     // parser files: "daterange", "date"
	TypeName string `json:"TypeName"` // model files: "datetimeV2.daterange"
	Value    *struct {
		Timex            string          `json:"Timex"`
		FutureResolution json.RawMessage `json:"FutureResolution"`
		PastResolution   json.RawMessage `json:"PastResolution"`
	} `json:"Value"`
	Resolution *struct {
		Values []map[string]string `json:"values"`
	} `json:"Resolution"`
}

func readSpecCases(path string) ([]specCase, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("recognizers spec: %w", err)
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	var cases []specCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		return nil, fmt.Errorf("recognizers spec %s: %w", path, err)
	}
	return cases, nil
}

// dateOnly reports whether a case is measured: it has expected results,
// all of them dates or date ranges, and is not unsupported by design.
func (c specCase) dateOnly() bool {
	if c.NotSupportedByDesign != "" || len(c.Results) == 0 {
		return false
	}
	for _, r := range c.Results {
		typ := strings.TrimPrefix(r.TypeName, "datetimeV2.")
		if typ == "" {
			typ = r.Type
		}
		if typ != "date" && typ != "daterange" {
			return false
		}
	}
	return true
}

// check runs Find on the case and returns "" when it passes, else a line
// saying what was expected and what was found.
func (c specCase) check() string {
	var ref time.Time // no reference: relative expressions stay unresolved
	if s := c.Context.ReferenceDateTime; s != "" {
		var err error
		if ref, err = time.Parse("2006-01-02T15:04:05", s[:min(19, len(s))]); err != nil {
			return fmt.Sprintf("%q: bad reference time", c.Input)
		}
	}
	exprs := timex.Find(c.Input, ref)
	for _, r := range c.Results {
		e, found := sameTextExpr(exprs, r.Text)
		if !found {
			return fmt.Sprintf("%q: %q not found (found %s)", c.Input, r.Text, exprTexts(exprs))
		}
		if !r.accepts(e) {
			return fmt.Sprintf("%q: %q got %s..%s, want one of %s", c.Input, r.Text, e.From, e.To, r.readings())
		}
	}
	return ""
}

func sameTextExpr(exprs []timex.Expr, text string) (timex.Expr, bool) {
	want := normalText(text)
	for _, e := range exprs {
		got := normalText(e.Text)
		if got == want || strings.TrimPrefix(got, "the ") == want {
			return e, true
		}
	}
	return timex.Expr{}, false
}

// normalText lowercases and collapses spaces, as the specifications write
// their texts.
func normalText(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func exprTexts(exprs []timex.Expr) string {
	var s []string
	for _, e := range exprs {
		s = append(s, fmt.Sprintf("%q", e.Text))
	}
	return "[" + strings.Join(s, " ") + "]"
}

// specSpan is one expected reading: start and end dates, end maybe exclusive.
type specSpan struct{ start, end string }

// readings lists the expected spans of a result, both shapes.
func (r specResult) readings() []specSpan {
	var out []specSpan
	if r.Value != nil {
		for _, raw := range []json.RawMessage{r.Value.PastResolution, r.Value.FutureResolution} {
			var m map[string]string
			if json.Unmarshal(raw, &m) == nil && m != nil {
				out = append(out, specSpanOf(m))
			}
		}
	}
	if r.Resolution != nil {
		for _, m := range r.Resolution.Values {
			out = append(out, specSpanOf(m))
		}
	}
	return out
}

func specSpanOf(m map[string]string) specSpan {
	if d, ok := m["date"]; ok {
		return specSpan{d, d}
	}
	if v, ok := m["value"]; ok && v != "not resolved" {
		return specSpan{v, v}
	}
	return specSpan{m["startDate"] + m["start"], m["endDate"] + m["end"]}
}

// accepts reports whether an expression matches one of the readings, under
// the conventions listed on DateTimePeriods.
func (r specResult) accepts(e timex.Expr) bool {
	readings := r.readings()
	if len(readings) == 0 {
		return true // "not resolved": the text is the whole expectation
	}
	for _, s := range readings {
		if s.start == "" && s.end == "" {
			return true
		}
		if e.From != s.start && s.start != "" {
			continue
		}
		if s.end == "" || e.To == s.end || e.To == specDayBefore(s.end) || e.To == unitEnd(s.end, e.Grain) {
			return true
		}
	}
	return false
}

// unitEnd is the last day of the month or year that begins on day iso, for
// the specifications' ranges of months and years, which end at the start
// of the last one ("2014 to 2018" ends 2018-01-01; tally's on 2018-12-31).
func unitEnd(iso string, g timex.Grain) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil || t.Day() != 1 {
		return ""
	}
	switch {
	case g == timex.Month:
		return t.AddDate(0, 1, -1).Format("2006-01-02")
	case g == timex.Year && t.Month() == time.January:
		return t.AddDate(1, 0, -1).Format("2006-01-02")
	}
	return ""
}

func specDayBefore(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -1).Format("2006-01-02")
}

// MeanTime measures timex on the DATE TIMEX3 of the MEANTIME corpus
// (English WikiNews, business news) the same way as TempEval3. The text is
// rebuilt from the corpus's tokens (see detokenize), so a few spacings
// differ from the original articles. timex was not developed against this
// data: it is the held-out check of the TempEval-3 figure.
func MeanTime(ctx context.Context, shared string) (Report, error) {
	const name, data = "timex/MEANTIME", "meantime_en (held out)"
	path, ok := DataPath(shared, "meantime_en", "meantime_en_intra_cross-doc_annotation.tar.gz")
	if !ok {
		return Skipped(name, data), nil
	}
	docs, err := readCATArchive(ctx, path)
	if err != nil {
		return Report{}, err
	}
	var s teScore
	for _, d := range docs {
		s.add(d.name, d.doc)
	}
	r := s.report(name, data)
	r.Notes = []string{
		"held out: timex's rules were not developed against this data",
		"text rebuilt from tokens; value accuracy counts a gold DATE that no expression overlaps as wrong",
	}
	return r, nil
}

// catDoc is one CAT XML document of MEANTIME.
type catDoc struct {
	name string
	doc  tmlDoc
}

// readCATArchive reads every CAT XML document in a .tar.gz.
func readCATArchive(ctx context.Context, path string) ([]catDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("meantime: %w", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("meantime: %w", err)
	}
	tr := tar.NewReader(gz)
	var docs []catDoc
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("meantime: %w", err)
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".xml") {
			continue
		}
		doc, err := parseCAT(tr)
		if err != nil {
			return nil, fmt.Errorf("meantime %s: %w", h.Name, err)
		}
		docs = append(docs, catDoc{name: filepath.Base(h.Name), doc: doc})
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].name < docs[j].name })
	return docs, nil
}

// catXML is the part of a CAT XML document that MeanTime reads.
type catXML struct {
	Tokens []struct {
		ID   string `xml:"t_id,attr"`
		Text string `xml:",chardata"`
	} `xml:"token"`
	Timexes []struct {
		Type     string `xml:"type,attr"`
		Value    string `xml:"value,attr"`
		Function string `xml:"functionInDocument,attr"`
		Anchors  []struct {
			ID string `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>TIMEX3"`
}

// parseCAT rebuilds a CAT document's text and its TIMEX3 byte spans.
func parseCAT(r io.Reader) (tmlDoc, error) {
	var x catXML
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return tmlDoc{}, err
	}
	var doc tmlDoc
	words := make([]string, len(x.Tokens))
	for i, t := range x.Tokens {
		words[i] = t.Text
	}
	text, offsets := detokenize(words)
	doc.text = text
	index := make(map[string]int, len(x.Tokens))
	for i, t := range x.Tokens {
		index[t.ID] = i
	}
	for _, t := range x.Timexes {
		if t.Function == "CREATION_TIME" {
			doc.dct = parseDCT(t.Value)
			continue
		}
		first, last := -1, -1
		for _, a := range t.Anchors {
			if k, ok := index[a.ID]; ok {
				if first < 0 || k < first {
					first = k
				}
				last = max(last, k)
			}
		}
		if first < 0 {
			continue
		}
		doc.timexes = append(doc.timexes, goldTimex{start: offsets[first][0], end: offsets[last][1], typ: t.Type, value: t.Value})
	}
	return doc, nil
}

// parseDCT reads a creation time: ISO, or day-first as a few MEANTIME
// documents write it ("03-02-2009" for 3 February 2009). Zero when neither.
func parseDCT(v string) time.Time {
	for _, layout := range []string{"2006-01-02", "02-01-2006"} {
		if t, err := time.Parse(layout, v[:min(10, len(v))]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// detokenize joins tokens with spaces, except before closing punctuation
// and clitics and after opening brackets and currency signs, and returns
// each token's byte span.
func detokenize(words []string) (string, [][2]int) {
	var b strings.Builder
	offsets := make([][2]int, len(words))
	for i, w := range words {
		if i > 0 && !gluedLeft(w) && !gluedRight(words[i-1]) {
			b.WriteByte(' ')
		}
		offsets[i][0] = b.Len()
		b.WriteString(w)
		offsets[i][1] = b.Len()
	}
	return b.String(), offsets
}

func gluedLeft(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")", "]", "%", "'s", "n't", "'", "?", "!", "'re", "'ve", "'ll", "'d", "'m":
		return true
	}
	return false
}

func gluedRight(w string) bool { return w == "(" || w == "[" || w == "$" }
