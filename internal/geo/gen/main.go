// Command gen builds tally's embedded gazetteer from the GeoNames and
// world-countries files in the shared data folder:
//
//	go run ./internal/geo/gen [-data dir] [-out dir]
//
// It writes gazetteer.tsv.zst and copies the two data licences beside it. The
// format is described in internal/geo/gazetteer.go.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
	"golang.org/x/text/unicode/norm"

	"tally/internal/geo"
)

func main() {
	data := flag.String("data", "", "folder with cities500.txt.gz, admin1.json, world-countries.json (default: the shared folder's data/geo)")
	out := flag.String("out", "internal/geo", "folder to write gazetteer.tsv.zst into")
	flag.Parse()
	if *data == "" {
		*data = defaultDataDir()
	}
	if err := run(*data, *out); err != nil {
		log.Fatal(err)
	}
}

// defaultDataDir finds data/geo under $TALLY_SHARED, else under ../shared
// beside the module root.
func defaultDataDir() string {
	if d := os.Getenv("TALLY_SHARED"); d != "" {
		return filepath.Join(d, "data", "geo")
	}
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared", "data", "geo")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return filepath.Join("..", "shared", "data", "geo")
		}
		dir = parent
	}
}

// record is one gazetteer line before it is written.
type record struct {
	kind     byte
	id       int64
	cc, adm1 string
	lat, lon float64
	pop      int64
	feature  string
	name     string
	keys     []string // flag-prefixed folded keys
}

func run(data, out string) error {
	cities, err := readCities(filepath.Join(data, "cities500.txt.gz"))
	if err != nil {
		return err
	}
	admins, err := readAdmin1(filepath.Join(data, "admin1.json"), cities)
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(data, "world-countries.json"), cities)
	if err != nil {
		return err
	}
	all := append(append(append(countries, regions()...), admins...), cities...)
	if err := write(filepath.Join(out, "gazetteer.tsv.zst"), all); err != nil {
		return err
	}
	for _, lic := range []string{"LICENSE-geonames-CC-BY-4.0.txt", "LICENSE-world-countries-ODbL.txt"} {
		if err := copyFile(filepath.Join(data, lic), filepath.Join(out, lic)); err != nil {
			return err
		}
	}
	log.Printf("wrote %d places (%d countries, %d admin1, %d cities)", len(all), len(countries), len(admins), len(cities))
	return nil
}

func write(path string, recs []record) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for _, r := range recs {
		fmt.Fprintf(w, "%c\t%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", r.kind, r.id, r.cc, r.adm1,
			coord(r.lat), coord(r.lon), r.pop, r.feature, r.name)
	}
	keys, prefixes := index(recs)
	fmt.Fprintln(w)
	for _, k := range sortedKeys(keys) {
		fmt.Fprintf(w, "%s\t%s\n", k, strings.Join(keys[k], " "))
	}
	fmt.Fprintln(w)
	for _, k := range sortedKeys(prefixes) {
		fmt.Fprintf(w, "%s\t%d\n", k, prefixes[k])
	}
	if err := w.Flush(); err != nil {
		return err
	}
	// EncodeAll writes the content size in the frame, which lets the loader
	// allocate the text once.
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression))
	if err != nil {
		return err
	}
	if _, err := f.Write(zw.EncodeAll(buf.Bytes(), nil)); err != nil {
		return err
	}
	return f.Close()
}

