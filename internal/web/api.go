package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"tally"
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

func (s *Server) apiClaim(w http.ResponseWriter, r *http.Request) error {
	c, err := s.store.Claim(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, c)
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

// listJSON serves a filtered list as JSON: parse reads the filter from the
// query string, query runs it, page says which limit and offset it holds.
func listJSON[F, T any](parse func(url.Values) (F, error), query func(context.Context, F) ([]T, error), page func(F) (int, int)) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		f, err := parse(r.URL.Query())
		if err != nil {
			return err
		}
		items, err := query(r.Context(), f)
		if err != nil {
			return err
		}
		limit, offset := page(f)
		writeJSON(w, http.StatusOK, newList(items, limit, offset))
		return nil
	}
}

// listCSV serves a filtered list as a CSV download named name.csv.
func listCSV[F, T any](name string, parse func(url.Values) (F, error), query func(context.Context, F) ([]T, error), write func(io.Writer, []T) error) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		f, err := parse(r.URL.Query())
		if err != nil {
			return err
		}
		items, err := query(r.Context(), f)
		if err != nil {
			return err
		}
		csvHeaders(w, name)
		return write(w, items)
	}
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
