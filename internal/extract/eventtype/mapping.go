package eventtype

import "tally"

// Mapping is how one tally event type reads in two public ontologies: the
// PLOVER event type (with its mode, when one fits), and the ACLED event type
// and sub-event type. Exports use it; it is the nearest fit, not an
// equivalence. An empty PLOVER type means PLOVER has no counterpart.
type Mapping struct {
	Type          tally.EventType `json:"type"`
	PLOVER        string          `json:"plover"`
	PLOVERMode    string          `json:"plover_mode,omitempty"`
	ACLED         string          `json:"acled"`
	ACLEDSubEvent string          `json:"acled_sub_event"`
}

// Mappings lists the mapping of every tally event type, in the order of
// tally.EventTypes.
var Mappings = []Mapping{
	{tally.Protest, "PROTEST", "demo", "Protests", "Peaceful protest"},
	{tally.Riot, "PROTEST", "riot", "Riots", "Violent demonstration"},
	{tally.Strike, "PROTEST", "boycott", "Protests", "Peaceful protest"},
	{tally.Boycott, "PROTEST", "boycott", "Protests", "Peaceful protest"},
	{tally.Killing, "ASSAULT", "", "Violence against civilians", "Attack"},
	{tally.Assault, "ASSAULT", "beat", "Violence against civilians", "Attack"},
	{tally.Arrest, "COERCE", "arrest", "Strategic developments", "Arrests"},
	{tally.Execution, "ASSAULT", "", "Violence against civilians", "Attack"},
	{tally.Trial, "COERCE", "", "Strategic developments", "Other"},
	{tally.Attack, "ASSAULT", "explosives", "Explosions/Remote violence", "Remote explosive/landmine/IED"},
	{tally.Election, "", "", "Strategic developments", "Other"},
	{tally.OtherType, "", "", "Strategic developments", "Other"},
}

// MappingOf returns the mapping of t; an unknown type maps as "other".
func MappingOf(t tally.EventType) Mapping {
	for _, m := range Mappings {
		if m.Type == t {
			return m
		}
	}
	m := Mappings[len(Mappings)-1]
	m.Type = t
	return m
}
