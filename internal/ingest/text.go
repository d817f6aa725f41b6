package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"tally"
)

// noteInvalidUTF8 is the note of a document whose invalid UTF-8 was replaced.
const noteInvalidUTF8 = "invalid UTF-8 replaced with U+FFFD"

// validUTF8 returns b as valid UTF-8, each invalid sequence replaced with
// U+FFFD, and whether anything had to be replaced.
func validUTF8(b []byte) ([]byte, bool) {
	if utf8.Valid(b) {
		return b, false
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD")), true
}

// textDocument reads plain text. The text is the report as it stands: a
// title line and a header block stay in it. A first paragraph whose lines
// are "Key: value" headers (Title, Publisher, Published, Date, URL, By,
// Author, Language), after an optional title line, gives the metadata.
func textDocument(data []byte) (*tally.Document, error) {
	doc := &tally.Document{Format: tally.FormatText, Original: data}
	b, repaired := validUTF8(bytes.TrimPrefix(data, utf8BOM))
	if repaired {
		doc.Notes = append(doc.Notes, noteInvalidUTF8)
	}
	doc.Text = cleanText(string(b))
	if doc.Text == "" {
		return nil, fmt.Errorf("no text: %w", tally.ErrEmpty)
	}
	readTextHeader(doc)
	return doc, nil
}

// readTextHeader fills doc from the header block of its first paragraph,
// if it has one, or takes a short first paragraph of one line as the
// title, as a headline is.
func readTextHeader(doc *tally.Document) {
	para, _, _ := strings.Cut(doc.Text, "\n\n")
	lines := strings.Split(para, "\n")
	if len(lines) == 1 {
		if len(para) <= 200 && !strings.HasSuffix(para, ".") {
			doc.Title = para
		}
		return
	}
	header := lines
	if _, _, ok := headerLine(lines[0]); !ok {
		header = lines[1:]
	}
	for _, l := range header {
		if _, _, ok := headerLine(l); !ok {
			return // not a header block: prose with a colon
		}
	}
	if len(header) < len(lines) {
		doc.Title = lines[0]
	}
	for _, l := range header {
		key, val, _ := headerLine(l)
		setHeader(doc, key, val)
	}
}

// headerKeys are the header names of a plain-text report, lower case,
// with the field each fills.
var headerKeys = map[string]string{
	"title": "title", "headline": "title", "publisher": "publisher", "source": "publisher",
	"published": "published", "date": "published", "url": "url", "link": "url",
	"by": "byline", "byline": "byline", "author": "byline", "language": "language", "lang": "language",
}

func headerLine(l string) (key, val string, ok bool) {
	k, v, found := strings.Cut(l, ":")
	key, val = headerKeys[strings.ToLower(strings.TrimSpace(k))], strings.TrimSpace(v)
	return key, val, found && key != "" && val != ""
}

func setHeader(doc *tally.Document, key, val string) {
	switch key {
	case "title":
		doc.Title = val
	case "publisher":
		doc.Publisher = val
	case "published":
		if t, ok := parseTime(val); ok {
			doc.Published = t
		}
	case "url":
		doc.URL = val
	case "byline":
		doc.Byline = val
	case "language":
		doc.Language = languageTag(val)
	}
}

// cleanText normalises text into the clean form that spans point into:
// lines end in "\n" (CR LF and lone CR become "\n"), paragraphs are
// separated by exactly one blank line, runs of spaces are one space, lines
// have no leading or trailing space, and control characters are gone.
// cleanText(cleanText(s)) == cleanText(s).
func cleanText(s string) string {
	c := cleaner{s: s, run: -1}
	c.b.Grow(len(s))
	for i := 0; i < len(s); {
		if b := s[i]; b > ' ' && b < 0x7f { // visible ASCII, the common case
			c.text(i)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		c.special(i, r, size)
		i += size
	}
	c.flush(len(s))
	return c.b.String()
}

// cleaner is the state of cleanText. Text is copied in runs, not rune by
// rune: most of a report is plain text between single spaces.
type cleaner struct {
	s     string
	b     strings.Builder
	run   int  // start of the run of text not yet copied, or -1
	seen  bool // some text has been written
	blank int  // line ends seen since the last text
	space bool // a space is pending before the next text
}

// text notes that the character at i is text, writing the separator that
// the white space before it calls for.
func (c *cleaner) text(i int) {
	if c.run >= 0 {
		return
	}
	if c.seen {
		switch {
		case c.blank >= 2:
			c.b.WriteString("\n\n")
		case c.blank == 1:
			c.b.WriteByte('\n')
		case c.space:
			c.b.WriteByte(' ')
		}
	}
	c.seen, c.blank, c.space, c.run = true, 0, false, i
}

// flush copies the pending run of text, which ends at i.
func (c *cleaner) flush(i int) {
	if c.run >= 0 {
		c.b.WriteString(c.s[c.run:i])
		c.run = -1
	}
}

// special handles any character but visible ASCII.
func (c *cleaner) special(i int, r rune, size int) {
	switch {
	case r == '\n' || r == '\u2028' || r == '\u0085':
		c.flush(i)
		c.blank++
		c.space = false
	case r == '\r':
		c.flush(i)
		if i+1 >= len(c.s) || c.s[i+1] != '\n' {
			c.blank++
		}
		c.space = false
	case r == '\u2029':
		c.flush(i)
		c.blank += 2
		c.space = false
	case r == ' ' || r == '\t' || r == '\v' || r == '\f' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
		c.flush(i)
		c.space = true
	case r == utf8.RuneError && size == 1: // a stray byte of invalid UTF-8
		c.text(i)
		c.flush(i)
		c.b.WriteString("\uFFFD")
	case r < ' ' || r == 0x7f || dropped(r):
		c.flush(i)
	default:
		c.text(i)
	}
}

// dropped are characters that carry no text: controls, and marks of byte
// order or zero width. The zero-width joiners stay: Persian needs them.
func dropped(r rune) bool {
	return unicode.IsControl(r) || r == '\uFEFF' || r == '\u200B' || r == '\u2060'
}
