package place

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// newsText is news-like text written for these tests: figures, places,
// names of people and organisations, a dateline.
const newsText = `TEHRAN (Reuters) — Security forces detained at least 250 people in Tabriz and 120 in Urmia over the weekend, the Oslo-based group Iran Human Rights said on Monday, as protests entered their third week.

The semi-official Fars news agency put the number of arrests in East Azerbaijan province at "fewer than 200" and said calm had returned to the provincial capital. Tehran dismissed the figures as propaganda spread by foreign media.

In Zahedan, the capital of Sistan and Baluchestan province, witnesses said 14 protesters were killed when police opened fire after Friday prayers. A doctor at a hospital in the city, who asked not to be named, said 30 more were treated for gunshot wounds. Mohammad Reza, a shopkeeper, said the bazaar had been shut for five days.

Demonstrations were reported in 29 of Iran's 31 provinces, including in Mashhad, Shiraz, Isfahan and Kermanshah, according to a tally by the Human Rights Activists News Agency. Students at universities in Qom and Rasht held sit-ins, and truck drivers in Bandar Abbas joined a strike that began in Ahvaz.

Across the border in Iraq, officials in Erbil and Sulaymaniyah said thousands of Kurdish Iranians had crossed since September. The United Nations refugee agency said it was preparing for more arrivals in Turkey and Armenia.
`

func BenchmarkPlaces(b *testing.B) {
	r := resolver(b)
	text := strings.Repeat(newsText, 1<<20/len(newsText)+1)
	var scopes []Scope
	for at := 0; ; {
		k := strings.Index(text[at:], " 1")
		if k < 0 {
			break
		}
		at += k + 1
		scopes = append(scopes, Scope{Sentence: [2]int{max(0, at-80), min(len(text), at+80)},
			Paragraph: [2]int{max(0, at-300), min(len(text), at+300)}, Figure: [2]int{at, at + 3}})
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		r.Places(text, scopes)
	}
	reportCPU(b, len(text), cpuTime()-cpu0)
}

func BenchmarkMentions(b *testing.B) {
	r := resolver(b)
	text := strings.Repeat(newsText, 1<<20/len(newsText)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		r.Mentions(text)
	}
	reportCPU(b, len(text), cpuTime()-cpu0)
}

// reportCPU adds throughput over this process's CPU time: on a shared
// machine, wall time also counts other processes' work.
func reportCPU(b *testing.B, size int, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpuMB/s")
	}
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
