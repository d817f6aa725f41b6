package eval

// Suites lists every measurement in the order `tally eval` prints them.
func Suites() []Suite {
	return []Suite{
		{"extract/devset", DevSet},
		{"dates/tempeval3", TempEval3},
		{"dates/recognizers", DateTimePeriods},
		{"places/geovirus", GeoVirus},
		{"link/ecbplus", ECBPlus},
	}
}
