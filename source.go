package tally

// SourceKind is what kind of voice a source is.
type SourceKind string

// The source kinds of the event contract.
const (
	RightsGroup       SourceKind = "rights_group"
	NewsAgency        SourceKind = "news_agency"
	NewsOutlet        SourceKind = "news_outlet"
	StateMedia        SourceKind = "state_media"
	Government        SourceKind = "government"
	OppositionGroup   SourceKind = "opposition_group"
	ArmedGroup        SourceKind = "armed_group"
	InternationalBody SourceKind = "international_body"
	Individual        SourceKind = "individual"
	UnknownKind       SourceKind = "unknown"
)

// Source is a claimant or publisher that tally knows by name.
type Source struct {
	Name            string     `json:"name"`
	Aliases         []string   `json:"aliases,omitempty"`
	Kind            SourceKind `json:"kind"`
	PartyToConflict bool       `json:"party_to_conflict"`
	// Country is the ISO 3166-1 alpha-2 code of the country whose events
	// the source reports from within, for state media and governments: a
	// report of theirs that names no place is taken to be about it. Empty
	// for sources that report on many countries.
	Country string `json:"country,omitempty"`
}
