package figure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tally/internal/extract/number"
)

// notAFigure reports the numbers that are never figures whatever follows
// them: money, percentages, ages, dates, times, codes, scores, ratios,
// hyphenated modifiers ("a 13-year-old") and decimals.
func (st *sentence) notAFigure(q quant) bool {
	if q.n.Decimal || (q.n.Kind == number.Single && q.n.Low <= 0) {
		return true
	}
	if t := q.n.Text; len(t) > 1 && t[0] == '0' && t[1] >= '0' && t[1] <= '9' {
		return true // "0800 123 4567", "007": a leading zero writes a code, never a count
	}
	return st.isSource(q) || st.superseded(q) || st.isLimit(q) || st.isPopulation(q) || st.isAddress(q) || st.isMoney(q) || st.isPercent(q) || st.isAge(q) || st.isDate(q) ||
		st.isTime(q) || st.isCode(q) || st.isScore(q) || st.isRatio(q) || st.isModifier(q) || st.isDifference(q) || st.isUnitName(q)
}

// isLimit: a cap a rule sets is no count of anything that happened:
// "rules that limit rallies to 200 people", "gatherings capped at 50",
// "a ban on gatherings of more than 10 people".
func (st *sentence) isLimit(q quant) bool {
	j := q.first - 1
	switch st.word(j) {
	case "to", "at":
		if st.word(j-1) == "votes" && j >= 2 && st.toks[j-2].kind == tNum {
			return true // "passed by 195 votes to 106", but "the toll since the vote to 278"
		}
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if limitWords.Of(st.word(k)) {
				return true
			}
			if st.toks[k].kind != tWord {
				break
			}
		}
	case "of":
		return gatheringBans.Of(st.word(j-1)) && (st.word(j-2) == "on" || st.word(j-2) == "banning" || st.word(j-2) == "banned") ||
			st.word(j-1) == "capacity" // "a capacity of 5,000"
	case "for":
		w := st.word(j - 1)
		return w == "built" || w == "designed" || w == "meant" // "a prison built for 5,300 inmates"
	}
	return false
}

// limitWords set a cap on what follows "to" or "at"; gatheringBans are
// what a ban on gatherings "of more than 10" names.
var (
	limitWords = set("limit", "limits", "limited", "limiting", "restrict", "restricts", "restricted",
		"restricting", "cap", "caps", "capped", "capping")
	gatheringBans = set("gatherings", "gathering", "assemblies", "meetings", "groups")
)

// isSource: the number of sources a claim cites is not a figure:
// "according to three officials", "citing two security sources".
func (st *sentence) isSource(q quant) bool {
	switch st.word(q.first - 1) {
	case "citing", "quoting":
		return true
	case "with":
		if interviewNouns.Of(st.word(q.first - 2)) {
			return true // "interviews with 41 survivors"
		}
	case "interviewed", "consulted", "surveyed", "polled":
		return true // "the group interviewed 30 witnesses"
	case "of":
		if sampleNouns.Of(st.word(q.first - 2)) {
			return true // "a survey of 2,000 voters"
		}
	}
	_, ok := st.phraseBefore(q.first, []string{"according", "to"})
	return ok
}

// speaks reports a number of voices that tell the figure, or of people
// asked, by its head noun: "three interior ministry officials told
// Reuters", "two witnesses said", "the 1,200 former detainees interviewed
// by Viasna".
func (st *sentence) speaks(head int) bool {
	if head < 0 {
		return false
	}
	switch st.word(head + 1) {
	case "interviewed", "surveyed", "polled", "questioned", "sampled":
		return true
	case "told", "said", "say", "says", "tell", "confirmed", "described", "quoted":
		return sourceNouns.Of(lemma(st.toks[head].lower))
	}
	return false
}

// sampleNouns take the number of those asked: "a survey of 2,000 voters".
var sampleNouns = set("survey", "poll", "sample", "study", "census", "questionnaire")

// interviewNouns and sourceNouns name where a claimant's figure comes
// from, whose number counts its sources, not the episode.
var (
	interviewNouns = set("interviews", "interview", "talks", "conversations", "spoke", "spoken", "speaking")
	sourceNouns    = set("official", "source", "witness", "diplomat", "doctor", "medic", "resident",
		"survivor", "activist", "lawyer", "journalist", "officer", "commander", "nurse", "relative",
		"hospital", "clinic", "morgue", "group", "organisation", "organization", "agency", "outlet")
)

