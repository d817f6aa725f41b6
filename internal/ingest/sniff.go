package ingest

import (
	"bytes"
	"encoding/json"
)

// kind is what the sniffer takes a stream to be.
type kind int

const (
	kindText kind = iota
	kindEmpty
	kindBinary
	kindGzip
	kindWARC
	kindRSS
	kindAtom
	kindJSONFeed
	kindJSONL
	kindJSONArray
	kindJSONObject
	kindHTML
)

var kindNames = [...]string{"text", "empty", "binary", "gzip", "warc", "rss", "atom", "jsonfeed", "jsonl", "json-array", "json-object", "html"}

func (k kind) String() string { return kindNames[k] }

// binaryMagic are openings of common non-text files. Some of them, PDF
// above all, look like text for a while.
var binaryMagic = [][]byte{
	[]byte("%PDF-"), []byte("PK\x03\x04"), []byte("\x89PNG"), []byte("GIF8"),
	[]byte("\xff\xd8\xff"), []byte("\x7fELF"), []byte("BZh"), []byte("\xfd7zXZ\x00"),
	[]byte("7z\xbc\xaf"), []byte("Rar!"), []byte("\x28\xb5\x2f\xfd"), []byte("RIFF"),
	[]byte("OggS"), []byte("ID3"), []byte("\xd0\xcf\x11\xe0"), []byte("SQLite format 3"),
}

// sniff tells the format of a stream from its first bytes.
func sniff(head []byte) kind {
	if len(bytes.TrimSpace(head)) == 0 {
		return kindEmpty
	}
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		return kindGzip
	}
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		return kindWARC
	}
	if isBinary(head) {
		return kindBinary
	}
	rest := skipSpace(bytes.TrimPrefix(head, utf8BOM))
	switch {
	case len(rest) == 0:
		return kindEmpty
	case rest[0] == '{':
		if bytes.Contains(head, []byte("jsonfeed.org/version")) {
			return kindJSONFeed
		}
		return sniffJSONObject(rest)
	case rest[0] == '[':
		return kindJSONArray
	case rest[0] == '<':
		return sniffMarkup(rest)
	}
	if looksLikeHTML(head) {
		return kindHTML
	}
	return kindText
}

var utf8BOM = []byte("\xef\xbb\xbf")

// sniffJSONObject tells JSON Lines from one JSON object written over
// several lines: in JSON Lines the first line is a whole value.
func sniffJSONObject(b []byte) kind {
	line, _, found := bytes.Cut(b, []byte("\n"))
	if !found || json.Valid(line) {
		return kindJSONL
	}
	return kindJSONObject
}

// isBinary reports data that is not text in any encoding tally reads: a
// known magic number, a NUL byte or many control characters.
func isBinary(head []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, m) {
			return true
		}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	controls := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			controls++
		}
	}
	return controls*20 > len(head)
}

// sniffMarkup tells a feed from a page by the name of the root element.
func sniffMarkup(b []byte) kind {
	root := rootElement(b)
	switch root {
	case "rss", "rdf:rdf", "rdf":
		return kindRSS
	case "feed":
		return kindAtom
	}
	return kindHTML
}

// rootElement is the lower-case name of the first element in b, after the
// XML declaration, comments and doctype; "html" for an HTML doctype.
func rootElement(b []byte) string {
	for {
		b = skipSpace(b)
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			b = after(b, "?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			b = after(b, "-->")
		case bytes.HasPrefix(b, []byte("<!")):
			if len(b) >= 14 && bytes.EqualFold(b[:14], []byte("<!doctype html")) {
				return "html"
			}
			b = after(b, ">")
		case bytes.HasPrefix(b, []byte("<")):
			return elementName(b[1:])
		default:
			return ""
		}
	}
}

func elementName(b []byte) string {
	end := bytes.IndexAny(b, " \t\r\n/>")
	if end < 0 {
		end = len(b)
	}
	return string(bytes.ToLower(b[:end]))
}

// after is b past the first sep, or empty when sep is absent.
func after(b []byte, sep string) []byte {
	i := bytes.Index(b, []byte(sep))
	if i < 0 {
		return nil
	}
	return b[i+len(sep):]
}

func skipSpace(b []byte) []byte {
	return bytes.TrimLeft(b, " \t\r\n\f")
}

// htmlMarks are tags whose presence near the start makes text a page.
var htmlMarks = [][]byte{[]byte("<html"), []byte("<!doctype html"), []byte("<head"), []byte("<body")}

func looksLikeHTML(head []byte) bool {
	if len(head) > 1024 {
		head = head[:1024]
	}
	low := bytes.ToLower(head)
	for _, m := range htmlMarks {
		if bytes.Contains(low, m) {
			return true
		}
	}
	return false
}