// index groups the entries by key, so that loading inserts each key once,
// and finds for each first word of a many-word key the most words a key
// starting with it has.
func index(recs []record) (map[string][]string, map[string]int) {
	keys := map[string][]string{}
	prefixes := map[string]int{}
	for i, r := range recs {
		for _, k := range r.keys {
			flag := ""
			if strings.ContainsAny(k[:1], "+=~") {
				flag, k = k[:1], k[1:]
			}
			keys[k] = append(keys[k], flag+strconv.Itoa(i))
			if first, _, ok := strings.Cut(k, " "); ok {
				prefixes[first] = max(prefixes[first], strings.Count(k, " ")+1)
			}
		}
	}
	return keys, prefixes
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// coord keeps four decimals: about 11 m, far finer than any claim needs.
func coord(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// keySet collects an entry's keys once each, in order, with their flags.
type keySet struct {
	seen map[string]bool
	keys []string
}

func (k *keySet) add(flag, name string) {
	key := geo.Fold(name)
	if key == "" || strings.ContainsAny(key, "|\t") || k.seen[key] {
		return
	}
	if k.seen == nil {
		k.seen = map[string]bool{}
	}
	k.seen[key] = true
	k.keys = append(k.keys, flag+key)
}

// readCities reads the GeoNames cities500 dump: every populated place of at
// least 500 people.
func readCities(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	var recs []record
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 15 {
			continue
		}
		id, _ := strconv.ParseInt(fs[0], 10, 64)
		lat, _ := strconv.ParseFloat(fs[4], 64)
		lon, _ := strconv.ParseFloat(fs[5], 64)
		pop, _ := strconv.ParseInt(fs[14], 10, 64)
		var ks keySet
		ks.add("+", fs[1])
		ks.add("+", fs[2])
		for _, alt := range strings.Split(fs[3], ",") {
			if keepAlternate(alt) {
				ks.add("", alt)
			}
		}
		recs = append(recs, record{kind: 'P', id: id, cc: fs[8], adm1: fs[10], lat: lat, lon: lon,
			pop: pop, feature: fs[7], name: displayName(fs[1], fs[2]), keys: ks.keys})
	}
	return recs, sc.Err()
}

// displayName is the name a claim shows: the ASCII form English news
// writes (Shahriar, not Shahrīār) when GeoNames gives one.
func displayName(name, ascii string) string {
	if ascii != "" {
		return ascii
	}
	return name
}

// plain drops diacritics but keeps case: Māzandarān → Mazandaran.
func plain(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// keepAlternate keeps the alternate names a reader of English, Persian or
// Arabic news may meet: Latin or Arabic script, written as a name. It drops
// codes (THR), lower-case romanisations of other scripts (thrn), and
// anything with digits or punctuation.
func keepAlternate(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 40 {
		return false
	}
	latin, arabic, upper, lower := 0, 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
			if unicode.IsUpper(r) {
				upper++
			} else {
				lower++
			}
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Mn, r), strings.ContainsRune(" -'’‘`.\u200c", r):
		default:
			return false
		}
	}
	if latin > 0 && arabic > 0 {
		return false
	}
	if latin > 0 && (upper == 0 || lower == 0) {
		return false
	}
	return true
}

// admin1JSON is one row of admin1.json.
type admin1JSON struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// adminSuffixes are the words GeoNames sometimes appends to a region's name;
// the bare name is what news writes.
var adminSuffixes = []string{" Province", " Governorate", " Region", " Oblast", " District", " Prefecture", " Department", " County", " State"}

func readAdmin1(path string, cities []record) ([]record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []admin1JSON
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	centres := boxCentres(cities, func(r record) string { return r.cc + "." + r.adm1 })
	sort.Slice(rows, func(i, j int) bool { return rows[i].Code < rows[j].Code })
	var recs []record
	for _, row := range rows {
		cc, code, ok := strings.Cut(row.Code, ".")
		c, found := centres[row.Code]
		if !ok || !found {
			continue // a region without a single town of 500 cannot be placed
		}
		base := row.Name
		for _, suf := range adminSuffixes {
			base = strings.TrimSuffix(base, suf)
		}
		var ks keySet
		ks.add("+", base)
		ks.add("+", row.Name)
		ks.add("", base+" province")
		ks.add("", "province of "+base)
		if strings.HasSuffix(row.Name, " Governorate") {
			ks.add("", base+" governorate")
		}
		for _, alias := range adminAliases[row.Code] {
			ks.add("", alias)
			if cc == "IR" && isArabicScript(alias) {
				ks.add("", "استان "+alias) // "province of", as Persian writes it
			}
		}
		recs = append(recs, record{kind: 'A', cc: cc, adm1: code, lat: c.lat, lon: c.lon, pop: c.pop, name: plain(base), keys: ks.keys})
	}
	return recs, nil
}

