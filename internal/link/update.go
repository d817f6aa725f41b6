package link

import (
	"context"
	"fmt"
	"slices"

	"tally"
)

// EventClaimStore is what Update needs of a store: the events of a
// country, their claims, and a way to replace them in one transaction.
// tally.Store satisfies it.
type EventClaimStore interface {
	Events(ctx context.Context, f tally.EventFilter) ([]tally.Event, error)
	Claim(ctx context.Context, id string) (*tally.Claim, error)
	ReplaceEvents(ctx context.Context, removed []string, events []tally.Event) error
}

var _ EventClaimStore = tally.Store(nil)

// Update links newClaims into the events a store holds, relinking only the
// countries the new claims touch: it loads those countries' events and
// their claims, links them with the new claims, and replaces the old
// events with the new ones. A country is the unit, not a single block,
// because one city's killing may be the child of a national protest event
// of another type. Since countries are linked independently, the result
// equals linking every claim at once. It returns the touched countries'
// events; claims already stored are not added twice.
func (l *Linker) Update(ctx context.Context, store EventClaimStore, newClaims []tally.Claim) ([]tally.Event, error) {
	var countries []string
	for i := range newClaims {
		countries = append(countries, claimCountry(&newClaims[i]))
	}
	slices.Sort(countries)
	var all []tally.Event
	for _, country := range slices.Compact(countries) {
		events, err := l.updateCountry(ctx, store, country, newClaims)
		if err != nil {
			return nil, err
		}
		all = append(all, events...)
	}
	sortEvents(all)
	return all, nil
}

func (l *Linker) updateCountry(ctx context.Context, store EventClaimStore, country string, newClaims []tally.Claim) ([]tally.Event, error) {
	old, claims, err := countryContents(ctx, store, country)
	if err != nil {
		return nil, err
	}
	for i := range newClaims {
		if claimCountry(&newClaims[i]) == country {
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
// countries, or every event when the country is unknown): an event's first
// claim says which country it is linked under.
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
		if len(evClaims) == 0 || claimCountry(&evClaims[0]) != country {
			continue
		}
		ids = append(ids, ev.ID)
		claims = append(claims, evClaims...)
	}
	return ids, claims, nil
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
