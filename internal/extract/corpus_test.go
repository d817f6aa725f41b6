package extract

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// The benchmark corpus: news-like documents generated from templates
// written for tally, mostly without figures, as real reporting is. Slots
// in braces are filled from the lists below.
var (
	plainTemplates = []string{
		"The {org} held a meeting in {city} to discuss the budget for the coming year.",
		"Officials in {city} said the talks with the delegation would resume after the holiday.",
		"Traffic was slow on the main road into {city} as workers repaired a water pipe.",
		"{person}, a spokesman for the {org}, declined to comment on the report.",
		"The weather service expects rain across the north of the country later this week.",
		"Shops in the old bazaar of {city} reopened after a long weekend.",
		"The minister travelled to {city} on {day} for a conference on trade and investment.",
		"Analysts said the currency had weakened against the dollar in recent weeks.",
		"Residents described a tense atmosphere, with many shops closed and streets quiet.",
		"The {org} has repeatedly called for an independent investigation into the events.",
		"Internet access was restricted in several provinces, according to a monitoring group.",
		"Schools in {city} were told to move classes online until further notice.",
		"The parliament is expected to debate the new law before the end of {month}.",
		"A video shared online appeared to show crowds chanting near a government building.",
		"{person} told the newspaper that the decision had been taken without consultation.",
		"The state broadcaster aired interviews with people who supported the government.",
		"Diplomats from several countries urged restraint and called for dialogue.",
		"The court adjourned the hearing and did not give a date for the next session.",
	}
	figureTemplates = []string{
		"At least {n} people were killed in {city} on {day}, the {org} said.",
		"{person} said {n} protesters had been arrested since {month}.",
		"According to the {org}, more than {n} people were detained in {city}.",
		"Security forces shot dead {n} demonstrators, witnesses said.",
		"The {org} put the death toll at {n}.",
		"Some {n} workers walked out in {city} on {day}.",
		"Officials denied that {n} people had died in custody.",
	}
	cities  = []string{"Tehran", "Shiraz", "Mashhad", "Isfahan", "Tabriz", "Zahedan", "Ahvaz", "Kermanshah", "Baghdad", "Basra", "Lagos", "Quito"}
	orgs    = []string{"Iran Human Rights", "interior ministry", "Human Rights Watch", "city council", "Amnesty International", "provincial government", "Hengaw"}
	persons = []string{"Sara Mohammadi", "Ali Rezaei", "Maryam Hosseini", "John Carter", "Leila Ahmadi"}
	days    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months  = []string{"January", "March", "May", "September", "November"}
)

// newsCorpus generates documents totalling at least size bytes, the same
// for the same seed. About one sentence in ten holds a figure.
func newsCorpus(seed uint64, size int) []string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var docs []string
	total := 0
	for total < size {
		var b strings.Builder
		paras := 2 + r.IntN(5)
		for p := 0; p < paras; p++ {
			if p > 0 {
				b.WriteString("\n\n")
			}
			n := 1 + r.IntN(4)
			for s := 0; s < n; s++ {
				if s > 0 {
					b.WriteByte(' ')
				}
				tpl := plainTemplates[r.IntN(len(plainTemplates))]
				if r.IntN(10) == 0 {
					tpl = figureTemplates[r.IntN(len(figureTemplates))]
				}
				b.WriteString(fill(r, tpl))
			}
		}
		docs = append(docs, b.String())
		total += b.Len()
	}
	return docs
}

// fill replaces the slots of a template.
func fill(r *rand.Rand, tpl string) string {
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	return strings.NewReplacer(
		"{city}", pick(cities), "{org}", pick(orgs), "{person}", pick(persons),
		"{day}", pick(days), "{month}", pick(months), "{n}", strconv.Itoa(2+r.IntN(3000)),
	).Replace(tpl)
}
