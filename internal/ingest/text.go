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

// textDocument reads plain text. A first line that is a title stays in the
// text as written: the text is the report as it stands.
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
	doc.Title = firstLineTitle(doc.Text)
	return doc, nil
}

// firstLineTitle is the first line when it stands alone as a short
// paragraph, as a headline does.
func firstLineTitle(text string) string {
	para, _, _ := strings.Cut(text, "\n\n")
	if strings.Contains(para, "\n") || len(para) > 200 || strings.HasSuffix(para, ".") {
		return ""
	}
	return para
}

// cleanText normalises text into the clean form that spans point into:
// lines end in "\n" (CR LF and lone CR become "\n"), paragraphs are
// separated by exactly one blank line, runs of spaces are one space, lines
// have no leading or trailing space, and control characters are gone.
// cleanText(cleanText(s)) == cleanText(s).
func cleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blank := 0     // line ends seen since the last text
	space := false // a space is pending before the next text
	for i, r := range s {
		switch {
		case r == '\n' || r == '\u2028' || r == '\u0085':
			blank++
			space = false
		case r == '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				blank++
			}
			space = false
		case r == '\u2029':
			blank += 2
			space = false
		case unicode.IsSpace(r):
			space = true
		case dropped(r):
		default:
			if b.Len() > 0 {
				switch {
				case blank >= 2:
					b.WriteString("\n\n")
				case blank == 1:
					b.WriteByte('\n')
				case space:
					b.WriteByte(' ')
				}
			}
			blank, space = 0, false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dropped are characters that carry no text: controls, and marks of byte
// order or zero width. The zero-width joiners stay: Persian needs them.
func dropped(r rune) bool {
	return unicode.IsControl(r) || r == '\uFEFF' || r == '\u200B' || r == '\u2060'
}
