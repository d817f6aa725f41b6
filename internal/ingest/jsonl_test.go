package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func TestJSONLines(t *testing.T) {
	lines := []string{
		`{"url": "https://a.example/1", "title": "One", "publisher": "Agency A", "published": "2022-09-20T10:00:00+03:30", "language": "fa_IR", "text": "Twelve  were killed.\n\n\nTwo were hurt."}`,
		``,
		`{"title": "broken", "text": "no end"`,
		`{"html": "<html><head><meta property='og:site_name' content='Page Site'><title>From HTML</title></head><body><p>Five held.</p><script>x()</script></body></html>", "published": "last week"}`,
		`{"title": "no body"}`,
		"{\"text\": \"Bad \xff byte.\", \"byline\": \"Desk\"}",
		`["not", "an", "object"]`,
	}
	in := strings.Join(lines, "\n") + "\n"
	docs, errs := collect(t, "r.jsonl", []byte(in), Options{})
	type fields struct {
		Format                                  tally.Format
		URL, Title, Publisher, Byline, Language string
		Published                               time.Time
		Text                                    string
		Notes                                   []string
		Original                                string
	}
	var got []fields
	for _, d := range docs {
		checkDocument(t, d)
		got = append(got, fields{d.Format, d.URL, d.Title, d.Publisher, d.Byline, d.Language, d.Published, d.Text, d.Notes, string(d.Original)})
	}
	want := []fields{
		{Format: tally.FormatJSONL, URL: "https://a.example/1", Title: "One", Publisher: "Agency A", Language: "fa-IR",
			Published: time.Date(2022, 9, 20, 10, 0, 0, 0, time.FixedZone("", 3*3600+1800)), Text: "Twelve were killed.\n\nTwo were hurt.", Original: lines[0]},
		{Format: tally.FormatJSONL, Title: "From HTML", Publisher: "Page Site", Text: "Five held.",
			Notes: []string{`published time not understood: "last week"`}, Original: lines[3]},
		{Format: tally.FormatJSONL, Byline: "Desk", Text: "Bad \ufffd byte.", Notes: []string{noteInvalidUTF8}, Original: lines[5]},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	if len(errs) != 3 {
		t.Fatalf("errors = %v, want 3", errs)
	}
	checkInputError(t, errs[0], "r.jsonl", "line 3", tally.ErrInvalid)
	checkInputError(t, errs[1], "r.jsonl", "line 5", tally.ErrEmpty)
	checkInputError(t, errs[2], "r.jsonl", "line 7", tally.ErrInvalid)
}

// TestJSONLinesLongLine checks that the limit applies per line: a line
// over it fails alone and the next line is read.
func TestJSONLinesLongLine(t *testing.T) {
	long := `{"text": "` + strings.Repeat("x", 300_000) + `"}`
	in := `{"text": "first"}` + "\n" + long + "\n" + `{"text": "third"}` + "\n" + `{"text": "last, no newline"}`
	docs, errs := collect(t, "r.jsonl", []byte(in), Options{MaxBytes: 100_000})
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	if diff := cmp.Diff([]string{"first", "third", "last, no newline"}, texts); diff != "" {
		t.Errorf("texts (-want +got):\n%s", diff)
	}
	if len(errs) != 1 {
		t.Fatalf("errors = %v, want 1", errs)
	}
	checkInputError(t, errs[0], "r.jsonl", "line 2", tally.ErrTooLarge)
}

// jsonlStream generates n JSON lines lazily, never holding more than one.
type jsonlStream struct {
	n, i int
	buf  bytes.Buffer
}

func (s *jsonlStream) Read(p []byte) (int, error) {
	for s.buf.Len() == 0 {
		if s.i >= s.n {
			return 0, io.EOF
		}
		s.i++
		fmt.Fprintf(&s.buf, `{"url": "https://e.example/%d", "title": "Report %d", "text": "About %d people marched and %d were held in the %dth week of protests."}`+"\n", s.i, s.i, s.i*10, s.i%97, s.i%52)
	}
	return s.buf.Read(p)
}

// TestJSONLinesMemory checks that the live heap does not grow with the
// number of lines read: 60,000 lines are streamed and dropped.
func TestJSONLinesMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 60,000 lines")
	}
	const lines = 60_000
	var early, late uint64
	count := 0
	err := ReadFrom(t.Context(), "big.jsonl", &jsonlStream{n: lines}, Options{Now: fixedNow}, func(r Result) error {
		if r.Err != nil {
			return r.Err
		}
		count++
		switch count {
		case 5_000:
			early = liveHeap()
		case lines:
			late = liveHeap()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != lines {
		t.Fatalf("read %d documents, want %d", count, lines)
	}
	// 55,000 more documents of ~300 bytes each would be ~16 MB if kept.
	if late > early+4<<20 {
		t.Errorf("live heap grew from %d to %d bytes while streaming", early, late)
	}
}

func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"text": "one"}` + "\n" + `{"html": "<p>two</p>"}`))
	f.Add([]byte(`{"text": "\ud800"}`))
	f.Add([]byte("{\"text\": \"a\xffb\"}\n\n\n{"))
	f.Add([]byte(`{"published": "2020-01-01", "title": "t", "text": " \u2029 "}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) == 0 || in[0] != '{' {
			in = append([]byte("{"), in...)
		}
		docs, errs := collect(t, "fuzz.jsonl", in, Options{MaxBytes: 4096})
		for _, d := range docs {
			checkDocument(t, d)
			if !bytes.Contains(in, d.Original) {
				t.Errorf("Original %q is not a line of the input", d.Original)
			}
		}
		for _, err := range errs {
			if !strings.Contains(err.Error(), "fuzz.jsonl") {
				t.Errorf("error %q does not name the input", err)
			}
		}
	})
}

func TestJSONArrayAndObject(t *testing.T) {
	tests := []struct {
		name, in  string
		wantTexts []string
		wantErrs  []string
	}{
		{
			name:      "array",
			in:        `[{"text": "One."}, {"title": "no body"}, 3, {"html": "<p>Four.</p>"}]`,
			wantTexts: []string{"One.", "Four."},
			wantErrs:  []string{"item 2: empty", "item 3: invalid"},
		},
		{
			name:      "one object over lines",
			in:        "{\n  \"title\": \"Pretty\",\n  \"text\": \"Written over lines.\"\n}\n",
			wantTexts: []string{"Written over lines."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, "r.json", []byte(tt.in), Options{})
			var texts, kinds []string
			for _, d := range docs {
				checkDocument(t, d)
				texts = append(texts, d.Text)
			}
			for _, err := range errs {
				var ie *tally.InputError
				if errors.As(err, &ie) {
					kinds = append(kinds, ie.Item+": "+kindOf(err))
				}
			}
			if diff := cmp.Diff(tt.wantTexts, texts); diff != "" {
				t.Errorf("texts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantErrs, kinds); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}
