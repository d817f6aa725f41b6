package figure

import (
	"tally"
	"tally/internal/extract/wordset"
)

// This file holds every word list the figure package decides with, so that
// a reader can check and extend them in one place. Entries are lower case.

// qualPhrase is a hedge written before or after a number.
type qualPhrase struct {
	words []string
	q     tally.Qualifier
}

// qualifiersBefore are the hedges written before a number, longest first
// within each qualifier so that "no more than" wins over "more than".
var qualifiersBefore = []qualPhrase{
	{[]string{"no", "fewer", "than"}, tally.AtLeast},
	{[]string{"no", "less", "than"}, tally.AtLeast},
	{[]string{"not", "less", "than"}, tally.AtLeast},
	{[]string{"not", "fewer", "than"}, tally.AtLeast},
	{[]string{"a", "minimum", "of"}, tally.AtLeast},
	{[]string{"at", "least"}, tally.AtLeast},
	{[]string{"no", "more", "than"}, tally.AtMost},
	{[]string{"not", "more", "than"}, tally.AtMost},
	{[]string{"a", "maximum", "of"}, tally.AtMost},
	{[]string{"as", "many", "as"}, tally.AtMost},
	{[]string{"as", "high", "as"}, tally.AtMost},
	{[]string{"at", "most"}, tally.AtMost},
	{[]string{"up", "to"}, tally.AtMost},
	{[]string{"in", "excess", "of"}, tally.MoreThan},
	{[]string{"well", "over"}, tally.MoreThan},
	{[]string{"just", "over"}, tally.MoreThan},
	{[]string{"more", "than"}, tally.MoreThan},
	{[]string{"greater", "than"}, tally.MoreThan},
	{[]string{"larger", "than"}, tally.MoreThan},
	{[]string{"higher", "than"}, tally.MoreThan},
	{[]string{"upwards", "of"}, tally.MoreThan},
	{[]string{"upward", "of"}, tally.MoreThan},
	{[]string{"over"}, tally.MoreThan},
	{[]string{"above"}, tally.MoreThan},
	{[]string{"exceeding"}, tally.MoreThan},
	{[]string{"exceeded"}, tally.MoreThan},
	{[]string{"exceeds"}, tally.MoreThan},
	{[]string{"exceed"}, tally.MoreThan},
	{[]string{"surpassed"}, tally.MoreThan},
	{[]string{"surpassing"}, tally.MoreThan},
	{[]string{"surpass"}, tally.MoreThan},
	{[]string{"topped"}, tally.MoreThan},
	{[]string{"passed"}, tally.MoreThan},
	{[]string{"crossed"}, tally.MoreThan},
	{[]string{"just", "under"}, tally.LessThan},
	{[]string{"fewer", "than"}, tally.LessThan},
	{[]string{"less", "than"}, tally.LessThan},
	{[]string{"under"}, tally.LessThan},
	{[]string{"below"}, tally.LessThan},
	{[]string{"an", "estimated"}, tally.About},
	{[]string{"an", "approximate"}, tally.About},
	{[]string{"close", "to"}, tally.About},
	{[]string{"about"}, tally.About},
	{[]string{"approximately"}, tally.About},
	{[]string{"approx"}, tally.About},
	{[]string{"some"}, tally.About},
	{[]string{"nearly"}, tally.About},
	{[]string{"almost"}, tally.About},
	{[]string{"roughly"}, tally.About},
	{[]string{"around"}, tally.About},
	{[]string{"estimated"}, tally.About},
	{[]string{"circa"}, tally.About},
}

// qualifiersAfter are the hedges written after a number: "500 or more",
// "300-odd", "200 or so".
var qualifiersAfter = []qualPhrase{
	{[]string{"or", "more"}, tally.AtLeast},
	{[]string{"and", "more"}, tally.AtLeast},
	{[]string{"or", "greater"}, tally.AtLeast},
	{[]string{"or", "above"}, tally.AtLeast},
	{[]string{"or", "over"}, tally.AtLeast},
	{[]string{"or", "fewer"}, tally.AtMost},
	{[]string{"or", "less"}, tally.AtMost},
	{[]string{"or", "under"}, tally.AtMost},
	{[]string{"or", "so"}, tally.About},
	{[]string{"or", "thereabouts"}, tally.About},
	{[]string{"-", "odd"}, tally.About},
	{[]string{"-", "plus"}, tally.MoreThan},
	{[]string{"plus"}, tally.MoreThan},
	{[]string{"+"}, tally.MoreThan},
}

// trigger is a word that says what a figure counts. personOnly triggers
// ("held", "seized") govern only figures of people: "held 200 rallies" is
// not an arrest.
type trigger struct {
	m          tally.Measure
	personOnly bool
}

