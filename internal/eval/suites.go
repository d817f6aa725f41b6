package eval

// Suites lists every measurement in the order `tally eval` prints them.
func Suites() []Suite {
	return []Suite{
		{"extract/devset", DevSet},
		{"extract/devset2", DevSet2},
		{"extract/devset3", DevSet3},
		{"extract/devset4", DevSet4},
		{"extract/devset5", DevSet5},
		{"extract/devset6", DevSet6},
		{"extract/heldout", HeldOut},
		{"extract/heldout3", HeldOut3},
		{"extract/heldout4", HeldOut4},
		{"numbers/NumberModel", NumberModel},
		{"numbers/NumberRangeModel", NumberRangeModel},
		{"dates/tempeval3", TempEval3},
		{"dates/meantime", MeanTime},
		{"dates/recognizers", DateTimePeriods},
		{"eventtypes/rams", RAMS},
		{"places/devset", PlacesDevSet},
		{"places/geovirus", GeoVirus},
		{"link/ecbplus", ECBPlus},
	}
}
