// Package geo is tally's offline gazetteer: every country, every first-level
// region and every populated place of at least 500 people, with the names
// news uses for them, embedded in the binary.
package geo