// weakTriggers name the episode rather than what happens to the people
// counted; they govern a figure only when no other word does: "the rally
// drew 250,000", but "the death toll from the protests rose to 304".
var weakTriggers = set("protest", "protests", "demonstration", "demonstrations", "march",
	"marches", "rally", "rallies", "strike", "strikes", "gathering", "group")

// triggers maps the governing words of each measure. A word matches before
// the figure ("killing 1,500 people", "a crowd of 5,000", "the death toll
// rose to 304") or after it ("304 people were killed", "thousands fled").
var triggers = wordset.New(map[string]trigger{
	// killed
	"kill": {tally.Killed, false}, "kills": {tally.Killed, false}, "killed": {tally.Killed, false},
	"killing": {tally.Killed, false}, "killings": {tally.Killed, false},
	"dead": {tally.Killed, false}, "died": {tally.Killed, false}, "die": {tally.Killed, false},
	"dies": {tally.Killed, false}, "dying": {tally.Killed, false}, "death": {tally.Killed, false},
	"deaths": {tally.Killed, false}, "toll": {tally.Killed, false}, "fatalities": {tally.Killed, false},
	"slain": {tally.Killed, false}, "slaughtered": {tally.Killed, false}, "massacred": {tally.Killed, false},
	"murdered": {tally.Killed, false}, "murdering": {tally.Killed, false}, "perished": {tally.Killed, false},
	"assassinated": {tally.Killed, false}, "deceased": {tally.Killed, false}, "homicides": {tally.Killed, false}, "assassinations": {tally.Killed, false},
	"drowned": {tally.Killed, false}, "suffocated": {tally.Killed, false}, "asphyxiated": {tally.Killed, false},
	"electrocuted": {tally.Killed, false}, "lynched": {tally.Killed, false}, "beheaded": {tally.Killed, false},
	"martyred": {tally.Killed, false}, "bodies": {tally.Killed, false}, "corpses": {tally.Killed, false},
	"remains": {tally.Killed, false},
	"lives":   {tally.Killed, false}, "life": {tally.Killed, false},
	// injured
	"injured": {tally.Injured, false}, "injuring": {tally.Injured, false}, "injure": {tally.Injured, false},
	"injures": {tally.Injured, false}, "injuries": {tally.Injured, false}, "wounded": {tally.Injured, false},
	"wounding": {tally.Injured, false}, "hurt": {tally.Injured, false}, "hospitalised": {tally.Injured, false},
	"hospitalized": {tally.Injured, false}, "maimed": {tally.Injured, false}, "blinded": {tally.Injured, false},
	"beaten": {tally.Injured, false}, "assaulted": {tally.Injured, true},
	"tortured": {tally.Injured, false},
	// arrested
	"arrested": {tally.Arrested, false}, "arresting": {tally.Arrested, false}, "arrest": {tally.Arrested, false},
	"arrests": {tally.Arrested, false}, "detained": {tally.Arrested, false}, "detaining": {tally.Arrested, false},
	"detain": {tally.Arrested, false}, "detention": {tally.Arrested, false}, "detentions": {tally.Arrested, false},
	"jailed": {tally.Arrested, false}, "jailing": {tally.Arrested, false}, "imprisoned": {tally.Arrested, false},
	"imprisoning": {tally.Arrested, false}, "incarcerated": {tally.Arrested, false},
	"apprehended": {tally.Arrested, false}, "held": {tally.Arrested, true}, "seized": {tally.Arrested, true}, "captured": {tally.Arrested, true},
	"custody": {tally.Arrested, false}, "rounded": {tally.Arrested, false}, "deprived": {tally.Arrested, false},
	"bars": {tally.Arrested, false}, "prison": {tally.Arrested, false}, "jail": {tally.Arrested, false},
	"whereabouts": {tally.Disappeared, false}, "forced": {tally.Displaced, false},
	"driven": {tally.Displaced, false}, "drove": {tally.Displaced, false},
	"eye": {tally.Injured, false}, "eyes": {tally.Injured, false}, "sight": {tally.Injured, false},
	"limbs": {tally.Injured, false}, "treated": {tally.Injured, false}, "treating": {tally.Injured, false},
	"freed": {tally.OtherMeasure, false}, "released": {tally.OtherMeasure, false},
	"damaged": {tally.OtherMeasure, false}, "destroyed": {tally.OtherMeasure, false},
	"burned": {tally.OtherMeasure, false}, "burnt": {tally.OtherMeasure, false},
	"ablaze": {tally.OtherMeasure, false}, "set": {tally.OtherMeasure, false},
	"torched": {tally.OtherMeasure, false}, "looted": {tally.OtherMeasure, false},
	"vandalised": {tally.OtherMeasure, false}, "vandalized": {tally.OtherMeasure, false},
	"ransacked": {tally.OtherMeasure, false}, "razed": {tally.OtherMeasure, false},
	"escaped": {tally.OtherMeasure, false}, "broke": {tally.OtherMeasure, true},
	"recaptured": {tally.Arrested, false}, "rearrested": {tally.Arrested, false}, "re-arrested": {tally.Arrested, false},
	"charged": {tally.OtherMeasure, false}, "indicted": {tally.OtherMeasure, false},
	"prosecuted": {tally.OtherMeasure, false}, "tried": {tally.OtherMeasure, true},
	"indictments": {tally.OtherMeasure, false}, "deployed": {tally.OtherMeasure, true},
	"mobilised": {tally.OtherMeasure, true}, "mobilized": {tally.OtherMeasure, true},
	"neutralised": {tally.Killed, true}, "neutralized": {tally.Killed, true},
	"lost": {tally.Killed, true}, "losing": {tally.Killed, true}, // "lost four soldiers"
	"asylum":   {tally.Displaced, false},
	"pardoned": {tally.OtherMeasure, false},
	// executed
	"executed": {tally.Executed, false}, "executing": {tally.Executed, false}, "execute": {tally.Executed, false},
	"execution": {tally.Executed, false}, "executions": {tally.Executed, false}, "hanged": {tally.Executed, false},
	"hangings": {tally.Executed, false}, "executes": {tally.Executed, false}, "hangs": {tally.Executed, true},
	// sentenced
	"sentenced": {tally.Sentenced, false}, "sentencing": {tally.Sentenced, false},
	"condemned": {tally.Sentenced, false}, "sentences": {tally.Sentenced, false},
	"convicted": {tally.Sentenced, true}, "jails": {tally.Arrested, false}, "detains": {tally.Arrested, false},
	// disappeared
	"disappeared": {tally.Disappeared, false}, "missing": {tally.Disappeared, false},
	"disappearance": {tally.Disappeared, false}, "unaccounted": {tally.Disappeared, false},
	"disappearances": {tally.Disappeared, false}, "abducted": {tally.Disappeared, false},
	// displaced
	"displaced": {tally.Displaced, false}, "displacing": {tally.Displaced, false},
	"displacement": {tally.Displaced, false}, "displacements": {tally.Displaced, false},
	"fled": {tally.Displaced, false}, "flee": {tally.Displaced, false}, "fleeing": {tally.Displaced, false},
	"evacuated": {tally.Displaced, false}, "uprooted": {tally.Displaced, false},
	"refugees": {tally.Displaced, false}, "crossed": {tally.Displaced, false},
	// participants
	"crowd": {tally.Participants, false}, "crowds": {tally.Participants, false},
	"rally": {tally.Participants, false}, "gathering": {tally.Participants, false},
	"gathered": {tally.Participants, false}, "marched": {tally.Participants, false},
	"rallied": {tally.Participants, false}, "demonstrated": {tally.Participants, false},
	"protested": {tally.Participants, false}, "attended": {tally.Participants, false},
	"attending": {tally.Participants, false}, "surrounded": {tally.Participants, true},
	"expect": {tally.Participants, true}, "expects": {tally.Participants, true},
	"expecting": {tally.Participants, true},
	"occupied":  {tally.Participants, true}, "besieged": {tally.Participants, true},
	"participated": {tally.Participants, false}, "turnout": {tally.Participants, false},
	"attendance": {tally.Participants, false}, "group": {tally.Participants, false},
	"chanted": {tally.Participants, false}, "assembled": {tally.Participants, false},
	"massed": {tally.Participants, false}, "joined": {tally.Participants, false},
	"crowded": {tally.Participants, false}, "thronged": {tally.Participants, false},
	"marching": {tally.Participants, false}, "rallying": {tally.Participants, false},
	"filled": {tally.Participants, true}, "packed": {tally.Participants, true}, "flooded": {tally.Participants, true},
	"streets": {tally.Participants, false}, "walked": {tally.Participants, false},
	"walk": {tally.Participants, false}, "join": {tally.Participants, false},
	"attend": {tally.Participants, false}, "march": {tally.Participants, false},
	"marches": {tally.Participants, false}, "rallies": {tally.Participants, false},
	"protest": {tally.Participants, false}, "protests": {tally.Participants, false},
	"demonstration": {tally.Participants, false}, "demonstrations": {tally.Participants, false},
	"part": {tally.Participants, false}, "came": {tally.Participants, false},
	"come": {tally.Participants, false}, "turned": {tally.Participants, false},
	"striking": {tally.Participants, false}, "strikes": {tally.Participants, false},
	"strike": {tally.Participants, false},
})

