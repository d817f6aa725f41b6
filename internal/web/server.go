// Package web serves what the store holds: a read-only JSON API under /api/
// and server-rendered HTML pages for the same lists and records, each HTML
// list linking its .json and .csv twin. The API and the pages live together
// because they share routes, filters and the mapping of errors to status
// codes.
//
// Document text is untrusted: it reaches pages only through html/template's
// escaping, never as HTML, and every response forbids scripts from anywhere
// but this server.
package web

import (
	"context"
	"errors"
	"html/template"
	"log/slog"
	"net/http"

	"tally"
)

// Store is what the server reads. tally.Store satisfies it.
type Store interface {
	Document(ctx context.Context, id string) (*tally.Document, error)
	Original(ctx context.Context, id string) ([]byte, error)
	Documents(ctx context.Context, f tally.DocumentFilter) ([]tally.Document, error)
	Claim(ctx context.Context, id string) (*tally.Claim, error)
	Claims(ctx context.Context, f tally.ClaimFilter) ([]tally.Claim, error)
	Event(ctx context.Context, id string) (*tally.Event, error)
	Events(ctx context.Context, f tally.EventFilter) ([]tally.Event, error)
	EventsOfClaims(ctx context.Context, claimIDs []string) (map[string]string, error)
	Stats(ctx context.Context) (tally.Stats, error)
}

// ChartFunc draws the figure-range chart of one measure of an event as SVG.
// The SVG is trusted: it must escape every label itself.
type ChartFunc func(ev tally.Event, m tally.Measure) []byte

// Options configures a Server.
type Options struct {
	Logger *slog.Logger
	Chart  ChartFunc // nil: event pages show the table only
}

// Server is the HTTP handler for the API and the pages.
type Server struct {
	store  Store
	log    *slog.Logger
	chart  ChartFunc
	mux    *http.ServeMux
	static staticFiles
	tmpl   map[string]*template.Template
}

// New returns a Server reading from store.
func New(store Store, opts Options) (*Server, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	st, err := loadStatic()
	if err != nil {
		return nil, err
	}
	tmpl, err := templates()
	if err != nil {
		return nil, err
	}
	s := &Server{store: store, log: log, chart: opts.Chart, mux: http.NewServeMux(), static: st, tmpl: tmpl}
	s.routes()
	return s, nil
}

// ServeHTTP sets the security headers every response carries and routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// handlerFunc is an HTTP handler that returns its error, so that errors are
// logged and mapped to a status in one place.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// api wraps a JSON handler: its error becomes a JSON error body.
func (s *Server) api(fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			code := s.status(r, err)
			writeJSON(w, code, map[string]string{"error": errorText(code, err)})
		}
	})
}

// page wraps an HTML handler: its error becomes an error page.
func (s *Server) page(fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			code := s.status(r, err)
			s.render(w, code, "error", errorPage{layout: s.layout("Error"), Code: code, Message: errorText(code, err)})
		}
	})
}

// status maps an error to an HTTP status and logs what is not the client's.
func (s *Server) status(r *http.Request, err error) int {
	switch {
	case errors.Is(err, tally.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, tally.ErrInvalid):
		return http.StatusBadRequest
	case errors.Is(err, context.Canceled):
		return 499 // the client went away
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		return http.StatusInternalServerError
	}
}

// errorText is what a client is told: the error for its own mistakes, a
// generic phrase for the server's.
func errorText(code int, err error) string {
	if code >= 500 {
		return http.StatusText(code)
	}
	return err.Error()
}
