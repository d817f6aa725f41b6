package geo

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"

	"tally"
)

// The embedded gazetteer, written by `go run ./internal/geo/gen` and
// compressed with zstd. It has three sections, separated by an empty line.
// Entries, one a line, tab-separated:
//
//	kind id country admin1 lat lon population feature name
//
// kind is C (country), R (broad region), A (first-level region) or P
// (populated place); id is the GeoNames id of a place, else 0. Keys, one a
// line: a folded name, a tab, and the entries it names as their line
// numbers from 0, separated by spaces, each optionally prefixed by "+" (the
// entry's own name), "=" (an abbreviation that matches only in capitals) or
// "~" (a demonym: Iranian). Prefixes, one a line: the first word of
// many-word keys, a tab, and the most words such a key has.
//
//go:embed gazetteer.tsv.zst
var embedded []byte

// Kind is what sort of place an entry is.
type Kind uint8

// The kinds of place, from the largest.
const (
	Region  Kind = iota + 1 // a continent or broad region: Africa, Middle East
	Country                 // a country or territory with an ISO code
	Admin1                  // a first-level region: a province or state
	City                    // a populated place of at least 500 people
)

// String is the Kind's name in tally.Place.Kind.
func (k Kind) String() string {
	switch k {
	case Region:
		return "region"
	case Country:
		return "country"
	case Admin1:
		return "admin1"
	case City:
		return "city"
	}
	return "unknown"
}

// Entry is one place of the gazetteer.
type Entry struct {
	Name       string
	Kind       Kind
	Country    string // ISO 3166-1 alpha-2; empty for a region
	Admin1     string // the GeoNames admin1 code inside Country: "26"
	Lat, Lon   float64
	Population int64 // for a country or region, the sum of its towns
	Feature    string
	GeonamesID int64
}

// Match is one entry that a name may stand for.
type Match struct {
	Entry   int32 // index for (*Gazetteer).Entry
	Primary bool  // the name is the entry's own, not an alternate
	Abbrev  bool  // an abbreviation: it matches only written in capitals
	Demonym bool  // "Iranian" for Iran
}

// ref is one link of a key's chain of matches.
type ref struct {
	entry int32
	next  int32 // -1 ends the chain
	flags uint8
}

const (
	flagPrimary = 1 << iota
	flagAbbrev
	flagDemonym
)

// slot is what the index knows of a word or name: the first ref of the
// places it names (-1 for none) and, when names of several words start with
// it, the most words they have. One lookup answers both questions.
type slot struct {
	head  int32
	words uint8
}

// Gazetteer finds places by name. It is read-only once loaded and safe for
// concurrent use.
type Gazetteer struct {
	entries   []Entry
	index     keyIndex // folded key, or first word of a many-word key
	refs      []ref
	countries map[string]int32
	admins    map[[2]string]int32 // {"IR", "26"} → entry; no key to build per lookup
	nentries  int                 // lines of the entries section
	// pairs is a Bloom filter, of one hash, of the first two words of
	// every key of two words or more (see MayBeginName).
	pairs []uint64
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loading it on the first call.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = loadBytes(embedded)
	})
	return defaultGaz, defaultErr
}

// Load reads a gazetteer in the embedded format.
func Load(r io.Reader) (*Gazetteer, error) {
	compressed, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return loadBytes(compressed)
}

// loadBytes decompresses in one call: the frame records its size, so the
// text is allocated once instead of grown.
func loadBytes(compressed []byte) (*Gazetteer, error) {
	zr, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(1<<30))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer zr.Close()
	raw, err := zr.DecodeAll(compressed, nil)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return parse(string(raw))
}

// parse builds the gazetteer over one string; names and keys are slices of
// it, so loading allocates little beyond the index.
func parse(data string) (*Gazetteer, error) {
	entries, rest, _ := strings.Cut(data, "\n\n")
	keys, prefixes, _ := strings.Cut(rest, "\n\n")
	nkeys := strings.Count(keys, "\n") + 1
	g := &Gazetteer{
		entries:   make([]Entry, 0, strings.Count(entries, "\n")+1),
		index:     newKeyIndex(nkeys + strings.Count(prefixes, "\n") + 1),
		refs:      make([]ref, 0, nkeys+nkeys/4),
		pairs:     make([]uint64, 1<<pairBits/64),
		countries: make(map[string]int32, 256),
		admins:    make(map[[2]string]int32, 4096),
	}
	g.nentries = cap(g.entries)
	// Entries and keys are independent: build them on two cores.
	var wg sync.WaitGroup
	var entryErr error
	wg.Go(func() { entryErr = eachLine(entries, g.addEntry) })
	keyErr := eachLine(keys, g.addKey)
	if keyErr == nil {
		keyErr = eachLine(prefixes, g.addPrefix)
	}
	wg.Wait()
	if err := errors.Join(entryErr, keyErr); err != nil {
		return nil, err
	}
	if len(g.entries) != g.nentries {
		return nil, fmt.Errorf("gazetteer: %d entries, want %d: %w", len(g.entries), g.nentries, tally.ErrInvalid)
	}
	return g, nil
}

