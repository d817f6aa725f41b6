package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"

	"tally"
)

// feedItem is one RSS item or Atom entry as read, before it becomes a
// document.
type feedItem struct {
	raw                                []byte
	title, link, byline, date, content string
	contentIsHTML                      bool
	format                             tally.Format
	err                                error
}

// feedMeta is what a feed says of itself.
type feedMeta struct {
	title, lang string
}

// rssItem is an RSS 2.0 or RSS 1.0 item.
type rssItem struct {
	Title       string    `xml:"title"`
	Links       []xmlText `xml:"link"`
	GUID        xmlText   `xml:"guid"`
	PubDate     string    `xml:"pubDate"`
	DCDate      string    `xml:"http://purl.org/dc/elements/1.1/ date"`
	Description string    `xml:"description"`
	Content     string    `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Author      string    `xml:"author"`
	Creator     string    `xml:"http://purl.org/dc/elements/1.1/ creator"`
}

// atomEntry is an Atom 1.0 entry.
type atomEntry struct {
	Title     atomText   `xml:"title"`
	Links     []atomLink `xml:"link"`
	ID        string     `xml:"id"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Summary   atomText   `xml:"summary"`
	Content   atomText   `xml:"content"`
	Authors   []struct {
		Name string `xml:"name"`
	} `xml:"author"`
}

type xmlText struct {
	XMLName     xml.Name
	Value       string `xml:",chardata"`
	IsPermaLink string `xml:"isPermaLink,attr"`
}

type atomText struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

// xmlFeed reads an RSS or Atom feed held in memory: one document per item,
// whose Original is the item's own bytes. An item that is not well-formed
// is reported as "item N" and reading resumes at the next item.
func (rd *reader) xmlFeed(data []byte) error {
	data, notes := feedUTF8(data)
	meta, items, err := scanFeed(data)
	for i, it := range items {
		item := "item " + strconv.Itoa(i+1)
		if it.err != nil {
			if ferr := rd.fail(item, it.err); ferr != nil {
				return ferr
			}
			continue
		}
		doc, derr := it.document(meta, notes)
		if derr != nil {
			derr = rd.fail(item, derr)
		} else {
			derr = rd.emit(doc)
		}
		if derr != nil {
			return derr
		}
	}
	if err != nil {
		return rd.fail("", err)
	}
	if len(items) == 0 {
		return rd.fail("", fmt.Errorf("feed without items: %w", tally.ErrEmpty))
	}
	return nil
}

// xmlEncoding finds the encoding an XML declaration names.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']`)

// feedUTF8 turns a feed into valid UTF-8, decoding the legacy encoding
// its XML declaration names, so that items can be sliced from it.
func feedUTF8(data []byte) ([]byte, []string) {
	var notes []string
	data = bytes.TrimPrefix(data, utf8BOM)
	if m := xmlEncoding.FindSubmatch(data[:min(len(data), 256)]); m != nil {
		if enc, name := legacyEncoding(string(m[1])); enc != nil {
			if out, err := enc.NewDecoder().Bytes(data); err == nil {
				data = out
				notes = append(notes, "decoded from "+name)
			}
		}
	}
	data, repaired := validUTF8(data)
	if repaired {
		notes = append(notes, noteInvalidUTF8)
	}
	return data, notes
}

// scanFeed reads the feed's title and its items in order. After a syntax
// error inside an item it resumes at the next item's start tag; a syntax
// error elsewhere ends the scan and is returned.
func scanFeed(data []byte) (feedMeta, []feedItem, error) {
	var meta feedMeta
	var items []feedItem
	base := 0
	for {
		next, err := scanFrom(data, base, &meta, &items)
		if err == nil {
			return meta, items, nil
		}
		if next < 0 {
			if base > 0 || (len(items) > 0 && items[len(items)-1].err != nil) {
				// The failed item is reported already; past it, the feed
				// was resumed mid-way and its end cannot be judged.
				return meta, items, nil
			}
			return meta, items, fmt.Errorf("xml: %v: %w", err, tally.ErrInvalid)
		}
		base = next
	}
}

// itemStart finds the next item or entry start tag.
var itemStart = regexp.MustCompile(`<(?:[A-Za-z0-9_]+:)?(?:item|entry)[\s>/]`)

