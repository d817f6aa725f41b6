package eval

import (
	"math"

	"tally/internal/geo"
)

// townIndex finds the gazetteer town nearest a point, so that a gold point
// can say which country and province it lies in. GeoVirus gives a country
// or province as the point its Wikipedia page carries, which is one
// convention among several for an area's centre; the town nearest that
// point says which area the annotator meant, whatever centre either side
// uses.
type townIndex struct {
	g      *geo.Gazetteer
	cells  map[[2]int][]int32
	admin1 map[[2]string]string // country, admin1 code → the province's name
}

// newTownIndex files every town of g by whole degrees of latitude and
// longitude.
func newTownIndex(g *geo.Gazetteer) *townIndex {
	ix := &townIndex{g: g, cells: map[[2]int][]int32{}, admin1: map[[2]string]string{}}
	for i := int32(0); int(i) < g.Len(); i++ {
		e := g.Entry(i)
		switch e.Kind {
		case geo.City:
			c := cellOf(e.Lat, e.Lon)
			ix.cells[c] = append(ix.cells[c], i)
		case geo.Admin1:
			ix.admin1[[2]string{e.Country, e.Admin1}] = e.Name
		}
	}
	return ix
}

func cellOf(lat, lon float64) [2]int {
	return [2]int{int(math.Floor(lat)), int(math.Floor(lon))}
}

// nearestReachKm bounds how far a gold point may lie from any town and
// still be placed in an area: a point in the open sea or on a continent's
// empty middle names no country.
const nearestReachKm = 150

// near returns the country and province name of the town nearest the
// point, and false when no town lies within nearestReachKm.
func (ix *townIndex) near(lat, lon float64) (country, admin1 string, ok bool) {
	c := cellOf(lat, lon)
	best, bestKm := int32(-1), math.Inf(1)
	// Two cells each way reach at least 150 km north and south; towards
	// the poles a degree of longitude shrinks, so the box only widens.
	for dy := -2; dy <= 2; dy++ {
		for dx := -2; dx <= 2; dx++ {
			for _, i := range ix.cells[[2]int{c[0] + dy, c[1] + dx}] {
				e := ix.g.Entry(i)
				if km := haversineKm(lat, lon, e.Lat, e.Lon); km < bestKm {
					best, bestKm = i, km
				}
			}
		}
	}
	if best < 0 || bestKm > nearestReachKm {
		return "", "", false
	}
	e := ix.g.Entry(best)
	return e.Country, ix.admin1[[2]string{e.Country, e.Admin1}], true
}
