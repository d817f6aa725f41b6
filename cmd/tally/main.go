// Command tally is an evidence ledger for reported violence and unrest: it
// reads reports, turns every figure a source claims into a claim, links the
// claims of many reports into events and serves what it holds.
//
// Each subcommand is one type with its own flag set and a Run method; main
// builds none of the adapters itself and exits in one place.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"tally"
)

// command is one subcommand.
type command interface {
	Run(ctx context.Context, args []string) error
}

// env is what every command may use: its streams and environment, passed in
// rather than read from globals so that tests can run commands in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	err := run(ctx, e, os.Args[1:])
	stop()
	if err != nil && !errors.Is(err, errReported) && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, "tally:", err)
	}
	os.Exit(exitCode(err))
}

// run dispatches to a subcommand.
func run(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		usage(e.stderr)
		return errUsage
	}
	name, rest := args[0], args[1:]
	cmd, ok := commands(e)[name]
	if !ok {
		if name == "help" || name == "-h" || name == "--help" {
			usage(e.stdout)
			return nil
		}
		usage(e.stderr)
		return fmt.Errorf("unknown command %q: %w", name, errUsage)
	}
	return cmd.Run(ctx, rest)
}

func commands(e env) map[string]command {
	return map[string]command{
		"ingest":    &ingestCmd{env: e},
		"extract":   &extractCmd{env: e},
		"documents": &documentsCmd{env: e},
		"claims":    &claimsCmd{env: e},
		"events":    &eventsCmd{env: e},
		"event":     &eventCmd{env: e},
		"link":      &linkCmd{env: e},
		"sources":   &sourcesCmd{env: e},
		"serve":     &serveCmd{env: e},
		"demo":      &demoCmd{env: e},
		"eval":      &evalCmd{env: e},
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, `tally: an evidence ledger for reported violence and unrest

Usage: tally <command> [flags] [args]

  demo        ingest the embedded demo corpus into a temporary store and serve it
  ingest      read reports (files, directories, -, .gz) into the store
  extract     print the claims of one document without storing it
  documents   list stored documents
  claims      list stored claims
  events      list events (linked claims)
  event       show one event
  link        relink every stored claim into events
  sources     list or import the source registry
  serve       serve the JSON API and HTML pages
  eval        measure extraction, dates, places and linking

Every command takes --db (default ./tally.db, or $TALLY_DB) where it uses the
store, and -h for its flags.
`)
}

var (
	// errUsage marks a mistake in the command line: exit status 2.
	errUsage = errors.New("usage")
	// errReported marks a failure already reported line by line (some
	// documents failed): exit status 1 without a further message.
	errReported = errors.New("reported")
)

// exitCode maps an error to the process's exit status, in one place.
func exitCode(err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage), errors.Is(err, tally.ErrInvalid):
		return 2
	case errors.Is(err, tally.ErrNotFound):
		return 3
	default:
		return 1
	}
}
