package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"tally"
	"tally/internal/extract/eventtype"
)

// ramsTypes maps the AIDA event types of RAMS to tally's event types: only
// those whose meaning is one of tally's. Subtypes not listed are left out
// (conflict.attack.stealrobhijack is theft; life.die.n/a and life.injure.n/a
// mix illness and accidents with violence).
var ramsTypes = map[string]tally.EventType{
	"conflict.demonstrate.marchprotestpoliticalgathering": tally.Protest,
	"conflict.demonstrate.n/a":                            tally.Protest,
	"justice.arrestjaildetain.arrestjaildetain":           tally.Arrest,
	"life.die.deathcausedbyviolentevents":                 tally.Killing,
	"justice.judicialconsequences.execute":                tally.Execution,
	"justice.initiatejudicialprocess.trialhearing":        tally.Trial,
	"life.injure.injurycausedbyviolentevents":             tally.Assault,
	"conflict.attack.airstrikemissilestrike":              tally.Attack,
	"conflict.attack.biologicalchemicalpoisonattack":      tally.Attack,
	"conflict.attack.bombing":                             tally.Attack,
	"conflict.attack.firearmattack":                       tally.Attack,
	"conflict.attack.hanging":                             tally.Attack,
	"conflict.attack.invade":                              tally.Attack,
	"conflict.attack.n/a":                                 tally.Attack,
	"conflict.attack.selfdirectedbattle":                  tally.Attack,
	"conflict.attack.setfire":                             tally.Attack,
	"conflict.attack.stabbing":                            tally.Attack,
	"conflict.attack.strangling":                          tally.Attack,
}

// ramsWindow is one line of RAMS: a window of tokenized sentences with one
// annotated trigger.
type ramsWindow struct {
	DocKey    string     `json:"doc_key"`
	Sentences [][]string `json:"sentences"`
	Triggers  [][]any    `json:"evt_triggers"` // [start, end, [[type, 1.0]]], token offsets inclusive
}

// RAMS measures the event-type classifier on the RAMS 1.0 test split: for
// every window whose gold trigger type maps to a tally type (ramsTypes),
// the type eventtype gives the trigger's sentence. The classifier reads the
// trigger word first (eventtype.At) and falls back to the strongest trigger
// of the sentence, then of the window. RAMS is a dev set for tally: the
// lexicon was extended while looking at its misses.
func RAMS(ctx context.Context, shared string) (Report, error) {
	const name, data = "eventtype/rams", "RAMS 1.0 test split (data/eval/rams/test.jsonlines), a dev set"
	path, ok := DataPath(shared, "rams", "test.jsonlines")
	if !ok {
		return Skipped(name, data), nil
	}
	windows, err := readRAMS(path)
	if err != nil {
		return Report{}, err
	}
	var s ramsScore
	for _, w := range windows {
		if err := ctx.Err(); err != nil {
			return Report{}, err
		}
		s.add(w)
	}
	return s.report(name, data), nil
}

func readRAMS(path string) ([]ramsWindow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("rams: %w", err)
	}
	defer f.Close()
	var out []ramsWindow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var w ramsWindow
		if err := json.Unmarshal(sc.Bytes(), &w); err != nil {
			return nil, fmt.Errorf("rams line %d: %w: %w", line, tally.ErrInvalid, err)
		}
		out = append(out, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("rams: %w", err)
	}
	return out, nil
}

// ramsText joins a window's tokens with single spaces and returns the text,
// each token's byte offset and each sentence's byte span.
func ramsText(sents [][]string) (string, []int, [][2]int) {
	var b strings.Builder
	var offs []int
	var spans [][2]int
	for _, s := range sents {
		start := b.Len()
		for _, tok := range s {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			offs = append(offs, b.Len())
			b.WriteString(tok)
		}
		if len(s) > 0 && start > 0 {
			start++ // past the joining space
		}
		spans = append(spans, [2]int{start, b.Len()})
	}
	return b.String(), offs, spans
}

// ramsScore counts right and wrong classifications.
type ramsScore struct {
	n, focused, sentence int
	byGold               map[tally.EventType][2]int // right, total
	misses               []string
}

