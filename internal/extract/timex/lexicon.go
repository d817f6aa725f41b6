package timex

// monthNames maps English month names and abbreviations to 1..12.
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// isMonthAbbrev reports whether w is a short month form. A short form is a
// date only beside a day or year ("Nov. 15", "Dec 2019"): alone, "dec" or
// "jan" is too often something else.
func isMonthAbbrev(w string) bool { return len(w) <= 4 && w != "may" && w != "june" && w != "july" }

// hijriMonths maps Solar Hijri month names, in Latin transliteration and
// in Persian script, to 1..12.
var hijriMonths = map[string]int{
	"farvardin": 1, "farvardeen": 1,
	"ordibehesht": 2, "ordibehest": 2,
	"khordad": 3, "khordaad": 3, "khurdad": 3,
	"tir": 4, "tiir": 4,
	"mordad": 5, "amordad": 5, "mordaad": 5, "murdad": 5,
	"shahrivar": 6, "shahrivaar": 6, "shahriwar": 6,
	"mehr": 7, "mihr": 7,
	"aban": 8, "abaan": 8, "aaban": 8,
	"azar": 9, "aazar": 9, "adhar": 9, "azer": 9,
	"dey": 10, "dei": 10,
	"bahman": 11,
	"esfand": 12, "isfand": 12, "espand": 12, "esfend": 12,
	"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
	"شهریور": 6, "مهر": 7, "آبان": 8, "ابان": 8, "آذر": 9, "اذر": 9, "دی": 10,
	"بهمن": 11, "اسفند": 12,
}

// weekdays maps weekday names to time.Weekday values (Sunday 0).
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// weekdayAbbrevs maps short weekday names, read only before a date ("Tue
// May 9"), to time.Weekday values plus one (so that 0 is absent).
var weekdayAbbrevs = map[string]int{
	"sun": 1, "mon": 2, "tue": 3, "tues": 3, "wed": 4, "thu": 5, "thur": 5, "thurs": 5, "fri": 6, "sat": 7,
}

// seasons maps season names to 1 spring, 2 summer, 3 autumn, 4 winter.
var seasons = map[string]int{"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}

// units maps a unit of time, singular or plural, to its grain.
var units = map[string]Grain{
	"day": Day, "days": Day, "week": Week, "weeks": Week, "fortnight": Fortnight,
	"fortnights": Fortnight, "month": Month, "months": Month, "year": Year, "years": Year,
	"decade": Decade, "decades": Decade, "century": Century, "centuries": Century,
	"hour": Hour, "hours": Hour, "minute": Minute, "minutes": Minute,
	"weekend": Weekend, "weekends": Weekend, "quarter": Quarter, "quarters": Quarter,
}

// numberWords maps the number words a duration or an offset is written
// with to their value. Vague quantities get a nominal value: they only make
// durations, which carry no dates.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"several": 3, "few": 3, "many": 3, "some": 3, "couple": 2, "dozen": 12, "dozens": 24,
}

// ordinalWords maps ordinal words to their value, for "the first quarter"
// and "the twentieth century". "Last" is -1: it is no ordinal of a count.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"last": -1,
}

// heads are the words a time expression cannot be without. Find looks for
// them (and digits) first, through headIndex, so text without any costs one
// pass and a comparison or two per word.
var heads = func() map[string]bool {
	m := map[string]bool{}
	for _, tbl := range []map[string]int{monthNames, weekdays, seasons, hijriMonths} {
		for w := range tbl {
			m[w] = true
		}
	}
	for w := range units {
		m[w] = true
	}
	for _, w := range []string{
		"yesterday", "today", "tomorrow", "tonight", "overnight", "now", "currently", "nowadays",
		"presently", "past", "time", "future", "night", "morning", "afternoon", "evening",
	} {
		m[w] = true
	}
	return m
}()

// yearCues are the words after which a bare four-digit number reads as a
// year: "in 1988", "since 2019", "the 1988 massacre".
var yearCues = map[string]bool{
	"in": true, "of": true, "since": true, "by": true, "until": true, "till": true,
	"before": true, "after": true, "during": true, "from": true, "through": true,
	"between": true, "to": true, "early": true, "late": true, "mid": true,
	"the": true, "a": true, "its": true, "his": true, "her": true, "their": true,
	"year": true, "around": true, "circa": true, "throughout": true, "spring": true,
	"summer": true, "autumn": true, "winter": true, "fall": true, "and": true, "or": true,
	"our": true, "that": true, "end": true,
}

// countNouns follow a number that counts rather than dates: "in 2000
// cities", "the 1500 protesters".
var countNouns = map[string]bool{
	"people": true, "persons": true, "protesters": true, "protestors": true, "cities": true,
	"towns": true, "villages": true, "deaths": true, "dead": true, "killed": true,
	"injured": true, "wounded": true, "arrests": true, "arrested": true, "detainees": true,
	"prisoners": true, "civilians": true, "soldiers": true, "troops": true, "children": true,
	"women": true, "men": true, "demonstrators": true, "students": true, "workers": true,
	"families": true, "homes": true, "houses": true, "refugees": true, "members": true,
	"votes": true, "dollars": true, "euros": true, "rials": true, "tomans": true,
	"percent": true, "per": true, "km": true, "kilometres": true, "kilometers": true,
	"miles": true, "metres": true, "meters": true, "others": true, "more": true,
	"of": true, "cases": true, "incidents": true, "attacks": true, "times": true,
	"locations": true, "places": true, "provinces": true, "countries": true, "schools": true,
	"hospitals": true, "universities": true, "individuals": true, "victims": true,
}

// weeklyRites follow a weekday that names what happens every week, not
// a day: "worshippers leaving Friday prayers".
var weeklyRites = map[string]bool{"prayers": true, "prayer": true, "sermon": true, "sermons": true,
	"service": true, "services": true, "mass": true, "market": true, "bazaar": true}

// futureCues mark a sentence that speaks of what is still to come, so a
// date written without its year or week is read forward from the anchor.
var futureCues = []string{
	" will ", "'ll ", " shall ", " going to ", " due to ", " is due ", " are due ",
	" scheduled ", " planned ", " plans to ", " plan to ", " expected to ", " set to ",
	" upcoming ", " is to ", " are to ", " to be held ", " forthcoming ",
	" expect ", " expects ", " would be ", " could be ",
}
