package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"tally"
	"tally/internal/export"
	"tally/internal/sqlite"
)

// newFlagSet returns a flag set that reports its own errors through run's
// error and prints its usage to w.
func newFlagSet(name, synopsis string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintf(w, "Usage: tally %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, turning flag mistakes into usage errors. Flags may
// stand before or after the positional arguments ("tally eval numbers
// --json"), as people type them.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(flagsFirst(fs, args)); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return fmt.Errorf("%s: %v: %w", fs.Name(), err, errUsage)
	}
	return nil
}

// flagsFirst moves the flags of args, with their values, before the
// positional arguments, which follow a "--" so that none of them is read
// as a flag. A lone "-" (standard input) is positional; so is all that
// follows a "--" in args.
func flagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			pos = append(pos, args[i+1:]...)
			i = len(args)
			continue
		case len(a) < 2 || a[0] != '-':
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fs.Lookup(name)
		if hasValue || f == nil || isBoolFlag(f) || i+1 >= len(args) {
			continue // an unknown flag is left for Parse to report
		}
		flags = append(flags, args[i+1])
		i++
	}
	if len(pos) == 0 {
		return flags
	}
	return append(append(flags, "--"), pos...)
}

// isBoolFlag reports a flag that takes no value.
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// dbFlag adds --db, defaulting to $TALLY_DB or ./tally.db.
func dbFlag(fs *flag.FlagSet, e env) *string {
	def := e.getenv("TALLY_DB")
	if def == "" {
		def = "tally.db"
	}
	return fs.String("db", def, "the store: a SQLite file (env TALLY_DB)")
}

// openStore opens the embedded store at path.
func openStore(ctx context.Context, path string) (*sqlite.DB, error) {
	return sqlite.Open(ctx, path) // its error names the store
}

// output is how a list is printed: a table for people, JSON Lines or CSV for
// programs.
type output struct {
	json, csv bool
}

func (o *output) register(fs *flag.FlagSet) {
	fs.BoolVar(&o.json, "json", false, "print JSON, one object per line")
	fs.BoolVar(&o.csv, "csv", false, "print CSV with a header row")
}

func (o *output) check() error {
	if o.json && o.csv {
		return fmt.Errorf("--json and --csv exclude each other: %w", errUsage)
	}
	return nil
}

// table writes rows aligned in columns.
func table(w io.Writer, header []string, rows [][]string) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

// cut shortens s to n runes for a table cell.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func bounds(f tally.Figure) string { return export.FormatBounds(f.Low, f.High) }