func (s *ramsScore) add(w ramsWindow) {
	text, offs, spans := ramsText(w.Sentences)
	for _, tr := range w.Triggers {
		start, end, gold, ok := ramsTrigger(tr)
		if !ok || start < 0 || end >= len(offs) {
			continue
		}
		want, ok := ramsTypes[gold]
		if !ok {
			continue
		}
		at := offs[start]
		sent := spanOf(spans, at)
		got := classifyAt(text, sent, at)
		sentOnly := classifySentence(text, sent)
		s.n++
		if s.byGold == nil {
			s.byGold = map[tally.EventType][2]int{}
		}
		c := s.byGold[want]
		c[1]++
		if got == want {
			s.focused++
			c[0]++
		} else if len(s.misses) < 40 {
			trigger := strings.Join(flatten(w.Sentences)[start:end+1], " ")
			s.misses = append(s.misses, fmt.Sprintf("%s: %q (%s) want %s, got %s", w.DocKey, trigger, gold, want, got))
		}
		s.byGold[want] = c
		if sentOnly == want {
			s.sentence++
		}
	}
}

// ramsTrigger decodes [start, end, [[type, p]]].
func ramsTrigger(tr []any) (start, end int, typ string, ok bool) {
	if len(tr) < 3 {
		return 0, 0, "", false
	}
	a, ok1 := tr[0].(float64)
	b, ok2 := tr[1].(float64)
	list, ok3 := tr[2].([]any)
	if !ok1 || !ok2 || !ok3 || len(list) == 0 {
		return 0, 0, "", false
	}
	first, ok := list[0].([]any)
	if !ok || len(first) == 0 {
		return 0, 0, "", false
	}
	typ, ok = first[0].(string)
	return int(a), int(b), typ, ok
}

func spanOf(spans [][2]int, at int) [2]int {
	for _, sp := range spans {
		if sp[0] <= at && at < sp[1] {
			return sp
		}
	}
	return [2]int{0, 0}
}

func flatten(sents [][]string) []string {
	var out []string
	for _, s := range sents {
		out = append(out, s...)
	}
	return out
}

// classifyAt types the event whose trigger word stands at byte offset at:
// the trigger's own lexicon type, else the sentence's strongest trigger,
// else the window's, else other.
func classifyAt(text string, sent [2]int, at int) tally.EventType {
	trigs := eventtype.Find(text, sent[0], sent[1])
	if t, ok := eventtype.At(trigs, at); ok {
		return t.Type
	}
	if t, ok := eventtype.Best(trigs); ok {
		return t.Type
	}
	if t, ok := eventtype.Best(eventtype.Find(text, 0, len(text))); ok {
		return t.Type
	}
	return tally.OtherType
}

// classifySentence types a sentence by its strongest trigger, blind to
// where the annotated trigger is: the sentence-level choice the extractor
// makes before it falls back on the document.
func classifySentence(text string, sent [2]int) tally.EventType {
	if t, ok := eventtype.Best(eventtype.Find(text, sent[0], sent[1])); ok {
		return t.Type
	}
	return tally.OtherType
}

func (s *ramsScore) report(name, data string) Report {
	rep := Report{Name: name, Data: data}
	rate := func(k int) float64 {
		if s.n == 0 {
			return 0
		}
		return float64(k) / float64(s.n)
	}
	rep.Metrics = append(rep.Metrics,
		Metric{Name: "trigger type accuracy", Value: rate(s.focused), N: s.n, Target: 0.75},
		Metric{Name: "sentence type accuracy (trigger position unused)", Value: rate(s.sentence), N: s.n})
	types := make([]string, 0, len(s.byGold))
	for t := range s.byGold {
		types = append(types, string(t))
	}
	sort.Strings(types)
	for _, t := range types {
		c := s.byGold[tally.EventType(t)]
		rep.Metrics = append(rep.Metrics, Metric{Name: "accuracy on gold " + t, Value: float64(c[0]) / float64(c[1]), N: c[1]})
	}
	rep.Notes = append(rep.Notes,
		"AIDA types mapped to tally types by ramsTypes; windows of other types are not scored",
		"dev set: the trigger lexicon was extended while reading these misses")
	rep.Misses = s.misses
	return rep
}
