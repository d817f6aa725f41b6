package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
)

// feedFields are the fields of a feed item's document a test compares.
type feedFields struct {
	Format                        tally.Format
	Title, URL, Publisher, Byline string
	Language                      string
	Published                     time.Time
	Text                          string
	Notes                         []string
}

func feedFieldsOf(d *tally.Document) feedFields {
	return feedFields{d.Format, d.Title, d.URL, d.Publisher, d.Byline, d.Language, d.Published, d.Text, d.Notes}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Harbour &amp; Coast Gazette</title>
  <language>en-gb</language>
  <atom:link href="https://gazette.example/rss" rel="self"/>
  <link>https://gazette.example/</link>
  <item>
    <title>Nine held at the docks</title>
    <link>https://gazette.example/nine</link>
    <pubDate>Tue, 07 May 2024 09:30:00 +0100</pubDate>
    <author>desk@gazette.example (Harbour Desk)</author>
    <description><![CDATA[<p>Police held <b>nine</b> strikers.</p><p>The union protested.</p>]]></description>
  </item>
  <item>
    <title>Headline only: two hurt</title>
    <guid>https://gazette.example/two</guid>
    <dc:date>2024-05-08T10:00:00Z</dc:date>
    <dc:creator>R. Writer</dc:creator>
  </item>
  <item>
    <title>Full text in content</title>
    <link>https://gazette.example/full</link>
    <description>Short teaser.</description>
    <content:encoded>&lt;p&gt;Eleven ships waited&amp;nbsp;offshore.&lt;/p&gt;</content:encoded>
  </item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title type="html">Rights &lt;b&gt;Monitor&lt;/b&gt;</title>
  <entry>
    <title>Count rises to 40</title>
    <link rel="self" href="https://monitor.example/self/1"/>
    <link rel="alternate" href="https://monitor.example/40"/>
    <published>2023-01-02T03:04:05+03:30</published>
    <updated>2023-01-03T00:00:00Z</updated>
    <author><name>Field Team</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>At least 40 people have died.</p></div></content>
  </entry>
  <entry>
    <title>Plain summary</title>
    <link href="https://monitor.example/plain"/>
    <updated>2023-01-04T00:00:00Z</updated>
    <summary>Three &lt;b&gt; were freed.</summary>
  </entry>
</feed>`

func TestRSS(t *testing.T) {
	docs, errs := collect(t, "feed.rss", []byte(rssFeed), Options{})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []feedFields{
		{Format: tally.FormatRSS, Title: "Nine held at the docks", URL: "https://gazette.example/nine", Publisher: "Harbour & Coast Gazette",
			Byline: "Harbour Desk", Language: "en-GB", Published: time.Date(2024, 5, 7, 9, 30, 0, 0, time.FixedZone("", 3600)),
			Text: "Police held nine strikers.\n\nThe union protested."},
		{Format: tally.FormatRSS, Title: "Headline only: two hurt", URL: "https://gazette.example/two", Publisher: "Harbour & Coast Gazette",
			Byline: "R. Writer", Language: "en-GB", Published: time.Date(2024, 5, 8, 10, 0, 0, 0, time.UTC), Text: "Headline only: two hurt"},
		{Format: tally.FormatRSS, Title: "Full text in content", URL: "https://gazette.example/full", Publisher: "Harbour & Coast Gazette",
			Language: "en-GB", Text: "Eleven ships waited offshore."},
	}
	var got []feedFields
	for _, d := range docs {
		checkDocument(t, d)
		got = append(got, feedFieldsOf(d))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	checkItemOriginals(t, rssFeed, docs, "<item>", "</item>")
}

func TestAtom(t *testing.T) {
	docs, errs := collect(t, "feed.atom", []byte(atomFeed), Options{})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []feedFields{
		{Format: tally.FormatAtom, Title: "Count rises to 40", URL: "https://monitor.example/40", Publisher: "Rights Monitor",
			Byline: "Field Team", Language: "de", Published: time.Date(2023, 1, 2, 3, 4, 5, 0, time.FixedZone("", 3*3600+1800)),
			Text: "At least 40 people have died."},
		{Format: tally.FormatAtom, Title: "Plain summary", URL: "https://monitor.example/plain", Publisher: "Rights Monitor",
			Language: "de", Published: time.Date(2023, 1, 4, 0, 0, 0, 0, time.UTC), Text: "Three <b> were freed."},
	}
	var got []feedFields
	for _, d := range docs {
		checkDocument(t, d)
		got = append(got, feedFieldsOf(d))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	checkItemOriginals(t, atomFeed, docs, "<entry>", "</entry>")
}

// checkItemOriginals checks that each document's Original is exactly its
// item's bytes in the feed, from start tag to end tag.
func checkItemOriginals(t *testing.T, feed string, docs []*tally.Document, open, close string) {
	t.Helper()
	rest := feed
	for i, d := range docs {
		start := strings.Index(rest, open)
		end := strings.Index(rest, close)
		if start < 0 || end < 0 {
			t.Fatalf("fixture has fewer than %d items", i+1)
		}
		if got, want := string(d.Original), rest[start:end+len(close)]; got != want {
			t.Errorf("item %d: Original = %q, want %q", i+1, got, want)
		}
		rest = rest[end+len(close):]
	}
}

// TestFeedMalformedItem checks that a malformed item fails alone.
func TestFeedMalformedItem(t *testing.T) {
	feed := `<rss version="2.0"><channel><title>Wire</title>
<item><title>First</title><description>One died.</description></item>
<item><title>Broken<description>Tags do not match.</title></description></item>
<item><title>Third</title><description>Three died.</description></item>
<item><title></title><description>   </description></item>
<item><title>Fifth</title><description>Five died.</description><pubDate>not a date</pubDate></item>
</channel></rss>`
	docs, errs := collect(t, "wire.xml", []byte(feed), Options{})
	var titles []string
	for _, d := range docs {
		checkDocument(t, d)
		titles = append(titles, d.Title)
	}
	if diff := cmp.Diff([]string{"First", "Third", "Fifth"}, titles); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	if len(errs) != 2 {
		t.Fatalf("errors = %v, want 2", errs)
	}
	checkInputError(t, errs[0], "wire.xml", "item 2", tally.ErrInvalid)
	checkInputError(t, errs[1], "wire.xml", "item 4", tally.ErrEmpty)
	if diff := cmp.Diff([]string{`published time not understood: "not a date"`}, docs[2].Notes); diff != "" {
		t.Errorf("notes of item 5 (-want +got):\n%s", diff)
	}
}

func TestFeedBroken(t *testing.T) {
	tests := []struct {
		name, feed string
		wantDocs   int
		want       error
	}{
		{"no items", `<rss><channel><title>Empty</title></channel></rss>`, 0, tally.ErrEmpty},
		{"cut short after an item", `<rss><channel><item><title>A</title><description>One.</description></item><item><ti`, 1, tally.ErrInvalid},
		{"not xml", `<rss><channel><<<`, 0, tally.ErrInvalid},
		{"only item broken", `<rss><channel><item><title>A</item></channel></rss>`, 0, tally.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, "f.xml", []byte(tt.feed), Options{})
			if len(docs) != tt.wantDocs {
				t.Errorf("got %d documents, want %d", len(docs), tt.wantDocs)
			}
			if len(errs) != 1 {
				t.Fatalf("errors = %v, want 1", errs)
			}
			var ok bool
			for _, err := range errs {
				ok = ok || errorsIs(err, tt.want)
			}
			if !ok {
				t.Errorf("errors %v, want one of kind %v", errs, tt.want)
			}
		})
	}
}

func TestFeedLegacyEncoding(t *testing.T) {
	feed := `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf` + "\xe9" + ` News</title>
<item><title>R` + "\xe9" + `sum` + "\xe9" + `</title><description>Dix bless` + "\xe9" + `s.</description></item></channel></rss>`
	docs, errs := collect(t, "latin1.xml", []byte(feed), Options{})
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	got := feedFieldsOf(docs[0])
	want := feedFields{Format: tally.FormatRSS, Title: "Résumé", Publisher: "Café News", Text: "Dix blessés.", Notes: []string{"decoded from windows-1252"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("item (-want +got):\n%s", diff)
	}
}

func TestJSONFeed(t *testing.T) {
	feed := `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Monitor Feed",
  "language": "en",
  "items": [
    {"id": "1", "url": "https://m.example/1", "title": "Six held", "content_html": "<p>Six were <i>held</i>.</p>",
     "date_published": "2022-10-01T08:00:00Z", "authors": [{"name": "Desk"}]},
    {"id": 2, "title": "Bad date", "content_text": "Two hurt.", "date_published": 20221002},
    "not an object",
    {"id": "4", "external_url": "https://m.example/4", "summary": "Four freed.", "author": {"name": "Old Style"}}
  ]
}`
	docs, errs := collect(t, "feed.json", []byte(feed), Options{})
	want := []feedFields{
		{Format: tally.FormatJSONFeed, Title: "Six held", URL: "https://m.example/1", Publisher: "Monitor Feed", Byline: "Desk",
			Language: "en", Published: time.Date(2022, 10, 1, 8, 0, 0, 0, time.UTC), Text: "Six were held."},
		{Format: tally.FormatJSONFeed, URL: "https://m.example/4", Publisher: "Monitor Feed", Byline: "Old Style", Language: "en", Text: "Four freed."},
	}
	var got []feedFields
	for _, d := range docs {
		checkDocument(t, d)
		got = append(got, feedFieldsOf(d))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if len(errs) != 2 {
		t.Fatalf("errors = %v, want 2", errs)
	}
	checkInputError(t, errs[0], "feed.json", "item 2", tally.ErrInvalid)
	checkInputError(t, errs[1], "feed.json", "item 3", tally.ErrInvalid)
	if got, want := string(docs[1].Original), `{"id": "4", "external_url": "https://m.example/4", "summary": "Four freed.", "author": {"name": "Old Style"}}`; got != want {
		t.Errorf("Original = %q, want the item's own bytes %q", got, want)
	}
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(rssFeed))
	f.Add([]byte(atomFeed))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_text":"x"}]}`))
	f.Add([]byte(`<rss><channel><item><title>a</item><item><title>b</title></item>`))
	f.Add([]byte(`<feed><entry><content type="xhtml"><div><p>x</p></div></content></entry></feed>`))
	f.Fuzz(func(t *testing.T, feed []byte) {
		docs, _ := collect(t, "fuzz", feed, Options{MaxBytes: 1 << 20})
		for _, d := range docs {
			checkDocument(t, d)
			decoded := len(d.Notes) > 0 && strings.HasPrefix(d.Notes[0], "decoded from")
			if !decoded && utf8Valid(feed) && !strings.Contains(string(feed), string(d.Original)) {
				t.Errorf("Original %q is not a slice of the feed", d.Original)
			}
		}
	})
}
