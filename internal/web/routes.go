package web

import (
	"context"
	"net/http"

	"tally"
	"tally/internal/export"
)

// routes registers every route of the API and the pages, in one place.
func (s *Server) routes() {
	m := s.mux
	// The store's methods are called through closures, not method values,
	// so that routes are set up before (and whatever) the store is.
	documents := func(ctx context.Context, f tally.DocumentFilter) ([]tally.Document, error) {
		return s.store.Documents(ctx, f)
	}
	claims := func(ctx context.Context, f tally.ClaimFilter) ([]tally.Claim, error) { return s.store.Claims(ctx, f) }
	events := func(ctx context.Context, f tally.EventFilter) ([]tally.Event, error) { return s.store.Events(ctx, f) }
	docsJSON := listJSON(documentFilter, documents, func(f tally.DocumentFilter) (int, int) { return f.Limit, f.Offset })
	claimsJSON := listJSON(claimFilter, claims, func(f tally.ClaimFilter) (int, int) { return f.Limit, f.Offset })
	eventsJSON := listJSON(eventFilter, events, func(f tally.EventFilter) (int, int) { return f.Limit, f.Offset })
	// JSON API.
	m.Handle("GET /api/stats", s.api(s.apiStats))
	m.Handle("GET /api/documents", s.api(docsJSON))
	m.Handle("GET /api/documents/{id}", s.api(s.apiDocument))
	m.Handle("GET /api/documents/{id}/original", s.api(s.original))
	m.Handle("GET /api/claims", s.api(claimsJSON))
	m.Handle("GET /api/claims/{id}", s.api(s.apiClaim))
	m.Handle("GET /api/events", s.api(eventsJSON))
	m.Handle("GET /api/events/{id}", s.api(s.apiEvent))

	// HTML pages, each list with its .json and .csv twin.
	m.Handle("GET /{$}", s.page(s.homePage))
	m.Handle("GET /documents", s.page(s.documentsPage))
	m.Handle("GET /documents.json", s.api(docsJSON))
	m.Handle("GET /documents.csv", s.api(listCSV("documents", documentFilter, documents, export.DocumentsCSV)))
	m.Handle("GET /documents/{id}", s.page(s.documentPage))
	m.Handle("GET /claims", s.page(s.claimsPage))
	m.Handle("GET /claims.json", s.api(claimsJSON))
	m.Handle("GET /claims.csv", s.api(listCSV("claims", claimFilter, claims, export.ClaimsCSV)))
	m.Handle("GET /claims/{id}", s.page(s.claimPage))
	m.Handle("GET /events", s.page(s.eventsPage))
	m.Handle("GET /events.json", s.api(eventsJSON))
	m.Handle("GET /events.csv", s.api(listCSV("events", eventFilter, events, export.EventsCSV)))
	m.Handle("GET /events/{id}", s.page(s.eventPage))
	m.Handle("GET /events/{id}/chart/{measure}", s.api(s.eventChart))

	m.Handle("GET /static/{name}", http.HandlerFunc(s.static.serve))
	m.Handle("/", s.page(s.notFound))
}
