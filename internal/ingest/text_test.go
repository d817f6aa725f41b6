package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"spaces only", " \t \n\n ", ""},
		{"collapse spaces", "Ten  people\t were\u00a0hurt.", "Ten people were hurt."},
		{"trim lines", "  first line  \n  second line  ", "first line\nsecond line"},
		{"paragraphs", "one\n\n\n\ntwo", "one\n\ntwo"},
		{"blank line with spaces", "one\n  \t \ntwo", "one\n\ntwo"},
		{"crlf", "one\r\ntwo\r\n\r\nthree\r\n", "one\ntwo\n\nthree"},
		{"lone cr", "one\rtwo", "one\ntwo"},
		{"controls dropped", "te\x07n\x1b dead", "ten dead"},
		{"form feed and vertical tab are spaces", "ten\fdead\vtoday", "ten dead today"},
		{"invalid UTF-8 replaced", "ten\xff dead", "ten\ufffd dead"},
		{"bom and zero width", "\ufeffte\u200bn", "ten"},
		{"zwnj kept", "می\u200cگویند", "می\u200cگویند"},
		{"paragraph separator", "one\u2029two", "one\n\ntwo"},
		{"leading and trailing blank lines", "\n\n\none\n\n\n", "one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanText(tt.in); got != tt.want {
				t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"", "a  b", "a\r\n\r\nb", "\u2029\u2028x", "\xff\xfe", " \n \n x \t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cleanText(s)
		if want := cleanTextReference(s); got != want {
			t.Errorf("cleanText(%q) = %q, the reference gives %q", s, got, want)
		}
		if again := cleanText(got); again != got {
			t.Errorf("cleanText not idempotent: %q then %q", got, again)
		}
		if !utf8.ValidString(got) {
			t.Errorf("cleanText(%q) = %q, invalid UTF-8", s, got)
		}
	})
}

func TestTextDocument(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want tally.Document
	}{
		{
			name: "title line kept in the text",
			in:   "Ten hurt in port strike\n\nTen dock workers were hurt on Monday.\n",
			want: tally.Document{Title: "Ten hurt in port strike", Text: "Ten hurt in port strike\n\nTen dock workers were hurt on Monday."},
		},
		{
			name: "header block",
			in:   "Port strike turns violent\nPublisher: Harbour Gazette\nPublished: 2024-05-06\nBy: A. Writer\n\nTen dock workers were hurt.",
			want: tally.Document{
				Title: "Port strike turns violent", Publisher: "Harbour Gazette", Byline: "A. Writer",
				Published: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC),
				Text:      "Port strike turns violent\nPublisher: Harbour Gazette\nPublished: 2024-05-06\nBy: A. Writer\n\nTen dock workers were hurt.",
			},
		},
		{
			name: "prose with a colon is no header",
			in:   "The union said:\nten were hurt.",
			want: tally.Document{Text: "The union said:\nten were hurt."},
		},
		{
			name: "sentence is no title",
			in:   "Ten dock workers were hurt on Monday.",
			want: tally.Document{Text: "Ten dock workers were hurt on Monday."},
		},
		{
			name: "invalid UTF-8 repaired and noted",
			in:   "Ten \xff\xfe hurt",
			want: tally.Document{Title: "Ten \ufffd hurt", Text: "Ten \ufffd hurt", Notes: []string{noteInvalidUTF8}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, "in.txt", []byte(tt.in), Options{})
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %v; want one document", len(docs), errs)
			}
			got := *docs[0]
			checkDocument(t, &got)
			want := tt.want
			want.ID, want.Source, want.Format, want.Original, want.Ingested = tally.DocumentID([]byte(tt.in)), "in.txt", tally.FormatText, []byte(tt.in), fixedNow()
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("document (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFallbacks(t *testing.T) {
	when := time.Date(2023, 8, 28, 0, 0, 0, 0, time.UTC)
	opts := Options{Publisher: "Given Publisher", Published: when}
	tests := []struct {
		name, in      string
		wantPublisher string
		wantPublished time.Time
	}{
		{"none given: fallbacks", "Ten were hurt.", "Given Publisher", when},
		{"document wins", "Strike\nPublisher: Own Paper\nDate: 2024-01-02\n\nTen were hurt.", "Own Paper", time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, "in.txt", []byte(tt.in), opts)
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("got %d documents, errors %v", len(docs), errs)
			}
			if got := docs[0].Publisher; got != tt.wantPublisher {
				t.Errorf("Publisher = %q, want %q", got, tt.wantPublisher)
			}
			if got := docs[0].Published; !got.Equal(tt.wantPublished) {
				t.Errorf("Published = %v, want %v", got, tt.wantPublished)
			}
		})
	}
}

func TestBadInputs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"empty file", "", tally.ErrEmpty},
		{"blank file", "\n\n  \n", tally.ErrEmpty},
		{"binary file", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", tally.ErrUnsupported},
		{"elf", "\x7fELF\x02\x01\x01", tally.ErrUnsupported},
		{"json array of nothing", `[]`, tally.ErrEmpty},
		{"json array broken", `[{"text": "ten"}`, tally.ErrInvalid},
		{"json object broken", "{\n\"text\": \"ten\"\n", tally.ErrInvalid},
		{"html without text", "<html><head><script>x()</script></head><body></body></html>", tally.ErrEmpty},
		{"controls only", "\x1b\x1b\n\x1b", tally.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, errs := collect(t, "bad.bin", []byte(tt.in), Options{})
			if len(docs) != 0 || len(errs) != 1 {
				t.Fatalf("got %d documents, errors %v; want one error", len(docs), errs)
			}
			checkInputError(t, errs[0], "bad.bin", "", tt.want)
		})
	}
}

// checkInputError checks that err is a *tally.InputError naming source
// and item, of kind want.
func checkInputError(t *testing.T, err error, source, item string, want error) {
	t.Helper()
	var ie *tally.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T) is not a *tally.InputError", err, err)
	}
	if ie.Source != source || ie.Item != item {
		t.Errorf("error names (%q, %q), want (%q, %q)", ie.Source, ie.Item, source, item)
	}
	if !errors.Is(err, want) {
		t.Errorf("error %q is not %v", err, want)
	}
}

// cleanTextReference is cleanText written rune by rune, plainly and
// slowly: the fuzz target checks that the fast one agrees with it.
func cleanTextReference(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blank := 0     // line ends seen since the last text
	space := false // a space is pending before the next text
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
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
		case r == ' ' || r == '\t' || r == '\v' || r == '\f' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			space = true
		case r < ' ' || r == 0x7f || (r >= utf8.RuneSelf && dropped(r)):
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
			if r == utf8.RuneError && size == 1 {
				b.WriteString("\uFFFD") // a stray byte of invalid UTF-8
			} else {
				b.WriteString(s[i : i+size])
			}
		}
		i += size
	}
	return b.String()
}