// afterAux are the words that may stand between a figure and the verb that
// governs it: "304 people were later killed", "70 remain missing".
var afterAux = set("were", "was", "are", "is", "have", "has", "had", "been", "being", "be",
	"reportedly", "allegedly", "also", "all", "each", "later", "subsequently", "since", "then",
	"who", "that", "which", "believed", "said", "thought", "feared", "known", "to",
	"remain", "remained", "remains", "still", "shot", "and", "either", "both", "went",
	"lost", "their", "his", "her", "took", "part", "in", "the", "into", "poured", "onto",
	"apparently", "now", "initially", "eventually", "summarily", "arbitrarily", "not",
	"confirmed", "presumed", "getting", "got", "may", "might", "could", "would",
	"will", "should", "must", "likely", "feared", "reported", "out", "on", "taken", "more", "others", "other", "expected", "face",
	"facing", "given", "handed", "among", "those", "behind", "beaten", "stabbed",
	"tortured", "burned", "stoned", "crushed", "trampled", "hacked", "put", "up",
	"into", "an", "badly", "seriously", "critically", "fatally", "estimated", "understood",
	"alleged", "found", "already")

// inclusionBefore are the words that make a figure a part of the one before
// it: "304 people, including 23 children".
var inclusionBefore = set("including", "includes", "include", "included", "among", "whom",
	"them", "mostly", "mainly")

