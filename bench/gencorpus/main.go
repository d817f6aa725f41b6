// Command gencorpus writes a synthetic corpus of news-like reports for the
// ingest benchmark: N files of about SIZE bytes, mostly sentences with no
// figure and a few with casualty, arrest and crowd figures, from templates
// written for tally. The same flags give the same files.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"

	"tally/bench/corpus"
)

func main() {
	n := flag.Int("n", 10000, "number of reports")
	size := flag.Int("size", 4096, "approximate bytes per report")
	out := flag.String("out", "corpus", "directory to write into")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	r := rand.New(rand.NewPCG(*seed, 2))
	for i := 0; i < *n; i++ {
		name := filepath.Join(*out, fmt.Sprintf("report-%06d.txt", i))
		if err := os.WriteFile(name, []byte(corpus.Report(r, i, *size)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(1)
		}
	}
}
