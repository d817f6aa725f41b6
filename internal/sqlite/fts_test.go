package sqlite

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"tehran", `"tehran"`},
		{"  killed   protesters ", `"killed" "protesters"`},
		{`"security forces" fired`, `"security forces" "fired"`},
		{"refin*", `"refin" *`},
		{`"oil work"*`, `"oil work" *`},
		{"Abadan OR Shiraz", `"Abadan" OR "Shiraz"`},
		{"police AND court", `"police" "court"`},
		{"killed -officials", `("killed") NOT "officials"`},
		{`killed NOT "state media"`, `("killed") NOT "state media"`},
		{`say "hi"there`, `"say" "hi" "there"`},
		{`NEAR(a b) col:x ^y`, `"NEAR(a" "b)" "col:x" "^y"`},
		{"OR-less -", `"OR-less" "-"`},
		{"\x00tehran\x01", `"tehran"`},
		{`"" x`, `"x"`},
		{"or", `"or"`},
	}
	for _, tt := range tests {
		got, err := ftsQuery(tt.in)
		if err != nil {
			t.Errorf("ftsQuery(%q) error: %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(got, tt.want); diff != "" {
			t.Errorf("ftsQuery(%q) (-got +want):\n%s", tt.in, diff)
		}
	}
}

func TestFTSQueryInvalid(t *testing.T) {
	for _, in := range []string{`"open`, `x "open`, `a"b`, `-only`, `-a -b`, `OR x`, `x OR`, `a OR OR b`, `a OR -b`, `NOT`, `a NOT`, `a NOT OR b`, ``, `   `} {
		if got, err := ftsQuery(in); !errors.Is(err, tally.ErrInvalid) {
			t.Errorf("ftsQuery(%q) = %q, %v; want an error wrapping %v", in, got, err, tally.ErrInvalid)
		}
	}
}

// FuzzFTSQuery checks that whatever a user types either is refused as
// invalid or becomes an expression SQLite runs without error.
func FuzzFTSQuery(f *testing.F) {
	for _, seed := range []string{"tehran", `"a phrase" word*`, "a OR b", "a -b", "x NOT y", `"open`, "NEAR(a b)", "col:x ^y", "\x00", "تهران", "a\"b\"c", "* - OR AND NOT"} {
		f.Add(seed)
	}
	db, err := Open(context.Background(), MemoryPath)
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.write.Exec(`INSERT INTO originals (sha256, bytes) VALUES ('x', x'00')`); err != nil {
		f.Fatal(err)
	}
	if _, err := db.write.Exec(`INSERT INTO documents (id, source, url, publisher, title, byline, language, format, text, original)
		VALUES ('d', '', '', '', 'A title', '', '', 'text', 'Protesters in Tehrān said 300 were killed.', 'x')`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		match, err := ftsQuery(q)
		if err != nil {
			if !errors.Is(err, tally.ErrInvalid) {
				t.Fatalf("ftsQuery(%q) error %v does not wrap %v", q, err, tally.ErrInvalid)
			}
			return
		}
		if strings.ContainsRune(match, 0) {
			t.Fatalf("ftsQuery(%q) = %q holds a NUL", q, match)
		}
		if utf8.ValidString(q) && !utf8.ValidString(match) {
			t.Fatalf("ftsQuery(%q) = %q is not UTF-8", q, match)
		}
		var n int
		if err := db.read.QueryRow(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?`, match).Scan(&n); err != nil {
			t.Fatalf("ftsQuery(%q) = %q: SQLite refuses it: %v", q, match, err)
		}
	})
}