// asides are the first words of a comma-delimited aside after a figure
// that the verb after it skips: "Hundreds, if not thousands, were
// arrested", "300 people, mostly students, were detained".
var asides = set("if", "perhaps", "possibly", "maybe", "most", "many", "some", "mostly",
	"mainly", "largely", "reportedly", "allegedly", "officials", "according", "witnesses",
	"activists", "police", "sources")

// changeVerbs make "from 200 to 300" a change, whose figure is the second
// number, rather than a range.
var changeVerbs = set("rose", "risen", "rise", "rises", "rising", "increased", "increase",
	"climbed", "climb", "jumped", "grew", "grown", "soared", "revised", "raised", "went",
	"fell", "dropped", "decreased", "lowered", "reduced", "up", "down", "shot", "gone",
	"goes", "going", "moved", "jumps", "climbs", "rises")

// placeUnits are the units whose figure is how many places: "protests in
// about 200 cities".
var placeUnits = set("city", "town", "village", "province", "county", "district",
	"locality", "neighbourhood", "neighborhood", "region", "location", "state", "country",
	"municipality", "township", "hamlet", "area", "governorate", "prefecture", "site",
	"place", "settlement", "borough", "suburb", "capital")

// unitMeasures are units that say what they count without a verb.
var unitMeasures = wordset.New(map[string]tally.Measure{
	"dead": tally.Killed, "death": tally.Killed, "body": tally.Killed, "corpse": tally.Killed,
	"fatality": tally.Killed, "martyr": tally.Killed,
	"injured": tally.Injured, "wounded": tally.Injured, "injury": tally.Injured,
	"arrest": tally.Arrested, "detainee": tally.Arrested, "detention": tally.Arrested,
	"execution": tally.Executed, "hanging": tally.Executed, "sentence": tally.Sentenced,
	"missing": tally.Disappeared, "disappearance": tally.Disappeared,
	"displaced": tally.Displaced, "refugee": tally.Displaced, "idp": tally.Displaced,
	"killing": tally.Killed, "prisoner": tally.Arrested,
	"protester": tally.Participants, "demonstrator": tally.Participants,
	"marcher": tally.Participants, "participant": tally.Participants,
	"striker": tally.Participants, "mourner": tally.Participants, "rallygoer": tally.Participants,
})

// strongUnits say what they count more surely than a verb before them:
// "the protests left 300 dead".
var strongUnits = set("dead", "death", "body", "corpse", "fatality", "martyr", "injured",
	"wounded", "injury", "arrest", "execution", "hanging", "sentence", "missing",
	"disappearance", "displaced", "killing")

// adjectiveUnits count people by what happened to them; claims.md keeps
// no noun for them: "the 527 dead" has the unit "".
var adjectiveUnits = set("dead", "wounded", "injured", "missing", "displaced")

// anaphors are nouns that name a figure already given, whose measure a
// bare number after them takes: "put the figure at 46".
var anaphors = set("figure", "figures", "number", "toll", "tally", "count", "estimate", "total")

