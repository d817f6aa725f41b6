package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"tally"
	"tally/internal/export"
	"tally/internal/link"
)

// loadRegistry returns the seeded source registry with the sources the store
// holds (those imported with `tally sources import`) added.
func loadRegistry(ctx context.Context, store tally.SourceStore) (*link.Registry, error) {
	reg, err := link.NewRegistry()
	if err != nil {
		return nil, err
	}
	stored, err := store.Sources(ctx)
	if err != nil {
		return nil, err
	}
	if err := reg.Add(stored...); err != nil {
		return nil, fmt.Errorf("stored sources: %w", err)
	}
	return reg, nil
}

// relink links new claims into the events the store holds, relinking only
// the blocks they touch.
func relink(ctx context.Context, store tally.Store, claims []tally.Claim) error {
	if len(claims) == 0 {
		return nil
	}
	reg, err := loadRegistry(ctx, store)
	if err != nil {
		return err
	}
	if _, err := (&link.Linker{Registry: reg}).Update(ctx, store, claims); err != nil {
		return fmt.Errorf("link: %w", err)
	}
	return nil
}

// linkCmd relinks every stored claim into events.
type linkCmd struct{ env env }

func (c *linkCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("link", "[flags]", c.env.stderr)
	db := dbFlag(fs, c.env)
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	reg, err := loadRegistry(ctx, store)
	if err != nil {
		return err
	}
	claims, err := store.Claims(ctx, tally.ClaimFilter{})
	if err != nil {
		return err
	}
	old, err := store.Events(ctx, tally.EventFilter{})
	if err != nil {
		return err
	}
	removed := make([]string, len(old))
	for i, ev := range old {
		removed[i] = ev.ID
	}
	events := (&link.Linker{Registry: reg}).Link(claims)
	if err := store.ReplaceEvents(ctx, removed, events); err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(c.env.stdout).Encode(map[string]int{"claims": len(claims), "events": len(events)})
	}
	_, err = fmt.Fprintf(c.env.stdout, "link: %d claims in %d events\n", len(claims), len(events))
	return err
}

// eventsCmd lists events.
type eventsCmd struct{ env env }

func (c *eventsCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("events", "[flags]", c.env.stderr)
	db := dbFlag(fs, c.env)
	var out output
	out.register(fs)
	var f tally.EventFilter
	var eventType, measure, since, until string
	fs.StringVar(&eventType, "event-type", "", "only this event type")
	fs.StringVar(&measure, "measure", "", "only events with figures of this measure")
	fs.StringVar(&f.Country, "country", "", "only events in this country (ISO code, e.g. IR)")
	fs.StringVar(&since, "since", "", "events ending on or after (YYYY[-MM[-DD]])")
	fs.StringVar(&until, "until", "", "events starting on or before")
	fs.BoolVar(&f.Conflict, "conflict", false, "only events whose sources conflict")
	fs.IntVar(&f.Limit, "limit", 0, "at most this many (0: all)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := out.check(); err != nil {
		return err
	}
	var err error
	if f.EventType, err = tally.ParseEventType(eventType); err != nil {
		return err
	}
	if f.Measure, err = tally.ParseMeasure(measure); err != nil {
		return err
	}
	if f.Since, f.Until, err = tally.ParseSpan(since, until); err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	events, err := store.Events(ctx, f)
	if err != nil {
		return err
	}
	switch {
	case out.json:
		return export.JSONLines(c.env.stdout, events)
	case out.csv:
		return export.EventsCSV(c.env.stdout, events)
	}
	rows := make([][]string, len(events))
	for i, ev := range events {
		rows[i] = []string{ev.ID, cut(ev.Title, 56), strconv.Itoa(ev.Documents), measureSummary(ev)}
	}
	return table(c.env.stdout, []string{"ID", "EVENT", "REPORTS", "FIGURES"}, rows)
}

func measureSummary(ev tally.Event) string {
	var parts []string
	for _, m := range tally.Measures {
		mf := ev.Measures[m]
		if mf == nil {
			continue
		}
		p := string(m) + " " + export.FormatBounds(mf.Range.Low, mf.Range.High)
		if mf.Conflict {
			p += " (conflict)"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

// eventCmd shows one event.
type eventCmd struct{ env env }

func (c *eventCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("event", "[flags] ID", c.env.stderr)
	db := dbFlag(fs, c.env)
	asJSON := fs.Bool("json", false, "print the event as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("event: want one ID: %w", errUsage)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	ev, err := store.Event(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(c.env.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(ev)
	}
	return printEvent(c.env, ev)
}

// printEvent writes an event's conflict table for a person.
func printEvent(e env, ev *tally.Event) error {
	fmt.Fprintf(e.stdout, "%s\n%s · %d reports\n", ev.Title, ev.ID, ev.Documents)
	if ev.Parent != nil {
		fmt.Fprintf(e.stdout, "part of %s\n", *ev.Parent)
	}
	for _, m := range tally.Measures {
		mf := ev.Measures[m]
		if mf == nil {
			continue
		}
		conflict := ""
		if mf.Conflict {
			conflict = " · sources conflict"
		}
		fmt.Fprintf(e.stdout, "\n%s: %s · %d independent claimants%s\n", m,
			export.FormatBounds(mf.Range.Low, mf.Range.High), mf.IndependentClaimants, conflict)
		rows := make([][]string, len(mf.Claimants))
		for i, cf := range mf.Claimants {
			var revs []string
			for _, r := range cf.Revisions {
				revs = append(revs, export.FormatBounds(r.Low, r.High)+" ("+r.ClaimedOn+")")
			}
			name := cf.Name
			if len(cf.Via) > 0 {
				name += " (via " + strings.Join(cf.Via, ", ") + ")"
			}
			rows[i] = []string{cut(name, 44), string(cf.Kind),
				export.FormatBounds(cf.Current.Low, cf.Current.High), cf.Current.ClaimedOn,
				strings.Join(revs, " → "), strconv.Itoa(cf.Reports)}
		}
		if err := table(e.stdout, []string{"CLAIMANT", "KIND", "CURRENT", "CLAIMED ON", "EARLIER", "REPORTS"}, rows); err != nil {
			return err
		}
	}
	return nil
}
