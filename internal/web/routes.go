package web

import "net/http"

// routes registers every route of the API and the pages, in one place.
func (s *Server) routes() {
	m := s.mux
	// JSON API.
	m.Handle("GET /api/stats", s.api(s.apiStats))
	m.Handle("GET /api/documents", s.api(s.apiDocuments))
	m.Handle("GET /api/documents/{id}", s.api(s.apiDocument))
	m.Handle("GET /api/documents/{id}/original", s.api(s.original))
	m.Handle("GET /api/claims", s.api(s.apiClaims))
	m.Handle("GET /api/claims/{id}", s.api(s.apiClaim))
	m.Handle("GET /api/events", s.api(s.apiEvents))
	m.Handle("GET /api/events/{id}", s.api(s.apiEvent))

	// HTML pages, each list with its .json and .csv twin.
	m.Handle("GET /{$}", s.page(s.homePage))
	m.Handle("GET /documents", s.page(s.documentsPage))
	m.Handle("GET /documents.json", s.api(s.apiDocuments))
	m.Handle("GET /documents.csv", s.api(s.documentsCSV))
	m.Handle("GET /documents/{id}", s.page(s.documentPage))
	m.Handle("GET /claims", s.page(s.claimsPage))
	m.Handle("GET /claims.json", s.api(s.apiClaims))
	m.Handle("GET /claims.csv", s.api(s.claimsCSV))
	m.Handle("GET /claims/{id}", s.page(s.claimPage))
	m.Handle("GET /events", s.page(s.eventsPage))
	m.Handle("GET /events.json", s.api(s.apiEvents))
	m.Handle("GET /events.csv", s.api(s.eventsCSV))
	m.Handle("GET /events/{id}", s.page(s.eventPage))
	m.Handle("GET /events/{id}/chart/{measure}", s.api(s.eventChart))

	m.Handle("GET /static/{name}", http.HandlerFunc(s.static.serve))
	m.Handle("/", s.page(s.notFound))
}
