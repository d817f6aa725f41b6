package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"

	"tally"
)

// htmlFields are the fields of an HTML document a test compares.
type htmlFields struct {
	Title, Byline, Publisher, URL, Language string
	Published                               time.Time
	Text                                    string
	Notes                                   []string
}

func fieldsOf(d *tally.Document) htmlFields {
	return htmlFields{d.Title, d.Byline, d.Publisher, d.URL, d.Language, d.Published, d.Text, d.Notes}
}

func readOnePage(t *testing.T, page string) *tally.Document {
	t.Helper()
	docs, errs := collect(t, "page.html", []byte(page), Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v; want one document", len(docs), errs)
	}
	checkDocument(t, docs[0])
	if got, want := docs[0].Format, tally.FormatHTML; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	return docs[0]
}

func TestHTMLMetadata(t *testing.T) {
	tehran := time.FixedZone("", 3*3600+1800)
	tests := []struct {
		name string
		page string
		want htmlFields
	}{
		{
			name: "open graph and article meta",
			page: `<html lang="en_GB"><head><title>Ten hurt | Gazette</title>
<meta property="og:title" content="Ten hurt in march">
<meta property="og:site_name" content="The Gazette">
<meta property="og:url" content="https://gazette.example/ten">
<meta property="article:published_time" content="2024-05-06T10:00:00+03:30">
<meta name="author" content="R. Writer"></head>
<body><p>Ten marchers were hurt.</p></body></html>`,
			want: htmlFields{Title: "Ten hurt in march", Byline: "R. Writer", Publisher: "The Gazette",
				URL: "https://gazette.example/ten", Language: "en-GB",
				Published: time.Date(2024, 5, 6, 10, 0, 0, 0, tehran), Text: "Ten marchers were hurt."},
		},
		{
			name: "json-ld",
			page: `<html><head><title>Page</title><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
 {"@type": "NewsArticle", "headline": "Five held after raid", "datePublished": "2021-02-03",
  "author": [{"@type": "Person", "name": "A. One"}, {"name": "B. Two"}],
  "publisher": {"@type": "Organization", "name": "Wire Service"}, "inLanguage": "fr"}]}
</script></head><body><p>Five people were held.</p></body></html>`,
			want: htmlFields{Title: "Five held after raid", Byline: "A. One, B. Two", Publisher: "Wire Service",
				Language: "fr", Published: time.Date(2021, 2, 3, 0, 0, 0, 0, time.UTC), Text: "Five people were held."},
		},
		{
			name: "time element and canonical link",
			page: `<html><head><title>Strike ends</title><link rel="canonical" href="https://x.example/s"></head>
<body><p>Posted <time datetime="2020-07-08T09:10:11Z">8 July</time></p><p>The strike ended.</p></body></html>`,
			want: htmlFields{Title: "Strike ends", URL: "https://x.example/s",
				Published: time.Date(2020, 7, 8, 9, 10, 11, 0, time.UTC), Text: "Posted 8 July\n\nThe strike ended."},
		},
		{
			name: "author link is no byline",
			page: `<html><head><meta property="article:author" content="https://x.example/people/a"></head><body><p>Text.</p></body></html>`,
			want: htmlFields{Text: "Text."},
		},
		{
			name: "bad date ignored",
			page: `<html><head><meta property="article:published_time" content="yesterday-ish"></head><body><p>Text.</p></body></html>`,
			want: htmlFields{Text: "Text."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fieldsOf(readOnePage(t, tt.page))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("fields (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{
			name: "blocks, lines and inline",
			page: `<body><h2>Toll</h2><p>Ten <b>were</b>   hurt,<br>two   badly.</p><ul><li>one</li><li>two</li></ul></body>`,
			want: "Toll\n\nTen were hurt,\ntwo badly.\n\none\n\ntwo",
		},
		{
			name: "table rows are lines",
			page: `<table><tr><td>City</td><td>Dead</td></tr><tr><td>Ahvaz</td><td>12</td></tr></table>`,
			want: "City Dead\nAhvaz 12",
		},
		{
			name: "pre keeps its lines",
			page: "<pre>line one\n  line   two</pre>",
			want: "line one\nline two",
		},
		{
			name: "hidden elements dropped",
			page: `<p>Shown.</p><p hidden>Hidden one.</p><div style="display: none">Hidden two.</div><p aria-hidden="true">Hidden three.</p>`,
			want: "Shown.",
		},
		{
			name: "headline only",
			page: `<html><head><title>Three held in dawn raids</title></head><body><h1>Three held in dawn raids</h1></body></html>`,
			want: "Three held in dawn raids",
		},
		{
			name: "entities decoded",
			page: `<p>Ten&nbsp;dead &amp; 20&#160;hurt &lt;estimate&gt;</p>`,
			want: "Ten dead & 20 hurt <estimate>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readOnePage(t, tt.page).Text; got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLScripts checks that no script, style, handler or page furniture
// reaches the text of a page that is full of them.
func TestHTMLScripts(t *testing.T) {
	page := `<!DOCTYPE html><html><head>
<script>var secret = "SCRIPT-HEAD";</script>
<style>p::before { content: "STYLE-TEXT" }</style>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Riot in the square"}</script>
</head><body onload="boot('ONLOAD-TEXT')">
<nav onmouseover="menu('NAV-HANDLER')"><a href="/">NAV-LINK</a></nav>
<div class="cookie" onclick="alert('ONCLICK-TEXT')">Accept the cookies <button onclick="x()">BUTTON-TEXT</button></div>
<p onclick="evil('P-HANDLER')">Police said 40 people were arrested after the riot.</p>
<img src="x.png" onerror="steal('ONERROR-TEXT')" alt="IMG-ALT">
<script>document.write("SCRIPT-BODY")</script>
<noscript>NOSCRIPT-TEXT</noscript>
<iframe srcdoc="<p>IFRAME-TEXT</p>"></iframe>
<svg><text>SVG-TEXT</text><script>svgScript('SVG-SCRIPT')</script></svg>
<form><input value="INPUT-VALUE"><textarea>TEXTAREA-TEXT</textarea><select><option>OPTION-TEXT</option></select></form>
<template><p>TEMPLATE-TEXT</p></template>
<a href="javascript:void('HREF-TEXT')">Read more</a>
<footer>FOOTER-TEXT</footer>
<script>
  for (var i = 0; i < 3; i++) { console.log("LOOP-TEXT</p>"); }
</script>
</body></html>`
	doc := readOnePage(t, page)
	for _, leak := range []string{"SCRIPT", "STYLE", "ONLOAD", "NAV", "ONCLICK", "BUTTON", "HANDLER",
		"ONERROR", "IMG", "NOSCRIPT", "IFRAME", "SVG", "INPUT", "TEXTAREA", "OPTION", "TEMPLATE",
		"HREF", "FOOTER", "LOOP", "<", "function", "javascript"} {
		if strings.Contains(doc.Text, leak) {
			t.Errorf("text holds %q: %q", leak, doc.Text)
		}
	}
	if want := "Police said 40 people were arrested after the riot."; !strings.Contains(doc.Text, want) {
		t.Errorf("text %q lacks the report %q", doc.Text, want)
	}
}

// TestHTMLPersian decodes a Persian page in windows-1256, declared by
// the page. windows-1256 has no Farsi yeh (U+06CC): Persian pages in it
// write the Arabic yeh (U+064A), and so does this one.
func TestHTMLPersian(t *testing.T) {
	sentence := strings.ReplaceAll("به گفته\u200cی یک گروه حقوق بشری، دست\u200cکم 12 نفر در اعتراضات دیروز کشته شدند.", "\u06cc", "\u064a")
	page := `<html dir="rtl" lang="fa"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>اعتراضات</title></head><body><p>` + sentence + `</p></body></html>`
	encoded, err := charmap.Windows1256.NewEncoder().String(page)
	if err != nil {
		t.Fatalf("encoding the fixture: %v", err)
	}
	if strings.Contains(encoded, sentence) {
		t.Fatal("fixture is not in windows-1256")
	}
	doc := readOnePage(t, encoded)
	got := htmlFields{Title: doc.Title, Language: doc.Language, Text: doc.Text, Notes: doc.Notes}
	want := htmlFields{Title: "اعتراضات", Language: "fa", Text: sentence, Notes: []string{"decoded from windows-1256"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Persian page (-want +got):\n%s", diff)
	}
	if got, want := doc.ID, tally.DocumentID([]byte(encoded)); got != want {
		t.Errorf("ID = %s, want the hash of the original windows-1256 bytes %s", got, want)
	}
}

func TestHTMLInvalidUTF8(t *testing.T) {
	doc := readOnePage(t, "<p>Ten \xc3\x28 hurt</p>")
	if got, want := doc.Text, "Ten \ufffd( hurt"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if diff := cmp.Diff([]string{noteInvalidUTF8}, doc.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

// TestHTMLMainText checks that the report is kept and the page around it
// dropped, both on a page that marks its article and on one that does not
// (where readability decides).
func TestHTMLMainText(t *testing.T) {
	page := string(samplePage(7))
	pages := map[string]string{
		"article":     page,
		"main only":   strings.NewReplacer("<article>", "<div>", "</article>", "</div>").Replace(page),
		"articleBody": strings.NewReplacer("<article>", `<div itemprop="articleBody">`, "</article>", "</div>", "<main>", "<div>", "</main>", "</div>").Replace(page),
		"readability": string(unmarked(samplePage(7))),
	}
	for name, p := range pages {
		t.Run(name, func(t *testing.T) {
			doc := readOnePage(t, p)
			for _, want := range []string{"At least 7 people were killed", "live rounds", "see a lawyer."} {
				if !strings.Contains(doc.Text, want) {
					t.Errorf("text lacks %q:\n%s", want, doc.Text)
				}
			}
			for _, furniture := range []string{"Politics", "small file", "Related", "Privacy", "invented paper", "By Staff reporter", "Clashes in the capital"} {
				if strings.Contains(doc.Text, furniture) {
					t.Errorf("text holds page furniture %q:\n%s", furniture, doc.Text)
				}
			}
			if got, want := doc.Publisher, "Daily Ledger"; got != want {
				t.Errorf("Publisher = %q, want %q", got, want)
			}
		})
	}
}

func FuzzHTML(f *testing.F) {
	f.Add(samplePage(1))
	for _, s := range []string{
		"<p>x</p>", "<html><head><meta charset=windows-1256></head><body>\xe1\xe3</body></html>",
		"<script type=application/ld+json>{\"@graph\":[[[]]]}</script><p>a</p>",
		"<table><tr><td>a<td>b</table>", "<pre>\n\n</pre>", "<time datetime=2020-01-01>x</time>",
		"<article><h1>T</h1><p>body</p></article><title>T</title>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, err := htmlDocument(page, "")
		if err != nil {
			return
		}
		doc.ID = tally.DocumentID(doc.Original)
		checkDocument(t, doc)
	})
}

// TestHTMLTeaserArticle checks that a lone <article> holding a related
// story's teaser is not taken for the report.
func TestHTMLTeaserArticle(t *testing.T) {
	var story strings.Builder
	for i := range 8 {
		fmt.Fprintf(&story, "<p>Paragraph %d of the main report says that %d people were held overnight in the northern district after the march.</p>\n", i, i+10)
	}
	page := `<html><head><title>Main report</title></head><body><div class="story">` + story.String() +
		`</div><aside><article><h3>Related</h3><p>An older story about a different march, with enough words in its teaser to pass for a short article on its own merits: it tells of a rally in the spring, of the speeches given there and of the arrests that followed it on the next morning.</p></article></aside>` +
		`<div class="more"><article><p>Another teaser that is long enough to be counted as some text of an article in the page.</p></article></div></body></html>`
	doc := readOnePage(t, page)
	if !strings.Contains(doc.Text, "Paragraph 7 of the main report") {
		t.Errorf("text lacks the report:\n%s", doc.Text)
	}
	lone := strings.Replace(page, `<div class="more"><article><p>Another teaser that is long enough to be counted as some text of an article in the page.</p></article></div>`, "", 1)
	lone = strings.Replace(lone, "<aside>", "<div>", 1)
	lone = strings.Replace(lone, "</aside>", "</div>", 1)
	doc = readOnePage(t, lone)
	if !strings.Contains(doc.Text, "Paragraph 7 of the main report") {
		t.Errorf("with one teaser article, text lacks the report:\n%s", doc.Text)
	}
}

// TestHTMLStaleCharset reads a page that declares windows-1256 but was
// saved as UTF-8.
func TestHTMLStaleCharset(t *testing.T) {
	page := `<html><head><meta charset="windows-1256"></head><body><p>ده نفر زخمی شدند.</p></body></html>`
	doc := readOnePage(t, page)
	got := htmlFields{Text: doc.Text, Notes: doc.Notes}
	want := htmlFields{Text: "ده نفر زخمی شدند.", Notes: []string{"declared windows-1256 but is UTF-8"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("page (-want +got):\n%s", diff)
	}
}

// TestHTMLFurniture checks that comments, sharing and related blocks
// inside an article are dropped, and that a block named like furniture
// but holding the story is kept.
func TestHTMLFurniture(t *testing.T) {
	story := strings.Repeat("<p>Witnesses said the police fired on the crowd near the river, and that at least six people fell.</p>", 3)
	tests := []struct {
		name, page string
		keep, drop []string
	}{
		{
			name: "furniture inside the article",
			page: `<article>` + story + `<div class="share-buttons">Share on every site</div>
<section id="comments"><p>A reader wrote a comment that is long enough to look like a paragraph of the story itself.</p></section>
<div class="related-links"><ul><li>An older story</li></ul></div></article>`,
			keep: []string{"at least six people fell"},
			drop: []string{"Share on every site", "A reader wrote", "An older story"},
		},
		{
			name: "story inside a block named like furniture",
			page: `<article><div class="column share-byline">` + story + `</div><div class="ad-slot">Buy now</div></article>`,
			keep: []string{"at least six people fell"},
			drop: []string{"Buy now"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := readOnePage(t, tt.page).Text
			for _, k := range tt.keep {
				if !strings.Contains(text, k) {
					t.Errorf("text lacks %q:\n%s", k, text)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(text, d) {
					t.Errorf("text holds %q:\n%s", d, text)
				}
			}
		})
	}
}
