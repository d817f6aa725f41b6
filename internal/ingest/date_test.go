package ingest

import (
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2024-05-06T10:00:00Z", time.Date(2024, 5, 6, 10, 0, 0, 0, time.UTC), true},
		{"2024-05-06T10:00:00.123+03:30", time.Date(2024, 5, 6, 10, 0, 0, 123e6, time.FixedZone("", 12600)), true},
		{"2024-05-06T10:00:00+0330", time.Date(2024, 5, 6, 10, 0, 0, 0, time.FixedZone("", 12600)), true},
		{"2024-05-06 10:00:00", time.Date(2024, 5, 6, 10, 0, 0, 0, time.UTC), true},
		{"2024-05-06", time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC), true},
		{"Mon, 06 May 2024 10:00:00 +0100", time.Date(2024, 5, 6, 10, 0, 0, 0, time.FixedZone("", 3600)), true},
		{"Mon, 6 May 2024 10:00:00 GMT", time.Date(2024, 5, 6, 10, 0, 0, 0, time.UTC), true},
		{"Mon, 6 May 2024 10:00:00 UT", time.Date(2024, 5, 6, 10, 0, 0, 0, time.UTC), true},
		{"Mon, 06 May 2024 10:00:00 EDT", time.Date(2024, 5, 6, 14, 0, 0, 0, time.UTC), true},
		{"Mon, 06 May 2024 10:00:00 IRST", time.Date(2024, 5, 6, 6, 30, 0, 0, time.UTC), true},
		{"May 6, 2024", time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC), true},
		{"6 May 2024", time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC), true},
		{"", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"0001-01-01T00:00:00Z", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := parseTime(tt.in)
		if ok != tt.ok || (ok && !got.Equal(tt.want)) {
			t.Errorf("parseTime(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestWithoutSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Ten hurt | Gazette", "Gazette", "Ten hurt"},
		{"Ten hurt - The Gazette", "the gazette", "Ten hurt"},
		{"Gazette: Ten hurt", "Gazette", "Ten hurt"},
		{"Ten hurt in Gazette Street", "Gazette", "Ten hurt in Gazette Street"},
		{"Ten hurt | Gazette", "", "Ten hurt | Gazette"},
	}
	for _, tt := range tests {
		if got := withoutSiteName(tt.title, tt.site); got != tt.want {
			t.Errorf("withoutSiteName(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}
