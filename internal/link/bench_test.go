package link

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"tally"
)

// synthetic makes n claims over n/5 documents, deterministically: 60
// countries with 20 cities each, twelve event types, reports spread over
// fifteen years, 300 claimants and 500 publishers. Most claims carry dates
// near their report's; the rest only the report's publication date.
func synthetic(n int) []tally.Claim {
	rng := rand.New(rand.NewPCG(2019, 11))
	countries := make([]string, 60)
	for i := range countries {
		countries[i] = string(rune('A'+i/26)) + string(rune('A'+i%26))
	}
	claimants := make([]string, 300)
	for i := range claimants {
		claimants[i] = "Claimant " + strconv.Itoa(i)
	}
	claimants[0], claimants[1], claimants[2] = "Amnesty", "Reuters", "officials"
	measures := tally.Measures[:9]
	base := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	claims := make([]tally.Claim, 0, n)
	for d := 0; len(claims) < n; d++ {
		doc := "sha256:" + strconv.Itoa(d)
		published := base.AddDate(0, 0, rng.IntN(15*365))
		country := countries[int(rng.ExpFloat64()*10)%len(countries)]
		etype := tally.EventTypes[rng.IntN(len(tally.EventTypes))]
		publisher := "Publisher " + strconv.Itoa(rng.IntN(500))
		for k := 0; k < 5 && len(claims) < n; k++ {
			claims = append(claims, syntheticClaim(rng, doc, k, published, country, etype, publisher, claimants, measures))
		}
	}
	return claims
}

func syntheticClaim(rng *rand.Rand, doc string, k int, published time.Time, country string, etype tally.EventType,
	publisher string, claimants []string, measures []tally.Measure) tally.Claim {
	low := int64(1 + rng.IntN(2000))
	c := tally.Claim{
		ID:         tally.ClaimID(doc, k*100),
		Doc:        doc,
		FigureSpan: [2]int{k * 100, k*100 + 4},
		Measure:    measures[rng.IntN(len(measures))],
		Figure:     tally.Figure{Low: &low, High: &low, Qualifier: tally.Exact},
		EventType:  etype,
		Modality:   tally.Reported,
		Published:  published,
		Publisher:  publisher,
		Where:      []tally.Place{{Name: country, Country: country, Kind: "country"}},
	}
	if rng.IntN(2) == 0 {
		city := rng.IntN(20)
		c.Where = []tally.Place{{Name: country + " city " + strconv.Itoa(city), Country: country, Kind: "city", GeonamesID: int64(1000 + city)}}
	}
	if rng.IntN(5) > 0 {
		c.Claimant = &tally.Claimant{Name: claimants[rng.IntN(len(claimants))], Cue: "said"}
	}
	if rng.IntN(5) < 3 {
		start := published.AddDate(0, 0, -rng.IntN(10))
		c.When = &tally.When{Start: start.Format(time.DateOnly), End: start.AddDate(0, 0, rng.IntN(4)).Format(time.DateOnly)}
	}
	c.Quote = fmt.Sprintf("%s reported that %d people were affected in %s.", publisher, low, c.Where[0].Name)
	return c
}

// BenchmarkLink links 100,000 and 1,000,000 synthetic claims (over 20,000
// and 200,000 documents). Besides the wall time it reports the CPU seconds
// the process spent, which a busy machine does not inflate. Run it once
// per size:
//
//	go test ./internal/link -run '^$' -bench Link -benchtime 1x -cpu 1 -benchmem
func BenchmarkLink(b *testing.B) {
	reg, err := NewRegistry()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{100_000, 1_000_000} {
		b.Run("claims="+strconv.Itoa(n), func(b *testing.B) {
			claims := synthetic(n)
			var events int
			var cpu time.Duration
			for b.Loop() {
				start := cpuTime()
				events = len(Link(claims, reg))
				cpu += cpuTime() - start
			}
			b.ReportMetric(float64(events), "events")
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

func TestSyntheticDeterministic(t *testing.T) {
	a, b := synthetic(2000), synthetic(2000)
	if len(a) != 2000 || a[1999].ID != b[1999].ID || a[1999].Quote != b[1999].Quote {
		t.Fatalf("synthetic claims differ between runs")
	}
	reg := seeded(t)
	if got, want := len(Link(a, reg)), len(Link(b, reg)); got != want || got == 0 {
		t.Errorf("events = %d and %d, want equal and nonzero", got, want)
	}
}

// syntheticDocs makes n short reports about n/10 episodes: each episode has
// its own place and person names drawn from made-up syllables, and its
// reports share them with varying filler.
func syntheticDocs(n int) []tally.Document {
	rng := rand.New(rand.NewPCG(7, 1))
	syll := []string{"ka", "ri", "do", "ven", "sa", "lo", "mir", "ta", "zu", "pe", "han", "gor",
		"bel", "chi", "fa", "ju", "kor", "lin", "mo", "nu", "os", "qua", "rin", "sel", "tov", "wy"}
	name := func() string {
		s := ""
		for range 2 + rng.IntN(2) {
			s += syll[rng.IntN(len(syll))]
		}
		return string(s[0]-32) + s[1:]
	}
	verbs := []string{"protest", "strike", "flood", "trial", "election", "attack"}
	docs := make([]tally.Document, n)
	for e := 0; e < n/10; e++ {
		place, person, verb := name(), name()+" "+name(), verbs[rng.IntN(len(verbs))]
		for k := range 10 {
			docs[e*10+k] = tally.Document{
				ID:   fmt.Sprintf("doc-%06d", e*10+k),
				Text: fmt.Sprintf("The %s in %s drew crowds. Officials said %s spoke about the %s on day %d.", verb, place, person, verb, rng.IntN(30)),
			}
		}
	}
	return docs
}

// BenchmarkGroupDocuments groups 10,000 synthetic reports of 1,000
// episodes.
func BenchmarkGroupDocuments(b *testing.B) {
	docs := syntheticDocs(10_000)
	var groups int
	for b.Loop() {
		groups = len((&DocLinker{}).Group(docs))
	}
	b.ReportMetric(float64(groups), "groups")
}
