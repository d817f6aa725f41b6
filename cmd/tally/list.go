package main

import (
	"context"
	"fmt"
	"strconv"

	"tally"
	"tally/internal/export"
)

// documentsCmd lists stored documents.
type documentsCmd struct{ env env }

func (c *documentsCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("documents", "[flags]", c.env.stderr)
	db := dbFlag(fs, c.env)
	var out output
	out.register(fs)
	var f tally.DocumentFilter
	var since, until string
	fs.StringVar(&f.Publisher, "publisher", "", "only this publisher")
	fs.StringVar(&f.Query, "q", "", "full-text query over the text")
	fs.StringVar(&since, "since", "", "published on or after (YYYY[-MM[-DD]])")
	fs.StringVar(&until, "until", "", "published on or before")
	fs.IntVar(&f.Limit, "limit", 100, "at most this many (0: all)")
	fs.IntVar(&f.Offset, "offset", 0, "skip this many")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := out.check(); err != nil {
		return err
	}
	var err error
	if f.Since, _, err = tally.ParsePeriod(since); err != nil {
		return err
	}
	if _, f.Until, err = tally.ParsePeriod(until); err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	docs, err := store.Documents(ctx, f)
	if err != nil {
		return err
	}
	switch {
	case out.json:
		return export.JSONLines(c.env.stdout, docs)
	case out.csv:
		return export.DocumentsCSV(c.env.stdout, docs)
	}
	rows := make([][]string, len(docs))
	for i, d := range docs {
		rows[i] = []string{d.ID[:19], d.Published.Format("2006-01-02"), cut(d.Publisher, 24), cut(d.Title, 60)}
		if d.Published.IsZero() {
			rows[i][1] = "-"
		}
	}
	return table(c.env.stdout, []string{"ID", "PUBLISHED", "PUBLISHER", "TITLE"}, rows)
}

// claimsCmd lists stored claims.
type claimsCmd struct{ env env }

func (c *claimsCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("claims", "[flags]", c.env.stderr)
	db := dbFlag(fs, c.env)
	var out output
	out.register(fs)
	f, finish := claimFilterFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := out.check(); err != nil {
		return err
	}
	if err := finish(); err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	claims, err := store.Claims(ctx, *f)
	if err != nil {
		return err
	}
	return writeClaims(c.env, out, claims)
}

// claimFilterFlags registers the claim filters shared by claims and the API;
// finish validates them after parsing.
func claimFilterFlags(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
}) (*tally.ClaimFilter, func() error) {
	f := &tally.ClaimFilter{}
	var measure, eventType, since, until string
	fs.StringVar(&measure, "measure", "", "only this measure (killed, arrested, …)")
	fs.StringVar(&eventType, "event-type", "", "only this event type (protest, execution, …)")
	fs.StringVar(&f.Claimant, "claimant", "", "only claimants whose name contains this")
	fs.StringVar(&f.Doc, "doc", "", "only the claims of this document")
	fs.StringVar(&since, "since", "", "event date on or after (YYYY[-MM[-DD]])")
	fs.StringVar(&until, "until", "", "event date on or before")
	fs.StringVar(&f.Query, "q", "", "full-text query over the claim's document")
	fs.IntVar(&f.Limit, "limit", 0, "at most this many (0: all)")
	fs.IntVar(&f.Offset, "offset", 0, "skip this many")
	return f, func() error {
		var err error
		if f.Measure, err = tally.ParseMeasure(measure); err != nil {
			return err
		}
		if f.EventType, err = tally.ParseEventType(eventType); err != nil {
			return err
		}
		if f.Since, _, err = tally.ParsePeriod(since); err != nil {
			return err
		}
		_, f.Until, err = tally.ParsePeriod(until)
		return err
	}
}

// writeClaims prints claims as a table, JSON Lines or CSV.
func writeClaims(e env, out output, claims []tally.Claim) error {
	switch {
	case out.json:
		return export.JSONLines(e.stdout, claims)
	case out.csv:
		return export.ClaimsCSV(e.stdout, claims)
	}
	rows := make([][]string, len(claims))
	for i, cl := range claims {
		who := "(publisher)"
		if cl.Claimant != nil {
			who = cl.Claimant.Name
		}
		when := "-"
		if cl.When != nil {
			when = cl.When.Start
			if cl.When.End != cl.When.Start {
				when += "…" + cl.When.End
			}
		}
		rows[i] = []string{string(cl.Measure), bounds(cl.Figure), string(cl.Figure.Qualifier),
			cut(who, 28), string(cl.Modality), when, cut(cl.Figure.Text, 40)}
	}
	if err := table(e.stdout, []string{"MEASURE", "FIGURE", "QUALIFIER", "CLAIMANT", "MODALITY", "WHEN", "AS WRITTEN"}, rows); err != nil {
		return err
	}
	_, err := fmt.Fprintln(e.stderr, strconv.Itoa(len(claims))+" claims")
	return err
}
