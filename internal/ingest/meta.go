package ingest

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself in its head, its JSON-LD and
// its <time> elements.
type pageMeta struct {
	title, byline, publisher, url, lang string
	published                           time.Time

	metas    map[string]string // meta name or property, lower case → first content
	htmlLang string
	docTitle string   // <title>
	jsonLD   []ldNode // objects of the page's JSON-LD
	timePub  string   // datetime of a <time> marked as the publication time
	timeAttr string   // datetime of the first <time>
}

// publishedKeys are meta names and properties that carry a publication
// time, best first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dcterms.created", "date", "og:updated_time", "article:modified_time",
}

var bylineKeys = []string{"author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"}

var publisherKeys = []string{"og:site_name", "application-name", "publisher", "dc.publisher"}

// readPageMeta gathers the metadata of the page rooted at root.
func readPageMeta(root *html.Node) *pageMeta {
	m := &pageMeta{metas: map[string]string{}}
	m.visit(root)
	m.resolve()
	return m
}

func (m *pageMeta) visit(n *html.Node) {
	if n.Type == html.ElementNode {
		m.element(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.visit(c)
	}
}

func (m *pageMeta) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		m.htmlLang = attr(n, "lang")
	case atom.Title:
		if m.docTitle == "" && n.FirstChild != nil {
			m.docTitle = oneLine(n.FirstChild.Data)
		}
	case atom.Meta:
		m.meta(n)
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
			m.url = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Script:
		if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			m.jsonLD = append(m.jsonLD, parseJSONLD(n.FirstChild.Data)...)
		}
	case atom.Time:
		m.timeElement(n)
	}
}

func (m *pageMeta) meta(n *html.Node) {
	content := oneLine(attr(n, "content"))
	if content == "" {
		return
	}
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, key)))
		if _, seen := m.metas[k]; k != "" && !seen {
			m.metas[k] = content
		}
	}
}

// timeElement keeps the datetime of a <time> that says it is the
// publication time, or else of the first <time>.
func (m *pageMeta) timeElement(n *html.Node) {
	dt := strings.TrimSpace(attr(n, "datetime"))
	if dt == "" {
		return
	}
	_, pubdate := hasAttr(n, "pubdate")
	if pubdate || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
		if m.timePub == "" {
			m.timePub = dt
		}
		return
	}
	if m.timeAttr == "" {
		m.timeAttr = dt
	}
}

// resolve picks each field from its best source.
func (m *pageMeta) resolve() {
	ld := bestArticle(m.jsonLD)
	m.publisher = first(m.metaOf(publisherKeys), ld.publisher)
	m.title = first(m.metas["og:title"], ld.headline, m.metas["twitter:title"], withoutSiteName(m.docTitle, m.publisher))
	m.byline = trimBy(first(ld.author, notURL(m.metaOf(bylineKeys))))
	m.url = first(m.url, m.metas["og:url"], ld.url)
	m.lang = languageTag(first(m.htmlLang, m.metas["content-language"], m.metas["og:locale"], ld.lang))
	for _, s := range []string{m.metas["article:published_time"], ld.published, m.timePub, m.metaOf(publishedKeys), m.timeAttr} {
		if t, ok := parseTime(s); ok {
			m.published = t
			return
		}
	}
}

func (m *pageMeta) metaOf(keys []string) string {
	for _, k := range keys {
		if v := m.metas[k]; v != "" {
			return v
		}
	}
	return ""
}

// ldNode is the part of a JSON-LD object that tally reads.
type ldNode struct {
	types                                             []string
	headline, author, publisher, published, url, lang string
}

// parseJSONLD reads the objects of one JSON-LD script, looking into
// arrays and @graph. A script that is not JSON gives nothing.
func parseJSONLD(src string) []ldNode {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return nil
	}
	var out []ldNode
	collectLD(v, &out, 0)
	return out
}

func collectLD(v any, out *[]ldNode, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectLD(e, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, ldNode{
			types:     strs(x["@type"]),
			headline:  oneLine(first(str(x["headline"]), str(x["name"]))),
			author:    oneLine(name(x["author"])),
			publisher: oneLine(name(x["publisher"])),
			published: str(x["datePublished"]),
			url:       first(str(x["url"]), str(x["mainEntityOfPage"])),
			lang:      str(x["inLanguage"]),
		})
		collectLD(x["@graph"], out, depth+1)
	}
}

// bestArticle is the first article-like node, or else the first node
// with a publication date, or else nothing.
func bestArticle(nodes []ldNode) ldNode {
	for _, n := range nodes {
		for _, t := range n.types {
			if strings.Contains(strings.ToLower(t), "article") || t == "Report" || t == "BlogPosting" {
				return n
			}
		}
	}
	for _, n := range nodes {
		if n.published != "" {
			return n
		}
	}
	return ldNode{}
}

// name is the name of a JSON-LD person or organisation: a string, an
// object with a name, or a list of them joined by commas.
func name(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return str(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if s := name(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func str(v any) string {
	if s, ok := v.(string); ok {
		return strings.TrimSpace(s)
	}
	if m, ok := v.(map[string]any); ok {
		return str(m["@id"])
	}
	return ""
}

func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func attr(n *html.Node, key string) string {
	v, _ := hasAttr(n, key)
	return v
}

func hasAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// first is the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// titleSeparators are what sites put between a page's title and their
// name in <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", ": "}

// withoutSiteName drops the site's name that <title> often carries before
// or after the headline.
func withoutSiteName(title, site string) string {
	if site == "" {
		return title
	}
	low, lowSite := strings.ToLower(title), strings.ToLower(site)
	for _, sep := range titleSeparators {
		if strings.HasSuffix(low, sep+lowSite) {
			return strings.TrimSpace(title[:len(title)-len(sep+site)])
		}
		if strings.HasPrefix(low, lowSite+sep) {
			return strings.TrimSpace(title[len(site+sep):])
		}
	}
	return title
}

// trimBy drops the "By " that bylines are often written with.
func trimBy(s string) string {
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		return strings.TrimSpace(s[3:])
	}
	return s
}

// notURL drops a byline that is a link to an author page, as
// article:author often is.
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

// oneLine collapses every run of white space to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// languageTag turns "en_US" or "EN-us" into the BCP 47 form "en-US".
func languageTag(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if s == "" || len(s) > 35 {
		return ""
	}
	parts := strings.Split(s, "-")
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 2 {
			parts[i] = strings.ToUpper(parts[i])
		}
	}
	return strings.Join(parts, "-")
}
