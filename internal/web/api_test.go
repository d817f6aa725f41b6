package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tally"
	"tally/internal/sqlite"
)

// newTestServer serves a real SQLite store holding one document, its claim
// and an event.
func newTestServer(t *testing.T) (*httptest.Server, tally.Claim) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	orig := []byte("<p>" + hostile + "</p>")
	doc := &tally.Document{ID: tally.DocumentID(orig), Source: "x.html", Format: tally.FormatHTML, Title: "Shiraz report",
		Publisher: "Amnesty International", Published: time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC),
		Ingested: time.Now().UTC(), Text: hostile, Original: orig}
	c := sampleClaim()
	c.Doc = doc.ID
	c.ID = tally.ClaimID(doc.ID, c.FigureSpan[0])
	if _, err := db.PutDocument(ctx, doc, []tally.Claim{c}); err != nil {
		t.Fatal(err)
	}
	ev := sampleEvent()
	ev.Parent = nil
	ev.Claims = []string{c.ID}
	ev.Measures[tally.Killed].Claimants[0].Current.Claim = c.ID
	if err := db.ReplaceEvents(ctx, nil, []tally.Event{ev}); err != nil {
		t.Fatal(err)
	}
	chart := func(ev tally.Event, m tally.Measure) []byte { return []byte("<svg></svg>") }
	s, err := New(db, Options{Chart: chart})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv, c
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestAPIStatusAndShape(t *testing.T) {
	srv, c := newTestServer(t)
	tests := []struct {
		path        string
		code        int
		contentType string
		contains    string
	}{
		{"/api/claims", 200, "application/json", `"count": 1`},
		{"/api/claims?measure=killed&since=2019-11&until=2019-11", 200, "application/json", c.ID},
		{"/api/claims?measure=injured", 200, "application/json", `"items": []`},
		{"/api/claims?measure=dead", 400, "application/json", `"error"`},
		{"/api/claims?limit=0", 400, "application/json", "limit"},
		{"/api/claims/" + c.ID, 200, "application/json", `"measure": "killed"`},
		{"/api/claims/cl_missing", 404, "application/json", "not found"},
		{"/api/documents", 200, "application/json", "Shiraz report"},
		{"/api/documents/" + c.Doc, 200, "application/json", `"claims"`},
		{"/api/documents/sha256:00", 404, "application/json", "not found"},
		{"/api/documents/" + c.Doc + "/original", 200, "application/octet-stream", "<p><script>"},
		{"/api/events", 200, "application/json", "ev_1"},
		{"/api/events/ev_1", 200, "application/json", `"conflict": true`},
		{"/api/events/ev_nope", 404, "application/json", "not found"},
		{"/api/stats", 200, "application/json", `"claims": 1`},
		{"/claims.csv?measure=killed", 200, "text/csv", "Amnesty"},
		{"/claims.json", 200, "application/json", c.ID},
		{"/documents.csv", 200, "text/csv", "Shiraz report"},
		{"/events.csv", 200, "text/csv", "ev_1"},
		{"/events/ev_1/chart/killed", 200, "image/svg+xml", "<svg"},
		{"/events/ev_1/chart/injured", 404, "application/json", "no injured"},
		{"/", 200, "text/html", "Shiraz report"},
		{"/claims?measure=killed", 200, "text/html", "/claims.csv?measure=killed"},
		{"/documents/" + c.Doc, 200, "text/html", "&lt;script&gt;"},
		{"/events/ev_1", 200, "text/html", "sources conflict"},
		{"/claims/" + c.ID, 200, "text/html", "protest, Iran &lt;x&gt;"},
		{"/documents/" + c.Doc, 200, "text/html", "protest, Iran &lt;x&gt;"},
		{"/nowhere", 404, "text/html", "no page"},
	}
	for _, tt := range tests {
		resp, body := get(t, srv.URL+tt.path)
		if resp.StatusCode != tt.code {
			t.Errorf("GET %s: status %d, want %d (%s)", tt.path, resp.StatusCode, tt.code, body)
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
			t.Errorf("GET %s: Content-Type %q, want %q", tt.path, ct, tt.contentType)
		}
		if !strings.Contains(body, tt.contains) {
			t.Errorf("GET %s: body lacks %q:\n%s", tt.path, tt.contains, body)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'none'") {
			t.Errorf("GET %s: CSP %q forbids no scripts", tt.path, csp)
		}
	}
}

func TestAPIClaimIsTheContract(t *testing.T) {
	srv, c := newTestServer(t)
	_, body := get(t, srv.URL+"/api/claims/"+c.ID)
	var got map[string]any
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"doc", "span", "quote", "measure", "figure", "event_type", "claimant", "modality", "when", "where"} {
		if _, ok := got[field]; !ok {
			t.Errorf("claim JSON lacks %q", field)
		}
	}
}

func TestPagesNeverRenderDocumentHTML(t *testing.T) {
	srv, c := newTestServer(t)
	for _, path := range []string{"/documents/" + c.Doc, "/claims/" + c.ID, "/claims", "/"} {
		_, body := get(t, srv.URL+path)
		for _, bad := range []string{"<script>alert", "onerror=\"alert", "<img src=x"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: %q reached the page", path, bad)
			}
		}
	}
}
