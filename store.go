package tally

import "context"

// Store keeps documents, their claims, events and sources. Every method is
// safe for concurrent use. A SQLite implementation ships by default; a
// PostgreSQL one can follow without changing callers.
type Store interface {
	DocumentStore
	EventStore
	SourceStore
	Close() error
}

// DocumentStore keeps documents with their claims.
type DocumentStore interface {
	// PutDocument stores a document and its claims in one transaction.
	// Bytes already stored (same ID) add nothing: created is false.
	PutDocument(ctx context.Context, doc *Document, claims []Claim) (created bool, err error)
	// PutDocuments stores a batch, each document all-or-nothing; it
	// returns, in order, whether each was new.
	PutDocuments(ctx context.Context, docs []DocumentClaims) ([]bool, error)
	// Document returns a document with its text (not its original bytes).
	Document(ctx context.Context, id string) (*Document, error)
	// Original returns a document's original bytes.
	Original(ctx context.Context, id string) ([]byte, error)
	// Documents lists documents without their text, newest first.
	Documents(ctx context.Context, f DocumentFilter) ([]Document, error)
	// HasDocument reports whether a document is stored.
	HasDocument(ctx context.Context, id string) (bool, error)
	Claim(ctx context.Context, id string) (*Claim, error)
	// Claims lists claims in document order.
	Claims(ctx context.Context, f ClaimFilter) ([]Claim, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
}

// DocumentClaims is a document with the claims extracted from it.
type DocumentClaims struct {
	Document *Document
	Claims   []Claim
}

// EventStore keeps the events the linker builds.
type EventStore interface {
	// ReplaceEvents stores events, replacing those with the listed IDs
	// (removed) and any with the same ID, in one transaction.
	ReplaceEvents(ctx context.Context, removed []string, events []Event) error
	Event(ctx context.Context, id string) (*Event, error)
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// EventsOfClaims returns the IDs of the events that hold these claims.
	EventsOfClaims(ctx context.Context, claimIDs []string) (map[string]string, error)
}

// SourceStore keeps the source registry.
type SourceStore interface {
	PutSources(ctx context.Context, sources []Source) error
	Sources(ctx context.Context) ([]Source, error)
}

// Stats counts what a store holds.
type Stats struct {
	Documents int `json:"documents"`
	Claims    int `json:"claims"`
	Events    int `json:"events"`
	Sources   int `json:"sources"`
}
