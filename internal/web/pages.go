package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"time"

	"tally"
	"tally/internal/export"
)

//go:embed templates/*.html
var templateFS embed.FS

// pageNames are the templates, each rendered against its own struct.
var pageNames = []string{"home", "documents", "document", "claims", "claim", "events", "event", "error"}

// templates parses every page with the shared layout.
func templates() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"bounds":   export.FormatBounds,
		"claimant": claimantName,
		"when":     whenText,
		"date":     isoDayOrDash,
		"path":     url.PathEscape,
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// layout is what every page shows around its content.
type layout struct {
	Title string
	CSS   string
}

func (s *Server) layout(title string) layout {
	return layout{Title: title, CSS: s.static.urls["style.css"]}
}

// twins are the links from an HTML list to the same list as JSON and CSV,
// and to its neighbouring pages.
type twins struct {
	JSON, CSV  string
	Prev, Next string
}

func newTwins(path string, q url.Values, limit, offset, got int) twins {
	t := twins{JSON: path + ".json", CSV: path + ".csv"}
	if enc := q.Encode(); enc != "" {
		t.JSON += "?" + enc
		t.CSV += "?" + enc
	}
	at := func(off int) string {
		v := url.Values{}
		for k, vs := range q {
			v[k] = vs
		}
		v.Set("offset", strconv.Itoa(off))
		return path + "?" + v.Encode()
	}
	if offset > 0 {
		t.Prev = at(max(0, offset-limit))
	}
	if got == limit {
		t.Next = at(offset + limit)
	}
	return t
}

type errorPage struct {
	layout
	Code    int
	Message string
}

type homePage struct {
	layout
	Stats     tally.Stats
	Events    []tally.Event
	Documents []tally.Document
}

type documentsPage struct {
	layout
	Filter    tally.DocumentFilter
	Query     url.Values
	Documents []tally.Document
	Twins     twins
}

type documentPage struct {
	layout
	Document *tally.Document
	Segments []segment
	Claims   []tally.Claim
	Events   []eventLink // the events this document's claims belong to
}

// eventLink names an event for a link to it.
type eventLink struct {
	ID, Title string
}

type claimsPage struct {
	layout
	Query    url.Values
	Measures []tally.Measure
	Claims   []tally.Claim
	Twins    twins
}

type claimPage struct {
	layout
	Claim    *tally.Claim
	Document *tally.Document
	Event    *eventLink // nil when the claim is not linked
}

type eventsPage struct {
	layout
	Query  url.Values
	Events []tally.Event
	Twins  twins
}

type eventPage struct {
	layout
	Event    *tally.Event
	Measures []measureView
}

// measureView is one measure of an event, in the order of tally.Measures.
type measureView struct {
	Measure  tally.Measure
	Figures  *tally.MeasureFigures
	ChartURL string
}

// render executes a page's template into a buffer first, so that a failing
// template never sends half a page.
func (s *Server) render(w http.ResponseWriter, code int, name string, data any) {
	t, err := s.template(name)
	var buf bytes.Buffer
	if err == nil {
		err = t.ExecuteTemplate(&buf, "layout.html", data)
	}
	if err != nil {
		s.log.Error("render", "template", name, "err", err)
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

func (s *Server) template(name string) (*template.Template, error) {
	t, ok := s.tmpl[name]
	if !ok {
		return nil, fmt.Errorf("no template %q", name)
	}
	return t, nil
}

func claimantName(c *tally.Claimant) string {
	if c == nil {
		return "(publisher)"
	}
	return c.Name
}

func whenText(w *tally.When) string {
	switch {
	case w == nil || w.Start == "" && w.End == "":
		return "—"
	case w.Start == w.End || w.End == "":
		return w.Start
	default:
		return w.Start + " … " + w.End
	}
}

// isoDayOrDash writes a day, or a dash for an unknown one.
func isoDayOrDash(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("2006-01-02")
}

// measureViews orders an event's measures.
func (s *Server) measureViews(ev *tally.Event) []measureView {
	var out []measureView
	for _, m := range tally.Measures {
		mf := ev.Measures[m]
		if mf == nil {
			continue
		}
		v := measureView{Measure: m, Figures: mf}
		if s.chart != nil {
			v.ChartURL = "/events/" + url.PathEscape(ev.ID) + "/chart/" + string(m)
		}
		out = append(out, v)
	}
	return out
}

// eventIDs returns the distinct values of eventOf, sorted.
func eventIDs(eventOf map[string]string) []string {
	seen := map[string]bool{}
	var ids []string
	for _, id := range eventOf {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// segment is a run of document text, plain or the figure of a claim.
type segment struct {
	Text  string
	Claim *tally.Claim
}

// segments cuts text at the figure spans of claims so that a page can mark
// them; overlapping or out-of-range spans are left unmarked.
func segments(text string, claims []tally.Claim) []segment {
	idx := make([]int, 0, len(claims))
	for i, c := range claims {
		if c.FigureSpan[0] >= 0 && c.FigureSpan[0] < c.FigureSpan[1] && c.FigureSpan[1] <= len(text) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return claims[idx[a]].FigureSpan[0] < claims[idx[b]].FigureSpan[0] })
	var out []segment
	at := 0
	for _, i := range idx {
		c := &claims[i]
		if c.FigureSpan[0] < at {
			continue
		}
		if c.FigureSpan[0] > at {
			out = append(out, segment{Text: text[at:c.FigureSpan[0]]})
		}
		out = append(out, segment{Text: text[c.FigureSpan[0]:c.FigureSpan[1]], Claim: c})
		at = c.FigureSpan[1]
	}
	if at < len(text) {
		out = append(out, segment{Text: text[at:]})
	}
	return out
}
