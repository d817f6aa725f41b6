package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are elements whose content is never report text: code, styling,
// embedded objects, forms and controls.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Math: true, atom.Canvas: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Head: true,
	atom.Title: true, atom.Audio: true, atom.Video: true, atom.Picture: true,
	atom.Img: true, atom.Map: true, atom.Dialog: true,
}

// boilerplate are elements that frame a page's report rather than hold it.
var boilerplate = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Menu: true,
}

// blocks are elements that begin and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Figure: true, atom.Figcaption: true, atom.Table: true, atom.Caption: true,
	atom.Address: true, atom.Hr: true, atom.Details: true, atom.Summary: true,
	atom.Fieldset: true, atom.Legend: true, atom.Center: true, atom.Body: true,
	atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
}

// lines are elements that end a line but not a paragraph.
var lines = map[atom.Atom]bool{atom.Br: true, atom.Tr: true}

// renderText is the clean text of the subtree at n. Blocks become
// paragraphs, <br> and table rows become lines, and text inside <pre> keeps
// its line breaks. With dropBoilerplate, navigation, headers, footers and
// asides are left out too.
func renderText(n *html.Node, dropBoilerplate bool) string {
	var b strings.Builder
	tr := textRenderer{b: &b, dropBoilerplate: dropBoilerplate, root: n}
	tr.walk(n, false)
	return cleanText(b.String())
}

type textRenderer struct {
	b               *strings.Builder
	root            *html.Node
	rootLen         int // textLen(root), once needed
	dropBoilerplate bool
}

func (tr *textRenderer) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		tr.text(n.Data, pre)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
		if tr.dropBoilerplate && n != tr.root && (boilerplate[n.DataAtom] || tr.furniture(n)) {
			return
		}
	case html.DocumentNode:
	default:
		return // comments and doctypes
	}
	tr.open(n)
	pre = pre || n.DataAtom == atom.Pre
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		tr.walk(c, pre)
	}
	tr.close(n)
}

// text writes a text node; outside <pre> a newline in the source is a space.
func (tr *textRenderer) text(s string, pre bool) {
	if !pre && strings.ContainsAny(s, "\r\n") {
		s = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	tr.b.WriteString(s)
}

func (tr *textRenderer) open(n *html.Node) {
	switch {
	case blocks[n.DataAtom]:
		tr.b.WriteString("\n\n")
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		tr.b.WriteByte(' ')
	}
}

func (tr *textRenderer) close(n *html.Node) {
	switch {
	case blocks[n.DataAtom]:
		tr.b.WriteString("\n\n")
	case lines[n.DataAtom]:
		tr.b.WriteByte('\n')
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		tr.b.WriteByte(' ')
	}
}

// hidden reports an element the page does not show.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// bylineClass matches the class of an element that holds a byline or a
// dateline: page furniture, not report text.
var bylineClass = regexp.MustCompile(`(?i)(^|[\s_-])(byline|dateline|author)($|[\s_-])`)

// removeBylines takes byline elements out of the tree under n, before
// readability strips the classes that mark them.
func removeBylines(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isByline(c) {
			n.RemoveChild(c)
		} else {
			removeBylines(c)
		}
		c = next
	}
}

// isByline reports a short element marked as the byline; the byline is
// kept in Document.Byline instead.
func isByline(n *html.Node) bool {
	if n.DataAtom != atom.P && n.DataAtom != atom.Div && n.DataAtom != atom.Span && n.DataAtom != atom.Address {
		return false
	}
	if !bylineClass.MatchString(attr(n, "class")) && !strings.EqualFold(attr(n, "rel"), "author") && !strings.EqualFold(attr(n, "itemprop"), "author") {
		return false
	}
	return len(textOf(n)) < 120
}

// textOf is the raw text under n, stopping early once it is long.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil && b.Len() < 1000; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

// furnitureName matches the class or id of a block that frames a report
// rather than tells it: comments, sharing buttons, related stories,
// advertising, sign-up boxes.
var furnitureName = regexp.MustCompile(`(?i)comment|disqus|share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|promo|sponsor|advert|(^|[\s_-])ads?($|[\s_-])|outbrain|taboola|breadcrumb|pagination|pager|sidebar|cookie|consent|popup|modal|most-read|trending|tags`)

// contentName matches the class or id of a block that holds report text,
// even when it also names furniture ("article-share-wrapper" aside).
var contentName = regexp.MustCompile(`(?i)article|body|content|main|story|entry|text|post`)

// furniture reports a block that page furniture's class or id marks, as
// readability's unlikely candidates are found. A block that holds half the
// text is no furniture, whatever its name: sites wrap whole stories in
// "share-byline" columns.
func (tr *textRenderer) furniture(n *html.Node) bool {
	if !blocks[n.DataAtom] || n.DataAtom == atom.Body || n.DataAtom == atom.Article {
		return false
	}
	names := attr(n, "class") + " " + attr(n, "id")
	if len(names) == 1 || !furnitureName.MatchString(names) || contentName.MatchString(names) {
		return false
	}
	if tr.rootLen == 0 {
		tr.rootLen = textLen(tr.root)
	}
	return 2*textLen(n) < tr.rootLen
}
