package sqlite

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func TestWhenBounds(t *testing.T) {
	tests := []struct {
		name   string
		when   *tally.When
		lo, hi any
	}{
		{"none", nil, nil, nil},
		{"days", &tally.When{Start: "2019-11-15", End: "2019-11-19"}, "2019-11-15", "2019-11-19"},
		{"a year", &tally.When{Start: "1988", End: "1988"}, "1988-01-01", "1988-12-31"},
		{"months", &tally.When{Start: "2022-09", End: "2023-02"}, "2022-09-01", "2023-02-31"},
		{"start only", &tally.When{Start: "2019-11-17"}, "2019-11-17", "2019-11-17"},
		{"end only", &tally.When{End: "2019-11"}, "2019-11-01", "2019-11-31"},
		{"empty", &tally.When{Text: "last spring"}, nil, nil},
		{"not a date", &tally.When{Start: "November", End: "2019-11-19"}, nil, nil},
		{"bad digits", &tally.When{Start: "2019-1x-15"}, nil, nil},
	}
	for _, tt := range tests {
		lo, hi := whenBounds(tt.when)
		if diff := cmp.Diff([]any{lo, hi}, []any{tt.lo, tt.hi}); diff != "" {
			t.Errorf("whenBounds(%s) (-got +want):\n%s", tt.name, diff)
		}
	}
}

func TestTimeValueSortsInTimeOrder(t *testing.T) {
	// RFC3339Nano would write the first as "…:00Z" and the second as
	// "…:00.5Z", which sort the wrong way round as text.
	earlier := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	later := earlier.Add(500 * time.Millisecond)
	a, b := timeValue(earlier).(string), timeValue(later).(string)
	if !(a < b) {
		t.Errorf("timeValue(%v) = %q sorts after timeValue(%v) = %q", earlier, a, later, b)
	}
	east := time.Date(2020, 1, 2, 6, 4, 5, 0, time.FixedZone("IRST", 3*3600+1800))
	if got, want := timeValue(east), "2020-01-02T02:34:05.000000000Z"; got != want {
		t.Errorf("timeValue(%v) = %v; want %v", east, got, want)
	}
	if got := timeValue(time.Time{}); got != nil {
		t.Errorf("timeValue(zero) = %v; want nil", got)
	}
}

func TestPage(t *testing.T) {
	tests := []struct {
		limit, offset int
		want          string
		wantErr       bool
	}{
		{0, 0, "", false},
		{10, 0, " LIMIT 10 OFFSET 0", false},
		{0, 5, " LIMIT -1 OFFSET 5", false},
		{-1, 0, "", true},
		{1, -1, "", true},
	}
	for _, tt := range tests {
		got, err := page(tt.limit, tt.offset)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("page(%d, %d) = %q, %v; want %q, error %v", tt.limit, tt.offset, got, err, tt.want, tt.wantErr)
		}
	}
}
