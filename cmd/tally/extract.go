package main

import (
	"context"
	"fmt"
	"os"

	"tally"
	"tally/internal/extract"
	"tally/internal/extract/place"
	"tally/internal/ingest"
)

// extractCmd prints the claims of one document without storing anything.
type extractCmd struct{ env env }

func (c *extractCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("extract", "[flags] [FILE|-]", c.env.stderr)
	var (
		opts      ingest.Options
		published string
		out       output
	)
	fs.StringVar(&opts.Publisher, "publisher", "", "publisher, when the document names none")
	fs.StringVar(&published, "published", "", "publication date (YYYY-MM-DD), when the document gives none; relative dates resolve against it")
	out.register(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := out.check(); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("extract: one FILE at a time: %w", errUsage)
	}
	var err error
	if opts.Published, _, err = tally.ParsePeriod(published); err != nil {
		return err
	}
	name := fs.Arg(0)
	in := c.env.stdin
	if name == "" || name == "-" {
		name = "-"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer f.Close()
		in = f
	}
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	var claims []tally.Claim
	var failed error
	err = ingest.ReadFrom(ctx, name, in, opts, func(r ingest.Result) error {
		if r.Err != nil {
			failed = r.Err
			fmt.Fprintln(c.env.stderr, "tally: failed:", r.Err)
			return nil
		}
		claims = append(claims, ex.Extract(r.Doc)...)
		return nil
	})
	if err != nil {
		return err
	}
	if err := writeClaims(c.env, out, claims); err != nil {
		return err
	}
	if failed != nil {
		return errReported
	}
	return nil
}

// newExtractor builds the claim extractor with the embedded gazetteer.
func newExtractor() (*extract.Extractor, error) {
	places, err := place.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return extract.New(extract.Options{Places: places}), nil
}
