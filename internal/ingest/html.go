package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"

	"tally"
)

// shortPage is the length of body text under which readability's scoring
// is not trusted: it is tuned for long articles and may drop a short
// report's only paragraphs.
const shortPage = 600

// htmlDocument reads an HTML page. contentType is the HTTP header that
// came with it, if any, for its charset.
func htmlDocument(data []byte, contentType string) (*tally.Document, error) {
	doc := &tally.Document{Format: tally.FormatHTML, Original: data}
	b, notes := decodePage(data, contentType)
	doc.Notes = notes
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("html: %v: %w", err, tally.ErrInvalid)
	}
	meta := readPageMeta(root)
	doc.Title, doc.Byline, doc.Publisher = meta.title, meta.byline, meta.publisher
	doc.URL, doc.Language, doc.Published = meta.url, meta.lang, meta.published
	removeBylines(root)
	removeTitleHeading(root, doc.Title)
	// A page that is only its headline keeps the headline as its text,
	// as a feed item without a body does.
	doc.Text = first(mainText(root, doc), cleanText(doc.Title))
	if doc.Text == "" {
		return nil, fmt.Errorf("html page without text: %w", tally.ErrEmpty)
	}
	return doc, nil
}

// mainText is the report's own text. A page that marks its report, with
// itemprop="articleBody" or one <article>, gives that
// element's text when it holds at least half the page's text. Otherwise
// readability finds the article. A short page, or one where readability
// finds nothing, gives its body without scripts and page furniture.
// mainText fills what doc still lacks from readability's metadata.
func mainText(root *html.Node, doc *tally.Document) string {
	if text := markedReport(root); text != "" {
		return text
	}
	body := renderText(root, true)
	if len(body) < shortPage {
		return body
	}
	art, ok := findArticle(root)
	if !ok {
		return body
	}
	doc.Title = first(doc.Title, oneLine(art.Title()))
	doc.Byline = first(doc.Byline, oneLine(art.Byline()))
	doc.Publisher = first(doc.Publisher, oneLine(art.SiteName()))
	if text := renderText(art.Node, false); text != "" {
		return text
	}
	return body
}

// reportMarks are the ways a page marks the element that holds its
// report, surest first. <main> is no such mark: it holds most of a page,
// related stories and comments included.
var reportMarks = []func(*html.Node) bool{
	func(n *html.Node) bool { return strings.Contains(attr(n, "itemprop"), "articleBody") },
	func(n *html.Node) bool { return n.DataAtom == atom.Article },
}

// markedReport is the text of the element that the page marks as its
// report, or "" when no mark is unique and holds half the page's text.
func markedReport(root *html.Node) string {
	pageLen := -1
	for _, mark := range reportMarks {
		el := onlyElement(root, mark)
		if el == nil {
			continue
		}
		if pageLen < 0 {
			pageLen = textLen(root)
		}
		if 2*textLen(el) < pageLen {
			continue
		}
		if text := renderText(el, true); len(text) >= minArticle {
			return text
		}
	}
	return ""
}

// removeTitleHeading takes out of the tree the first h1 or h2 that repeats
// the title, as readability does: the title is kept in Document.Title, and
// in the text it would only repeat the lead.
func removeTitleHeading(root *html.Node, title string) {
	if title == "" {
		return
	}
	var h *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && h == nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped[c.DataAtom] {
				continue
			}
			if (c.DataAtom == atom.H1 || c.DataAtom == atom.H2) && strings.EqualFold(oneLine(textOf(c)), title) {
				h = c
				return
			}
			walk(c)
		}
	}
	walk(root)
	if h != nil {
		h.Parent.RemoveChild(h)
	}
}

// findArticle runs readability over the tree. Readability is a large
// port of a JavaScript library; should it panic on some page, the page
// falls back to its body text rather than stopping the whole ingest.
func findArticle(root *html.Node) (art readability.Article, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p := readability.NewParser()
	art, err := p.ParseAndMutate(root, nil)
	return art, err == nil && art.Node != nil
}

// minArticle is the least text an <article> must hold to be taken as the
// report without asking readability.
const minArticle = 200

// textLen counts the bytes of text that renderText would keep under n,
// spaces aside, without building it.
func textLen(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		count := 0
		for i := 0; i < len(n.Data); i++ {
			if c := n.Data[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
				count++
			}
		}
		return count
	case html.ElementNode:
		if skipped[n.DataAtom] || boilerplate[n.DataAtom] || hidden(n) {
			return 0
		}
	}
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		count += textLen(c)
	}
	return count
}

// onlyElement is the one element of the page that mark matches, or nil
// when none or several do. Several articles make a list of teasers, or
// related stories marked up as articles; a match inside a match is a
// quoted teaser and does not count.
func onlyElement(root *html.Node, mark func(*html.Node) bool) *html.Node {
	var found *html.Node
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < 2; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped[c.DataAtom] {
				continue
			}
			if mark(c) {
				found = c
				count++
				continue
			}
			walk(c)
		}
	}
	walk(root)
	if count != 1 {
		return nil
	}
	return found
}

// decodePage returns the page as valid UTF-8 with notes of what was done:
// decoded from the charset its BOM, HTTP header or <meta> declares, and
// invalid UTF-8 replaced.
//
// A page that declares a legacy encoding but is valid UTF-8 with some
// non-ASCII text was saved again as UTF-8 and kept its old declaration:
// text in a legacy encoding is almost never valid UTF-8 by chance.
func decodePage(data []byte, contentType string) ([]byte, []string) {
	var notes []string
	enc, label := pageEncoding(data, contentType)
	switch {
	case enc == nil:
	case !isASCII(data) && utf8.Valid(data):
		notes = append(notes, "declared "+label+" but is UTF-8")
	default:
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			data = out
			notes = append(notes, "decoded from "+label)
		}
	}
	data, repaired := validUTF8(bytes.TrimPrefix(data, utf8BOM))
	if repaired {
		notes = append(notes, noteInvalidUTF8)
	}
	return data, notes
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// metaCharset finds a charset declared by <meta charset> or by
// <meta http-equiv="Content-Type" content="...; charset=...">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// pageEncoding is the declared encoding of a page when it is not UTF-8,
// with its canonical name; nil when the page is (or says it is) UTF-8 or
// declares nothing tally knows. A BOM wins over the header, the header over
// <meta>, which is looked for in the first 1024 bytes as browsers do.
func pageEncoding(data []byte, contentType string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		return nil, ""
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16LE"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16BE"
	}
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" {
		head := data[:min(len(data), 1024)]
		if m := metaCharset.FindSubmatch(head); m != nil {
			label = string(m[1])
		}
	}
	return legacyEncoding(label)
}

// legacyEncoding looks a charset label up the way browsers do; nil for
// UTF-8, UTF-16 declared in markup (which browsers take as UTF-8) and
// labels it does not know.
func legacyEncoding(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, _ := htmlindex.Name(enc)
	if name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		return nil, ""
	}
	return enc, name
}
