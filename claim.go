package tally

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// Measure is what a figure counts.
type Measure string

// The measures of the claim contract.
const (
	Killed       Measure = "killed"
	Injured      Measure = "injured"
	Arrested     Measure = "arrested" // detained, jailed, held
	Executed     Measure = "executed" // put to death by a state
	Sentenced    Measure = "sentenced"
	Disappeared  Measure = "disappeared"
	Displaced    Measure = "displaced"
	Participants Measure = "participants" // crowd size
	Places       Measure = "places"       // how many cities, towns, provinces
	OtherMeasure Measure = "other"        // something else in the event, kept with its unit
)

// Measures lists every measure in the order reports show them.
var Measures = []Measure{Killed, Injured, Arrested, Executed, Sentenced, Disappeared, Displaced, Participants, Places, OtherMeasure}

// Qualifier is the hedge a figure is written with.
type Qualifier string

// The qualifiers of the claim contract; see Figure for low and high.
const (
	Exact    Qualifier = "exact"
	About    Qualifier = "about"
	AtLeast  Qualifier = "at_least"
	MoreThan Qualifier = "more_than"
	AtMost   Qualifier = "at_most"
	LessThan Qualifier = "less_than"
	Range    Qualifier = "range"
	Vague    Qualifier = "vague"
)

// Modality is how a figure is claimed.
type Modality string

// The modalities of the claim contract.
const (
	Asserted  Modality = "asserted"  // the publisher's own voice
	Reported  Modality = "reported"  // a named or described claimant states it
	Predicted Modality = "predicted" // forecast, not yet happened
	Hedged    Modality = "hedged"    // reportedly, allegedly, unconfirmed
	Denied    Modality = "denied"    // stated in order to be rejected
)

// EventType is the kind of episode a figure belongs to.
type EventType string

// The event types of the claim contract.
const (
	Protest   EventType = "protest"
	Riot      EventType = "riot"
	Strike    EventType = "strike"
	Boycott   EventType = "boycott"
	Killing   EventType = "killing"
	Assault   EventType = "assault"
	Arrest    EventType = "arrest"
	Execution EventType = "execution"
	Trial     EventType = "trial"
	Attack    EventType = "attack"
	Election  EventType = "election"
	OtherType EventType = "other"
)

// EventTypes lists every event type.
var EventTypes = []EventType{Protest, Riot, Strike, Boycott, Killing, Assault, Arrest, Execution, Trial, Attack, Election, OtherType}

// Figure is a number as a source wrote it. Low and High are inclusive; nil
// is an open bound ("at least 304": High nil; "up to 5,000": Low nil).
type Figure struct {
	Low       *int64    `json:"low"`
	High      *int64    `json:"high"`
	Qualifier Qualifier `json:"qualifier"`
	Unit      string    `json:"unit"` // head noun as written, singular
	Text      string    `json:"text"` // the figure as written
}

// Int64 returns a pointer to n, for Figure bounds.
func Int64(n int64) *int64 { return &n }

// Claimant is who asserts a figure. A nil *Claimant in a Claim is the
// document's publisher speaking in its own voice.
type Claimant struct {
	Name string   `json:"name"`
	Via  []string `json:"via,omitempty"` // whom the claimant cites, outermost first
	Cue  string   `json:"cue"`           // the reporting word: said, according to, reported…
}

// When is the date of the episode a figure belongs to, at the precision
// written: ISO 8601 dates, inclusive. Empty Start or End is unknown.
type When struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	Text  string `json:"text,omitempty"`
}

// Place is a resolved place: a city, a province or a country.
type Place struct {
	Name       string  `json:"name"`
	Country    string  `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Admin1     string  `json:"admin1,omitempty"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeonamesID int64   `json:"geonames_id,omitempty"`
	Kind       string  `json:"kind,omitempty"` // city, admin1, country
}

// Actors are who did what to whom, as the sentence names them.
type Actors struct {
	Perpetrator string `json:"perpetrator,omitempty"`
	Target      string `json:"target,omitempty"`
}

// Claim is one figure that one source asserts about one episode. Its JSON is
// the contract of claims.md: fields may be added, none renamed.
type Claim struct {
	ID         string    `json:"id"`          // "cl_<hex>", stable for the same document and span
	Doc        string    `json:"doc"`         // the Document's ID
	Span       [2]int    `json:"span"`        // byte offsets of the claim's sentence in the clean text
	Quote      string    `json:"quote"`       // that sentence
	FigureSpan [2]int    `json:"figure_span"` // byte offsets of Figure.Text in the clean text
	Measure    Measure   `json:"measure"`
	Figure     Figure    `json:"figure"`
	EventType  EventType `json:"event_type"`
	Claimant   *Claimant `json:"claimant"`
	Modality   Modality  `json:"modality"`
	When       *When     `json:"when"`
	Where      []Place   `json:"where"`
	Actors     *Actors   `json:"actors,omitempty"`
	// Part marks a figure counted inside a larger one ("23 children among
	// the dead", "six of the dead were police"): a claim of its own, but
	// not a total to set beside other sources' totals.
	Part      bool      `json:"part,omitempty"`
	Published time.Time `json:"published,omitzero"`  // the document's, copied for linking
	Publisher string    `json:"publisher,omitempty"` // the document's, copied for linking
}

// ClaimID is the stable identifier of the claim whose figure stands at
// figureStart in document doc.
func ClaimID(doc string, figureStart int) string {
	// The same bytes as doc + "#" + the decimal offset, hashed without
	// building the string: every claim of every document is named here.
	var buf [128]byte
	b := append(buf[:0], doc...)
	b = append(b, '#')
	b = strconv.AppendInt(b, int64(figureStart), 10)
	sum := sha256.Sum256(b)
	var out [3 + 16]byte
	copy(out[:], "cl_")
	hex.Encode(out[3:], sum[:8])
	return string(out[:])
}

// ClaimFilter selects claims. Zero values select everything.
type ClaimFilter struct {
	Doc       string
	Measure   Measure
	EventType EventType
	Claimant  string    // case-insensitive substring of the claimant's name
	Since     time.Time // on the event date (When)
	Until     time.Time
	Query     string // full-text query over the claim's document
	Limit     int
	Offset    int
}

// Extractor reads the claims in a document's clean text. It is pure: the
// same document gives the same claims.
type Extractor interface {
	Extract(doc *Document) []Claim
}