// isAddress: a number before capitalised words that end in a street:
// "outside 10 Downing Street".
func (st *sentence) isAddress(q quant) bool {
	for j := q.last + 1; j <= q.last+3 && j < len(st.toks); j++ {
		t := st.toks[j]
		if t.kind != tWord || !isCapital(st.s[t.start:t.end]) || st.lineBreakBetween(j-1, j) {
			return false // "Moscow — 1,700\nSt Petersburg — 1,343": the next line's name
		}
		if addressNouns.Of(t.lower) {
			return true
		}
	}
	return false
}

// isMoney: "$20", "US$ 1.5 million", "Rs 500".
func (st *sentence) isMoney(q quant) bool {
	if p := st.punct(q.first - 1); p != "" && strings.Contains(currencySigns, p) {
		return true
	}
	if currencyCodes.Of(st.word(q.first - 1)) {
		return true
	}
	k := q.first - 1
	return k >= 0 && isoCurrencies.Of(st.word(k)) && st.toks[k].end-st.toks[k].start == 3 && strings.ToUpper(st.s[st.toks[k].start:st.toks[k].end]) == st.s[st.toks[k].start:st.toks[k].end]
}

// isPercent: "40%", "40 per cent", "٪".
func (st *sentence) isPercent(q quant) bool {
	switch st.punct(q.last + 1) {
	case "%", "٪", "‰":
		return true
	}
	return st.word(q.last+1) == "per" && st.word(q.last+2) == "cent"
}

// isAge: "aged 17", "at the age of 13", "17 years old", "a 13-year-old".
func (st *sentence) isAge(q quant) bool {
	prev := st.word(q.first - 1)
	if agePrefixes.Of(prev) || (prev == "of" && agePrefixes.Of(st.word(q.first-2))) {
		return true
	}
	if prev == "of" && youngPersons.Of(st.word(q.first-2)) && q.n.Kind == number.Single && q.n.Low <= 120 && !looksPlural(st.word(q.last+1)) {
		return true // "among them a boy of 13"
	}
	// "aged 15 and 17", "aged 15, 16 and 17": the later ages of a list.
	if (prev == "and" || prev == "or" || st.punct(q.first-1) == ",") && q.n.Kind == number.Single && q.n.Low <= 120 {
		for k := q.first - 2; k >= 0 && k >= q.first-8; k-- {
			if agePrefixes.Of(st.word(k)) {
				return true
			}
			if st.toks[k].kind == tWord && st.word(k) != "and" && st.word(k) != "or" {
				break
			}
		}
	}
	if _, ok := st.phraseAt(q.last+1, []string{"years", "old"}); ok {
		return true
	}
	if _, ok := st.phraseAt(q.last+1, []string{"years", "of", "age"}); ok {
		return true
	}
	if _, ok := st.phraseAt(q.last+1, []string{"year", "old"}); ok {
		return true
	}
	return st.apposedAge(q)
}

// apposedAge: "Mahsa Amini, 22, died": a small bare number between commas
// right after a name.
func (st *sentence) apposedAge(q quant) bool {
	if q.first != q.num || q.n.Kind != number.Single || q.n.Low > 120 {
		return false
	}
	before := q.num - 1
	if st.word(before) == "now" {
		before-- // "Camara, now 60, seized power"
	}
	if st.punct(before) != "," || (st.punct(q.num+1) != "," && q.num+1 < len(st.toks)) {
		return false
	}
	k := before - 1
	return k >= 0 && st.toks[k].kind == tWord && isCapital(st.s[st.toks[k].start:st.toks[k].end])
}

// isDate: "15 November", "November 15", "the 1988 massacre", "in 2019",
// "2019-2020". A four-digit number is a year unless it is hedged or counts
// people outside a phrase of time.
func (st *sentence) isDate(q quant) bool {
	if st.isMonth(q.first-1) || st.isMonth(q.last+1) {
		return true
	}
	if st.word(q.last+1) == "of" && months.Of(st.word(q.last+2)) {
		return true
	}
	if st.daysOfMonth(q) {
		return true
	}
	if !yearLike(q.n) {
		return false
	}
	if q.n.Kind == number.Span {
		return true
	}
	if q.first != q.num && q.qualWord != "over" && q.qualWord != "under" {
		return false // "about 2000 people", but "a trial over the 2011 killings"
	}
	head, _ := st.nounPhrase(q)
	return head < 0 || !persons.Of(lemma(st.toks[head].lower)) || yearPrefixes.Of(st.word(q.first-1))
}

