// Package export writes documents, claims and events as CSV and JSON Lines,
// the formats the CLI and the HTTP layer share. The JSON of a claim and an
// event is the domain's own (the contracts); CSV flattens it into columns.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"tally"
)

// JSONLines writes each item as one line of JSON.
func JSONLines[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range items {
		if err := enc.Encode(items[i]); err != nil {
			return fmt.Errorf("write json: %w", err)
		}
	}
	return nil
}

// ClaimColumns are the CSV columns of a claim, in order.
var ClaimColumns = []string{"id", "doc", "measure", "low", "high", "qualifier", "unit",
	"figure_text", "part", "event_type", "claimant", "via", "cue", "modality", "when_start",
	"when_end", "when_text", "where", "countries", "publisher", "published", "span_start",
	"span_end", "quote"}

// ClaimsCSV writes claims as CSV with a header row.
func ClaimsCSV(w io.Writer, claims []tally.Claim) error {
	return writeCSV(w, ClaimColumns, len(claims), func(i int) []string { return claimRow(&claims[i]) })
}

func claimRow(c *tally.Claim) []string {
	var name, cue, via string
	if c.Claimant != nil {
		name, cue, via = c.Claimant.Name, c.Claimant.Cue, strings.Join(c.Claimant.Via, "; ")
	}
	var ws, we, wt string
	if c.When != nil {
		ws, we, wt = c.When.Start, c.When.End, c.When.Text
	}
	places, countries := placeNames(c.Where)
	return []string{c.ID, c.Doc, string(c.Measure), bound(c.Figure.Low), bound(c.Figure.High),
		string(c.Figure.Qualifier), c.Figure.Unit, c.Figure.Text, strconv.FormatBool(c.Part), string(c.EventType), name, via,
		cue, string(c.Modality), ws, we, wt, places, countries, c.Publisher, date(c.Published),
		strconv.Itoa(c.Span[0]), strconv.Itoa(c.Span[1]), c.Quote}
}

// DocumentColumns are the CSV columns of a document, in order.
var DocumentColumns = []string{"id", "source", "url", "publisher", "title", "byline",
	"language", "format", "published", "ingested"}

// DocumentsCSV writes documents (without their text) as CSV with a header row.
func DocumentsCSV(w io.Writer, docs []tally.Document) error {
	return writeCSV(w, DocumentColumns, len(docs), func(i int) []string {
		d := &docs[i]
		return []string{d.ID, d.Source, d.URL, d.Publisher, d.Title, d.Byline, d.Language,
			string(d.Format), timestamp(d.Published), timestamp(d.Ingested)}
	})
}

// EventColumns are the CSV columns of an event: one row per event, measure
// and claimant, so that the conflict table survives flattening.
var EventColumns = []string{"event", "event_type", "title", "when_start", "when_end",
	"countries", "parent", "documents", "measure", "range_low", "range_high", "conflict",
	"independent_claimants", "claimant", "carried_by", "kind", "party_to_conflict", "via_publisher",
	"low", "high", "qualifier", "claimed_on", "claim", "revisions", "reports"}

// EventsCSV writes events as CSV with a header row.
func EventsCSV(w io.Writer, events []tally.Event) error {
	var rows [][]string
	for i := range events {
		rows = append(rows, eventRows(&events[i])...)
	}
	return writeCSV(w, EventColumns, len(rows), func(i int) []string { return rows[i] })
}

func eventRows(ev *tally.Event) [][]string {
	var ws, we, parent string
	if ev.When != nil {
		ws, we = ev.When.Start, ev.When.End
	}
	if ev.Parent != nil {
		parent = *ev.Parent
	}
	_, countries := placeNames(ev.Where)
	head := []string{ev.ID, string(ev.EventType), ev.Title, ws, we, countries, parent, strconv.Itoa(ev.Documents)}
	var rows [][]string
	for _, m := range tally.Measures {
		mf := ev.Measures[m]
		if mf == nil {
			continue
		}
		for _, cf := range mf.Claimants {
			row := append(append([]string(nil), head...), string(m), bound(mf.Range.Low),
				bound(mf.Range.High), strconv.FormatBool(mf.Conflict),
				strconv.Itoa(mf.IndependentClaimants), cf.Name, strings.Join(cf.Via, "; "), string(cf.Kind),
				strconv.FormatBool(cf.PartyToConflict), strconv.FormatBool(cf.ViaPublisher),
				bound(cf.Current.Low), bound(cf.Current.High), string(cf.Current.Qualifier),
				cf.Current.ClaimedOn, cf.Current.Claim, revisions(cf.Revisions), strconv.Itoa(cf.Reports))
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		rows = append(rows, append(head, make([]string, len(EventColumns)-len(head))...))
	}
	return rows
}

// revisions writes a claimant's earlier figures as "106+ (2019-11-19); …".
func revisions(refs []tally.FigureRef) string {
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = FormatBounds(r.Low, r.High) + " (" + r.ClaimedOn + ")"
	}
	return strings.Join(parts, "; ")
}

// FormatBounds writes a figure's bounds for people: "304", "304+", "≤5000",
// "200–300", "?" when both are open.
func FormatBounds(low, high *int64) string {
	switch {
	case low != nil && high != nil && *low == *high:
		return strconv.FormatInt(*low, 10)
	case low != nil && high != nil:
		return strconv.FormatInt(*low, 10) + "–" + strconv.FormatInt(*high, 10)
	case low != nil:
		return strconv.FormatInt(*low, 10) + "+"
	case high != nil:
		return "≤" + strconv.FormatInt(*high, 10)
	default:
		return "?"
	}
}

func writeCSV(w io.Writer, header []string, n int, row func(int) []string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for i := 0; i < n; i++ {
		if err := cw.Write(row(i)); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

func placeNames(ps []tally.Place) (names, countries string) {
	var n, c []string
	for _, p := range ps {
		n = append(n, p.Name)
		if p.Country != "" && !slices.Contains(c, p.Country) {
			c = append(c, p.Country)
		}
	}
	return strings.Join(n, "; "), strings.Join(c, "; ")
}

func bound(p *int64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatInt(*p, 10)
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

func timestamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
