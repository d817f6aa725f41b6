package storetest

import (
	"time"

	"tally"
)

// corpus is four short reports written for this suite, with their claims.
// The figures follow the public record of the events they name; the
// sentences are the suite's own.
type corpus struct {
	amnesty, lawmaker, strike, court *report
}

func newCorpus() corpus {
	amnesty := newReport("Amnesty International said at least 304 people were killed in Iran between 15 and 19 November 2019. "+
		"The rights group said thousands more were arrested.", "Example Wire", day(2020, time.May, 20))
	amnesty.claim("at least 304 people", tally.Killed, tally.Int64(304), nil,
		by("Amnesty International"), on("2019-11-15", "2019-11-19"), func(c *tally.Claim) { c.Figure.Qualifier = tally.AtLeast })
	amnesty.claim("thousands more", tally.Arrested, tally.Int64(2000), nil,
		by("the rights group"), of(tally.Arrest), on("2019-11", ""))

	lawmaker := newReport("Security forces detained 7,000 protesters in Tehrān and Shiraz, according to a lawmaker. "+
		"Officials denied that 1,500 people were killed.", "Daily Example", day(2019, time.December, 3))
	lawmaker.claim("7,000 protesters", tally.Arrested, tally.Int64(7000), tally.Int64(7000),
		by("a lawmaker"), of(tally.Arrest), on("2019-11-15", "2019-11-30"))
	lawmaker.claim("1,500 people", tally.Killed, tally.Int64(1500), tally.Int64(1500),
		by("Officials"), on("2019-11-15", "2019-11-19"), func(c *tally.Claim) { c.Modality = tally.Denied })

	strike := newReport("Workers at the oil refinery went on strike for a third day. "+
		"Organisers said 2,000 workers joined the strike in Abadan.", "Example Wire", day(2021, time.June, 22))
	strike.claim("2,000 workers", tally.Participants, tally.Int64(2000), tally.Int64(2000),
		by("Organisers"), of(tally.Strike), on("2021-06-20", "2021-06-22"))

	court := newReport("Police said 12 people were injured when a crowd gathered outside the court.", "Local Example", time.Time{})
	court.claim("12 people", tally.Injured, tally.Int64(12), tally.Int64(12), by("Police"), of(tally.Riot))
	return corpus{amnesty: amnesty, lawmaker: lawmaker, strike: strike, court: court}
}

// all lists the corpus in the order the suite stores it.
func (c corpus) all() []*report { return []*report{c.amnesty, c.lawmaker, c.strike, c.court} }

// fullClaim is a claim with every field set, on a report of its own.
func fullClaim() *report {
	r := newReport("Witnesses told the monitor that between 200 and 300 students were beaten by riot police in Mashhad on 3 May.",
		"Example Monitor", day(2022, time.May, 5))
	r.doc.URL = "https://example.org/reports/mashhad"
	r.doc.Title = "Students beaten in Mashhad"
	r.doc.Byline = "A. Writer"
	r.doc.Language = "en"
	r.doc.Notes = []string{"invalid UTF-8 replaced", "title taken from h1"}
	r.claim("between 200 and 300 students", tally.Injured, tally.Int64(200), tally.Int64(300), func(c *tally.Claim) {
		c.Figure.Qualifier = tally.Range
		c.Figure.Unit = "student"
		c.EventType = tally.Assault
		c.Claimant = &tally.Claimant{Name: "the monitor", Via: []string{"witnesses", "a hospital nurse"}, Cue: "told"}
		c.Modality = tally.Reported
		c.When = &tally.When{Start: "2022-05-03", End: "2022-05-03", Text: "on 3 May"}
		c.Where = []tally.Place{{Name: "Mashhad", Country: "IR", Admin1: "Razavi Khorasan",
			Lat: 36.297, Lon: 59.606, GeonamesID: 124665, Kind: "city"}}
		c.Actors = &tally.Actors{Perpetrator: "riot police", Target: "students"}
		c.Part = true
	})
	return r
}