// daysOfMonth reports a day coordinated with others beside their month:
// "11 and 12 July", "3, 4 or 5 May", "15 to 19 November", "March 27 and
// 31".
func (st *sentence) daysOfMonth(q quant) bool {
	if !dayLike(st.s[st.toks[q.first].start:st.toks[q.last].end]) {
		return false
	}
	if st.daysTo(q.last+1, 1) {
		return true
	}
	// After its month, the last day ends the dates: "March 27 and 31 last
	// year", but "on March 27, and 31 were arrested".
	k := q.last + 1
	ends := k >= len(st.toks) || st.toks[k].kind == tPunct || yearWords.Of(st.word(k)) || st.yearShapedAt(k)
	return ends && st.daysTo(q.first-1, -1)
}

// yearWords may follow the days of a month before their year.
var yearWords = set("last", "this", "next", "in", "of")

// daysTo reports a month reached from token k, stepping by step, across
// only days and the words and marks that join them.
func (st *sentence) daysTo(k, step int) bool {
	for n := 0; n < 6 && k >= 0 && k < len(st.toks); n, k = n+1, k+step {
		switch w := st.word(k); {
		case w == "and" || w == "or" || w == "to" || st.punct(k) == "," || st.punct(k) == "-" || st.punct(k) == "–":
			continue
		case st.toks[k].kind == tNum && dayLike(st.s[st.toks[k].start:st.toks[k].end]):
			if st.isMonth(k + step) {
				return n > 0 // a day right beside the month is its own day, read by isDate
			}
			continue
		}
		return false
	}
	return false
}

// dayLike reports one or two digits: a day of a month may be written so.
func dayLike(s string) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// youngPersons are described by their age after "of": "a boy of 13".
var youngPersons = set("boy", "girl", "child", "man", "woman", "teenager", "youth", "baby", "infant")

// isDifference: "21 more than the government has acknowledged" counts a
// gap between two figures, not an episode.
func (st *sentence) isDifference(q quant) bool {
	switch st.word(q.last + 1) {
	case "more", "fewer", "less", "higher", "lower":
		return st.word(q.last+2) == "than"
	}
	return false
}

// isUnitName: "the 444 Brigade", "the 3rd Division" name a unit.
func (st *sentence) isUnitName(q quant) bool {
	k := q.last + 1
	if k >= len(st.toks) || st.toks[k].kind != tWord || !isCapital(st.s[st.toks[k].start:st.toks[k].end]) {
		return false
	}
	return militaryUnits.Of(st.word(k))
}

// militaryUnits are the capitalised nouns a number names: "444 Brigade".
var militaryUnits = set("brigade", "battalion", "division", "regiment", "corps", "squadron", "company", "platoon", "unit")

// isPopulation: how many live in a place is no count of an episode: "a
// country of 9.4 million people", "the city of 2 million", "home to 3.7
// million", "its population of 80 million", "Egypt, with nearly 100
// million people,".
func (st *sentence) isPopulation(q quant) bool {
	j := q.first - 1
	switch st.word(j) {
	case "of":
		w := st.word(j - 1)
		return populatedPlaces.Of(w) || w == "population" || w == "populations" || parents.Of(w) || // "a mother of six"
			coalitions.Of(w) // "a coalition of 22 rights groups": what a body is made of
	case "to":
		return st.word(j-1) == "home"
	case "with":
		if st.punct(j-1) == "," && j >= 2 && st.toks[j-2].kind == tWord && isCapital(st.s[st.toks[j-2].start:]) && !dayOrMonth(st.word(j-2)) {
			head, _ := st.nounPhrase(q)
			// "Egypt, with nearly 100 million people, has…", but not
			// "…, with more than 6,000 people wounded"
			return head >= 0 && residents.Of(st.toks[head].lower) && (head+1 >= len(st.toks) || st.punct(head+1) != "")
		}
	}
	return false
}

// populatedPlaces and residents name where people live and who they are.
var (
	populatedPlaces = set("country", "nation", "city", "town", "state", "capital", "region", "province",
		"kingdom", "republic", "island", "territory", "district", "metropolis", "village", "municipality")
	residents = set("people", "inhabitants", "residents", "citizens", "souls")
	parents   = set("mother", "father", "parent", "grandmother", "grandfather")
	// coalitions are bodies made of others.
	coalitions = set("coalition", "alliance", "network", "federation", "consortium", "umbrella", "platform", "grouping")
)