// persons are units that count people: the only units "held" and "seized"
// can arrest, and units that count in any context.
var persons = set("person", "people", "man", "woman", "child", "minor", "student", "worker",
	"teacher", "journalist", "reporter", "activist", "lawyer", "civilian", "soldier",
	"officer", "policeman", "policewoman", "police", "member", "resident", "villager",
	"citizen", "national", "migrant", "refugee", "detainee", "prisoner", "inmate",
	"teenager", "juvenile", "youth", "boy", "girl", "adult", "doctor", "nurse", "farmer", "adolescent",
	"trucker", "driver", "employee", "miner", "cleric", "blogger", "dissident", "opponent",
	"supporter", "fighter", "militant", "rebel", "insurgent", "troop", "guard", "agent",
	"personnel", "staff", "individual", "family", "relative", "mother", "father", "athlete",
	"artist", "writer", "poet", "filmmaker", "singer", "actor", "pilgrim", "worshipper",
	"voter", "candidate", "lawmaker", "deputy", "official", "diplomat", "tourist",
	"foreigner", "passenger", "hostage", "captive", "victim", "survivor", "witness",
	"casualty", "defendant", "suspect", "passer-by", "rohingya", "uyghur", "uighur", "convict", "gunman", "attacker", "assailant",
	"protester", "demonstrator", "marcher", "participant", "striker", "mourner", "dead",
	"wounded", "injured", "missing", "displaced", "body", "corpse", "martyr", "idp",
	"militiaman", "security", "force", "member", "baha'i", "kurd", "christian", "muslim",
	"sunni", "shia", "labourer", "laborer", "pensioner", "retiree", "woman", "clergy",
	"cadet", "conscript", "recruit", "volunteer", "medic", "paramedic", "firefighter",
	"terrorist", "rioter", "looter", "jihadist", "extremist", "separatist", "bandit",
	"combatant", "guerrilla", "sniper", "hooligan", "thug", "mercenary", "assailant")

// invariantPlurals are units that count many without an "s": "200 police",
// "the 527 dead", "20 staff".
var invariantPlurals = set("people", "police", "personnel", "staff", "dead", "wounded",
	"injured", "missing", "displaced", "clergy", "security", "military", "crew", "youth",
	"militia", "infantry", "cattle", "livestock", "sheep", "fish", "troops")

// irregular maps irregular plurals and other written forms to the
// singular unit.
var irregular = wordset.New(map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child",
	"policemen": "policeman", "policewomen": "policewoman", "gunmen": "gunman",
	"militiamen": "militiaman", "clergymen": "clergyman", "firemen": "fireman",
	"servicemen": "serviceman", "tribesmen": "tribesman", "countrymen": "countryman",
	"lives": "life", "wives": "wife", "thieves": "thief", "buses": "bus", "series": "series",
	"species": "species", "police": "police", "staff": "staff", "personnel": "personnel",
	"crew": "crew", "dead": "dead", "wounded": "wounded", "injured": "injured",
	"missing": "missing", "displaced": "displaced", "youth": "youth", "troops": "troop",
	"idps": "idp", "baha'is": "baha'i", "campuses": "campus", "statuses": "status",
	"passers-by": "passer-by", "others": "others",
	// peoples whose plural ends in -is, which looksPlural passes over
	"yemenis": "yemeni", "bahrainis": "bahraini", "saudis": "saudi", "iraqis": "iraqi",
	"pakistanis": "pakistani", "kuwaitis": "kuwaiti", "omanis": "omani", "somalis": "somali",
	"israelis": "israeli", "qataris": "qatari", "emiratis": "emirati", "bangladeshis": "bangladeshi",
	"nepalis": "nepali", "azerbaijanis": "azerbaijani", "kashmiris": "kashmiri", "baluchis": "baluchi",
	"punjabis": "punjabi", "sindhis": "sindhi", "pashtunis": "pashtuni",
})