// adminAliases are names of regions that GeoNames' admin1 list lacks; each
// is a fact of the public record.
var adminAliases = map[string][]string{
	"IR.01": {"آذربایجان غربی"},
	"IR.03": {"Chaharmahal-Bakhtiari", "Chahar Mahal and Bakhtiari", "چهارمحال و بختیاری"},
	"IR.04": {"Baluchestan", "Baluchistan", "Sistan-Baluchestan", "Sistan Baluchestan", "Sistan and Baluchistan", "سیستان و بلوچستان"},
	"IR.05": {"Kohgiluyeh and Boyerahmad", "Kohkiluyeh and Buyer Ahmad", "کهگیلویه و بویراحمد"},
	"IR.07": {"Pars", "فارس"},
	"IR.08": {"Guilan", "گیلان"},
	"IR.09": {"Hamedan", "همدان"},
	"IR.10": {"ایلام"},
	"IR.11": {"Hormozgan", "هرمزگان"},
	"IR.13": {"کرمانشاه"},
	"IR.15": {"Khuzistan", "خوزستان"},
	"IR.16": {"Kordestan", "کردستان"},
	"IR.22": {"Bushire", "بوشهر"},
	"IR.23": {"Luristan", "لرستان"},
	"IR.25": {"سمنان"},
	"IR.26": {"تهران"},
	"IR.28": {"Esfahan", "اصفهان"},
	"IR.29": {"کرمان"},
	"IR.32": {"Ardebil", "اردبیل"},
	"IR.33": {"Azerbaijan", "Iranian Azerbaijan", "آذربایجان شرقی"},
	"IR.34": {"مرکزی"},
	"IR.35": {"Mazandaran", "مازندران"},
	"IR.36": {"زنجان"},
	"IR.37": {"گلستان"},
	"IR.38": {"قزوین"},
	"IR.39": {"قم"},
	"IR.40": {"یزد"},
	"IR.41": {"خراسان جنوبی"},
	"IR.42": {"Khorasan Razavi", "خراسان رضوی"},
	"IR.43": {"خراسان شمالی"},
	"IR.44": {"البرز"},
}

