package eval

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

// TestRAMS runs the RAMS dev set and holds the classifier to its target.
func TestRAMS(t *testing.T) {
	r, err := RAMS(context.Background(), SharedDir())
	if err != nil {
		t.Fatal(err)
	}
	if r.Skipped != "" {
		t.Skip(r.Skipped)
	}
	for _, m := range r.Metrics {
		t.Logf("%-50s %.3f (n=%d)", m.Name, m.Value, m.N)
	}
	for _, m := range r.Misses {
		t.Log("miss: " + m)
	}
	if got := r.Metrics[0].Value; got < 0.75 {
		t.Errorf("trigger type accuracy = %.3f, want >= 0.75", got)
	}
}

func TestRAMSText(t *testing.T) {
	text, offs, spans := ramsText([][]string{{"Police", "fired", "."}, {"Two", "died"}})
	if got, want := text, "Police fired . Two died"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if diff := cmp.Diff(offs, []int{0, 7, 13, 15, 19}); diff != "" {
		t.Errorf("offsets (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(spans, [][2]int{{0, 14}, {15, 23}}); diff != "" {
		t.Errorf("spans (-got +want):\n%s", diff)
	}
}

func TestClassifyAt(t *testing.T) {
	text := "Gunmen attacked the convoy and killed three guards ."
	tests := []struct {
		word string
		want tally.EventType
	}{
		{"attacked", tally.Attack},
		{"killed", tally.Killing},
		{"convoy", tally.Attack}, // no trigger at the word: the sentence's strongest
	}
	for _, tt := range tests {
		at := indexOf(text, tt.word)
		if got := classifyAt(text, [2]int{0, len(text)}, at); got != tt.want {
			t.Errorf("classifyAt(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
