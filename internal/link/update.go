package link

import (
	"cmp"
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
// blocks (country and event type family) the new claims touch: it loads
// those blocks' events and claims, links them with the new claims, and
// replaces the old events with the new ones. The other events of a touched
// country are read (with one claim each, to know their country) but not
// relinked: only their links to a national protest event are redone, and
// stored again when they change. Blocks are linked independently and
// adoption reads events alone, so the result equals linking every claim
// at once, provided that newClaims holds every claim of each new document,
// as ingest stores them. It returns the relinked blocks' events; claims
// already stored are not added twice.
func (l *Linker) Update(ctx context.Context, store EventClaimStore, newClaims []tally.Claim) ([]tally.Event, error) {
	of, err := l.newClaimCountries(ctx, store, newClaims)
	if err != nil {
		return nil, err
	}
	countries := slices.Clone(of)
	slices.Sort(countries)
	var all []tally.Event
	for _, country := range slices.Compact(countries) {
		var claims []tally.Claim
		for i := range newClaims {
			if of[i] == country {
				claims = append(claims, newClaims[i])
			}
		}
		events, err := l.updateCountry(ctx, store, country, claims)
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
func (l *Linker) newClaimCountries(ctx context.Context, store EventClaimStore, newClaims []tally.Claim) ([]string, error) {
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
			country = l.focusCountries(append(siblings, sameDoc(newClaims, c.Doc)...))[c.Doc]
			focus[c.Doc] = country
		}
		of[i] = cmp.Or(country, l.claimantHome(c))
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

// updateCountry relinks the blocks of one country that newClaims (all of
// this country) touch, redoes the country's adoption and stores the
// result.
func (l *Linker) updateCountry(ctx context.Context, store EventClaimStore, country string, newClaims []tally.Claim) ([]tally.Event, error) {
	stored, err := countryEvents(ctx, store, country)
	if err != nil {
		return nil, err
	}
	touched := make(map[tally.EventType]bool)
	for _, c := range newClaims {
		touched[Family(c.EventType)] = true
	}
	claims := slices.Clone(newClaims)
	var removed []string
	var kept []tally.Event
	for _, ev := range stored {
		if !touched[ev.EventType] {
			kept = append(kept, ev)
			continue
		}
		evClaims, err := eventClaims(ctx, store, ev)
		if err != nil {
			return nil, err
		}
		removed = append(removed, ev.ID)
		claims = append(claims, evClaims...)
	}
	relinked := l.linkBlocks(claims, country)
	changed := readopt(kept, relinked)
	if err := store.ReplaceEvents(ctx, removed, append(slices.Clone(relinked), changed...)); err != nil {
		return nil, fmt.Errorf("replace events of country %q: %w", country, err)
	}
	return relinked, nil
}

// readopt redoes adoption over a country's kept and relinked events. It
// sets the adoption links of relinked in place and returns the kept events
// whose links changed.
func readopt(kept, relinked []tally.Event) []tally.Event {
	events := make([]tally.Event, 0, len(kept)+len(relinked))
	for _, ev := range kept {
		ev.Children = slices.Clone(ev.Children)
		events = append(events, ev)
	}
	events = append(events, relinked...)
	unadopt(events)
	slices.SortFunc(events, func(a, b tally.Event) int { return cmp.Compare(a.ID, b.ID) })
	adopt(events)
	byID := make(map[string]tally.Event, len(events))
	for _, ev := range events {
		byID[ev.ID] = ev
	}
	for i := range relinked {
		relinked[i] = byID[relinked[i].ID]
	}
	var changed []tally.Event
	for _, ev := range kept {
		if now := byID[ev.ID]; !sameLinks(ev, now) {
			changed = append(changed, now)
		}
	}
	return changed
}

func sameLinks(a, b tally.Event) bool {
	if (a.Parent == nil) != (b.Parent == nil) || (a.Parent != nil && *a.Parent != *b.Parent) {
		return false
	}
	return slices.Equal(a.Children, b.Children)
}

// countryEvents loads the stored events linked under a country. The
// store's filter may return more (an event with places in two countries,
// or every event when the country is unknown): one claim of each event
// says which country it is linked under (see eventCountry).
func countryEvents(ctx context.Context, store EventClaimStore, country string) ([]tally.Event, error) {
	events, err := store.Events(ctx, tally.EventFilter{Country: country})
	if err != nil {
		return nil, fmt.Errorf("events of country %q: %w", country, err)
	}
	var out []tally.Event
	for _, ev := range events {
		var first []tally.Claim
		if len(ev.Claims) > 0 {
			c, err := store.Claim(ctx, ev.Claims[0])
			if err != nil {
				return nil, fmt.Errorf("claim %s of event %s: %w", ev.Claims[0], ev.ID, err)
			}
			first = append(first, *c)
		}
		if eventCountry(ev, first) == country {
			out = append(out, ev)
		}
	}
	return out, nil
}

// eventCountry is the country an event was linked under: that of a claim
// of it that names one (they all share it), else, when the claim took its
// document's country, the country of the event (a national one: its
// claims name no place).
func eventCountry(ev tally.Event, claims []tally.Claim) string {
	for i := range claims {
		if c := claimCountry(&claims[i]); c != "" {
			return c
		}
		if len(claims[i].Where) > 0 {
			return "" // places without a country
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
