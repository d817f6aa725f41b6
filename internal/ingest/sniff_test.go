package ingest

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"unicode/utf8"

	"tally"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want kind
	}{
		{"nothing", "", kindEmpty},
		{"only space", " \n\t\r\n", kindEmpty},
		{"gzip", "\x1f\x8b\x08\x00rest", kindGzip},
		{"warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\n", kindWARC},
		{"pdf", "%PDF-1.7\n1 0 obj", kindBinary},
		{"png", "\x89PNG\r\n\x1a\n", kindBinary},
		{"nul bytes", "abc\x00def", kindBinary},
		{"controls", "\x01\x02\x03\x04\x05\x06\x07\x08", kindBinary},
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel>`, kindRSS},
		{"rss 1.0", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`, kindRSS},
		{"atom", "<?xml version='1.0' encoding='utf-8'?>\n<!-- made by hand -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", kindAtom},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}`, kindJSONFeed},
		{"json lines", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n", kindJSONL},
		{"json lines with BOM", "\xef\xbb\xbf{\"text\": \"one\"}", kindJSONL},
		{"json array", ` [{"text": "one"}]`, kindJSONArray},
		{"one json object over lines", "{\n  \"text\": \"one\"\n}\n", kindJSONObject},
		{"json lines, long first line", "{\"text\": \"" + strings.Repeat("x", 9000), kindJSONL},
		{"html doctype", "<!DOCTYPE html>\n<html><body><p>x</p></body></html>", kindHTML},
		{"html lower doctype", "<!doctype html><title>x</title>", kindHTML},
		{"html fragment", "<p>Ten people were hurt.</p>", kindHTML},
		{"xhtml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, kindHTML},
		{"text before html", "saved page\n<html><body>x</body></html>", kindHTML},
		{"plain text", "Ten people were hurt in the march.\n", kindText},
		{"text with a less-than", "Fewer than 10 < 20 people came.", kindText},
		{"persian text", "ده نفر در تظاهرات کشته شدند.", kindText},
		{"latin-1 text", "caf\xe9 cr\xe8me", kindText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("sniff(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSniff(f *testing.F) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>ten</p>"))
	zw.Close()
	for _, seed := range []string{
		"", "<", "<!", "<!--", "<?xml", "<rss", "{", "[", "WARC/1.0\r\n", gz.String(),
		"<!DOCTYPE html><p>x", "\xef\xbb\xbf<feed>", "plain words", "\x00\x01",
		`{"version":"https://jsonfeed.org/version/1"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, head []byte) {
		k := sniff(head)
		if int(k) < 0 || int(k) >= len(kindNames) {
			t.Fatalf("sniff(%q) = %d, not a kind", head, k)
		}
		if k == kindEmpty && len(bytes.TrimSpace(head)) > 0 && !bytes.Equal(bytes.TrimSpace(head), utf8BOM) {
			t.Errorf("sniff(%q) = empty for content", head)
		}
		// Whatever the sniffer says, reading must not panic and every
		// document must hold valid, clean text.
		docs, _ := collect(t, "fuzz", head, Options{MaxBytes: 1 << 20})
		for _, d := range docs {
			checkDocument(t, d)
		}
	})
}

// checkDocument checks the invariants every document keeps.
func checkDocument(t *testing.T, d *tally.Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Errorf("%s: text is not valid UTF-8: %q", d.Source, d.Text)
	}
	if d.Text == "" {
		t.Errorf("%s: document without text", d.Source)
	}
	if got, want := d.ID, tally.DocumentID(d.Original); got != want {
		t.Errorf("%s: ID = %s, want %s (of Original)", d.Source, got, want)
	}
	if got := cleanText(d.Text); got != d.Text {
		t.Errorf("%s: text is not clean: cleanText changes %q to %q", d.Source, d.Text, got)
	}
	if d.Format == "" {
		t.Errorf("%s: no format", d.Source)
	}
}
