package tally

// Event is one real-world episode with every claim that any report makes
// about it. Its JSON is the contract of events.md.
type Event struct {
	ID        string                      `json:"id"` // "ev_<hex>", stable for the same set of claims
	EventType EventType                   `json:"event_type"`
	Title     string                      `json:"title"`
	When      *When                       `json:"when"`
	Where     []Place                     `json:"where"`
	Parent    *string                     `json:"parent"`
	Children  []string                    `json:"children"`
	Documents int                         `json:"documents"`
	Measures  map[Measure]*MeasureFigures `json:"measures"`
	Claims    []string                    `json:"claims,omitempty"` // IDs of the event's claims
}

// MeasureFigures is what every claimant says about one measure of an event.
type MeasureFigures struct {
	Range                Bounds            `json:"range"`        // over current figures; nil bound = open
	Conflict             bool              `json:"conflict"`     // some current figures do not overlap
	PartiesOnly          bool              `json:"parties_only"` // every figure comes from a party to the conflict
	Claimants            []ClaimantFigures `json:"claimants"`
	IndependentClaimants int               `json:"independent_claimants"`
}

// Bounds is a closed interval whose nil ends are open.
type Bounds struct {
	Low  *int64 `json:"low"`
	High *int64 `json:"high"`
}

// ClaimantFigures is one claimant's series of figures for one measure.
type ClaimantFigures struct {
	Name            string      `json:"name"`
	Kind            SourceKind  `json:"kind"`
	PartyToConflict bool        `json:"party_to_conflict"`
	ViaPublisher    bool        `json:"via_publisher,omitempty"`
	Via             []string    `json:"via,omitempty"` // who carried its figures ("Reuters"), outermost first, each once
	Current         FigureRef   `json:"current"`
	Revisions       []FigureRef `json:"revisions"` // earlier figures, oldest first
	Reports         int         `json:"reports"`   // documents that carry this claimant's figures
}

// FigureRef is one figure of a claimant's series, with the claim it comes
// from and the day it was claimed.
type FigureRef struct {
	Low       *int64    `json:"low"`
	High      *int64    `json:"high"`
	Qualifier Qualifier `json:"qualifier"`
	Claim     string    `json:"claim"`
	ClaimedOn string    `json:"claimed_on,omitempty"` // ISO date
}

// EventFilter selects events. Zero values select everything.
type EventFilter struct {
	EventType EventType
	Measure   Measure
	Country   string
	Since     string // ISO dates on the event's When
	Until     string
	Conflict  bool // only events with a conflicting measure
	Limit     int
	Offset    int
}
