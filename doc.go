// Package tally is an evidence ledger for reported violence and unrest.
//
// tally reads reports (text, HTML, feeds, JSON Lines, WARC) and turns every
// figure that a source claims into a Claim: what is counted, the number with
// its hedge, who claims it and through whom, how it is claimed, when and
// where, and the exact bytes it came from. It links the claims of many
// reports into Events, counts independent voices, follows a claimant's
// revisions and shows where sources conflict. It never decides which number
// is true: a figure is always a claim with a claimant.
//
// # Architecture
//
// This root package holds the domain: Document, Claim, Figure, Event,
// Source, the Store interface and the error kinds every layer shares. It
// imports only the standard library. Adapters live in internal/, one package
// per concern or dependency:
//
//   - internal/ingest reads files, directories, HTML, feeds, JSON Lines and
//     WARC into Documents;
//   - internal/extract turns a Document's clean text into Claims;
//   - internal/geo is the offline gazetteer behind a claim's places;
//   - internal/link links Claims into Events;
//   - internal/sqlite implements Store on embedded SQLite;
//   - internal/rest and internal/web serve the JSON API and HTML pages.
//
// Adapters do not import each other; when one needs another's behaviour it
// declares the small interface it uses. Only cmd/tally wires them together.
//
// The JSON shapes of Claim and Event are contracts (see docs/ and the spec
// beside the repository): fields may be added, none renamed.
package tally