// nonCountables are units that make a number something other than a figure:
// money, percentages, durations, measurements, ratios.
var nonCountables = set(
	// money
	"dollar", "euro", "pound", "rial", "riyal", "toman", "yuan", "rupee", "lira", "dinar",
	"rouble", "ruble", "franc", "yen", "naira", "shilling", "cedi", "birr", "peso",
	"dirham", "afghani", "taka", "kyat", "cent", "pence", "penny", "usd", "eur", "gbp",
	"irr", "bitcoin", "btc", "lari", "manat", "som", "tenge", "hryvnia", "rand",
	"kwanza", "kwacha", "leone", "dalasi", "ariary", "metical", "meticais", "lilangeni", "emalangeni",
	"pula", "loti", "maloti", "nakfa", "ouguiya", "lek", "denar", "kuna", "forint", "zloty", "koruna",
	"leu", "lei", "lev", "dram", "somoni", "rupiah", "ringgit", "baht", "kip", "riel", "dong", "won",
	"renminbi", "real", "reais", "bolivar", "bolivares", "sol", "soles", "guarani", "quetzal",
	"lempira", "cordoba", "colon", "balboa", "gourde", "ksh", "kes", "ngn", "zar", "egp", "inr", "pkr",
	"vote", "abstention", "seat", "signature", "view", "follower", "like", "click",
	// works and records, which count no one in an episode
	"photograph", "photo", "picture", "image", "page", "book", "poster", "painting",
	"song", "film", "exhibit", "artwork", "subscriber", "retweet", "share", "download",
	// percentages and ratios
	"percent", "per", "pc", "percentage", "point", "fold", "time", "half", "third",
	"quarter", "fourth", "fifth", "sixth", "tenth", "hundredth", "thousandth",
	// durations
	"second", "sec", "minute", "min", "hour", "hr", "day", "week", "fortnight", "month",
	"year", "yr", "decade", "century", "night", "weekend", "morning", "evening",
	"afternoon", "term", "lash", "lashes", "stroke", "source",
	// measurements
	"km", "kilometre", "kilometer", "mile", "metre", "meter", "cm", "mm", "ft", "feet",
	"foot", "inch", "yard", "kg", "kilogram", "gram", "tonne", "ton", "lb", "ounce",
	"litre", "liter", "gallon", "barrel", "bpd", "hectare", "acre", "degree", "mph",
	"kph", "knot", "mw", "megawatt", "gw", "kwh", "volt", "calorie", "mb", "gb", "tb",
	"pixel", "square", "cubic", "magnitude", "storey", "floor", "sq", "m", "g",
	// other non-counts
	"am", "pm", "gmt", "utc", "o'clock", "bc", "ad", "st", "nd", "rd", "th", "side",
	"continent", "option", "reason", "way", "step", "goal", "demand", "word",
	// parts of texts and bodies that draft them: "its 12 articles", "six
	// commissions to draft reforms"
	"article", "clause", "chapter", "paragraph", "section", "amendment", "page", "commission",
	"committee", "subcommittee", "count")

// codeNouns name things by number: "Article 19", "Ward 209", "Flight 752",
// "page 5". A number right after one is a label, not a figure.
var codeNouns = set("article", "page", "pages", "p", "pp", "section", "paragraph", "para",
	"chapter", "clause", "resolution", "decree", "law", "bill", "no", "nos", "nr", "nrs",
	"number", "item", "verse", "flight", "bus", "route", "road", "highway", "line",
	"platform", "gate", "room", "ward", "cell", "block", "building", "unit", "floor",
	"level", "phase", "grade", "class", "version", "model", "size", "volume", "vol",
	"issue", "episode", "season", "channel", "station", "district", "region", "zone",
	"sector", "brigade", "battalion", "regiment", "corps", "plan", "case", "file", "docket",
	"form", "table", "figure", "appendix", "annex", "category", "stage", "round", "match",
	"game", "top", "group", "amendment", "protocol", "apartment", "plot", "lot", "tower",
	"camp", "exit", "terminal", "boeing", "airbus", "code", "tier", "grade", "vote",
	"precinct", "constituency", "km", "mile", "kilometre", "kilometer", "hall", "bloc",
	"note", "footnote", "paragraphs", "articles", "sections", "chapters", "clauses", "day",
	"week", "year", "part", "step", "point", "type", "batch", "wave", "session", "rule")

// agePrefixes make the number after them an age: "aged 17".
var agePrefixes = set("aged", "age", "ages", "ageing", "turned", "turning", "turns")

// months name months in English, Solar Hijri and Islamic calendars: a
// number beside one is a day or a year.
var months = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
	"jul", "aug", "sep", "sept", "oct", "nov", "dec", "farvardin", "ordibehesht",
	"khordad", "tir", "mordad", "amordad", "shahrivar", "mehr", "aban", "azar", "dey",
	"bahman", "esfand", "muharram", "safar", "rajab", "shaban", "ramadan", "ramazan",
	"shawwal")

// yearPrefixes make a four-digit number after them a year: "in 2019".
var yearPrefixes = set("in", "since", "until", "till", "by", "from", "during", "before",
	"after", "of", "early", "late", "mid", "summer", "spring", "autumn", "fall", "winter",
	"year", "years", "circa", "around", "through", "to", "and", "between", "the", "'s")

// scoreWords make a dashed pair of numbers a score: "a 2-1 win".
var scoreWords = set("won", "win", "wins", "beat", "beats", "defeated", "defeat", "drew",
	"draw", "lost", "loss", "score", "scored", "scoreline", "victory", "vote", "votes",
	"voted", "ruling", "margin")

