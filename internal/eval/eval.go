// Package eval measures tally's extraction and linking against annotated
// data: tally's own dev set, shipped in the repository, and the public test
// sets kept beside it in the shared data folder. It is a harness, like
// cmd/tally: it may import the adapters it measures.
//
// Every report names the data it was measured on and says plainly when that
// data was absent and the measurement skipped.
package eval

import (
	"context"
	"errors"
	"os"
	"path/filepath"
)

// Report is one measurement.
type Report struct {
	Name    string   `json:"name"`              // "numbers/NumberModel"
	Data    string   `json:"data"`              // what it was measured on
	Metrics []Metric `json:"metrics"`           // in the order to print
	Skipped string   `json:"skipped,omitempty"` // why nothing was measured
	Notes   []string `json:"notes,omitempty"`   // conventions, exceptions
	Misses  []string `json:"misses,omitempty"`  // a sample of failures
}

// Metric is one figure of a report: a rate in [0,1] or a count.
type Metric struct {
	Name   string  `json:"name"`
	Value  float64 `json:"value"`
	N      int     `json:"n"`                // cases it was computed over
	Target float64 `json:"target,omitempty"` // the goal, 0 when none
}

// Suite is a named measurement; shared is the shared data folder, "" when
// absent.
type Suite struct {
	Name string
	Run  func(ctx context.Context, shared string) (Report, error)
}

// SharedDir locates the shared data folder: $TALLY_SHARED if set, else
// ../shared beside the module root found from the working directory. It
// returns "" when there is none.
func SharedDir() string {
	if d := os.Getenv("TALLY_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			shared := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(shared); err == nil && st.IsDir() {
				return shared
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// DataPath joins a path under the shared data folder's data/eval and reports
// whether it exists; suites use it to skip cleanly.
func DataPath(shared string, elem ...string) (string, bool) {
	if shared == "" {
		return "", false
	}
	p := filepath.Join(append([]string{shared, "data", "eval"}, elem...)...)
	_, err := os.Stat(p)
	return p, !errors.Is(err, os.ErrNotExist) && err == nil
}

// Skipped returns the report of a suite whose data is absent.
func Skipped(name, data string) Report {
	return Report{Name: name, Data: data, Skipped: "data absent: " + data}
}