// isArabicScript reports whether s is written in Arabic script (Persian
// included).
func isArabicScript(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// centre is a region's centre and its people, from its towns.
type centre struct {
	lat, lon float64
	pop      int64
}

// centroids averages the towns of each group on the sphere, so that a
// region across the antimeridian does not land on the other side of the
// world.
func centroids(cities []record, group func(record) string) map[string]centre {
	type acc struct {
		x, y, z float64
		pop     int64
	}
	sums := map[string]*acc{}
	for _, c := range cities {
		k := group(c)
		a := sums[k]
		if a == nil {
			a = &acc{}
			sums[k] = a
		}
		la, lo := c.lat*math.Pi/180, c.lon*math.Pi/180
		a.x += math.Cos(la) * math.Cos(lo)
		a.y += math.Cos(la) * math.Sin(lo)
		a.z += math.Sin(la)
		a.pop += c.pop
	}
	out := make(map[string]centre, len(sums))
	for k, a := range sums {
		lon := math.Atan2(a.y, a.x) * 180 / math.Pi
		lat := math.Atan2(a.z, math.Hypot(a.x, a.y)) * 180 / math.Pi
		out[k] = centre{lat: lat, lon: lon, pop: a.pop}
	}
	return out
}

// boxCentres places each group at the middle of the box that holds its
// towns: a region's towns crowd its coast or its south, so their mean lies
// far from the region's middle, while the box spans the empty north too. A
// group whose box would cross the antimeridian keeps the spherical mean.
func boxCentres(cities []record, group func(record) string) map[string]centre {
	lats, lons := map[string][]float64{}, map[string][]float64{}
	for _, c := range cities {
		k := group(c)
		lats[k] = append(lats[k], c.lat)
		lons[k] = append(lons[k], c.lon)
	}
	means := centroids(cities, group)
	out := make(map[string]centre, len(lats))
	for k, la := range lats {
		lo := lons[k]
		c := means[k]
		latLow, latHigh := extent(la)
		lonLow, lonHigh := extent(lo)
		if lonHigh-lonLow <= 180 {
			c.lat, c.lon = (latLow+latHigh)/2, (lonLow+lonHigh)/2
		}
		out[k] = c
	}
	return out
}

// extent returns the least and greatest of xs.
func extent(xs []float64) (float64, float64) {
	return slices.Min(xs), slices.Max(xs)
}

// countryJSON is the part of a world-countries row the gazetteer uses.
type countryJSON struct {
	Name struct {
		Common   string                       `json:"common"`
		Official string                       `json:"official"`
		Native   map[string]map[string]string `json:"native"`
	} `json:"name"`
	CCA2         string                       `json:"cca2"`
	CCA3         string                       `json:"cca3"`
	AltSpellings []string                     `json:"altSpellings"`
	Translations map[string]map[string]string `json:"translations"`
	LatLng       []float64                    `json:"latlng"`
	Demonyms     map[string]map[string]string `json:"demonyms"`
}

// countryAliases are English names the data lacks.
var countryAliases = map[string][]string{
	"GB": {"Britain", "Great Britain"},
	"US": {"America", "United States of America"},
	"KR": {"Korea"},
	"CD": {"Congo-Kinshasa", "Democratic Republic of Congo", "Zaire"},
	"IR": {"Persia"},
	"PS": {"Palestinian territories", "Palestinian Territories", "Occupied Palestinian Territories"},
	"AE": {"Emirates"},
	"NL": {"Holland"},
	"MM": {"Burma"},
	"CZ": {"Czech Republic"},
	"TR": {"Turkey", "Türkiye", "Turkiye"},
	"CV": {"Cape Verde"},
	"CI": {"Ivory Coast"},
	"SZ": {"Swaziland"},
	"MK": {"Macedonia"},
	"TL": {"East Timor"},
	"VA": {"Vatican", "Vatican City"},
}

// countryAbbreviations are the capital-letter abbreviations news uses for
// countries; they match only as written in capitals.
var countryAbbreviations = map[string][]string{
	"US": {"US", "USA"},
	"GB": {"UK"},
	"AE": {"UAE"},
	"CD": {"DRC"},
	"CN": {"PRC"},
	"KP": {"DPRK"},
	"CF": {"CAR"},
}

func readCountries(path string, cities []record) ([]record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []countryJSON
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	pops := centroids(cities, func(r record) string { return r.cc })
	sort.Slice(rows, func(i, j int) bool { return rows[i].CCA2 < rows[j].CCA2 })
	var recs []record
	for _, c := range rows {
		if len(c.LatLng) != 2 {
			continue
		}
		recs = append(recs, record{kind: 'C', cc: c.CCA2, lat: c.LatLng[0], lon: c.LatLng[1],
			pop: pops[c.CCA2].pop, name: c.Name.Common, keys: countryKeys(c)})
	}
	return recs, nil
}

func countryKeys(c countryJSON) []string {
	var ks keySet
	ks.add("+", c.Name.Common)
	ks.add("", c.Name.Official)
	for _, alt := range c.AltSpellings {
		if !strings.Contains(alt, ",") && keepAlternate(alt) {
			ks.add("", alt)
		}
	}
	for _, alias := range countryAliases[c.CCA2] {
		ks.add("", alias)
	}
	for _, abbr := range countryAbbreviations[c.CCA2] {
		ks.add("=", abbr)
	}
	for _, lang := range []string{"per", "ara"} {
		for _, n := range c.Translations[lang] {
			ks.add("", n)
		}
	}
	for _, lang := range []string{"fas", "ara"} {
		for _, n := range c.Name.Native[lang] {
			ks.add("", n)
		}
	}
	for _, d := range c.Demonyms["eng"] {
		for _, form := range demonymForms(d) {
			ks.add("~", form)
		}
	}
	return ks.keys
}

// demonymForms gives a demonym and its plural: Iranian, Iranians.
func demonymForms(d string) []string {
	if d == "" {
		return nil
	}
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"), strings.HasSuffix(d, "s"):
		return []string{d}
	}
	return []string{d, d + "s"}
}