// eachLine calls add on each non-empty line of a section.
func eachLine(section string, add func(string) error) error {
	for n := 1; section != ""; n++ {
		var line string
		line, section, _ = strings.Cut(section, "\n")
		if line == "" {
			continue
		}
		if err := add(line); err != nil {
			return fmt.Errorf("gazetteer: %q: %w", trim(line), err)
		}
	}
	return nil
}

func trim(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func (g *Gazetteer) addEntry(line string) error {
	var f [9]string
	for i := 0; i < 8; i++ {
		var ok bool
		f[i], line, ok = strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("%d fields, want 9: %w", i+1, tally.ErrInvalid)
		}
	}
	f[8] = line
	e, err := entryOf(f)
	if err != nil {
		return err
	}
	i := int32(len(g.entries))
	g.entries = append(g.entries, e)
	switch e.Kind {
	case Country:
		g.countries[e.Country] = i
	case Admin1:
		g.admins[[2]string{e.Country, e.Admin1}] = i
	}
	return nil
}

func entryOf(f [9]string) (Entry, error) {
	kind := kindOf(f[0])
	if kind == 0 {
		return Entry{}, fmt.Errorf("kind %q: %w", f[0], tally.ErrInvalid)
	}
	id, err1 := strconv.ParseInt(f[1], 10, 64)
	lat, err2 := strconv.ParseFloat(f[4], 64)
	lon, err3 := strconv.ParseFloat(f[5], 64)
	pop, err4 := strconv.ParseInt(f[6], 10, 64)
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			return Entry{}, fmt.Errorf("%w: %w", tally.ErrInvalid, err)
		}
	}
	return Entry{Name: f[8], Kind: kind, Country: f[2], Admin1: f[3], Lat: lat, Lon: lon,
		Population: pop, Feature: f[7], GeonamesID: id}, nil
}

func kindOf(code string) Kind {
	switch code {
	case "C":
		return Country
	case "R":
		return Region
	case "A":
		return Admin1
	case "P":
		return City
	}
	return 0
}

// addKey adds one key line: the key and its entries.
func (g *Gazetteer) addKey(line string) error {
	key, refs, ok := strings.Cut(line, "\t")
	if !ok || key == "" {
		return fmt.Errorf("no entries: %w", tally.ErrInvalid)
	}
	head := int32(-1)
	for refs != "" {
		var r string
		r, refs, _ = strings.Cut(refs, " ")
		var flags uint8
		switch {
		case strings.HasPrefix(r, "+"):
			flags, r = flagPrimary, r[1:]
		case strings.HasPrefix(r, "="):
			flags, r = flagAbbrev, r[1:]
		case strings.HasPrefix(r, "~"):
			flags, r = flagDemonym, r[1:]
		}
		i, err := strconv.Atoi(r)
		if err != nil || i < 0 || i >= g.nentries {
			return fmt.Errorf("entry %q: %w", r, tally.ErrInvalid)
		}
		g.refs = append(g.refs, ref{entry: int32(i), next: head, flags: flags})
		head = int32(len(g.refs) - 1)
	}
	g.index.put(key, slot{head: head})
	if pair, ok := firstPair(key); ok {
		h := pairHash(pair)
		g.pairs[h/64] |= 1 << (h % 64)
	}
	return nil
}

// pairBits is the log2 of the bits of the pairs filter: 256 KB, for
// some 120,000 pairs, wrongly admits about one pair in seventeen.
const pairBits = 21

// firstPair returns the first two words of a key, "a b" of "a b c", and
// false when it has fewer than two.
func firstPair(key string) (string, bool) {
	i := strings.IndexByte(key, ' ')
	if i < 0 {
		return "", false
	}
	if j := strings.IndexByte(key[i+1:], ' '); j >= 0 {
		return key[:i+1+j], true
	}
	return key, true
}

