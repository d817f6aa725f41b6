package tally

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Format is how a document was written when tally read it.
type Format string

// The formats tally reads.
const (
	FormatText     Format = "text"
	FormatHTML     Format = "html"
	FormatRSS      Format = "rss"
	FormatAtom     Format = "atom"
	FormatJSONFeed Format = "jsonfeed"
	FormatJSONL    Format = "jsonl"
	FormatJSON     Format = "json" // a JSON array of records, or one record over several lines
	FormatWARC     Format = "warc"
)

// Document is one report as tally keeps it: its original bytes, stored once
// and addressed by their SHA-256, its metadata, and the clean text into which
// every claim's span points.
type Document struct {
	ID        string    `json:"id"`                  // "sha256:<hex>" of Original
	Source    string    `json:"source"`              // path or URL it was read from
	URL       string    `json:"url,omitempty"`       // canonical link, if the document gives one
	Publisher string    `json:"publisher,omitempty"` // site name, feed title or --publisher
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Language  string    `json:"language,omitempty"` // BCP 47, when known
	Format    Format    `json:"format"`
	Published time.Time `json:"published,omitzero"` // zero when unknown
	Ingested  time.Time `json:"ingested,omitzero"`
	Text      string    `json:"text,omitempty"`  // the clean text spans point into
	Original  []byte    `json:"-"`               // the bytes as read (the item's, for a feed)
	Notes     []string  `json:"notes,omitempty"` // repairs made while reading ("invalid UTF-8 replaced")
}

// DocumentID is the content address of original bytes: "sha256:<hex>".
func DocumentID(original []byte) string {
	sum := sha256.Sum256(original)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// DocumentFilter selects documents. Zero values select everything.
type DocumentFilter struct {
	Publisher string
	Query     string // full-text query over the clean text
	Since     time.Time
	Until     time.Time // on the published time
	Limit     int
	Offset    int
}
