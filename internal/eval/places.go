package eval

import (
	"bufio"
	"context"
	"embed"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"tally/internal/extract/place"
	"tally/internal/geo"
)

// GeoVirus measures place recognition and resolution on GeoVirus (Gritta et
// al. 2018: WikiNews articles on epidemics, every toponym with its
// coordinates), used here as a dev set. Recognition is scored on spans,
// strictly and by overlap; resolution as the share of recognised gold
// toponyms placed within 161 km (100 miles) of the gold point. Demonyms are
// not toponyms there and are left out.
func GeoVirus(ctx context.Context, shared string) (Report, error) {
	const name, data = "places/geovirus", "geovirus/GeoVirus.xml (dev set)"
	path, ok := DataPath(shared, "geovirus", "GeoVirus.xml")
	if !ok {
		return Skipped(name, data), nil
	}
	docs, err := readGeoVirus(path)
	if err != nil {
		return Report{}, err
	}
	r, err := place.Default()
	if err != nil {
		return Report{}, fmt.Errorf("geovirus: %w", err)
	}
	g, err := geo.Default()
	if err != nil {
		return Report{}, fmt.Errorf("geovirus: %w", err)
	}
	s := placeScore{towns: newTownIndex(g)}
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return Report{}, err
		}
		s.add(fmt.Sprintf("article %d", i+1), d, r.Mentions(d.text))
	}
	rep := s.report(name, data)
	rep.Notes = append(rep.Notes,
		"gold offsets are in characters and one past the name; they are shifted by one and converted to bytes",
		"demonyms (Iranian) are not scored: GeoVirus does not mark them")
	return rep, nil
}

// placesDev holds tally's own places dev set.
//
//go:embed testdata/places/*.jsonl
var placesDev embed.FS

// PlacesDevSet measures place recognition and resolution on tally's own
// dev set, embedded from internal/eval/testdata/places: news-like sentences
// written for tally with Iranian and Middle-Eastern places, their gold
// names, kinds, countries, provinces and gazetteer coordinates. Besides
// GeoVirus's metrics it scores the country, province and entry of each
// recognised place. The shared folder is not used; the signature is a
// Suite's.
func PlacesDevSet(ctx context.Context, shared string) (Report, error) {
	return placesDevSet(ctx, placesDev, "testdata/places")
}

func placesDevSet(ctx context.Context, fsys fs.FS, dir string) (Report, error) {
	const name, data = "places/devset", "tally's places dev set (internal/eval/testdata/places)"
	files, _ := fs.Glob(fsys, dir+"/*.jsonl")
	if len(files) == 0 {
		return Skipped(name, data), nil
	}
	sort.Strings(files)
	r, err := place.Default()
	if err != nil {
		return Report{}, fmt.Errorf("places dev set: %w", err)
	}
	var s placeScore
	for _, f := range files {
		docs, err := readPlaceDocs(fsys, f)
		if err != nil {
			return Report{}, err
		}
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				return Report{}, err
			}
			s.add(d.id, d, r.Mentions(d.text))
		}
	}
	return s.report(name, data), nil
}

// goldPlace is one annotated toponym; byte offsets.
type goldPlace struct {
	Start, End int
	Name       string
	Lat, Lon   float64
	Country    string // dev set only
	Admin1     string // dev set only
	Kind       string // dev set only
}

// placeDoc is one annotated text.
type placeDoc struct {
	id   string
	text string
	gold []goldPlace
}

// readGeoVirus reads the corpus, converting its character offsets into byte
// offsets. Its offsets are one past the name in most articles; each
// article's shift is the one under which most gold names match the text.
func readGeoVirus(path string) ([]placeDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("geovirus: %w", err)
	}
	defer f.Close()
	var corpus struct {
		Articles []struct {
			Text      string `xml:"text"`
			Locations []struct {
				Name  string  `xml:"name"`
				Start int     `xml:"start"`
				End   int     `xml:"end"`
				Lat   float64 `xml:"lat"`
				Lon   float64 `xml:"lon"`
			} `xml:"locations>location"`
		} `xml:"article"`
	}
	if err := xml.NewDecoder(f).Decode(&corpus); err != nil {
		return nil, fmt.Errorf("geovirus: %w", err)
	}
	var docs []placeDoc
	for _, a := range corpus.Articles {
		offsets := runeOffsets(a.Text)
		var best []goldPlace
		for _, shift := range []int{-1, 0} {
			var gold []goldPlace
			for _, l := range a.Locations {
				s, e := l.Start+shift, l.End+shift
				if s < 0 || e > len(offsets)-1 || s >= e {
					continue
				}
				g := goldPlace{Start: offsets[s], End: offsets[e], Name: l.Name, Lat: l.Lat, Lon: l.Lon}
				if a.Text[g.Start:g.End] == l.Name {
					gold = append(gold, g)
				}
			}
			if len(gold) > len(best) {
				best = gold
			}
		}
		docs = append(docs, placeDoc{text: a.Text, gold: best})
	}
	return docs, nil
}

