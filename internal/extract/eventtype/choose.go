package eventtype

import "tally"

// Best returns the strongest trigger: the highest class, then the highest
// rank, then the first. ok is false when ts is empty.
func Best(ts []Trigger) (best Trigger, ok bool) {
	for _, t := range ts {
		if !ok || t.Class > best.Class || t.Class == best.Class && t.Rank > best.Rank {
			best, ok = t, true
		}
	}
	return best, ok
}

// At returns the trigger that covers byte offset pos, if any.
func At(ts []Trigger, pos int) (Trigger, bool) {
	for _, t := range ts {
		if t.Start <= pos && pos < t.End {
			return t, true
		}
	}
	return Trigger{}, false
}

// DocumentType is the episode type a whole document is about: the type
// whose episode triggers (WeakEpisode and above) weigh most, a trigger
// weighing its class (strong 3, episode 2, weak 1). Ties go to the type
// whose best trigger is stronger, then to the earlier. Outcome triggers do
// not count: "killed" says nothing about which episode.
type DocumentType struct {
	Type  tally.EventType
	Class Class // of its strongest trigger; 0 when the document names no episode
}

// Document returns the DocumentType of text's triggers ts.
func Document(ts []Trigger) DocumentType {
	var weight [16]int
	var strongest [16]Trigger
	var order []tally.EventType
	idx := map[tally.EventType]int{}
	for _, t := range ts {
		if t.Class < WeakEpisode {
			continue
		}
		k, seen := idx[t.Type]
		if !seen {
			if len(order) == len(weight) {
				continue
			}
			k = len(order)
			idx[t.Type] = k
			order = append(order, t.Type)
		}
		weight[k] += int(t.Class - Outcome)
		if t.Class > strongest[k].Class || t.Class == strongest[k].Class && t.Rank > strongest[k].Rank {
			strongest[k] = t
		}
	}
	best := -1
	for k := range order {
		if best < 0 || weight[k] > weight[best] ||
			weight[k] == weight[best] && strongest[k].Class > strongest[best].Class {
			best = k
		}
	}
	if best < 0 {
		return DocumentType{}
	}
	return DocumentType{Type: order[best], Class: strongest[best].Class}
}

// FullEpisode returns the event type of a figure from its sentence's triggers,
// its measure and its document's type. The rule, in order:
//
//  1. A figure of executions is of type execution and one of sentences of
//     type trial, whatever else is named: a state's putting to death and a
//     court's sentencing are episodes of their own, even when the people
//     were arrested in a protest.
//  2. The sentence's strongest episode trigger (FullEpisode or StrongEpisode).
//  3. A weak episode trigger of the sentence ("attacked", "clashes") gives
//     way to the document's type when that is a full episode: security
//     forces that attacked a crowd did so in the document's protest.
//  4. The document's type, then the sentence's outcome trigger.
//  5. The measure: killed → killing, injured → assault, arrested → arrest,
//     participants → protest; else other.
func Episode(sentence []Trigger, measure tally.Measure, doc DocumentType) tally.EventType {
	switch measure {
	case tally.Executed:
		return tally.Execution
	case tally.Sentenced:
		return tally.Trial
	}
	best, ok := Best(sentence)
	switch {
	case ok && best.Class >= FullEpisode:
		return best.Type
	case ok && best.Class == WeakEpisode && doc.Class < FullEpisode:
		return best.Type
	case doc.Class > 0:
		return doc.Type
	case ok:
		return best.Type
	}
	return byMeasure(measure)
}

// byMeasure is the type a measure implies when no trigger names one.
func byMeasure(m tally.Measure) tally.EventType {
	switch m {
	case tally.Killed:
		return tally.Killing
	case tally.Injured:
		return tally.Assault
	case tally.Arrested, tally.Disappeared:
		return tally.Arrest
	case tally.Participants:
		return tally.Protest
	}
	return tally.OtherType
}
