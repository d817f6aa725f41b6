package demo

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"html"
	"path"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// publishers are the names the source registry is seeded with; a report
// under any other name would appear as an unknown source.
var publishers = map[string]bool{
	"Amnesty International":                      true,
	"Human Rights Watch":                         true,
	"Iran Human Rights":                          true,
	"HRANA (Human Rights Activists News Agency)": true,
	"Reuters":                         true,
	"Associated Press":                true,
	"IRNA":                            true,
	"Fars News Agency":                true,
	"Tasnim News Agency":              true,
	"Iran International":              true,
	"Radio Farda":                     true,
	"NCRI":                            true,
	"UN human rights office (OHCHR)":  true,
	"UN Fact-Finding Mission on Iran": true,
}

// report is one document as a test reads it, without tally's ingest.
type report struct {
	name      string
	publisher string
	published string
	text      string
}

var (
	metaSite = regexp.MustCompile(`<meta property="og:site_name" content="([^"]+)">`)
	metaTime = regexp.MustCompile(`<meta property="article:published_time" content="([^"]+)">`)
	paraRE   = regexp.MustCompile(`(?s)<p>(.*?)</p>`)
	tagRE    = regexp.MustCompile(`<[^>]+>`)
)

func TestFiles(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 6 {
		t.Fatalf("Files() = %d files, want at least 6", len(files))
	}
	kinds := map[string]int{}
	for _, f := range files {
		kinds[path.Ext(f)]++
		if isDoc(f) {
			t.Errorf("Files() lists documentation %s", f)
		}
	}
	for _, ext := range []string{".html", ".rss", ".jsonl", ".txt"} {
		if kinds[ext] == 0 {
			t.Errorf("no %s file in the corpus", ext)
		}
	}
}

func TestReports(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	var all []report
	for _, f := range files {
		b, err := Corpus.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) == 0 {
			t.Errorf("%s is empty", f)
			continue
		}
		if !utf8.Valid(b) {
			t.Errorf("%s is not valid UTF-8", f)
			continue
		}
		rs, err := readReports(f, b)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		all = append(all, rs...)
	}
	if len(all) < 18 {
		t.Errorf("corpus has %d reports, want at least 18", len(all))
	}
	for _, r := range all {
		checkReport(t, r)
	}
}

// checkReport checks the metadata and length of one report.
func checkReport(t *testing.T, r report) {
	t.Helper()
	if !publishers[r.publisher] {
		t.Errorf("%s: publisher %q is not a registry name", r.name, r.publisher)
	}
	if _, err := parseDate(r.published); err != nil {
		t.Errorf("%s: published %q: %v", r.name, r.published, err)
	}
	if n := len(strings.Fields(r.text)); n < 150 || n > 400 {
		t.Errorf("%s: %d words, want 150 to 400", r.name, n)
	}
}

// parseDate accepts the date forms the corpus uses.
func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, time.RFC1123Z, "2006-01-02"} {
		if d, err := time.Parse(layout, s); err == nil {
			return d, nil
		}
	}
	return time.Parse(time.RFC3339, s)
}

// readReports reads the reports of one file by its extension.
func readReports(name string, b []byte) ([]report, error) {
	switch path.Ext(name) {
	case ".html":
		return []report{readHTML(name, b)}, nil
	case ".rss":
		return readRSS(name, b)
	case ".jsonl":
		return readJSONL(name, b)
	default:
		return []report{readText(name, b)}, nil
	}
}

func readHTML(name string, b []byte) report {
	r := report{name: name}
	if m := metaSite.FindSubmatch(b); m != nil {
		r.publisher = html.UnescapeString(string(m[1]))
	}
	if m := metaTime.FindSubmatch(b); m != nil {
		r.published = string(m[1])
	}
	// Only the article's paragraphs count towards its length.
	if i := bytes.Index(b, []byte("<article>")); i >= 0 {
		for _, m := range paraRE.FindAllSubmatch(b[i:], -1) {
			r.text += " " + html.UnescapeString(string(m[1]))
		}
	}
	return r
}

func readRSS(name string, b []byte) ([]report, error) {
	var feed struct {
		Channel struct {
			Title string `xml:"title"`
			Items []struct {
				Title       string `xml:"title"`
				PubDate     string `xml:"pubDate"`
				Description string `xml:"description"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal(b, &feed); err != nil {
		return nil, err
	}
	var rs []report
	for _, it := range feed.Channel.Items {
		rs = append(rs, report{
			name:      name + "#" + it.Title,
			publisher: feed.Channel.Title,
			published: it.PubDate,
			text:      tagRE.ReplaceAllString(it.Description, " "),
		})
	}
	return rs, nil
}

func readJSONL(name string, b []byte) ([]report, error) {
	var rs []report
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			URL, Title, Publisher, Published, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, err
		}
		rs = append(rs, report{name: name + "#" + rec.URL, publisher: rec.Publisher, published: rec.Published, text: rec.Text})
	}
	return rs, sc.Err()
}

// readText reads a plain report whose header lines "Publisher:" and
// "Published:" give what an HTML page would carry in its meta tags.
func readText(name string, b []byte) report {
	r := report{name: name, text: string(b)}
	for _, line := range strings.SplitN(string(b), "\n", 6) {
		if v, ok := strings.CutPrefix(line, "Publisher: "); ok {
			r.publisher = v
		}
		if v, ok := strings.CutPrefix(line, "Published: "); ok {
			r.published = v
		}
	}
	return r
}