// scanFrom scans data from offset base. On a syntax error inside an item
// it records the item as failed and returns where the next item starts, or
// -1 when there is none.
func scanFrom(data []byte, base int, meta *feedMeta, items *[]feedItem) (int, error) {
	d := xml.NewDecoder(bytes.NewReader(data[base:]))
	d.Entity = xml.HTMLEntity // feeds use &nbsp; and its kin
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var stack []string
	for {
		off := int(d.InputOffset())
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return 0, nil
		}
		if err != nil {
			return -1, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if (name == "item" || name == "entry") && !inside(stack, "item", "entry") {
				it, err := decodeItem(d, t, name, data[base:], off)
				*items = append(*items, it)
				if err != nil {
					return nextItem(data, base+off+1), err
				}
				continue
			}
			meta.read(d, t, stack)
			if feedLevel(t) {
				continue // consumed with its end tag
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

func nextItem(data []byte, from int) int {
	if from >= len(data) {
		return -1
	}
	loc := itemStart.FindIndex(data[from:])
	if loc == nil {
		return -1
	}
	return from + loc[0]
}

func inside(stack []string, names ...string) bool {
	for _, s := range stack {
		for _, n := range names {
			if s == n {
				return true
			}
		}
	}
	return false
}

// read keeps the feed's own title and language.
func (m *feedMeta) read(d *xml.Decoder, t xml.StartElement, stack []string) {
	for _, a := range t.Attr {
		if a.Name.Local == "lang" && m.lang == "" {
			m.lang = a.Value
		}
	}
	if !feedLevel(t) {
		return
	}
	var v atomText
	if d.DecodeElement(&v, &t) != nil || len(stack) == 0 {
		return
	}
	if parent := stack[len(stack)-1]; parent != "channel" && parent != "feed" {
		return
	}
	switch {
	case t.Name.Local == "title" && m.title == "":
		m.title = v.text()
	case t.Name.Local == "language" && m.lang == "":
		m.lang = oneLine(v.Value)
	}
}

// feedLevel reports the elements that feedMeta.read consumes whole.
func feedLevel(t xml.StartElement) bool {
	return t.Name.Local == "title" || t.Name.Local == "language"
}

// decodeItem decodes the item whose start tag t began at byte start of
// data, the bytes the decoder d reads.
func decodeItem(d *xml.Decoder, t xml.StartElement, name string, data []byte, start int) (feedItem, error) {
	var it feedItem
	var err error
	if name == "entry" {
		var e atomEntry
		err = d.DecodeElement(&e, &t)
		it = e.item()
	} else {
		var r rssItem
		err = d.DecodeElement(&r, &t)
		it = r.item()
	}
	if err != nil {
		return feedItem{err: fmt.Errorf("malformed %s: %v: %w", name, err, tally.ErrInvalid)}, err
	}
	it.raw = bytes.Clone(data[start:d.InputOffset()])
	it.format = tally.FormatRSS
	if name == "entry" {
		it.format = tally.FormatAtom
	}
	return it, nil
}

func (r rssItem) item() feedItem {
	it := feedItem{
		title:         html.UnescapeString(oneLine(r.Title)),
		byline:        rssAuthor(oneLine(first(r.Creator, r.Author))),
		date:          first(r.PubDate, r.DCDate),
		content:       first(r.Content, r.Description),
		contentIsHTML: true,
	}
	for _, l := range r.Links {
		if l.XMLName.Space == "" && strings.TrimSpace(l.Value) != "" {
			it.link = strings.TrimSpace(l.Value)
			break
		}
	}
	if it.link == "" && !strings.EqualFold(r.GUID.IsPermaLink, "false") && isHTTP(r.GUID.Value) {
		it.link = strings.TrimSpace(r.GUID.Value)
	}
	return it
}

func (e atomEntry) item() feedItem {
	it := feedItem{title: e.Title.text(), date: first(e.Published, e.Updated)}
	body := e.Content
	if strings.TrimSpace(body.Value) == "" && strings.TrimSpace(body.Inner) == "" {
		body = e.Summary
	}
	it.content, it.contentIsHTML = body.markup()
	for _, l := range e.Links {
		if (l.Rel == "" || l.Rel == "alternate") && it.link == "" {
			it.link = strings.TrimSpace(l.Href)
		}
	}
	var names []string
	for _, a := range e.Authors {
		if n := oneLine(a.Name); n != "" {
			names = append(names, n)
		}
	}
	it.byline = strings.Join(names, ", ")
	return it
}

// markup is the text of an Atom text construct and whether it is HTML.
func (t atomText) markup() (string, bool) {
	switch strings.ToLower(t.Type) {
	case "html":
		return t.Value, true
	case "xhtml":
		return t.Inner, true
	}
	return t.Value, false
}

// text is an Atom or RSS title as one line of plain text.
func (t atomText) text() string {
	s, isHTML := t.markup()
	if isHTML {
		return oneLine(fragmentText(s))
	}
	return oneLine(s)
}

// rssAuthor is the name in an RSS author, which RSS 2.0 writes as
// "email (Name)".
func rssAuthor(s string) string {
	email, rest, ok := strings.Cut(s, " (")
	if ok && strings.Contains(email, "@") && strings.HasSuffix(rest, ")") {
		return strings.TrimSuffix(rest, ")")
	}
	return s
}

func isHTTP(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// document makes a document of a well-formed item.
func (it feedItem) document(meta feedMeta, notes []string) (*tally.Document, error) {
	doc := &tally.Document{
		Format:    it.format,
		Original:  it.raw,
		URL:       it.link,
		Title:     it.title,
		Byline:    it.byline,
		Publisher: meta.title,
		Language:  languageTag(meta.lang),
		Notes:     append([]string(nil), notes...),
	}
	if it.date != "" {
		if t, ok := parseTime(it.date); ok {
			doc.Published = t
		} else {
			doc.Notes = append(doc.Notes, "published time not understood: "+strconv.Quote(it.date))
		}
	}
	doc.Text = it.text()
	if doc.Text == "" {
		return nil, fmt.Errorf("item without text or title: %w", tally.ErrEmpty)
	}
	return doc, nil
}

// text is the item's clean text, or its title when it has no body, as
// headline-only items do.
func (it feedItem) text() string {
	text := cleanText(it.content)
	if it.contentIsHTML {
		text = fragmentText(it.content)
	}
	if text == "" {
		return cleanText(it.title)
	}
	return text
}

// fragmentText is the clean text of an HTML fragment.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return cleanText(s)
	}
	root, err := xhtml.Parse(strings.NewReader(s))
	if err != nil {
		return cleanText(s)
	}
	return renderText(root, false)
}
