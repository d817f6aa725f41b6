package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"tally/internal/export"
)

// sourcesCmd lists the source registry or imports sources into the store.
type sourcesCmd struct{ env env }

func (c *sourcesCmd) Run(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "import" {
		return c.importSources(ctx, args[1:])
	}
	fs := newFlagSet("sources", "[flags] | sources import [flags] FILE.json|FILE.jsonl|FILE.csv", c.env.stderr)
	db := dbFlag(fs, c.env)
	asJSON := fs.Bool("json", false, "print JSON, one source per line")
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
	sources := reg.Sources()
	if *asJSON {
		return export.JSONLines(c.env.stdout, sources)
	}
	rows := make([][]string, len(sources))
	for i, s := range sources {
		rows[i] = []string{s.Name, string(s.Kind), strconv.FormatBool(s.PartyToConflict), cut(strings.Join(s.Aliases, "; "), 60)}
	}
	return table(c.env.stdout, []string{"NAME", "KIND", "PARTY", "ALIASES"}, rows)
}

// importSources adds sources from a JSON, JSON Lines or CSV file to the store
// and relinks, since names and kinds change how claims are counted.
func (c *sourcesCmd) importSources(ctx context.Context, args []string) error {
	fs := newFlagSet("sources import", "[flags] FILE", c.env.stderr)
	db := dbFlag(fs, c.env)
	format := fs.String("format", "", "json, jsonl or csv (default: from the file's extension)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("sources import: want one FILE: %w", errUsage)
	}
	path := fs.Arg(0)
	if *format == "" {
		*format = strings.TrimPrefix(filepath.Ext(path), ".")
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("sources import: %w", err)
	}
	defer f.Close()
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	reg, err := loadRegistry(ctx, store)
	if err != nil {
		return err
	}
	sources, err := reg.Import(f, *format)
	if err != nil {
		return fmt.Errorf("sources import %s: %w", path, err)
	}
	if err := store.PutSources(ctx, sources); err != nil {
		return err
	}
	fmt.Fprintf(c.env.stdout, "sources: %d imported\n", len(sources))
	return (&linkCmd{env: c.env}).Run(ctx, []string{"--db", *db})
}
