package attribution

import (
	"slices"

	"tally/internal/extract/wordset"
)

// weekdayNames and monthNames, lower case, are held by several of the
// lists below.
var (
	weekdayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	monthNames   = []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
)

// Small word lists, lower case, that the phrase rules consult.
var (
	// determiners are dropped from the front of a claimant's name.
	determiners = set("the", "a", "an")
	// skippable words stand between a subject and its cue ("X has also
	// said", "X on Monday said") and are passed over.
	skippable = set("has", "have", "had", "since", "also", "later", "earlier", "previously", "separately",
		"further", "then", "would", "will", "recently", "again", "subsequently", "initially",
		"originally", "first", "officially", "publicly", "on", "yesterday", "today", "tonight",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "late", "last", "night",
		"did", "does", "do", "not", "never", "yet", "so", "far", "thus",
		"week", "month", "year", "weekend", "morning", "evening", "afternoon", "this", "could", "cannot", "now", "still", "already")
	// boundaries end a noun phrase: clause words, auxiliaries, prepositions
	// that do not sit inside names.
	boundaries = set("that", "which", "who", "whom", "whose", "when", "where", "while", "as", "because",
		"but", "or", "if", "after", "before", "since", "although", "though", "than", "so", "was", "were",
		"is", "are", "be", "been", "being", "not", "has", "have", "had", "to", "with", "by", "on", "into",
		"there", "said", "says", "told", "citing", "quoting", "according", "amid", "during", "until",
		"about", "over", "under", "against", "between", "including", "per", "via", "what", "how", "why",
		"would", "will", "could", "should", "may", "might", "can", "did", "do", "does", "also", "and")
	// roleNouns take "to" or "on" inside a name: "mission to the UN",
	// "special rapporteur on Myanmar".
	roleNouns = set("mission", "ambassador", "envoy", "representative", "delegation", "adviser", "advisor", "delegate",
		"rapporteur", "expert", "experts", "panel", "inquiry", "commission", "committee")
	// possessivePronouns own a document or stand before an anaphor's head:
	// "its research", "her office".
	possessivePronouns = wordset.New(map[string]mentionKind{"its": anyOrg, "their": anyVoice, "his": person, "her": person})
	// dateWords never join a name across a connector: "Amnesty
	// International on Wednesday".
	dateWords = set(slices.Concat(weekdayNames, monthNames)...)
	// pronouns stand alone as a subject.
	pronouns = set("he", "she", "it", "they", "we", "i")
	// passiveAux before a cue makes it passive: "were recorded by X".
	passiveAux = set("was", "were", "been", "is", "are", "being", "be")
	// documentNouns are what a claimant publishes: "the group's tally",
	// "a report by Amnesty", "figures from the ministry".
	documentNouns = set("tally", "count", "figures", "figure", "data", "report", "reports", "statement",
		"estimate", "estimates", "records", "record", "numbers", "toll", "findings", "website",
		"account", "channel", "list", "database", "tallies", "bulletin", "survey", "letter", "post",
		"research", "investigation", "analysis", "assessment", "assessments", "study", "review", "inquiry")
	// authoredNouns are documents whose author gives the figure: "citing
	// figures from the health ministry" → the health ministry. Interviews,
	// footage and testimony are evidence instead (claimant.go).
	authoredNouns = set("figures", "figure", "data", "statistics", "tally", "count", "estimate",
		"estimates", "numbers", "records", "report", "statement", "survey", "bulletin", "tallies")
	// participles lead from a document noun to its author: "figures
	// compiled by X".
	participles = set("kept", "maintained", "compiled", "released", "published", "gathered", "collected", "issued", "provided", "obtained", "seen", "posted", "cited")
	// prepositions may link a role to an organisation inside a name
	// ("spokesman for the ministry", "Police in Zahedan").
	prepositions = set("of", "for", "in", "at", "from", "outside", "inside", "across", "within", "near",
		"throughout", "around", "beyond", "abroad")
	// verbsAllowed end in "-ed" but are modifiers inside names.
	verbsAllowed = set("united", "armed", "based", "unnamed", "unidentified", "informed", "retired", "detained", "jailed", "wounded", "injured", "elected", "exiled", "banned", "outlawed")
	// commonClaimants are common nouns that are capitalised only when they
	// open a sentence ("Officials said…"): their name is written lower case.
	commonClaimants = set("officials", "official", "police", "authorities", "witnesses", "witness", "activists",
		"residents", "doctors", "medics", "sources", "rescuers", "lawyers", "relatives", "protesters",
		"prosecutors", "hospital", "state", "local", "security", "government", "military", "rights",
		"human", "medical", "hospitals", "people", "analysts", "observers", "monitors", "opposition",
		"provincial", "iranian", "independent", "diplomats", "families", "journalists",
		"organisers", "organizers", "survivors", "paramedics", "nurses", "teachers", "students",
		"media", "service", "groups", "ombudsman", "army", "guard")
	// anaphorHeads are the nouns of "the group", "the agency", "the
	// ministry": references to a name given earlier, resolved by kind.
	anaphorHeads = wordset.New(map[string]mentionKind{
		"group": group, "organisation": group, "organization": group, "ngo": group, "watchdog": group,
		"monitor": group, "charity": group, "body": group, "rights group": group, "campaign group": group,
		"agency": agency, "outlet": agency, "broadcaster": agency, "newspaper": agency, "network": agency,
		"ministry": ministry, "department": ministry, "office": group, "committee": group, "council": group,
		"mission": group, "commission": group, "minister": person, "official": person, "spokesman": person,
		"spokeswoman": person, "spokesperson": person, "lawmaker": person, "commander": person,
		"governor": person, "prosecutor": person, "cleric": person,
		"forum": group, "centre": group, "center": group, "coalition": group, "alliance": group,
		"union": group, "institute": group, "foundation": group, "observatory": group,
		"association": group, "federation": group, "movement": group, "tribunal": group,
		"sources": anyVoice, "officials": anyVoice, "witnesses": anyVoice, "doctors": anyVoice,
		"medics": anyVoice, "activists": anyVoice, "residents": anyVoice, "organisers": anyVoice,
	})
	// continuers open a sentence that carries on the figure of the one
	// before it: "Sixty of them were children", "Most were young men",
	// "Another 20 were hurt", "Of those, 11 died".
	// Pronoun subjects ("They arrested 6,000") do not count: they refer to
	// an actor, not to the figure before.
	// Qualifiers ("Nearly 10,000 people…") open new figures and do not
	// count either.
	continuers = set("these", "those", "of", "among", "most", "many", "some", "all", "another", "others",
		"including", "half", "both", "none", "each", "further")
	// continuingNouns follow "the" in a sentence that carries on: "The dead
	// included 60 children".
	continuingNouns = set("dead", "victims", "wounded", "injured", "detainees", "toll", "rest", "figure",
		"number", "deaths", "killed", "majority", "youngest", "oldest", "arrested", "prisoners")
)

// set returns a wordset table of words: the lists are read for most
// tokens of a sentence with a figure, and a wordset answers faster than a
// map.
func set(words ...string) *wordset.Map[bool] {
	return wordset.Set(words...)
}

// hasBytes reports whether set holds the word in w, without allocating.
func hasBytes(set *wordset.Map[bool], w []byte) bool {
	v, _ := set.GetBytes(w)
	return v
}
