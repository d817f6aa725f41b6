package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"tally/internal/extract"
	"tally/internal/extract/place"
	"tally/internal/ingest"
)

func TestTmpDemo(t *testing.T) {
	pl, _ := place.Default()
	e := extract.New(extract.Options{Places: pl})
	ingest.Read(context.Background(), []string{"../demo/corpus"}, ingest.Options{}, func(r ingest.Result) error {
		if r.Doc == nil {
			return nil
		}
		fmt.Printf("== %s (%s)\n", r.Doc.Source[strings.LastIndex(r.Doc.Source, "/")+1:], r.Doc.Published.Format("2006-01-02"))
		for _, c := range e.Extract(r.Doc) {
			cl := "-"
			if c.Claimant != nil {
				cl = c.Claimant.Name
				if len(c.Claimant.Via) > 0 {
					cl += " via " + strings.Join(c.Claimant.Via, ",")
				}
			}
			w := ""
			if c.When != nil {
				w = c.When.Start + ".." + c.When.End
			}
			fmt.Printf("  %-28q %-12s %-9s %-9s %-40s %s\n", c.Figure.Text, c.Measure, c.EventType, c.Modality, cl, w)
		}
		return nil
	})
}