// isMonth reports a month name at token k. "May" and "March" count only
// capitalised: "30 may have died", "5,000 march".
func (st *sentence) isMonth(k int) bool {
	w := st.word(k)
	if !months.Of(w) {
		return false
	}
	if w == "may" || w == "march" {
		t := st.toks[k]
		return isCapital(st.s[t.start:t.end])
	}
	return true
}

// yearLike reports a number written as four bare digits in the range of
// Gregorian and Solar Hijri years, or a range of two of them.
func yearLike(n number.Number) bool {
	if n.Words {
		return false
	}
	if n.Kind == number.Span {
		return n.Low >= 1300 && n.High <= 2100 && bareDigits(n.Text[len(n.Text)-4:])
	}
	return n.Kind == number.Single && n.Low >= 1300 && n.Low <= 2100 && bareDigits(n.Text)
}

// bareDigits reports four ASCII or Eastern Arabic digits and nothing else.
func bareDigits(s string) bool {
	count := 0
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
		count++
	}
	return count == 4
}

// isTime: "at 9 pm", "10:30", "6 a.m.", "5 o'clock", "14 GMT".
func (st *sentence) isTime(q quant) bool {
	switch w := st.word(q.last + 1); w {
	case "a", "p": // "6 a.m."
		return st.punct(q.last+2) == "."
	default:
		return clockWords.Of(w)
	}
}

// isCode: a number in a chain of digits ("5/17/2018", "+1-222-2222",
// "10:30"), in a name ("COVID-19", "Article 19", "Group of 20", "No. 5").
func (st *sentence) isCode(q quant) bool {
	k := q.num
	if st.chained(k-1, k-2) || st.chained(k+1, k+2) {
		return true
	}
	switch p := st.punct(k - 1); p {
	case "#", "№", "+":
		return st.glued(k - 1)
	case "-":
		return st.glued(k-1) && st.word(k-2) != "" && st.glued(k-2) // COVID-19, T-72
	case ".":
		return codeNouns.Of(st.word(k - 2)) // No. 5
	}
	if q.first != k {
		return false
	}
	if codeNouns.Of(st.word(k - 1)) {
		head, _ := st.nounPhrase(q)
		return head < 0 || !persons.Of(lemma(st.toks[head].lower))
	}
	return st.inName(q)
}

// chained reports a separator token p glued between the number and another
// number token o: the links of a code.
func (st *sentence) chained(p, o int) bool {
	switch st.punct(p) {
	case "-", "/", ":", ".", "–":
	default:
		return false
	}
	if o < 0 || o >= len(st.toks) || st.toks[o].kind != tNum {
		return false
	}
	// The number, the separator and the other number touch: "12:30",
	// "2-1", but not "2018: 554", a label's year before its count.
	first := min(o, 2*p-o)
	return st.glued(first) && st.glued(first+1)
}

// inName reports a number inside a proper name: right after a capitalised
// word that is no month or weekday ("Flight 752", "Evin 209"), or after "of"
// after one ("Group of 20"), with no noun after it to count.
func (st *sentence) inName(q quant) bool {
	k := q.num
	cap := k - 1
	if st.word(k-1) == "of" {
		cap = k - 2
	}
	if cap < 0 || st.toks[cap].kind != tWord || cap == 0 && cap == k-1 {
		return false
	}
	t := st.toks[cap]
	r, _ := utf8.DecodeRuneInString(st.s[t.start:])
	if !unicode.IsUpper(r) || stopWords.Of(t.lower) || months.Of(t.lower) {
		return false
	}
	if triggers.Has(t.lower) {
		return false
	}
	if _, ok := st.placeListItem(q); ok {
		return false // "Deaths by county: Nairobi 17, Nakuru 4"
	}
	if st.bracketBreakdown(cap) {
		return false // "killed 6 (Sagaing 4, Magway 2)"
	}
	switch st.word(q.last + 1) {
	case "reports", "reported", "says", "said", "broadcast", "aired":
		return true // "Khabar 24 reports that…", "France 24 said": a channel
	}
	head, _ := st.nounPhrase(q)
	return head < 0
}

