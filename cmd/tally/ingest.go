package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"

	"tally"
	"tally/internal/ingest"
)

// ingestCmd reads reports into the store.
type ingestCmd struct{ env env }

func (c *ingestCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("ingest", "[flags] PATH... (files, directories, - for standard input, .gz of any)", c.env.stderr)
	db := dbFlag(fs, c.env)
	var (
		opts      ingest.Options
		published string
		maxMB     int64
		maxGzMB   int64
		asJSON    bool
		noLink    bool
	)
	fs.StringVar(&opts.Publisher, "publisher", "", "publisher of documents that name none")
	fs.StringVar(&published, "published", "", "publication date (YYYY-MM-DD) of documents that give none")
	fs.Int64Var(&maxMB, "max-mb", ingest.DefaultMaxBytes>>20, "refuse a document (a file, a JSON line, a WARC record) larger than this many MiB")
	fs.Int64Var(&maxGzMB, "max-decompressed-mb", ingest.DefaultMaxDecompressed>>20, "refuse a gzip stream that expands past this many MiB")
	fs.BoolVar(&asJSON, "json", false, "print the summary as JSON")
	fs.BoolVar(&noLink, "no-link", false, "do not link the new claims into events")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("ingest: no PATH: %w", errUsage)
	}
	var err error
	if opts.Published, _, err = tally.ParsePeriod(published); err != nil {
		return err
	}
	if maxMB <= 0 || maxGzMB <= 0 {
		return fmt.Errorf("ingest: limits must be positive: %w", errUsage)
	}
	opts.MaxBytes, opts.MaxDecompressed = maxMB<<20, maxGzMB<<20
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	ex, err := newExtractor()
	if err != nil {
		return err
	}
	sum, err := runIngest(ctx, c.env, store, ex, pathSource(c.env, fs.Args(), opts), !noLink)
	if err != nil {
		return err
	}
	if !noLink && sum.New > 0 {
		if err := relink(ctx, store, sum.NewClaims); err != nil {
			return err
		}
	}
	if err := writeSummary(c.env, sum, asJSON); err != nil {
		return err
	}
	if sum.Failed > 0 {
		return errReported
	}
	return nil
}

// pathSource reads files, directories and "-" (standard input) in order.
func pathSource(e env, paths []string, opts ingest.Options) source {
	return func(ctx context.Context, emit func(item) error) error {
		fn := func(r ingest.Result) error { return emit(item{doc: r.Doc, err: r.Err}) }
		for _, path := range paths {
			var err error
			if path == "-" {
				err = ingest.ReadFrom(ctx, "-", e.stdin, opts, fn)
			} else {
				err = ingest.Read(ctx, []string{path}, opts, fn)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
}

// runIngest runs the pipeline over src, reporting each bad input on stderr
// as it comes and progress on a terminal.
// keep holds the new claims in the summary for linking; without it memory
// stays flat however large the corpus.
func runIngest(ctx context.Context, e env, store tally.DocumentStore, ex tally.Extractor, src source, keep bool) (ingestSummary, error) {
	prog := newProgress(e.stderr)
	p := &pipeline{
		store: store, extractor: ex, batchSize: 256, keep: keep,
		onFailure: func(err error) { prog.clear(); fmt.Fprintln(e.stderr, "tally: failed:", err) },
		onWrite:   prog.update,
	}
	sum, err := p.run(ctx, src)
	prog.clear()
	return sum, err
}

func writeSummary(e env, sum ingestSummary, asJSON bool) error {
	if asJSON {
		return json.NewEncoder(e.stdout).Encode(sum)
	}
	_, err := fmt.Fprintf(e.stdout, "ingest: %d new, %d unchanged, %d failed, %d claims in %.1fs (%.0f documents/s)\n",
		sum.New, sum.Unchanged, sum.Failed, sum.Claims, sum.Elapsed.Seconds(), sum.docsPerSecond())
	return err
}

// progress shows a one-line counter on a terminal and nothing elsewhere.
type progress struct {
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, on: ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
}

func (p *progress) update(s ingestSummary) {
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := float64(s.New+s.Unchanged) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r\033[Kingest: %d new, %d unchanged, %d failed, %d claims · %.0f documents/s",
		s.New, s.Unchanged, s.Failed, s.Claims, rate)
	p.shown = true
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}
