package link

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"tally"
)

// EventClaimStore is what Update needs of a store: the events of a block,
// their claims, and a way to replace them in one transaction. tally.Store
// satisfies it.
type EventClaimStore interface {
	Events(ctx context.Context, f tally.EventFilter) ([]tally.Event, error)
	Claim(ctx context.Context, id string) (*tally.Claim, error)
	ReplaceEvents(ctx context.Context, removed []string, events []tally.Event) error
}

var _ EventClaimStore = tally.Store(nil)

// blockKey names a block: claims of one event type family in one country.
type blockKey struct {
	family  tally.EventType
	country string
}

// Update links newClaims into the events a store holds, relinking only the
// blocks (event type family and country) the new claims touch: it loads
// those blocks' events and claims, links them with the new claims, and
// replaces the old events with the new ones. Since blocks are linked
// independently, the result equals linking every claim at once. It returns
// the events of the touched blocks.
func (l *Linker) Update(ctx context.Context, store EventClaimStore, newClaims []tally.Claim) ([]tally.Event, error) {
	touched := make(map[blockKey]bool)
	for i := range newClaims {
		touched[keyOf(&newClaims[i])] = true
	}
	keys := make([]blockKey, 0, len(touched))
	for k := range touched {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b blockKey) int {
		return cmp.Or(cmp.Compare(a.family, b.family), cmp.Compare(a.country, b.country))
	})
	var all []tally.Event
	for _, k := range keys {
		events, err := l.updateBlock(ctx, store, k, newClaims)
		if err != nil {
			return nil, err
		}
		all = append(all, events...)
	}
	sortEvents(all)
	return all, nil
}

func (l *Linker) updateBlock(ctx context.Context, store EventClaimStore, k blockKey, newClaims []tally.Claim) ([]tally.Event, error) {
	old, claims, err := blockContents(ctx, store, k)
	if err != nil {
		return nil, err
	}
	for i := range newClaims {
		if keyOf(&newClaims[i]) == k {
			claims = append(claims, newClaims[i])
		}
	}
	events := l.Link(claims)
	if err := store.ReplaceEvents(ctx, old, events); err != nil {
		return nil, fmt.Errorf("replace events of %s/%s: %w", k.family, k.country, err)
	}
	return events, nil
}

// blockContents loads the stored events of a block and their claims. The
// store's filter may return more than the block (an event with places in
// two countries); an event's first claim says which block it is of.
func blockContents(ctx context.Context, store EventClaimStore, k blockKey) (ids []string, claims []tally.Claim, err error) {
	f := tally.EventFilter{EventType: k.family, Country: k.country}
	events, err := store.Events(ctx, f)
	if err != nil {
		return nil, nil, fmt.Errorf("events of %s/%s: %w", k.family, k.country, err)
	}
	for _, ev := range events {
		evClaims, err := eventClaims(ctx, store, ev)
		if err != nil {
			return nil, nil, err
		}
		if len(evClaims) == 0 || keyOf(&evClaims[0]) != k {
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

func keyOf(c *tally.Claim) blockKey {
	return blockKey{family: Family(c.EventType), country: claimCountry(c)}
}
