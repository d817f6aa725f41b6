package eventtype

import "tally"

// Class ranks triggers when a sentence holds several. Higher wins. Episode
// classes name the episode itself (a protest, a bombing, a trial); outcome
// classes name what happened to people inside some episode (killed,
// beaten, arrested) and give a type only when no episode is named.
type Class int

// The classes, lowest first.
const (
	Outcome       Class = iota + 1 // arrested, beaten, killed
	WeakEpisode                    // attacked, clashes, massacre: an episode, but often inside another
	FullEpisode                    // protest, strike, election, trial
	StrongEpisode                  // bombing, explosion, air strike: the episode whatever else is named
)

// entry is one stem of the lexicon.
type entry struct {
	Type  tally.EventType
	Class Class
	Rank  int // breaks ties between types of one class; higher wins
}

// lexicon maps light stems to event types. A stem is a word with its
// inflection stripped (see stems): "protest" matches protests, protested,
// protesters; "execut" matches executed, execution; "rall" with "y"
// restored matches rally, rallies, rallied.
var lexicon = iStems(map[string]entry{
	// Protest and its kin.
	"protest": {tally.Protest, FullEpisode, 3}, "demonstrat": {tally.Protest, FullEpisode, 3},
	"demonstrator": {tally.Protest, FullEpisode, 3}, "rally": {tally.Protest, FullEpisode, 3},
	"march": {tally.Protest, FullEpisode, 3}, "marcher": {tally.Protest, FullEpisode, 3},
	"unrest": {tally.Protest, FullEpisode, 3}, "uprising": {tally.Protest, FullEpisode, 3},
	"sit-in": {tally.Protest, FullEpisode, 3}, "vigil": {tally.Protest, FullEpisode, 2},
	"riot": {tally.Riot, FullEpisode, 4}, "rioter": {tally.Riot, FullEpisode, 4}, "loot": {tally.Riot, FullEpisode, 4},
	"looter": {tally.Riot, FullEpisode, 4}, "arson": {tally.Riot, WeakEpisode, 1},
	"strik": {tally.Strike, FullEpisode, 3}, "striker": {tally.Strike, FullEpisode, 3}, "walkout": {tally.Strike, FullEpisode, 3},
	"boycott": {tally.Boycott, FullEpisode, 3},
	// Justice.
	"execut": {tally.Execution, FullEpisode, 6}, "hang": {tally.Execution, FullEpisode, 6},
	"trial": {tally.Trial, FullEpisode, 5}, "sentenc": {tally.Trial, FullEpisode, 5},
	"convict": {tally.Trial, FullEpisode, 5}, "court": {tally.Trial, WeakEpisode, 2},
	"indict": {tally.Trial, WeakEpisode, 2}, "prosecut": {tally.Trial, WeakEpisode, 2},
	// Elections.
	"election": {tally.Election, FullEpisode, 1}, "electoral": {tally.Election, FullEpisode, 1},
	"vot": {tally.Election, FullEpisode, 1}, "voter": {tally.Election, FullEpisode, 1},
	"ballot": {tally.Election, FullEpisode, 1}, "referendum": {tally.Election, FullEpisode, 1},
	// Attacks: strong ones name the episode even inside a protest.
	"bomb": {tally.Attack, StrongEpisode, 1}, "bomber": {tally.Attack, StrongEpisode, 1},
	"bombard": {tally.Attack, StrongEpisode, 1}, "explosion": {tally.Attack, StrongEpisode, 1},
	"explod": {tally.Attack, StrongEpisode, 1}, "blast": {tally.Attack, StrongEpisode, 1},
	"airstrik": {tally.Attack, StrongEpisode, 1}, "shelling": {tally.Attack, StrongEpisode, 1},
	"gunman": {tally.Attack, StrongEpisode, 1}, "gunmen": {tally.Attack, StrongEpisode, 1},
	"attack": {tally.Attack, WeakEpisode, 3}, "attacker": {tally.Attack, WeakEpisode, 3},
	"assail": {tally.Attack, WeakEpisode, 3}, "raid": {tally.Attack, WeakEpisode, 3},
	"ambush": {tally.Attack, WeakEpisode, 3}, "clash": {tally.Attack, WeakEpisode, 3},
	"battl": {tally.Attack, WeakEpisode, 3}, "war": {tally.Attack, WeakEpisode, 3},
	"coup": {tally.Attack, WeakEpisode, 3}, "invad": {tally.Attack, WeakEpisode, 3},
	"invasion": {tally.Attack, WeakEpisode, 3}, "stabb": {tally.Attack, WeakEpisode, 3},
	"stab": {tally.Attack, WeakEpisode, 3}, "poison": {tally.Attack, WeakEpisode, 3},
	"annihilat": {tally.Attack, WeakEpisode, 3}, "fighting": {tally.Attack, WeakEpisode, 3},
	"massacr": {tally.Killing, WeakEpisode, 2}, "genocid": {tally.Killing, WeakEpisode, 2},
	// Outcomes.
	"kill": {tally.Killing, Outcome, 3}, "killing": {tally.Killing, Outcome, 3},
	"murder": {tally.Killing, Outcome, 3}, "slain": {tally.Killing, Outcome, 3},
	"slay": {tally.Killing, Outcome, 3}, "assassinat": {tally.Killing, Outcome, 3},
	"homicid": {tally.Killing, Outcome, 3}, "dead": {tally.Killing, Outcome, 3},
	"death": {tally.Killing, Outcome, 3}, "die": {tally.Killing, Outcome, 3},
	"died": {tally.Killing, Outcome, 3}, "dying": {tally.Killing, Outcome, 3},
	"fatality": {tally.Killing, Outcome, 3}, "injury": {tally.Assault, Outcome, 2},
	"shot": {tally.Killing, Outcome, 3}, "shoot": {tally.Killing, Outcome, 3},
	"slaughter": {tally.Killing, Outcome, 3}, "fatal": {tally.Killing, Outcome, 3},
	"decapitat": {tally.Killing, Outcome, 3}, "behead": {tally.Killing, Outcome, 3},
	"beat": {tally.Assault, Outcome, 2}, "beaten": {tally.Assault, Outcome, 2},
	"tortur": {tally.Assault, Outcome, 2}, "flogg": {tally.Assault, Outcome, 2},
	"flog": {tally.Assault, Outcome, 2}, "lash": {tally.Assault, Outcome, 2},
	"assault": {tally.Assault, Outcome, 2}, "rap": {tally.Assault, Outcome, 2},
	"punch": {tally.Assault, Outcome, 2}, "brutaliz": {tally.Assault, Outcome, 2},
	"injur": {tally.Assault, Outcome, 2}, "wound": {tally.Assault, Outcome, 2},
	"hurt": {tally.Assault, Outcome, 2}, "bruis": {tally.Assault, Outcome, 2},
	"arrest": {tally.Arrest, Outcome, 1}, "detain": {tally.Arrest, Outcome, 1},
	"detainee": {tally.Arrest, Outcome, 1}, "detention": {tally.Arrest, Outcome, 1},
	"jail": {tally.Arrest, Outcome, 1}, "imprison": {tally.Arrest, Outcome, 1},
	"incarcerat": {tally.Arrest, Outcome, 1}, "captur": {tally.Arrest, Outcome, 1},
})

