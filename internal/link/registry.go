package link

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"tally"
)

//go:embed sources.json
var seedSources []byte

// maxImport bounds what Import reads, so a wrong file cannot exhaust memory.
const maxImport = 16 << 20

// Registry knows sources by name and alias and says what kind of voice each
// is. It normalises the claimant names the extractor writes ("Amnesty",
// "the Amnesty International", "AI") to one canonical source. It is safe
// for concurrent use.
type Registry struct {
	mu      sync.RWMutex
	sources []tally.Source // by insertion; a re-added name replaces in place
	byKey   map[string]int // normalised name or alias → index in sources
	// initials maps the initials of multi-word names ("KHRN" for Kurdistan
	// Human Rights Network) to sources; consulted only for a name written
	// in capitals and known by no other key.
	initials map[string]int
}

// NewRegistry returns a registry seeded with the sources of the embedded
// sources.json: the rights groups, agencies, state media, government
// bodies, opposition groups and international bodies of the demo corpus.
func NewRegistry() (*Registry, error) {
	r := EmptyRegistry()
	if _, err := r.Import(bytes.NewReader(seedSources), "json"); err != nil {
		return nil, fmt.Errorf("seed sources: %w", err)
	}
	return r, nil
}

// EmptyRegistry returns a registry that knows no source: every name
// resolves by the heuristics of Resolve alone.
func EmptyRegistry() *Registry {
	return &Registry{byKey: make(map[string]int), initials: make(map[string]int)}
}

