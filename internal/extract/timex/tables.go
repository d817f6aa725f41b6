package timex

import "tally/internal/extract/wordset"

// Wordset copies of the lexicons that are read for every head the scan
// meets and every token of its windows: a wordset answers faster than a
// map. The maps stay the lexicons' source, and are read where speed does
// not matter.
var (
	wordClassTab     = wordset.New(wordClasses)
	lexiconTab       = wordset.New(lexiconWords)
	unitTab          = wordset.New(units)
	unitCueTab       = wordset.New(unitCues)
	numberWordTab    = wordset.New(numberWords)
	ordinalTab       = wordset.New(ordinalWords)
	monthTab         = wordset.New(monthNames)
	yearCueTab       = wordset.New(yearCues)
	seasonTab        = wordset.New(seasons)
	seasonCueTab     = wordset.New(seasonCues)
	weekendCueTab    = wordset.New(weekendCues)
	weekdayTab       = wordset.New(weekdays)
	weekdayAbbTab    = wordset.New(weekdayAbbrevs)
	weeklyRiteTab    = wordset.New(weeklyRites)
	countNounTab     = wordset.New(countNouns)
	partCodeTab      = wordset.New(partCodes)
	sliceOrdinalTab  = wordset.New(sliceOrdinals)
	sliceUnitTab     = wordset.New(sliceUnits)
	dayOffsetTab     = wordset.New(dayOffsets)
	shiftWordTab     = wordset.New(shiftWords)
	hijriMonthTab    = wordset.New(hijriMonths)
	reportingVerbTab = wordset.New(reportingVerbs)
)