// pairHash is FNV-1a of s, folded to pairBits bits.
func pairHash[S string | []byte](s S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return (h ^ h>>32) & (1<<pairBits - 1)
}

// MayBeginName reports whether some name of two words or more may begin
// with the two folded words in key ("bandar abbas"): false is certain, so
// that a recogniser can skip the lookups of the longer names that would
// run on from them. A key of one word, or of more than two, is not judged:
// the answer is true.
func (g *Gazetteer) MayBeginName(key []byte) bool {
	i := bytes.IndexByte(key, ' ')
	if i <= 0 || i == len(key)-1 || bytes.IndexByte(key[i+1:], ' ') >= 0 || len(g.pairs) == 0 {
		return true
	}
	h := pairHash(key)
	return g.pairs[h/64]&(1<<(h%64)) != 0
}

// addPrefix adds one prefix line: a first word and the most words.
func (g *Gazetteer) addPrefix(line string) error {
	word, n, _ := strings.Cut(line, "\t")
	words, err := strconv.Atoi(n)
	if err != nil || words < 2 || words > 255 {
		return fmt.Errorf("words %q: %w", n, tally.ErrInvalid)
	}
	sl, ok := g.index.get(word)
	if !ok {
		sl.head = -1
	}
	sl.words = uint8(words)
	g.index.put(word, sl)
	return nil
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entry returns entry i, as a Match names it.
func (g *Gazetteer) Entry(i int32) *Entry { return &g.entries[i] }

// Has reports whether a folded key names any place.
func (g *Gazetteer) Has(key string) bool {
	sl, ok := g.index.get(key)
	return ok && sl.head >= 0
}

// HasBytes is Has for a key in a reused buffer.
func (g *Gazetteer) HasBytes(key []byte) bool {
	sl, ok := g.index.getBytes(key)
	return ok && sl.head >= 0
}

// MaxWords is the most words of any name that starts with the folded word
// first, 0 when no name of two words or more does.
func (g *Gazetteer) MaxWords(first string) int {
	sl, _ := g.index.get(first)
	return int(sl.words)
}

// AppendMatches appends the places a folded key may stand for to dst.
func (g *Gazetteer) AppendMatches(dst []Match, key string) []Match {
	sl, ok := g.index.get(key)
	if !ok {
		return dst
	}
	return g.appendChain(dst, sl.head)
}

// Lookup folds a name and returns the places it may stand for.
func (g *Gazetteer) Lookup(name string) []Match { return g.AppendMatches(nil, Fold(name)) }

// Country returns the entry of a country by ISO alpha-2 code.
func (g *Gazetteer) Country(cc string) (int32, bool) {
	i, ok := g.countries[cc]
	return i, ok
}

// Admin1 returns the entry of a first-level region by country and code.
func (g *Gazetteer) Admin1(cc, code string) (int32, bool) {
	i, ok := g.admins[[2]string{cc, code}]
	return i, ok
}

// Place is entry i as a claim's place, with its region's name.
func (g *Gazetteer) Place(i int32) tally.Place {
	e := &g.entries[i]
	p := tally.Place{Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon,
		GeonamesID: e.GeonamesID, Kind: e.Kind.String()}
	if e.Kind == City || e.Kind == Admin1 {
		if a, ok := g.Admin1(e.Country, e.Admin1); ok {
			p.Admin1 = g.entries[a].Name
		}
	}
	return p
}

// AppendMatchesBytes is AppendMatches for a key in a reused buffer; the
// lookup does not allocate.
func (g *Gazetteer) AppendMatchesBytes(dst []Match, key []byte) []Match {
	dst, _ = g.AppendLookupBytes(dst, key)
	return dst
}

// AppendLookupBytes appends the places a folded key in a reused buffer may
// stand for, and returns MaxWords of it, in one lookup.
func (g *Gazetteer) AppendLookupBytes(dst []Match, key []byte) ([]Match, int) {
	sl, ok := g.index.getBytes(key)
	if !ok {
		return dst, 0
	}
	return g.appendChain(dst, sl.head), int(sl.words)
}

func (g *Gazetteer) appendChain(dst []Match, i int32) []Match {
	for ; i >= 0; i = g.refs[i].next {
		r := g.refs[i]
		dst = append(dst, Match{Entry: r.entry, Primary: r.flags&flagPrimary != 0,
			Abbrev: r.flags&flagAbbrev != 0, Demonym: r.flags&flagDemonym != 0})
	}
	return dst
}
