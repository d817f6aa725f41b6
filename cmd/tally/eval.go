package main

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"tally/internal/eval"
	"tally/internal/export"
)

// evalCmd measures tally against its dev set and the public test sets in
// the shared data folder.
type evalCmd struct{ env env }

func (c *evalCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("eval", "[flags] [SUITE...]", c.env.stderr)
	shared := fs.String("shared", "", "the shared data folder (default: $TALLY_SHARED, else ../shared beside the module)")
	asJSON := fs.Bool("json", false, "print JSON, one report per line")
	misses := fs.Int("misses", 5, "show this many misses per report")
	list := fs.Bool("list", false, "list the suites and exit")
	if err := parse(fs, args); err != nil {
		return err
	}
	suites := eval.Suites()
	if *list {
		for _, s := range suites {
			fmt.Fprintln(c.env.stdout, s.Name)
		}
		return nil
	}
	chosen, err := chooseSuites(suites, fs.Args())
	if err != nil {
		return err
	}
	dir := *shared
	if dir == "" {
		dir = eval.SharedDir()
	}
	var reports []eval.Report
	for _, s := range chosen {
		r, err := s.Run(ctx, dir)
		if err != nil {
			return fmt.Errorf("eval %s: %w", s.Name, err)
		}
		if r.Name == "" {
			r.Name = s.Name
		}
		reports = append(reports, r)
		if !*asJSON {
			printReport(c.env, r, *misses)
		}
	}
	if *asJSON {
		return export.JSONLines(c.env.stdout, reports)
	}
	return nil
}

func chooseSuites(all []eval.Suite, names []string) ([]eval.Suite, error) {
	if len(names) == 0 {
		return all, nil
	}
	var out []eval.Suite
	for _, n := range names {
		found := false
		for _, s := range all {
			if s.Name == n || strings.HasPrefix(s.Name, n+"/") {
				out = append(out, s)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("eval: no suite %q (see tally eval --list): %w", n, errUsage)
		}
	}
	return out, nil
}

func printReport(e env, r eval.Report, misses int) {
	fmt.Fprintf(e.stdout, "== %s  (%s)\n", r.Name, r.Data)
	if r.Skipped != "" {
		fmt.Fprintf(e.stdout, "   skipped: %s\n\n", r.Skipped)
		return
	}
	for _, m := range r.Metrics {
		target := ""
		if m.Target > 0 {
			verdict := "met"
			if m.Value < m.Target {
				verdict = "MISSED"
			}
			target = fmt.Sprintf("   target %.2f: %s", m.Target, verdict)
		}
		fmt.Fprintf(e.stdout, "   %-32s %s  (n=%d)%s\n", m.Name, formatMetric(m.Value), m.N, target)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(e.stdout, "   note: %s\n", n)
	}
	for i, m := range r.Misses {
		if i >= misses {
			fmt.Fprintf(e.stdout, "   … %d more misses (--misses N, or --json)\n", len(r.Misses)-misses)
			break
		}
		fmt.Fprintf(e.stdout, "   miss: %s\n", m)
	}
	fmt.Fprintln(e.stdout)
}

// formatMetric writes a rate with three decimals, a count as a whole number
// and anything else with one decimal.
func formatMetric(v float64) string {
	switch {
	case v == math.Trunc(v) && (v > 1 || v == 0):
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 0 && v <= 1:
		return strconv.FormatFloat(v, 'f', 3, 64)
	default:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
}
