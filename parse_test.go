package tally

import (
	"errors"
	"testing"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in, first, last string
		err             error
	}{
		{"2019-11-15", "2019-11-15", "2019-11-15", nil},
		{"2019-11", "2019-11-01", "2019-11-30", nil},
		{"2020-02", "2020-02-01", "2020-02-29", nil},
		{"1988", "1988-01-01", "1988-12-31", nil},
		{"", "0001-01-01", "0001-01-01", nil},
		{"15 Nov", "", "", ErrInvalid},
		{"2019-13", "", "", ErrInvalid},
	}
	for _, tt := range tests {
		first, last, err := ParsePeriod(tt.in)
		if !errors.Is(err, tt.err) {
			t.Errorf("ParsePeriod(%q) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		if got := first.Format("2006-01-02"); got != tt.first {
			t.Errorf("ParsePeriod(%q) first = %s, want %s", tt.in, got, tt.first)
		}
		if got := last.Format("2006-01-02"); got != tt.last {
			t.Errorf("ParsePeriod(%q) last = %s, want %s", tt.in, got, tt.last)
		}
	}
}

func TestParseMeasureAndEventType(t *testing.T) {
	if m, err := ParseMeasure("killed"); err != nil || m != Killed {
		t.Errorf("ParseMeasure(killed) = %q, %v", m, err)
	}
	if _, err := ParseMeasure("dead"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseMeasure(dead) error = %v, want ErrInvalid", err)
	}
	if et, err := ParseEventType("protest"); err != nil || et != Protest {
		t.Errorf("ParseEventType(protest) = %q, %v", et, err)
	}
	if _, err := ParseEventType("Protest"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseEventType(Protest) error = %v, want ErrInvalid", err)
	}
}

func TestDocumentIDIsContentAddress(t *testing.T) {
	a, b := DocumentID([]byte("same bytes")), DocumentID([]byte("same bytes"))
	if a != b || len(a) != len("sha256:")+64 {
		t.Errorf("DocumentID = %q and %q", a, b)
	}
	if DocumentID([]byte("other")) == a {
		t.Error("different bytes, same ID")
	}
}

func TestParseSpan(t *testing.T) {
	from, to, err := ParseSpan("2019-11", "2020")
	if err != nil || from != "2019-11-01" || to != "2020-12-31" {
		t.Errorf("ParseSpan(2019-11, 2020) = %q, %q, %v", from, to, err)
	}
	if from, to, err := ParseSpan("", ""); err != nil || from != "" || to != "" {
		t.Errorf("ParseSpan of nothing = %q, %q, %v", from, to, err)
	}
	if _, _, err := ParseSpan("", "soon"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseSpan(_, soon) error = %v, want ErrInvalid", err)
	}
}