// bracketBreakdown reports a name at token k that opens an item of a
// bracketed list after a number: "6 (Sagaing 4, Magway 2)".
func (st *sentence) bracketBreakdown(k int) bool {
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		switch st.punct(j) {
		case "(":
			return st.toks[j-1].kind == tNum
		case ",":
		case "":
			if st.toks[j].kind != tWord && st.toks[j].kind != tNum {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// isScore: "a 2-1 win", "beat them 3-1".
func (st *sentence) isScore(q quant) bool {
	if q.n.Kind != number.Span || !strings.ContainsAny(q.n.Text, "-–") {
		return false
	}
	if scoreWords.Of(st.word(q.last + 1)) {
		return true
	}
	for j := q.first - 1; j >= 0 && j >= q.first-3; j-- {
		if scoreWords.Of(st.word(j)) {
			return true
		}
	}
	return false
}

// isRatio: "one in five", "two out of three", "per 100,000".
func (st *sentence) isRatio(q quant) bool {
	if st.word(q.first-1) == "per" {
		return true
	}
	if st.word(q.last+1) == "in" && isNumberAt(st, q.last+2) && !st.yearAt(q.last+2) {
		return true // "one in four", but not "6,430 in 2022"
	}
	if st.word(q.first-1) == "in" && q.first >= 2 && isNumberAt(st, q.first-2) && q.first == q.num && !months.Of(st.word(q.first-3)) {
		return true // "one in four", but not "on July 11 in more than 40 towns"
	}
	if _, ok := st.phraseAt(q.last+1, []string{"out", "of"}); ok {
		return true
	}
	if st.rateAfter(q) {
		return true // "an average of more than two executions a day"
	}
	_, ok := st.phraseBefore(q.first, []string{"out", "of"})
	return ok
}

// rateAfter reports an average number of things in a span of time: "an
// average of two executions a day" is a rate, not a count of what
// happened.
func (st *sentence) rateAfter(q quant) bool {
	average := false
	for k := q.first - 1; k >= 0 && k >= q.first-4; k-- {
		average = average || st.word(k) == "average"
	}
	if !average {
		return false // "could lead to 1,000 deaths a week" forecasts a count
	}
	j := q.last + 1
	if st.word(j) == "and" && st.word(j+1) == "a" && st.word(j+2) == "half" {
		j += 3
	}
	for k := j; k < len(st.toks) && k <= j+3 && st.toks[k].kind == tWord; k++ {
		switch st.word(k) {
		case "a", "an", "per", "each", "every":
			switch st.word(k + 1) {
			case "day", "week", "month", "year", "hour", "night":
				return k == j+1 // its noun comes first: "two executions a day"
			}
			return false
		}
	}
	return false
}

// isModifier: a number glued by a hyphen to the word after it modifies
// that word: "a 13-year-old", "a 10-day strike", "a 20-member delegation".
// "5,000-strong" is a crowd, read by the measure.
func (st *sentence) isModifier(q quant) bool {
	k := q.last
	if st.punct(k+1) != "-" || !st.glued(k) || !st.glued(k+1) {
		return false
	}
	w := st.word(k + 2)
	return w != "" && w != "strong"
}

// durationAfter reports "three and a half years": a number followed by a
// fraction and a unit of time.
func (st *sentence) durationAfter(q quant) bool {
	for _, frac := range [][]string{{"and", "a", "half"}, {"and", "a", "quarter"}, {"-", "and-a-half"}} {
		if end, ok := st.phraseAt(q.last+1, frac); ok {
			return nonCountables.Of(lemma(st.word(end)))
		}
	}
	return false
}

// yearAt reports a number token that writes a year: four digits from 1800
// to 2100.
func (st *sentence) yearAt(k int) bool {
	if !st.yearShapedAt(k) {
		return false
	}
	n := st.nums[st.toks[k].num]
	return n.Low >= 1800 && n.Low <= 2100
}

// yearShapedAt reports a number token four bytes long, as a year written
// in digits is: "in 2022", "on March 27 and 31 2024".
func (st *sentence) yearShapedAt(k int) bool {
	return k >= 0 && k < len(st.toks) && st.toks[k].kind == tNum && len(st.nums[st.toks[k].num].Text) == 4
}

// dayOrMonth reports a weekday or month name.
func dayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return months.Of(w)
}

// currencyNames are the currencies among nonCountables, which make a
// number money whatever noun follows them: "300-400 kwanza fares".
var currencyNames = set("dollar", "euro", "pound", "rial", "riyal", "toman", "yuan", "rupee", "lira",
	"dinar", "rouble", "ruble", "franc", "yen", "naira", "shilling", "cedi", "birr", "peso", "dirham",
	"taka", "kyat", "kwanza", "kwacha", "leone", "rupiah", "ringgit", "baht", "won", "real", "reais",
	"bolivar", "bolivares", "sol", "soles", "rand", "tenge", "som", "manat", "hryvnia", "lari", "afghani",
	"cordoba", "quetzal", "lempira")
