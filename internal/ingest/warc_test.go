package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

// warcRecord writes one WARC record around block.
func warcRecordBytes(typ, uri, ctype, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, ctype, len(block), block)
}

func httpResponse(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func TestWARC(t *testing.T) {
	page := `<html><head><meta property="og:site_name" content="Archived Paper"><title>Eight dead</title></head><body><p>Eight people died in the flood protests.</p></body></html>`
	gzBody := gzipped("<p>Compressed page: four held.</p>")
	persian, _ := charmapEncode("<p>\u0633\u0644\u0627\u0645</p>")
	chunked := "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nThree \r\n5\r\nhurt.\r\n0\r\n\r\n"
	warc := warcRecordBytes("warcinfo", "", "application/warc-fields", "software: hand\r\n") +
		warcRecordBytes("request", "https://p.example/8", "application/http; msgtype=request", "GET /8 HTTP/1.1\r\nHost: p.example\r\n\r\n") +
		warcRecordBytes("response", "https://p.example/8", "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", page)) +
		warcRecordBytes("response", "https://p.example/logo.png", "application/http; msgtype=response", httpResponse("200 OK", "image/png", "\x89PNG....")) +
		warcRecordBytes("response", "https://p.example/moved", "application/http; msgtype=response", httpResponse("301 Moved Permanently", "text/html", "")) +
		warcRecordBytes("response", "https://p.example/gz", "application/http; msgtype=response",
			strings.Replace(httpResponse("200 OK", "text/html", gzBody), "\r\n\r\n", "\r\nContent-Encoding: gzip\r\n\r\n", 1)) +
		warcRecordBytes("resource", "file:///notes.txt", "text/plain", "Notes: two arrested.") +
		warcRecordBytes("response", "https://p.example/fa", "application/http; msgtype=response", httpResponse("200 OK", "text/html; charset=windows-1256", persian)) +
		warcRecordBytes("response", "https://p.example/chunked", "application/http; msgtype=response", chunked) +
		warcRecordBytes("response", "https://p.example/bad", "application/http; msgtype=response", "not http at all")
	docs, errs := collect(t, "crawl.warc", []byte(warc), Options{})
	type fields struct {
		URL, Publisher, Text string
		Format               tally.Format
	}
	var got []fields
	for _, d := range docs {
		checkDocument(t, d)
		got = append(got, fields{d.URL, d.Publisher, d.Text, d.Format})
	}
	want := []fields{
		{"https://p.example/8", "Archived Paper", "Eight people died in the flood protests.", tally.FormatWARC},
		{"https://p.example/gz", "", "Compressed page: four held.", tally.FormatWARC},
		{"file:///notes.txt", "", "Notes: two arrested.", tally.FormatWARC},
		{"https://p.example/fa", "", "\u0633\u0644\u0627\u0645", tally.FormatWARC},
		{"https://p.example/chunked", "", "Three hurt.", tally.FormatWARC},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	if len(errs) != 1 {
		t.Fatalf("errors = %v, want 1", errs)
	}
	checkInputError(t, errs[0], "crawl.warc", "record 10", tally.ErrInvalid)
	if got, want := string(docs[0].Original), page; got != want {
		t.Errorf("Original = %q, want the HTTP payload %q", got, want)
	}
}

func TestWARCBroken(t *testing.T) {
	good := warcRecordBytes("resource", "file:///a.txt", "text/plain", "Seven hurt.")
	big := warcRecordBytes("resource", "file:///big.txt", "text/plain", strings.Repeat("word ", 1000))
	tests := []struct {
		name     string
		in       string
		opts     Options
		wantDocs int
		item     string
		want     error
	}{
		{"record over the limit is skipped", big + good, Options{MaxBytes: 1000}, 1, "record 1", tally.ErrTooLarge},
		{"no content length", "WARC/1.1\r\nWARC-Type: resource\r\n\r\nbody\r\n\r\n" + good, Options{}, 0, "record 1", tally.ErrInvalid},
		{"cut short", good + strings.TrimSuffix(big, strings.Repeat("word ", 500)+"\r\n\r\n"), Options{}, 1, "record 2", tally.ErrInvalid},
		{"garbage between records", good + "junk line\r\n" + good, Options{}, 1, "record 2", tally.ErrInvalid},
		{"endless header line", good + "WARC/1.1\r\nWARC-Type: " + strings.Repeat("x", 100<<10), Options{}, 1, "record 2", tally.ErrInvalid},
		{"header cut short", good + "WARC/1.1\r\nWARC-Type: resource\r\n", Options{}, 1, "record 2", tally.ErrInvalid},
		{"header line without colon", "WARC/1.1\r\nno colon here\r\n\r\n", Options{}, 0, "record 1", tally.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, "x.warc", []byte(tt.in), tt.opts)
			if len(docs) != tt.wantDocs {
				t.Errorf("got %d documents, want %d", len(docs), tt.wantDocs)
			}
			if len(errs) != 1 {
				t.Fatalf("errors = %v, want 1", errs)
			}
			checkInputError(t, errs[0], "x.warc", tt.item, tt.want)
		})
	}
}

func TestWARCGzipped(t *testing.T) {
	// A .warc.gz compresses each record on its own; gzip members follow
	// one another.
	in := gzipped(warcRecordBytes("resource", "file:///1.txt", "text/plain", "One.")) +
		gzipped(warcRecordBytes("resource", "file:///2.txt", "text/plain", "Two."))
	docs, errs := collect(t, "x.warc.gz", []byte(in), Options{})
	if len(errs) > 0 || len(docs) != 2 {
		t.Fatalf("got %d documents, errors %v; want 2 documents", len(docs), errs)
	}
	if got, want := docs[0].Text+" "+docs[1].Text, "One. Two."; got != want {
		t.Errorf("texts = %q, want %q", got, want)
	}
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(warcRecordBytes("resource", "file:///a.txt", "text/plain", "Seven hurt.")))
	f.Add([]byte(warcRecordBytes("response", "https://p.example/", "application/http; msgtype=response", httpResponse("200 OK", "text/html", "<p>Two.</p>"))))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nab"))
	f.Fuzz(func(t *testing.T, in []byte) {
		if !bytes.HasPrefix(in, []byte("WARC/1.")) {
			in = append([]byte("WARC/1.1\r\n"), in...)
		}
		docs, _ := collect(t, "fuzz.warc", in, Options{MaxBytes: 1 << 20})
		for _, d := range docs {
			checkDocument(t, d)
			if got, want := d.Format, tally.FormatWARC; got != want {
				t.Errorf("Format = %q, want %q", got, want)
			}
		}
	})
}
