package eventtype

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

func triggerWords(text string) []string {
	var out []string
	for _, t := range Find(text, 0, len(text)) {
		out = append(out, text[t.Start:t.End]+"="+string(t.Type))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Protesters rallied as demonstrations spread.", []string{"Protesters=protest", "rallied=protest", "demonstrations=protest"}},
		{"Two men were hanged; three were executed.", []string{"hanged=execution", "executed=execution"}},
		{"An air strike hit the town; workers went on strike.", []string{"air strike=attack", "strike=strike"}},
		{"He began a hunger strike in prison.", []string{"hunger strike=protest"}},
		{"On 3 March they held a march.", []string{"march=protest"}},
		{"Rioters looted shops.", []string{"Rioters=riot", "looted=riot"}},
		{"Police shot dead two men.", []string{"shot dead=killing"}},
		{"He faces the death penalty.", []string{"death penalty=execution"}},
		{"Riot police fired tear gas at the rioters.", []string{"rioters=riot"}},
		{"The ward was wary of the warden.", nil},
		{"He did what was asked.", nil},
		{"Voters went to the polls in the election.", []string{"Voters=election", "election=election"}},
		{"Dozens were detained and later tortured.", []string{"detained=arrest", "tortured=assault"}},
		{"The executive board met.", nil},
		{"A sit-in outside parliament.", []string{"sit-in=protest"}},
		{"Fatalities rose; injuries mounted.", []string{"Fatalities=killing", "injuries=assault"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(triggerWords(tt.text), tt.want); diff != "" {
			t.Errorf("Find(%q) (-got +want):\n%s", tt.text, diff)
		}
	}
}

func TestEpisode(t *testing.T) {
	protestDoc := Document(Find("Protests spread to 100 cities. Protesters chanted.", 0, 50))
	tests := []struct {
		name     string
		sentence string
		measure  tally.Measure
		doc      DocumentType
		want     tally.EventType
	}{
		{"outcome in a protest sentence", "Security forces killed 12 protesters.", tally.Killed, DocumentType{}, tally.Protest},
		{"outcome takes the document's episode", "At least 448 people have been killed.", tally.Killed, protestDoc, tally.Protest},
		{"outcome alone", "Three people were killed.", tally.Killed, DocumentType{}, tally.Killing},
		{"weak episode yields to document", "Police attacked the crowd, killing 5.", tally.Killed, protestDoc, tally.Protest},
		{"weak episode without document", "Gunfire and clashes left 5 dead.", tally.Killed, DocumentType{}, tally.Attack},
		{"strong episode beats protest", "A bomb at the rally killed 30 protesters.", tally.Killed, protestDoc, tally.Attack},
		{"executions are their own episode", "Iran executed 20 men arrested in protests.", tally.Executed, protestDoc, tally.Execution},
		{"sentences are trials", "A court sentenced 7 protesters.", tally.Sentenced, protestDoc, tally.Trial},
		{"measure fallback", "They numbered 5,000.", tally.Participants, DocumentType{}, tally.Protest},
		{"nothing", "They counted 5 of them.", tally.OtherMeasure, DocumentType{}, tally.OtherType},
		{"riot over protest", "The protest turned into a riot.", tally.Injured, DocumentType{}, tally.Riot},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Episode(Find(tt.sentence, 0, len(tt.sentence)), tt.measure, tt.doc)
			if got != tt.want {
				t.Errorf("Episode(%q) = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestDocument(t *testing.T) {
	tests := []struct {
		text string
		want DocumentType
	}{
		{"Strikes and protests. More protests. A clash.", DocumentType{tally.Protest, FullEpisode}},
		{"Five were killed and ten arrested.", DocumentType{}},
		{"An explosion hit a protest.", DocumentType{tally.Attack, StrongEpisode}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(Document(Find(tt.text, 0, len(tt.text))), tt.want); diff != "" {
			t.Errorf("Document(%q) (-got +want):\n%s", tt.text, diff)
		}
	}
}

func TestMappings(t *testing.T) {
	var got []tally.EventType
	for _, m := range Mappings {
		got = append(got, m.Type)
		if m.ACLED == "" || m.ACLEDSubEvent == "" {
			t.Errorf("%s: no ACLED mapping", m.Type)
		}
	}
	if diff := cmp.Diff(got, tally.EventTypes); diff != "" {
		t.Errorf("Mappings do not cover tally.EventTypes in order (-got +want):\n%s", diff)
	}
	if got, want := MappingOf(tally.Arrest).PLOVER, "COERCE"; got != want {
		t.Errorf("MappingOf(arrest).PLOVER = %q, want %q", got, want)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"air strike", "rallies", "ies ied", "March march", "x-y-z", "shot dead"} {
		f.Add(s, 0, 5)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		prev := -1
		for _, tr := range Find(text, start, end) {
			if tr.Start < 0 || tr.Start >= tr.End || tr.End > len(text) || tr.Start < prev {
				t.Fatalf("bad trigger %+v in %q", tr, text)
			}
			prev = tr.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("The ministry said on Tuesday that talks with the delegation would resume next week, and officials expected a decision soon. ", 500) +
		"Protesters rallied and police detained dozens. "
	b.SetBytes(int64(len(text)))
	var dst []Trigger
	for b.Loop() {
		dst = AppendFind(dst[:0], text, 0, len(text))
	}
}

// TestMayTriggerShortWords checks the pre-check on words of one and two
// letters, in any case: one it rules out is neither a lexicon entry nor
// the first word of a bigram, and most are ruled out.
func TestMayTriggerShortWords(t *testing.T) {
	var words []string
	for a := byte('a'); a <= 'z'; a++ {
		words = append(words, string(a), string(a-32))
		for b := byte('a'); b <= 'z'; b++ {
			words = append(words, string([]byte{a, b}), string([]byte{a - 32, b}), string([]byte{a - 32, b - 32}))
		}
	}
	ruledOut := 0
	for _, w := range words {
		if mayTrigger(w) {
			continue
		}
		ruledOut++
		low := strings.ToLower(w)
		if _, ok := lexiconEntry([]byte(low)); ok || bigramFirst[low] {
			t.Errorf("mayTrigger(%q) = false, but it is a trigger or begins a bigram", w)
		}
	}
	if ruledOut < len(words)/2 {
		t.Errorf("ruled out %d of %d short words, want most", ruledOut, len(words))
	}
}

// TestMayTriggerPrefixes checks the prefix test of every three-letter
// word, in small letters and in capitals, against the tables it stands
// for: a word is ruled out exactly when no stem and no bigram's first
// word begins with its letters.
func TestMayTriggerPrefixes(t *testing.T) {
	for p := range bucketOf {
		w := []byte{byte('a' + p/(26*26)), byte('a' + p/26%26), byte('a' + p%26)}
		want := bucketOf[p] != 0 || bigramPrefix[p]
		for _, v := range []string{string(w), strings.ToUpper(string(w)), string(w) + "ing"} {
			if got := mayTrigger(v); got != want {
				t.Errorf("mayTrigger(%q) = %v, want %v", v, got, want)
			}
		}
	}
	for _, w := range []string{"x-ray", "a-b", "ab-", "12a", "é", "\xffab"} {
		if !mayTrigger(w) {
			t.Errorf("mayTrigger(%q) = false for a word it must not judge", w)
		}
	}
}
