package main

import (
	"flag"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFlagsAnywhere(t *testing.T) {
	tests := []struct {
		name string
		args []string
		json bool
		db   string
		pos  []string
	}{
		{"flags first", []string{"--json", "--db", "x.db", "numbers"}, true, "x.db", []string{"numbers"}},
		{"flags after", []string{"numbers", "--json", "--db", "x.db"}, true, "x.db", []string{"numbers"}},
		{"flags between", []string{"a", "--db=x.db", "b", "-json"}, true, "x.db", []string{"a", "b"}},
		{"standard input", []string{"-", "--json"}, true, "tally.db", []string{"-"}},
		{"after a double dash", []string{"--json", "--", "--db"}, true, "tally.db", []string{"--db"}},
		{"no positional", []string{"--json"}, true, "tally.db", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			json := fs.Bool("json", false, "")
			db := fs.String("db", "tally.db", "")
			if err := parse(fs, tt.args); err != nil {
				t.Fatal(err)
			}
			if *json != tt.json || *db != tt.db {
				t.Errorf("json %v db %q, want %v %q", *json, *db, tt.json, tt.db)
			}
			if diff := cmp.Diff(fs.Args(), tt.pos, cmpEmpty); diff != "" {
				t.Errorf("positional (-got +want):\n%s", diff)
			}
		})
	}
}

// cmpEmpty treats a nil and an empty slice alike.
var cmpEmpty = cmp.FilterValues(func(a, b []string) bool { return len(a) == 0 && len(b) == 0 }, cmp.Ignore())