// runeOffsets maps each character index, and the end, to its byte offset.
func runeOffsets(s string) []int {
	out := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// readPlaceDocs reads one dev-set file: one JSON object a line.
func readPlaceDocs(fsys fs.FS, path string) ([]placeDoc, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("places dev set: %w", err)
	}
	defer f.Close()
	var docs []placeDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var row struct {
			ID     string `json:"id"`
			Text   string `json:"text"`
			Places []struct {
				Text    string  `json:"text"`
				Start   int     `json:"start"`
				End     int     `json:"end"`
				Name    string  `json:"name"`
				Country string  `json:"country"`
				Admin1  string  `json:"admin1"`
				Lat     float64 `json:"lat"`
				Lon     float64 `json:"lon"`
				Kind    string  `json:"kind"`
			} `json:"places"`
		}
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", filepath.Base(path), n, err)
		}
		d := placeDoc{id: row.ID, text: row.Text}
		for _, p := range row.Places {
			if p.Start < 0 || p.End > len(row.Text) || p.Start >= p.End || row.Text[p.Start:p.End] != p.Text {
				return nil, fmt.Errorf("%s line %d: span of %q does not match the text", filepath.Base(path), n, p.Text)
			}
			d.gold = append(d.gold, goldPlace{Start: p.Start, End: p.End, Name: p.Name, Lat: p.Lat, Lon: p.Lon,
				Country: p.Country, Admin1: p.Admin1, Kind: p.Kind})
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// placeScore accumulates recognition and resolution counts.
type placeScore struct {
	gold, pred                  int
	strictTP, overlapPred       int
	overlapGold                 int
	within161, resolved         int
	country, admin1, scoredAdm1 int
	sameEntry, scoredEntry      int
	errorsKm                    []float64
	byKind                      map[string][2]int // resolved kind → within 161 km, resolved
	misses                      []string
	// towns, when set, scores whether a resolved country or province is
	// the one the gold point lies in, beside the distance.
	towns     *townIndex
	rightArea int
}

var maxPlaceMisses = 40

func (s *placeScore) miss(format string, args ...any) {
	if len(s.misses) < maxPlaceMisses {
		s.misses = append(s.misses, fmt.Sprintf(format, args...))
	}
}

func (s *placeScore) add(id string, d placeDoc, found []place.Mention) {
	var pred []place.Mention
	for _, m := range found {
		if !m.Demonym {
			pred = append(pred, m)
		}
	}
	s.gold += len(d.gold)
	s.pred += len(pred)
	for _, m := range pred {
		if overlapsAny(m.Start, m.End, d.gold) {
			s.overlapPred++
		} else {
			s.miss("%s: false place %q → %s (%s) in %q", id, m.Text, m.Place.Name, m.Place.Country, around(d.text, m.Start, m.End))
		}
	}
	for _, g := range d.gold {
		m, ok := bestOverlap(g, pred)
		if !ok {
			s.miss("%s: missed %q in %q", id, g.Name, around(d.text, g.Start, g.End))
			continue
		}
		s.overlapGold++
		if m.Start == g.Start && m.End == g.End {
			s.strictTP++
		} else {
			s.miss("%s: span %q, want %q", id, m.Text, d.text[g.Start:g.End])
		}
		s.scoreResolution(id, g, m)
	}
}

func (s *placeScore) scoreResolution(id string, g goldPlace, m place.Mention) {
	km := haversineKm(g.Lat, g.Lon, m.Place.Lat, m.Place.Lon)
	s.resolved++
	s.errorsKm = append(s.errorsKm, km)
	if s.byKind == nil {
		s.byKind = map[string][2]int{}
	}
	k := s.byKind[m.Place.Kind]
	k[1]++
	if km <= 161 {
		k[0]++
	}
	s.byKind[m.Place.Kind] = k
	if s.towns != nil && s.inRightArea(g, m, km) {
		s.rightArea++
	}
	if km <= 161 {
		s.within161++
	} else {
		s.miss("%s: %q resolved to %s, %s (%.0f km off)", id, g.Name, m.Place.Name, m.Place.Country, km)
	}
	if g.Kind != "" {
		s.scoredEntry++
		if m.Place.Name == g.Name && m.Place.Kind == g.Kind && m.Place.Country == g.Country {
			s.sameEntry++
		} else {
			s.miss("%s: %q resolved to %s %s, want %s %s", id, g.Name, m.Place.Kind, m.Place.Name, g.Kind, g.Name)
		}
	}
	if g.Country != "" {
		if m.Place.Country == g.Country {
			s.country++
		}
		if g.Admin1 != "" {
			s.scoredAdm1++
			if m.Place.Admin1 == g.Admin1 {
				s.admin1++
			}
		}
	}
}

// inRightArea reports a resolution to the area the gold point lies in: a
// country or province that holds the town nearest the gold point, or
// another place within 161 km. Regions have no members in the gazetteer,
// so they are held to the distance.
func (s *placeScore) inRightArea(g goldPlace, m place.Mention, km float64) bool {
	if m.Place.Kind != "country" && m.Place.Kind != "admin1" {
		return km <= 161
	}
	country, admin1, ok := s.towns.near(g.Lat, g.Lon)
	switch {
	case !ok:
		return km <= 161
	case m.Place.Kind == "country":
		return country == m.Place.Country
	default:
		return country == m.Place.Country && admin1 == m.Place.Admin1
	}
}

// around is the text near a span, for a miss's message.
func around(text string, start, end int) string {
	from, to := max(0, start-30), min(len(text), end+30)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	return text[from:to]
}

func overlapsAny(start, end int, gold []goldPlace) bool {
	for _, g := range gold {
		if start < g.End && g.Start < end {
			return true
		}
	}
	return false
}

// bestOverlap is the predicted mention that overlaps a gold toponym most.
func bestOverlap(g goldPlace, pred []place.Mention) (place.Mention, bool) {
	var best place.Mention
	most := 0
	for _, m := range pred {
		if o := min(m.End, g.End) - max(m.Start, g.Start); o > most {
			best, most = m, o
		}
	}
	return best, most > 0
}

func (s *placeScore) report(name, data string) Report {
	p, r := placeRate(s.strictTP, s.pred), placeRate(s.strictTP, s.gold)
	op, or := placeRate(s.overlapPred, s.pred), placeRate(s.overlapGold, s.gold)
	rep := Report{Name: name, Data: data, Metrics: []Metric{
		{Name: "precision (strict)", Value: p, N: s.pred},
		{Name: "recall (strict)", Value: r, N: s.gold},
		{Name: "F1 (strict)", Value: placeF1(p, r), N: s.gold},
		{Name: "precision (overlap)", Value: op, N: s.pred},
		{Name: "recall (overlap)", Value: or, N: s.gold},
		{Name: "F1 (overlap)", Value: placeF1(op, or), N: s.gold},
		{Name: "accuracy@161km of recognised", Value: placeRate(s.within161, s.resolved), N: s.resolved, Target: 0.90},
		{Name: "accuracy@161km of all gold", Value: placeRate(s.within161, s.gold), N: s.gold},
		{Name: "mean error km", Value: meanOf(s.errorsKm), N: s.resolved},
		{Name: "median error km", Value: medianOf(s.errorsKm), N: s.resolved},
	}, Misses: s.misses}
	if s.towns != nil {
		rep.Metrics = append(rep.Metrics, Metric{Name: "right area of recognised (country/province holding the gold point)",
			Value: placeRate(s.rightArea, s.resolved), N: s.resolved})
	}
	for _, kind := range []string{"city", "admin1", "country", "region"} {
		if k, ok := s.byKind[kind]; ok {
			rep.Metrics = append(rep.Metrics, Metric{Name: "accuracy@161km resolved as " + kind, Value: placeRate(k[0], k[1]), N: k[1]})
		}
	}
	if s.scoredAdm1 > 0 {
		rep.Metrics = append(rep.Metrics,
			Metric{Name: "country accuracy of recognised", Value: placeRate(s.country, s.resolved), N: s.resolved},
			Metric{Name: "admin1 accuracy of recognised", Value: placeRate(s.admin1, s.scoredAdm1), N: s.scoredAdm1})
	}
	if s.scoredEntry > 0 {
		rep.Metrics = append(rep.Metrics,
			Metric{Name: "same place (name, kind, country) of recognised", Value: placeRate(s.sameEntry, s.scoredEntry), N: s.scoredEntry})
	}
	return rep
}

func placeRate(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func placeF1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func meanOf(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func medianOf(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// haversineKm is the great-circle distance between two points.
func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const earthKm = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * earthKm * math.Asin(math.Min(1, math.Sqrt(a)))
}
