package link

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"tally"
)

// EventClaimStore is what Update needs of a store: the events of a
// country, their claims, and a way to replace them in one transaction.
// tally.Store satisfies it.
type EventClaimStore interface {
	Events(ctx context.Context, f tally.EventFilter) ([]tally.Event, error)
	Claim(ctx context.Context, id string) (*tally.Claim, error)
	// Claims is asked for the claims of one document (f.Doc), to place a
	// new claim that names no place in its document's country.
	Claims(ctx context.Context, f tally.ClaimFilter) ([]tally.Claim, error)
	ReplaceEvents(ctx context.Context, removed []string, events []tally.Event) error
}

var _ EventClaimStore = tally.Store(nil)

// Update links newClaims into the events a store holds, relinking only the
// countries the new claims touch: it loads those countries' events and
// their claims, links them with the new claims, and replaces the old
// events with the new ones. A country is the unit, not a single block,
// because one city's killing may be the child of a national protest event
// of another type. Since countries are linked independently, the result
// equals linking every claim at once, provided that newClaims holds every
// claim of each new document, as ingest stores them. It returns the
// touched countries' events; claims already stored are not added twice.
func (l *Linker) Update(ctx context.Context, store EventClaimStore, newClaims []tally.Claim) ([]tally.Event, error) {
	of, err := newClaimCountries(ctx, store, newClaims)
	if err != nil {
		return nil, err
	}
	countries := slices.Clone(of)
	slices.Sort(countries)
	var all []tally.Event
	for _, country := range slices.Compact(countries) {
		events, err := l.updateCountry(ctx, store, country, newClaims, of)
		if err != nil {
			return nil, err
		}
		all = append(all, events...)
	}
	sortEvents(all)
	return all, nil
}

// newClaimCountries is the country each new claim is linked under: its
// own, else (when it names no place) its document's focus country, read
// from all the document's stored claims as Link would.
func newClaimCountries(ctx context.Context, store EventClaimStore, newClaims []tally.Claim) ([]string, error) {
	of := make([]string, len(newClaims))
	focus := make(map[string]string)
	for i := range newClaims {
		c := &newClaims[i]
		of[i] = claimCountry(c)
		if of[i] != "" || len(c.Where) > 0 {
			continue
		}
		country, ok := focus[c.Doc]
		if !ok {
			siblings, err := store.Claims(ctx, tally.ClaimFilter{Doc: c.Doc})
			if err != nil {
				return nil, fmt.Errorf("claims of document %s: %w", c.Doc, err)
			}
			country = focusCountries(append(siblings, sameDoc(newClaims, c.Doc)...))[c.Doc]
			focus[c.Doc] = country
		}
		of[i] = country
	}
	return of, nil
}

func sameDoc(claims []tally.Claim, doc string) []tally.Claim {
	var out []tally.Claim
	for _, c := range claims {
		if c.Doc == doc {
			out = append(out, c)
		}
	}
	return out
}

func (l *Linker) updateCountry(ctx context.Context, store EventClaimStore, country string, newClaims []tally.Claim, of []string) ([]tally.Event, error) {
	old, claims, err := countryContents(ctx, store, country)
	if err != nil {
		return nil, err
	}
	for i := range newClaims {
		if of[i] == country {
			claims = append(claims, newClaims[i])
		}
	}
	events := l.Link(claims)
	if err := store.ReplaceEvents(ctx, old, events); err != nil {
		return nil, fmt.Errorf("replace events of country %q: %w", country, err)
	}
	return events, nil
}

// countryContents loads the stored events of a country and their claims.
// The store's filter may return more (an event with places in two
// countries, or every event when the country is unknown): eventCountry
// says which country each is linked under.
func countryContents(ctx context.Context, store EventClaimStore, country string) (ids []string, claims []tally.Claim, err error) {
	events, err := store.Events(ctx, tally.EventFilter{Country: country})
	if err != nil {
		return nil, nil, fmt.Errorf("events of country %q: %w", country, err)
	}
	for _, ev := range events {
		evClaims, err := eventClaims(ctx, store, ev)
		if err != nil {
			return nil, nil, err
		}
		if eventCountry(ev, evClaims) != country {
			continue
		}
		ids = append(ids, ev.ID)
		claims = append(claims, evClaims...)
	}
	return ids, claims, nil
}

// eventCountry is the country an event was linked under: that of any of
// its claims that names one (they all share it), else, when its claims
// took their documents' country, the country its places give.
func eventCountry(ev tally.Event, claims []tally.Claim) string {
	for i := range claims {
		if c := claimCountry(&claims[i]); c != "" {
			return c
		}
	}
	for _, p := range ev.Where {
		if p.Country != "" {
			return strings.ToUpper(p.Country)
		}
	}
	return ""
}

func eventClaims(ctx context.Context, store EventClaimStore, ev tally.Event) ([]tally.Claim, error) {
	claims := make([]tally.Claim, 0, len(ev.Claims))
	for _, id := range ev.Claims {
		c, err := store.Claim(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("claim %s of event %s: %w", id, ev.ID, err)
		}
		claims = append(claims, *c)
	}
	return claims, nil
}
