package eval

import (
	"testing"

	"tally/internal/geo"
)

func TestTownIndexNear(t *testing.T) {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix := newTownIndex(g)
	tests := []struct {
		name            string
		lat, lon        float64
		country, admin1 string
		ok              bool
	}{
		{"Shiraz", 29.61, 52.54, "IR", "Fars", true},
		{"central Kansas", 38.5, -98.5, "US", "Kansas", true},
		{"the open Atlantic", 0, -30, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			country, admin1, ok := ix.near(tt.lat, tt.lon)
			if country != tt.country || admin1 != tt.admin1 || ok != tt.ok {
				t.Errorf("near(%v, %v) = %q, %q, %v; want %q, %q, %v", tt.lat, tt.lon, country, admin1, ok, tt.country, tt.admin1, tt.ok)
			}
		})
	}
}
