package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"tally/internal/demo"
	"tally/internal/ingest"
)

// demoCmd ingests the embedded demo corpus into a store and serves it.
type demoCmd struct{ env env }

func (c *demoCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("demo", "[flags]", c.env.stderr)
	db := fs.String("db", "", "store to ingest into (default: a temporary one, removed on exit)")
	addr := fs.String("addr", defaultAddr, "address to serve on (if the default is busy, another free port)")
	noServe := fs.Bool("no-serve", false, "ingest and link, print the summary, and exit")
	if err := parse(fs, args); err != nil {
		return err
	}
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "tally-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "tally.db")
	}
	store, err := openStore(ctx, path)
	if err != nil {
		return err
	}
	defer store.Close()
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	sum, err := runIngest(ctx, c.env, store, ex, demoSource(), true)
	if err != nil {
		return err
	}
	if err := relink(ctx, store, sum.NewClaims); err != nil {
		return err
	}
	if err := writeSummary(c.env, sum, false); err != nil {
		return err
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.env.stdout, "demo: %d documents, %d claims, %d events in %s\n", st.Documents, st.Claims, st.Events, path)
	if sum.Failed > 0 {
		return fmt.Errorf("demo: %d embedded reports failed to read", sum.Failed)
	}
	if *noServe {
		return nil
	}
	return serve(ctx, c.env, store, *addr, *addr == defaultAddr)
}

// demoSource reads the embedded demo corpus.
func demoSource() source {
	return func(ctx context.Context, emit func(item) error) error {
		files, err := demo.Files()
		if err != nil {
			return fmt.Errorf("demo corpus: %w", err)
		}
		fn := func(r ingest.Result) error { return emit(item{doc: r.Doc, err: r.Err}) }
		for _, name := range files {
			f, err := demo.Corpus.Open(name)
			if err != nil {
				return fmt.Errorf("demo corpus: %w", err)
			}
			err = ingest.ReadFrom(ctx, "demo:"+filepath.Base(name), f, ingest.Options{}, fn)
			f.Close()
			if err != nil {
				return err
			}
		}
		return nil
	}
}
