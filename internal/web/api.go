package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"tally"
	"tally/internal/export"
)

// list is the JSON of every list the API returns.
type list[T any] struct {
	Items  []T `json:"items"`
	Count  int `json:"count"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}

func newList[T any](items []T, limit, offset int) list[T] {
	if items == nil {
		items = []T{}
	}
	return list[T]{Items: items, Count: len(items), Limit: limit, Offset: offset}
}

// documentJSON is a document with its claims.
type documentJSON struct {
	*tally.Document
	Claims []tally.Claim `json:"claims"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // the text is untrusted; keep it inert even if misserved
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the status is sent; a broken connection has no one to tell
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) error {
	f, err := documentFilter(r.URL.Query())
	if err != nil {
		return err
	}
	docs, err := s.store.Documents(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(docs, f.Limit, f.Offset))
	return nil
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) error {
	doc, claims, err := s.documentWithClaims(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, documentJSON{Document: doc, Claims: claims})
	return nil
}

func (s *Server) documentWithClaims(r *http.Request) (*tally.Document, []tally.Claim, error) {
	doc, err := s.store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, nil, err
	}
	claims, err := s.store.Claims(r.Context(), tally.ClaimFilter{Doc: doc.ID})
	if err != nil {
		return nil, nil, err
	}
	if claims == nil {
		claims = []tally.Claim{}
	}
	return doc, claims, nil
}

// original serves a document's bytes as they were read, as a download: they
// are evidence, and never rendered.
func (s *Server) original(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	b, err := s.store.Original(r.Context(), id)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", `attachment; filename="original"`)
	_, err = w.Write(b)
	return err
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) error {
	f, err := claimFilter(r.URL.Query())
	if err != nil {
		return err
	}
	claims, err := s.store.Claims(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(claims, f.Limit, f.Offset))
	return nil
}

func (s *Server) apiClaim(w http.ResponseWriter, r *http.Request) error {
	c, err := s.store.Claim(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
	return nil
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		return err
	}
	events, err := s.store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(events, f.Limit, f.Offset))
	return nil
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) error {
	ev, err := s.store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ev)
	return nil
}

func (s *Server) documentsCSV(w http.ResponseWriter, r *http.Request) error {
	f, err := documentFilter(r.URL.Query())
	if err != nil {
		return err
	}
	docs, err := s.store.Documents(r.Context(), f)
	if err != nil {
		return err
	}
	csvHeaders(w, "documents")
	return export.DocumentsCSV(w, docs)
}

func (s *Server) claimsCSV(w http.ResponseWriter, r *http.Request) error {
	f, err := claimFilter(r.URL.Query())
	if err != nil {
		return err
	}
	claims, err := s.store.Claims(r.Context(), f)
	if err != nil {
		return err
	}
	csvHeaders(w, "claims")
	return export.ClaimsCSV(w, claims)
}

func (s *Server) eventsCSV(w http.ResponseWriter, r *http.Request) error {
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		return err
	}
	events, err := s.store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	csvHeaders(w, "events")
	return export.EventsCSV(w, events)
}

func csvHeaders(w http.ResponseWriter, name string) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name+".csv"))
}

// eventChart serves the figure-range chart of one measure of an event.
func (s *Server) eventChart(w http.ResponseWriter, r *http.Request) error {
	if s.chart == nil {
		return fmt.Errorf("charts are not configured: %w", tally.ErrNotFound)
	}
	m, err := tally.ParseMeasure(r.PathValue("measure"))
	if err != nil || m == "" {
		return fmt.Errorf("measure %q: %w", r.PathValue("measure"), tally.ErrNotFound)
	}
	ev, err := s.store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	if ev.Measures[m] == nil {
		return fmt.Errorf("event %s has no %s figures: %w", ev.ID, m, tally.ErrNotFound)
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "no-cache")
	_, err = w.Write(s.chart(*ev, m))
	return err
}

// isoDay writes a day as YYYY-MM-DD, "" for the zero time.
func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
