package web

import (
	"fmt"
	"net/http"

	"tally"
)

func (s *Server) homePage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	st, err := s.store.Stats(ctx)
	if err != nil {
		return err
	}
	events, err := s.store.Events(ctx, tally.EventFilter{Limit: 25})
	if err != nil {
		return err
	}
	docs, err := s.store.Documents(ctx, tally.DocumentFilter{Limit: 10})
	if err != nil {
		return err
	}
	s.render(w, http.StatusOK, "home", homePage{layout: s.layout("tally"), Stats: st, Events: events, Documents: docs})
	return nil
}

func (s *Server) documentsPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := documentFilter(q)
	if err != nil {
		return err
	}
	docs, err := s.store.Documents(r.Context(), f)
	if err != nil {
		return err
	}
	s.render(w, http.StatusOK, "documents", documentsPage{layout: s.layout("Documents"), Filter: f, Query: q,
		Documents: docs, Twins: newTwins("/documents", q, f.Limit, f.Offset, len(docs))})
	return nil
}

func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) error {
	doc, claims, err := s.documentWithClaims(r)
	if err != nil {
		return err
	}
	eventOf, err := s.eventsOf(r, claims)
	if err != nil {
		return err
	}
	events, err := s.eventLinks(r, eventIDs(eventOf))
	if err != nil {
		return err
	}
	title := doc.Title
	if title == "" {
		title = doc.Source
	}
	s.render(w, http.StatusOK, "document", documentPage{layout: s.layout(title), Document: doc,
		Segments: segments(doc.Text, claims), Claims: claims, Events: events})
	return nil
}

func (s *Server) eventsOf(r *http.Request, claims []tally.Claim) (map[string]string, error) {
	ids := make([]string, len(claims))
	for i, c := range claims {
		ids[i] = c.ID
	}
	return s.store.EventsOfClaims(r.Context(), ids)
}

func (s *Server) claimsPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := claimFilter(q)
	if err != nil {
		return err
	}
	claims, err := s.store.Claims(r.Context(), f)
	if err != nil {
		return err
	}
	s.render(w, http.StatusOK, "claims", claimsPage{layout: s.layout("Claims"), Query: q, Measures: tally.Measures,
		Claims: claims, Twins: newTwins("/claims", q, f.Limit, f.Offset, len(claims))})
	return nil
}

func (s *Server) claimPage(w http.ResponseWriter, r *http.Request) error {
	c, err := s.store.Claim(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	doc, err := s.store.Document(r.Context(), c.Doc)
	if err != nil {
		return err
	}
	eventOf, err := s.eventsOf(r, []tally.Claim{*c})
	if err != nil {
		return err
	}
	page := claimPage{layout: s.layout("Claim " + c.ID), Claim: c, Document: doc}
	if id, ok := eventOf[c.ID]; ok {
		links, err := s.eventLinks(r, []string{id})
		if err != nil {
			return err
		}
		page.Event = &links[0]
	}
	s.render(w, http.StatusOK, "claim", page)
	return nil
}

// eventLinks looks up the titles of events by ID.
func (s *Server) eventLinks(r *http.Request, ids []string) ([]eventLink, error) {
	links := make([]eventLink, 0, len(ids))
	for _, id := range ids {
		ev, err := s.store.Event(r.Context(), id)
		if err != nil {
			return nil, err
		}
		links = append(links, eventLink{ID: ev.ID, Title: ev.Title})
	}
	return links, nil
}

func (s *Server) eventsPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		return err
	}
	events, err := s.store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	s.render(w, http.StatusOK, "events", eventsPage{layout: s.layout("Events"), Query: q, Events: events,
		Twins: newTwins("/events", q, f.Limit, f.Offset, len(events))})
	return nil
}

func (s *Server) eventPage(w http.ResponseWriter, r *http.Request) error {
	ev, err := s.store.Event(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	s.render(w, http.StatusOK, "event", eventPage{layout: s.layout(ev.Title), Event: ev, Measures: s.measureViews(ev)})
	return nil
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) error {
	return fmt.Errorf("no page at %s: %w", r.URL.Path, tally.ErrNotFound)
}