// Add registers sources. A source whose name is already known replaces the
// old entry; an alias later registered wins over an earlier one.
func (r *Registry) Add(sources ...tally.Source) error {
	for i := range sources {
		if err := validSource(&sources[i]); err != nil {
			return err
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range sources {
		r.addLocked(s)
	}
	return nil
}

func (r *Registry) addLocked(s tally.Source) {
	idx, ok := r.byKey[Key(s.Name)]
	if !ok || Key(r.sources[idx].Name) != Key(s.Name) {
		idx = len(r.sources)
		r.sources = append(r.sources, s)
	} else {
		r.sources[idx] = s
	}
	r.byKey[Key(s.Name)] = idx
	for _, a := range s.Aliases {
		if k := Key(a); k != "" {
			r.byKey[k] = idx
		}
	}
	if in := Initials(s.Name); in != "" {
		if _, taken := r.initials[in]; !taken {
			r.initials[in] = idx // the first source keeps contested initials
		}
	}
}

// Initials are the capitals of a name's words, for a name of three words
// or more ("Kurdistan Human Rights Network" → "KHRN"; "of", "the" and other
// lower-case words skipped); "" for shorter names, whose initials would
// be too ambiguous.
func Initials(name string) string {
	var b strings.Builder
	words := 0
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(first) {
			b.WriteRune(first)
			words++
		}
	}
	if words < 3 {
		return ""
	}
	return b.String()
}

// isAcronym says whether a name is written as an acronym: capitals only,
// two to eight of them.
func isAcronym(name string) bool {
	n := 0
	for _, r := range name {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

func validSource(s *tally.Source) error {
	s.Name = strings.TrimSpace(s.Name)
	if Key(s.Name) == "" {
		return fmt.Errorf("source without a name: %w", tally.ErrInvalid)
	}
	if s.Kind == "" {
		s.Kind = tally.UnknownKind
	}
	if !knownKind(s.Kind) {
		return fmt.Errorf("source %q: kind %q: %w", s.Name, s.Kind, tally.ErrInvalid)
	}
	s.Country = strings.ToUpper(strings.TrimSpace(s.Country))
	if s.Country != "" && !isCountryCode(s.Country) {
		return fmt.Errorf("source %q: country %q is not a two-letter ISO code: %w", s.Name, s.Country, tally.ErrInvalid)
	}
	return nil
}

func isCountryCode(c string) bool {
	return len(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z'
}

var kinds = []tally.SourceKind{
	tally.RightsGroup, tally.NewsAgency, tally.NewsOutlet, tally.StateMedia,
	tally.Government, tally.OppositionGroup, tally.ArmedGroup,
	tally.InternationalBody, tally.Individual, tally.UnknownKind,
}

func knownKind(k tally.SourceKind) bool { return slices.Contains(kinds, k) }

// Sources returns the registered sources in the order they were added.
func (r *Registry) Sources() []tally.Source {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return slices.Clone(r.sources)
}

// Import reads sources in format "json" (an array of tally.Source),
// "jsonl" (one source a line) or "csv" (a header naming the columns name,
// aliases, kind, party_to_conflict and optionally country; aliases
// separated by ";"), adds them
// and returns them. Nothing is added when any record is bad.
func (r *Registry) Import(in io.Reader, format string) ([]tally.Source, error) {
	data, err := io.ReadAll(io.LimitReader(in, maxImport+1))
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	if len(data) > maxImport {
		return nil, fmt.Errorf("sources: %w", tally.ErrTooLarge)
	}
	sources, err := ParseSources(data, format)
	if err != nil {
		return nil, err
	}
	if err := r.Add(sources...); err != nil {
		return nil, err
	}
	return sources, nil
}

// ParseSources decodes sources written in format "json", "jsonl" or "csv"
// (see Import) and validates them.
func ParseSources(data []byte, format string) ([]tally.Source, error) {
	var (
		sources []tally.Source
		err     error
	)
	switch strings.ToLower(format) {
	case "json":
		err = json.Unmarshal(data, &sources)
	case "jsonl", "ndjson":
		sources, err = parseJSONLines(data)
	case "csv":
		sources, err = parseCSV(data)
	default:
		return nil, fmt.Errorf("sources format %q: %w", format, tally.ErrUnsupported)
	}
	if err != nil {
		return nil, fmt.Errorf("sources: %v: %w", err, tally.ErrInvalid)
	}
	for i := range sources {
		if err := validSource(&sources[i]); err != nil {
			return nil, fmt.Errorf("source %d: %w", i+1, err)
		}
	}
	return sources, nil
}

func parseJSONLines(data []byte) ([]tally.Source, error) {
	var sources []tally.Source
	for n, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var s tally.Source
		if err := json.Unmarshal(line, &s); err != nil {
			return nil, fmt.Errorf("line %d: %v", n+1, err)
		}
		sources = append(sources, s)
	}
	return sources, nil
}

func parseCSV(data []byte) ([]tally.Source, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	records, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(records) == 0 {
		return nil, nil
	}
	col := make(map[string]int)
	for i, h := range records[0] {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	if _, ok := col["name"]; !ok {
		return nil, errors.New("csv header has no name column")
	}
	var sources []tally.Source
	for n, rec := range records[1:] {
		s, err := csvSource(rec, col)
		if err != nil {
			return nil, fmt.Errorf("record %d: %v", n+2, err)
		}
		sources = append(sources, s)
	}
	return sources, nil
}

func csvSource(rec []string, col map[string]int) (tally.Source, error) {
	field := func(name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	s := tally.Source{Name: field("name"), Kind: tally.SourceKind(field("kind")), Country: strings.ToUpper(field("country"))}
	for a := range strings.SplitSeq(field("aliases"), ";") {
		if a = strings.TrimSpace(a); a != "" {
			s.Aliases = append(s.Aliases, a)
		}
	}
	if p := field("party_to_conflict"); p != "" {
		party, err := strconv.ParseBool(p)
		if err != nil {
			return s, fmt.Errorf("party_to_conflict %q", p)
		}
		s.PartyToConflict = party
	}
	return s, nil
}

// Resolve returns the source a claimant name stands for: the registered
// source whose name or alias it matches after normalisation (see Key), or
// whose initials it is when written in capitals (see Initials), else
// a source that keeps the name as written (less a leading "the"), with a
// kind guessed from its words (see guessKind).
func (r *Registry) Resolve(name string) tally.Source {
	if s, ok := r.lookup(name); ok {
		return s
	}
	kind, party := guessKind(Key(name))
	return tally.Source{Name: trimArticle(strings.TrimSpace(name)), Kind: kind, PartyToConflict: party}
}

// trimArticle drops a leading "the": "the authorities" and "The
// authorities" are one claimant, shown as "authorities".
func trimArticle(name string) string {
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		return strings.TrimSpace(name[4:])
	}
	return name
}

// lookup tries the whole name, then the name without a parenthesised part,
// then the parenthesised part: "Iran Human Rights (IHR)".
func (r *Registry) lookup(name string) (tally.Source, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	candidates := []string{name}
	if open := strings.IndexByte(name, '('); open >= 0 {
		inner, _, _ := strings.Cut(name[open+1:], ")")
		candidates = append(candidates, name[:open], inner)
	}
	for _, c := range candidates {
		if idx, ok := r.byKey[Key(c)]; ok {
			return r.sources[idx], true
		}
	}
	for _, c := range candidates {
		if c = strings.TrimSpace(c); isAcronym(c) {
			if idx, ok := r.initials[c]; ok {
				return r.sources[idx], true
			}
		}
	}
	return tally.Source{}, false
}

// Key normalises a name for matching: lower case, punctuation and hyphens
// as spaces, a leading "the" and a trailing possessive dropped, spaces
// collapsed. "The Oslo-based group's" and "oslo based group" share a key.
func Key(name string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ReplaceAll(name, "’", "'") {
		switch {
		case r == '\'':
			continue // "Iran's" and "Irans" are one key; keeps "people's" whole
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	k := strings.TrimSpace(b.String())
	for strings.HasPrefix(k, "the ") {
		k = k[len("the "):]
	}
	if k == "the" {
		return ""
	}
	return k
}

// Heuristic cues for names the registry does not know, checked in order:
// an international body's words win over a government's ("UN officials"),
// and state media over a plain agency ("state news agency").
var kindCues = []struct {
	kind  tally.SourceKind
	party bool
	words []string
}{
	{tally.InternationalBody, false, []string{"un", "united nations", "unhcr", "unicef", "ohchr", "red cross", "icrc", "european union", "eu"}},
	{tally.StateMedia, true, []string{"state media", "state tv", "state television", "state run", "state news", "semi official", "official news agency", "state broadcaster"}},
	{tally.Government, true, []string{"official", "officials", "ministry", "minister", "police", "government", "authorities", "judiciary", "prosecutor", "governor", "army", "military", "security forces", "revolutionary guards", "irgc", "spokesman", "spokeswoman", "coroner", "mayor", "president", "lawmaker", "lawmakers", "mp", "parliament", "member of parliament", "guards", "basij"}},
	{tally.OppositionGroup, false, []string{"opposition"}},
	{tally.RightsGroup, false, []string{"rights group", "human rights", "rights organisation", "rights organization", "rights watchdog", "activists", "activist group"}},
	{tally.NewsAgency, false, []string{"news agency", "wire service"}},
	{tally.Individual, false, []string{"witness", "witnesses", "resident", "residents", "doctor", "doctors", "relative", "relatives"}},
}

// guessKind guesses a kind from the words of a normalised name. A
// government's organs are taken to be party to the conflict: tally's
// reports are of a state's violence against its own people, where the
// state speaks for itself.
func guessKind(key string) (tally.SourceKind, bool) {
	padded := " " + key + " "
	for _, c := range kindCues {
		for _, w := range c.words {
			if strings.Contains(padded, " "+w+" ") {
				return c.kind, c.party
			}
		}
	}
	return tally.UnknownKind, false
}
