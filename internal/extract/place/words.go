package place

import "tally/internal/extract/wordset"

// The word lists recognition uses. Keys are folded (lower case).

// neverPlace are words that GeoNames knows as some village but that in
// English text are function words, months, days, titles or pronouns.
var neverPlace = setOf(
	"a", "an", "the", "of", "in", "on", "at", "by", "as", "to", "is", "it", "be", "do", "go", "so", "no",
	"from", "for", "with", "into", "onto", "upon", "about", "against", "among", "until", "since", "than",
	"he", "she", "we", "they", "you", "i", "me", "my", "his", "her", "our", "their", "its",
	"this", "that", "these", "those", "there", "here", "but", "and", "or", "if", "yes", "not", "all",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mr", "mrs", "ms", "dr", "sir", "president", "minister", "general", "governor", "mayor", "king", "queen",
	"prince", "sheikh", "imam", "ayatollah", "god", "allah", "islam", "islamic", "muslim", "christian",
	"police", "army", "health", "university", "hospital", "court", "government", "state", "city", "province",
	"north", "south", "east", "west", "central", "union", "republic", "national", "international",
	"new", "old", "san", "santa", "saint", "st", "fort", "port", "mount", "lake", "river", "bay",
	"after", "before", "during", "when", "while", "where", "who", "what", "which", "why", "how",
	"also", "however", "meanwhile", "many", "some", "most", "more", "much", "other", "such",
	"said", "says", "according", "reports", "report", "news", "agency", "people", "protesters",
	"security", "forces", "officials", "sources", "video", "photo", "update", "breaking", "live",
	"human", "rights", "amnesty", "watch", "times", "post", "daily", "press", "media",
	"prime", "deputy", "chief", "head", "leader", "supreme", "council", "ministry", "office",
	"best", "man", "bar", "hope", "justice", "liberty", "independence", "union", "progress", "unity",
	"friendship", "victory", "freedom", "peace", "industry", "commerce", "enterprise", "opportunity",
	"early", "late", "day", "week", "year", "today", "tonight", "yesterday", "tomorrow", "date",
	"even", "only", "just", "still", "again", "then", "now", "well", "good", "great", "little", "long",
	"why", "both", "each", "every", "any", "few", "several", "over", "under", "up", "down", "out",
	"official", "mass", "media", "sale", "split", "university", "college", "centre", "center",
	"ebola", "sars", "aids", "hiv", "flu", "covid", "virus", "cholera", "dengue", "malaria", "polio",
	"who", "un", "eu", "nato", "opec", "cdc", "bbc", "cnn", "ap", "afp", "irna", "isna",
	"western", "eastern", "northern", "southern", "green", "spring", "summer", "winter", "autumn", "fall",
	"star", "sunshine", "walnut", "trojan", "cobra", "level", "common", "rock", "mission", "village",
	"white", "black", "red", "blue", "gold", "silver", "golden", "royal", "federal", "union", "liberal",
	"labor", "labour", "democrat", "republican", "conservative", "senate", "congress", "parliament",
	"midlands", "highlands", "lowlands", "plains", "hills", "heights", "park", "gardens", "market",
	"church", "temple", "mosque", "school", "station", "bridge", "castle", "tower", "hall", "house",
	"white house", "red cross", "red crescent", "the village", "the city", "the post", "the rock",
	"the mission", "the level", "the common", "the center", "the centre", "the hague", "the valley",
	"via", "per", "pro", "anti", "ex", "vice", "acting", "interim", "former", "senior", "junior",
	"free", "care", "soul", "samples", "sample", "fire", "water", "energy", "capital", "harbour",
	"lu", "bo", "li", "ma", "wu", "yu", "xu", "hu", "he", "ye", "ba", "da", "la", "le", "el", "al",
)

