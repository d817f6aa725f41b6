// Package demo holds tally's demo corpus: short reports about three Iranian
// episodes (the November 2019 fuel-price protests, the 1988 prison
// executions and the 2022 protests after Mahsa Amini's death), written in
// tally's own words as paraphrases of what each organisation reported. The
// sources disagree on purpose, so that a reader of tally's events sees
// revisions, echoes and conflicts. expected.md says what they should see.
//
// The files come in every shape tally reads: HTML pages with their
// boilerplate, an RSS 2.0 feed, a JSON Lines file and a plain text file.
package demo

import (
	"embed"
	"io/fs"
	"path"
	"sort"
)

// Corpus is the demo corpus. Its files sit under the directory "corpus".
//
//go:embed corpus
var Corpus embed.FS

// Dir is the directory inside Corpus that holds the reports.
const Dir = "corpus"

// Files returns the paths inside Corpus of every report file, sorted, so a
// caller can feed them to a reader one by one. The README is not a report
// and is left out.
func Files() ([]string, error) {
	var files []string
	err := fs.WalkDir(Corpus, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || isDoc(p) {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}

// isDoc reports whether p is documentation about the corpus rather than one
// of its reports.
func isDoc(p string) bool {
	return path.Ext(p) == ".md"
}
