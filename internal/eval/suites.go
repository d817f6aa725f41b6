package eval

// Suites lists every measurement in the order `tally eval` prints them.
func Suites() []Suite {
	return []Suite{
		{"extract/devset", DevSet},
		{"extract/devset2", devSet2.run},
		{"extract/devset3", devSet3.run},
		{"extract/devset4", devSet4.run},
		{"extract/devset5", devSet5.run},
		{"extract/devset6", devSet6.run},
		{"extract/heldout", heldOut2.run},
		{"extract/heldout3", heldOut3.run},
		{"extract/heldout4", heldOut4.run},
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