// personNames are first names and surnames common in news that GeoNames
// also knows as places; alone they are people. Unlike neverPlace words they
// do not stand before a place without joining it: "Michael Jordan".
var personNames = setOf(
	"bush", "obama", "trump", "biden", "clinton", "blair", "brown", "smith", "jones", "james", "john",
	"david", "robert", "michael", "thomas", "william", "williams", "george", "paul", "peter", "mark",
	"sue", "julia", "maria", "anna", "mary", "elizabeth", "charles", "edward", "richard", "joseph",
)

// titles before a name make it a person's: "Dr. Kevin Reilly", "Senator
// Kerry".
var titles = setOf(
	"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
	"senator", "sen", "rep", "representative", "governor", "gov", "mayor", "minister", "secretary",
	"judge", "justice", "general", "gen", "colonel", "col", "captain", "capt", "major", "lt",
	"sergeant", "sgt", "officer", "chief", "spokesman", "spokeswoman", "spokesperson", "director",
	"king", "queen", "prince", "princess", "sheikh", "imam", "ayatollah", "father", "rev", "reverend",
	"pope", "saint", "brother", "sister", "uncle", "aunt", "mother", "son", "daughter", "wife", "husband",
	"coach", "player", "actor", "singer", "author", "writer", "journalist", "reporter", "lawyer",
	"attorney", "activist", "premier", "chancellor", "ambassador", "commissioner", "inspector",
)