// stopWords end the noun phrase after a number.
var stopWords = set("were", "was", "is", "are", "be", "been", "being", "have", "has",
	"had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "do",
	"does", "who", "whom", "whose", "which", "that", "in", "on", "at", "of", "to", "from",
	"by", "for", "with", "without", "during", "since", "after", "before", "across",
	"among", "amid", "into", "onto", "over", "under", "and", "or", "but", "as", "than",
	"including", "like", "while", "when", "where", "the", "a", "an", "this", "these",
	"those", "their", "its", "his", "her", "our", "less", "fewer", "also", "so",
	"said", "says", "according", "last", "each", "every", "all", "both", "alone", "only",
	"out", "up", "down", "off", "about", "around", "near", "inside", "outside", "through",
	"against", "within", "until", "till", "via", "upon", "toward", "towards", "nor", "yet",
	"if", "then", "there", "here", "now", "not", "no", "it", "they", "them", "he", "she",
	"we", "you", "i", "what", "whether", "yesterday", "today", "tonight", "overnight",
	"earlier", "later", "recently", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "total", "altogether", "respectively", "each", "apiece", "others",
	"ago", "again", "too", "either", "such", "since", "because", "per")

// unrestCues are word prefixes that mark a sentence about unrest, in which
// an unknown countable thing is still counted (measure "other").
var unrestCues = []string{"protest", "demonstrat", "riot", "unrest", "clash", "police",
	"security", "kill", "arrest", "detain", "strike", "uprising", "crackdown", "violen",
	"attack", "bomb", "militia", "troop", "soldier", "rebel", "regime", "execut", "prison",
	"tortur", "raid", "shoot", "shot", "fire", "burn", "torch", "loot", "vandal", "rall",
	"march", "revolt", "insurg", "conflict", "war", "fight", "massacre", "dead", "death",
	"injur", "wound", "victim", "hostage", "abduct", "sentenc", "court", "trial", "boycott",
	"sanction", "displac", "refugee", "election", "vote", "ballot", "destroy", "damag",
	"detention", "disturbanc", "roadblock", "blockade", "curfew", "turmoil", "disorder"}

// windowStops end the search for a governing word before a figure: they
// begin another clause or govern the figure themselves ("sparked protests
// involving 10,000 people").
var windowStops = set("and", "or", "but", "while", "as", "after", "before", "when",
	"which", "who", "whom", "that", "said", "says", "say", "told", "tells", "according",
	"sparked", "triggered", "prompted", "involving", "involved", "saw", "led",
	"leading", "against", "despite", "following", "amid", "since", "because", "than",
	"including", "where", "whereas", "if", "although", "though", "with", "among",
	"warned", "threatened", "citing", "quoting", "quoted")

// auxAfter says which words may come before some of the afterAux words:
// "to" only in "believed to", "took to"; "the" only in "to the streets".
var auxAfter = wordset.New(map[string]*wordset.Map[bool]{
	"to": set("believed", "said", "thought", "feared", "known", "took", "forced", "likely",
		"estimated", "understood", "alleged",
		"expected", "appeared", "seemed", "reported", "confirmed", "presumed", "taken",
		"put", "beaten", "stabbed", "tortured", "burned", "stoned", "crushed", "trampled", "hacked"),
	"the":   set("to", "among", "face", "facing", "given", "on"),
	"part":  set("took", "taken"),
	"their": set("lost"),
	"his":   set("lost"),
	"her":   set("lost"),
	"and":   set("shot", "beaten", "tortured", "stabbed", "wounded"),
	"out":   set("walked", "walk", "turned"),
	"on":    set("went", "are", "were", "remain", "remained"),
	"up":    set("rounded"),
	"an":    set("lost"),
})

// baseVerbs may follow "to" after a figure's noun: "100,000 people to join".
var baseVerbs = set("death", "join", "attend", "march", "rally", "walk", "flee", "take",
	"face", "be", "have", "die")

// possessive words before a number of places make it what a place has,
// not where an episode reached: "the capital, whose 22 districts".
var possessive = set("whose", "its", "their", "has", "have", "had", "with", "of")

// places of confinement: "in custody", "into detention".
var confinement = set("custody", "detention", "prison", "jail", "prisons", "jails")

// participationLinks join an episode to the number of its participants:
// "the rally drew 250,000", "a strike by 12,000 workers", "protests
// involving 10,000 people". A weak trigger governs only through one.
var participationLinks = set("drew", "draws", "draw", "drawing", "drawn", "attracted", "attracting",
	"brought", "involved", "involving", "mobilised", "mobilized", "numbered", "saw", "swelled",
	"by", "with", "reached", "of", "gathered", "counted")