// bigrams are two-word triggers whose first word changes the second's type:
// an air strike is an attack, not a labour strike; a hunger strike is a
// protest; a death sentence is an execution. Keys are "first second-stem".
var bigrams = iStems(map[string]entry{
	"air strik": {tally.Attack, StrongEpisode, 1}, "drone strik": {tally.Attack, StrongEpisode, 1},
	"missile strik": {tally.Attack, StrongEpisode, 1}, "hunger strik": {tally.Protest, FullEpisode, 3},
	"death penalty": {tally.Execution, FullEpisode, 6}, "death sentenc": {tally.Execution, FullEpisode, 6},
	"shot dead": {tally.Killing, Outcome, 3}, "opened fire": {tally.Attack, WeakEpisode, 3},
	"open fire": {tally.Attack, WeakEpisode, 3},
	// Not triggers at all: a unit of police, its kit.
	"riot police": {}, "riot gear": {}, "riot squad": {},
})

// iStems adds, for every stem ending in "y", its spelling before "es" and
// "ed" ("rally" → "ralli": rallies, rallied), so that lookups need no
// buffer to restore the "y".
func iStems(m map[string]entry) map[string]entry {
	for k, e := range m {
		if n := len(k); n > 2 && k[n-1] == 'y' {
			if _, taken := m[k[:n-1]+"i"]; !taken {
				m[k[:n-1]+"i"] = e
			}
		}
	}
	return m
}

// suffixes are stripped, longest first, to find a word's stem.
// There is no "d" or "y": they would turn "ward" and "wary" into "war".
var suffixes = [...]string{"ments", "ment", "ings", "ions", "ing", "ion", "ers", "ors", "ed", "er", "or", "es", "s", "e"}