// calendarWords are months and days: capitalised, yet no part of the name
// before them ("Quezon City Wednesday evening").
var calendarWords = setOf(
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

// commonWord are place names that are also ordinary English words or first
// names: they count as places only with a cue ("in Reading").
var commonWord = setOf(
	"mobile", "reading", "nice", "buffalo", "bath", "of", "orange", "eagle", "phoenix", "sandy",
	"marion", "florence", "chester", "lincoln", "jackson", "austin", "jersey", "bristol", "kent",
	"wells", "banks", "mission", "paradise", "eden", "carmel", "goshen", "canton", "troy",
	"sparta", "trenton", "dover", "salem", "hamilton", "douglas", "warren", "clinton",
	"madison", "franklin", "jefferson", "monroe", "adams", "henry", "stanley", "milton", "howard",
	"man", "ali", "reza", "hassan", "hossein", "mohammad", "mahmoud", "karim",
	"said", "amir", "omar", "nasser", "mina", "nur", "noor", "sur", "as",
	"tabas", "khomeini", "rey", "ray", "pardis", "baran", "shahid",
	"azadi", "enghelab", "valiasr", "imam", "bahar", "nasim", "sahar", "mehr", "shahr",
)

// lowPopulation is the least population of a town named by one word with no
// cue, where the name could be a word or a person.
const lowPopulation = 15000

// bigRegion is the least population of a province whose one-word name is
// taken without a cue; smaller ones ("Michael", a parish) are often words
// or names.
const bigRegion = 100000

// cues are the words before a name that say it is a place.
var cues = setOf(
	"in", "near", "at", "from", "to", "into", "outside", "inside", "across", "throughout", "around",
	"towards", "toward", "via", "between", "of", "city", "town", "village", "province", "capital",
	"districts", "district", "county", "region", "border", "northern", "southern", "eastern", "western",
	"central", "north", "south", "east", "west", "downtown", "suburb", "suburbs", "outskirts", "streets",
	"visited", "visit", "entered", "left", "reached", "fled", "returned", "travelled", "traveled", "and",
	// Persian and Arabic, folded: in, city, province, near, from, to; in, city, governorate.
	"در", "شهر", "استان", "نزدیک", "از", "به", "فی", "مدینه", "محافظه",
)

// placeSuffixes are words after a name that keep it a place ("Shahriar
// County", "Khomeini Shahr district").
var placeSuffixes = setOf(
	"city", "province", "governorate", "region", "state", "county", "district", "prefecture", "valley",
	"island", "islands", "area", "border", "square", "street", "bazaar", "airport", "port",
	"suburb", "suburbs", "outskirts", "and", "or",
)

// orgSuffixes are words after a name that make it the name of something
// else: a newspaper, an agency, a university, a team.
var orgSuffixes = setOf(
	"times", "post", "news", "agency", "daily", "tribune", "herald", "journal", "press", "gazette",
	"telegraph", "mail", "chronicle", "observer", "monitor", "review", "magazine", "tv", "television",
	"radio", "network", "channel", "broadcasting", "university", "college", "institute", "club", "fc",
	"united", "rovers", "bank", "company", "corp", "corporation", "inc", "ltd", "airlines", "airways",
	"air", "group", "international", "wanderers", "athletic", "stock", "exchange", "accord", "agreement",
	"convention", "protocol", "declaration", "treaty", "syndrome", "virus", "fever", "flu", "strain",
	"ebolavirus", "disease",
	"refinery", "motors", "steel", "oil", "petroleum", "gas", "foundation", "society", "association",
)

// orgPrefixes are words before "of" that make "X of Place" an
// organisation: "University of Tehran", "Bank of England".
var orgPrefixes = setOf(
	"university", "college", "bank", "institute", "museum", "school", "academy", "archbishop",
	"bishop", "church", "diocese", "duke", "earl", "prince", "princess", "king", "queen", "emir",
	"shah", "sultan", "battle", "siege", "treaty",
)

// speechVerbs after a capital or a country make it its government speaking
// ("Tehran dismissed the report"), not the place of an event.
var speechVerbs = setOf(
	"said", "says", "say", "dismissed", "dismisses", "denied", "denies", "rejected", "rejects",
	"accused", "accuses", "warned", "warns", "announced", "announces", "claimed", "claims", "insisted",
	"insists", "responded", "responds", "condemned", "condemns", "urged", "urges", "vowed", "vows",
	"threatened", "threatens", "blamed", "blames", "stated", "states", "called", "calls", "demanded",
	"demands", "protested", "summoned", "summons", "retaliated", "sanctioned", "imposed", "agreed",
	"signed", "argued", "argues", "maintains", "maintained", "admitted", "admits", "acknowledged",
	"confirmed", "confirms", "wants", "wanted", "hit", "struck", "responded", "replied", "retorted",
)

// countryHeads are capitalised words after a country's name that keep it
// the country ("Iran Government", "US Army"), where any other capitalised
// word makes it part of a person's or a firm's name ("Jordan Peterson").
var countryHeads = setOf(
	"government", "army", "navy", "military", "ministry", "minister", "state", "president", "prime",
	"foreign", "embassy", "consulate", "parliament", "senate", "congress", "department", "centers",
	"centres", "red", "human", "health", "police", "security", "interior", "defence", "defense", "supreme",
	"national", "federal", "central", "border", "coast", "special", "secretary", "ambassador", "envoy",
	"officials", "forces", "authorities", "agriculture", "public", "civil", "chief", "general",
	"premier", "governor", "attorney", "legislature", "assembly", "house", "court", "high", "environment",
	"food", "education", "transport", "finance", "treasury", "trade", "labour", "labor", "police",
)

// speechAuxiliaries may stand between the name and its verb: "Tehran has
// denied".
var speechAuxiliaries = setOf("has", "have", "had", "will", "would", "is", "was", "also", "again", "quickly", "later", "on", "then")

// beforeNames are capitalised words that may stand right before a place name
// without making it part of a longer name ("In Tehran", "Northern Iraq").
var beforeNames = setOf(
	"in", "at", "on", "from", "to", "near", "across", "outside", "inside", "the", "and", "but", "as",
	"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
	"northeastern", "northwestern", "southeastern", "southwestern", "greater", "downtown", "while",
	"when", "after", "before", "since", "during", "like", "both", "all", "throughout", "around", "for",
	"with", "by", "of", "into", "via", "rural", "urban", "metropolitan", "upper", "lower", "occupied",
	"neighbouring", "neighboring", "nearby", "where", "if", "although", "though", "over", "until",
	"within", "between", "among", "against", "about", "under", "beyond", "off", "along", "towards",
)

// setOf is a word list as a wordset: every token of a document may be
// looked up in several lists, and a wordset answers faster than a map.
func setOf(words ...string) *wordset.Map[bool] {
	return wordset.Set(words...)
}