// partitives may follow "of" in "20 of the protesters", "five of them".
var partitives = set("the", "those", "these", "their", "its", "them", "whom", "us", "his",
	"her", "our", "my", "your")

// npModifiers may stand between a number and its noun without being it:
// "10,000 more families", "11 other detainees".
var npModifiers = set("more", "other", "additional", "further")

// addressNouns end a street address: "10 Downing Street".
var addressNouns = set("street", "st", "road", "rd", "avenue", "ave", "square", "boulevard",
	"blvd", "lane", "drive", "highway", "alley", "plaza")

// currencySigns are the symbols written before an amount of money.
const currencySigns = "$€£¥₹﷼₺₽₱₦₴₩₫₭₮₲₵₸₼₾৳฿₪"

// currencyCodes written before an amount: "USD 500", "Rs 200".
var currencyCodes = set("usd", "eur", "gbp", "irr", "rs", "inr", "ksh")

// isoCurrencies are currency codes that count money only written in
// capitals before a number ("PHP 34.7 billion"); some are words as well
// ("try", "cop").
var isoCurrencies = set("php", "kes", "ngn", "zar", "egp", "try", "rub", "uah", "brl", "cop", "ars",
	"mxn", "clp", "pen", "bdt", "pkr", "lkr", "npr", "mmk", "thb", "idr", "myr", "vnd", "cny", "hkd",
	"jpy", "krw", "aud", "cad", "chf", "sek", "nok", "pln", "huf", "ils", "sar", "aed", "qar", "iqd",
	"syp", "lbp", "jod", "tnd", "mad", "dzd", "etb", "ugx", "tzs", "ghs", "xof", "xaf", "sdg", "afn",
	"kzt", "byn", "gel", "ves", "bob", "zwl", "mzn", "cdf", "rwf", "lyd", "yer", "irt")

// clockWords after a number make it a time of day: "9 pm", "14 GMT".
var clockWords = set("am", "pm", "gmt", "utc", "o'clock", "o’clock", "hrs", "hours", "local")

// phrase is what must stand around a trigger of phraseTriggers: one of the
// words after it, or else one of the two words before it.
type phrase struct {
	before, after *wordset.Map[bool]
}

// phraseTriggers govern a figure only inside a phrase: "took to the
// streets", "lost their lives", "walked out", "behind bars", "condemned to
// death" (not "the arrests were condemned").
var phraseTriggers = wordset.New(map[string]phrase{
	"streets":   {before: set("to", "on", "in")},
	"lives":     {before: set("lost")},
	"life":      {before: set("lost")},
	"walked":    {after: set("out")},
	"walk":      {after: set("out")},
	"turned":    {after: set("out")},
	"part":      {before: set("took", "take", "taking", "taken", "takes")},
	"rounded":   {after: set("up")},
	"condemned": {after: set("to")},
	"bars":      {before: set("behind")},
	"prison":    {before: set("in", "into")},
	"jail":      {before: set("in", "into")},
	"forced":    {after: set("from", "out", "to")},
	"driven":    {after: set("from", "out")}, // "7.5 million people have been driven from their homes"
	"drove":     {after: set("from", "out")},
	"eye":       {before: set("lost")},
	"eyes":      {before: set("lost")},
	"sight":     {before: set("lost")},
	"limbs":     {before: set("lost")},
	"treated":   {after: set("for", "in")},
	"treating":  {after: set("for", "in")},
	"crossed":   {after: set("into", "over", "from")},
	"deprived":  {after: set("of")}, // "deprived of their liberty"
	"remains":   {after: set("of")}, // "the remains of at least 40 people", but "the toll remains 40"
})

// finiteTriggers are verb forms that are never participles, so that they
// govern the figure before them however close: "thousands fled".
var finiteTriggers = set("died", "die", "dies", "fled", "perished", "gathered", "marched", "thronged",
	"rallied", "demonstrated", "protested", "attended", "participated", "chanted",
	"assembled", "massed", "joined", "streets", "lives", "life", "remain", "toll", "part",
	"join", "attend", "walk", "custody", "death", "bars", "eye", "eyes", "sight", "limbs")

// priceWords make a bare number after them an amount, never a restated
// figure: "as petrol prices tripled to 3,000".
var priceWords = set("price", "prices", "cost", "costs", "rate", "rates", "inflation", "fare",
	"fares", "wage", "wages", "salary", "salaries", "rent", "currency", "budget", "tax",
	"taxes", "index", "exchange", "value", "fee", "fees")

// set builds a lookup set of words: a wordset table, which answers the
// lookups made for most words of a sentence faster than a map.
func set(words ...string) *wordset.Map[bool] {
	return wordset.Set(words...)
}