// regions are continents and broad regions news names as places. Their
// centres are approximate, from the public record.
func regions() []record {
	rows := []struct {
		name     string
		lat, lon float64
		aliases  []string
	}{
		{"Africa", 2, 17, nil},
		{"Asia", 34, 100, nil},
		{"Europe", 54, 15, nil},
		{"North America", 45, -100, nil},
		{"South America", -15, -60, nil},
		{"Latin America", -10, -65, nil},
		{"Central America", 13, -86, nil},
		{"Americas", 10, -80, nil},
		{"Oceania", -20, 150, nil},
		{"Antarctica", -82, 0, nil},
		{"Middle East", 29, 45, []string{"Mideast"}},
		{"Caribbean", 16, -72, nil},
		{"Southeast Asia", 5, 110, []string{"South-East Asia", "South East Asia"}},
		{"South Asia", 22, 78, nil},
		{"East Asia", 35, 115, nil},
		{"Central Asia", 43, 65, nil},
		{"East Africa", 0, 36, nil},
		{"West Africa", 12, -3, nil},
		{"Southern Africa", -24, 25, nil},
		{"North Africa", 27, 12, nil},
		{"Sub-Saharan Africa", 0, 20, []string{"sub-Saharan Africa"}},
		{"Persian Gulf", 27, 51, []string{"Gulf region", "Arabian Gulf"}},
		{"Pacific Ocean", 0, -160, []string{"Pacific"}},
		{"Atlantic Ocean", 0, -30, []string{"Atlantic"}},
		{"Indian Ocean", -20, 80, nil},
		{"Arctic Ocean", 85, 0, []string{"Arctic"}},
		{"Mediterranean Sea", 35, 18, []string{"Mediterranean"}},
		{"Red Sea", 20, 38.5, nil},
		{"Black Sea", 43.5, 34, nil},
		{"Caspian Sea", 41.5, 50.5, []string{"Caspian"}},
		{"Baltic Sea", 58, 20, []string{"Baltic"}},
		{"Arabian Sea", 15, 65, nil},
		{"Gulf of Oman", 24.5, 58.5, nil},
		{"Strait of Hormuz", 26.6, 56.3, nil},
		{"Gulf of Aden", 12, 48, nil},
		{"Levant", 33.5, 36, nil},
		{"Maghreb", 31, 3, nil},
		{"Caucasus", 42, 45, nil},
		{"Balkans", 42, 21, nil},
		{"Scandinavia", 63, 15, nil},
		{"Kurdistan", 36.5, 44.5, nil},
		{"Darfur", 13.5, 24.5, nil},
		{"Sahel", 15, 5, nil},
		{"Horn of Africa", 8, 45, nil},
	}
	var recs []record
	for _, r := range rows {
		var ks keySet
		ks.add("+", r.name)
		for _, a := range r.aliases {
			ks.add("", a)
		}
		// A broad region outweighs any town that shares its name (Africa,
		// an old name of Mahdia).
		recs = append(recs, record{kind: 'R', lat: r.lat, lon: r.lon, pop: 1e9, name: r.name, keys: ks.keys})
	}
	return recs
}
