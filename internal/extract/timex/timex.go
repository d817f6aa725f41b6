// Package timex finds time expressions in text and resolves them to
// inclusive date intervals at the precision written, anchoring relative ones
// on a document's publication date.
//
// # Conventions
//
// Every resolved expression is an inclusive interval of ISO 8601 dates,
// From..To, at the precision written:
//
//   - a day is itself; a month is its first to its last day; a year is
//     1 January to 31 December; "the 1980s" is 1980-01-01..1989-12-31 and
//     "the 20th century" 1900-01-01..1999-12-31 (the everyday reading, not
//     the 1901..2000 of the strict one).
//   - early, mid and late split a month into days 1-10, 11-20 and 21 to the
//     end; a year into January-April, May-August and September-December;
//     a decade into its years 0-3, 4-6 and 7-9; anything else into thirds by
//     days. "The beginning/start of" reads as early, "the middle of" as mid,
//     "the end of" as late. "The first half of" a year is January-June, of
//     a month days 1-15; "the second (latter) half" the rest.
//   - seasons are meteorological and northern: spring is March-May, summer
//     June-August, autumn (fall) September-November, and winter Y is
//     December Y to the end of February Y+1.
//   - a week is an ISO week, Monday to Sunday; a weekend is its Saturday and
//     Sunday. "Last week" is the calendar week before the anchor's; "the
//     past week" and "the last week" are the seven days ending on the anchor.
//   - a date written without its year takes the year written by the last
//     expression before it in the same sentence ("the 2022 uprising, which
//     began in mid-September"). Otherwise it ("last May" aside), and a
//     weekday, resolve to the most recent occurrence on or before the
//     anchor: reports mostly tell of what has happened. When the sentence
//     before the expression speaks of the future ("will", "is due to",
//     "scheduled"...), they resolve to the next occurrence on or after it.
//     "Last May" is the most recent May before the anchor's month; "next
//     June" the first after it; "this May" the anchor year's.
//   - "the next day", "the day before", "that day" and "two days later"
//     count from the last single day named in the 600 bytes before them,
//     other than a reporting date; with none, "two days later" is a
//     Duration and the others are not read.
//   - "overnight" is the anchor's day and the day before it.
//   - "since X" is the Interval from X to the anchor; with no anchor, or an
//     X after it, To is empty (open).
//   - a bare four-digit number is a year only where it reads as one: after
//     a preposition or determiner ("in 1988", "the 1988 massacre", "by
//     2030"), in a range of years ("2009-2010", "1957-58") or next to a month
//     or season; never before a counted noun ("in 2000 cities") or after a
//     currency sign. Numbers 1300 to 1449 read as Solar Hijri years (1398 is
//     21 March 2019 to 19 March 2020), larger ones as Gregorian.
//   - numeric dates are month-first when ambiguous (05/06/2019 is 6 May),
//     unless the same document writes an unambiguous day-first date
//     (15/11/2019) and no month-first one: then all of its ambiguous ones
//     are read day-first.
//   - Solar Hijri dates (Aban 1398, ۲۴ آبان ۱۳۹۸) become Gregorian
//     intervals; a Hijri month name counts only beside a day or a year,
//     since Mehr, Tir, Dey and Azar are also names and words.
//   - durations ("for three weeks", "three and a half years") are Kind
//     Duration and sets ("every Friday") Kind Set, both without dates.
//     "Now", "currently", "the past" and "at the time" are Kind Reference,
//     also without dates. Ages ("a 40-year-old"), times of day and money
//     are not time expressions.
//
// With a zero anchor, relative expressions are returned with Relative set
// and empty From and To.
package timex

import (
	"sync"
	"time"
)

// Kind is what a time expression denotes.
type Kind int

// The kinds of Expr.
const (
	Date      Kind = iota // a day, month, season, year or other point at its precision
	Interval              // between July and September 1988, 15–19 Nov
	Duration              // for three weeks: not a date
	Set                   // every Friday: not a date
	Reference             // now, currently, the past, at the time: not a date
)

// String names a kind.
func (k Kind) String() string {
	switch k {
	case Date:
		return "date"
	case Interval:
		return "interval"
	case Duration:
		return "duration"
	case Set:
		return "set"
	case Reference:
		return "reference"
	}
	return "unknown"
}

// Grain is the precision an expression is written at: the unit of its
// From..To, or of both its ends for an Interval.
type Grain string

// The grains of Expr. Present, Past and Future are the grains of a
// Reference.
const (
	Minute    Grain = "minute"
	Hour      Grain = "hour"
	Day       Grain = "day"
	Weekend   Grain = "weekend"
	Week      Grain = "week"
	Fortnight Grain = "fortnight"
	Month     Grain = "month"
	Season    Grain = "season"
	Quarter   Grain = "quarter"
	Year      Grain = "year"
	Decade    Grain = "decade"
	Century   Grain = "century"
	Present   Grain = "present"
	Past      Grain = "past"
	Future    Grain = "future"
)

// Expr is one time expression. Start and End are byte offsets into the text;
// From and To are ISO 8601 dates (inclusive), empty when the expression
// cannot be resolved (a relative one with no anchor, a duration).
type Expr struct {
	Start, End int
	Text       string
	Kind       Kind
	From, To   string
	Relative   bool  // resolved against the anchor ("last May", "yesterday")
	Grain      Grain // the precision written; for an Interval, of its ends
	// StartGrain is the precision of an Interval's first end when it differs
	// from Grain ("between 2015 and May 2018"); empty otherwise.
	StartGrain Grain
	// Since marks "since X": From is X, and To the anchor (empty without
	// one), not a written end.
	Since bool
	// Reporting is set when the expression dates a reporting verb just
	// before it ("Amnesty said on Monday", "told reporters on Friday"):
	// the day a claim was made, not the day of the episode.
	Reporting bool
}

// isoDate is the layout of From and To.
const isoDate = "2006-01-02"

// Find returns the time expressions in text, in order. anchor is the
// document's publication time; the zero time leaves relative ones unresolved.
func Find(text string, anchor time.Time) []Expr {
	s := NewScanner(text, anchor)
	defer s.Close()
	return s.Until(len(text))
}

// Scanner finds the time expressions of a text front to back, only as far
// as asked: a caller that needs the dates of a document's first paragraphs
// does not pay for the rest. Every expression it returns is exactly what
// Find returns for the same text and anchor.
type Scanner struct {
	f    *finder
	w    *window
	done bool // the text is scanned to its end and settled
}

// NewScanner returns a Scanner over text. Close it when done with it.
func NewScanner(text string, anchor time.Time) *Scanner {
	w, _ := windows.Get().(*window)
	if w == nil {
		w = &window{toks: make([]token, 0, windowCap), classes: make([]uint32, 0, windowCap)}
	}
	// The Scanner lives in its window, which the pool keeps: a Scanner
	// is not used after Close, so the next one may take its room.
	w.s = Scanner{f: newFinder(text, anchor, w), w: w}
	return &w.s
}

// Until returns, in order, the expressions found so far, having scanned at
// least every one that ends at or before limit; with limit >= len(text)
// it returns them all. The slice is the Scanner's: it stays valid, but a
// later call may return a longer one.
//
// The scan is sequential, so a prefix of it is a prefix of the whole;
// only an ambiguous numeric date depends on what follows (the document's
// other numeric dates decide day-first or month-first), so once one is
// found the whole text is read.
func (s *Scanner) Until(limit int) []Expr {
	if s.done {
		return s.f.out
	}
	end := s.f.scanUntil(limit)
	if !end && len(s.f.ambiguous) > 0 {
		end = s.f.scanUntil(len(s.f.text))
	}
	if end {
		s.f.settleAmbiguous()
		s.done = true
	}
	return s.f.out
}

// Done reports whether the whole text has been scanned.
func (s *Scanner) Done() bool { return s.done }

// Close hands the Scanner's buffers back for reuse; the expressions it
// returned stay valid, but the Scanner must not be used again.
func (s *Scanner) Close() { s.close(false) }

// Release is Close for a caller that is done with the expressions too:
// the slice Until returned goes back with the buffers, and the next
// Scanner appends its expressions to it, so it must not be read after.
// A document's expressions were the largest part of what a scan
// allocated.
func (s *Scanner) Release() { s.close(true) }

func (s *Scanner) close(reuseOut bool) {
	if s.w == nil {
		return
	}
	// Empty the window of words that point into the text, and drop the
	// finder's state: the expressions it returned are the caller's,
	// unless the caller hands them back.
	w := s.w
	w.toks, w.classes = s.f.toks[:0], s.f.classes[:0]
	clear(w.toks[:cap(w.toks)])
	if reuseOut {
		out := s.f.out[:cap(s.f.out)]
		clear(out) // their texts are slices of the document
		w.out = out[:0]
	}
	w.f = finder{}
	s.w, s.f = nil, nil
	windows.Put(w)
}

// window is the token buffers of one finder, kept between calls, with
// the finder itself and its Scanner: each document needs one.
type window struct {
	toks    []token
	classes []uint32
	out     []Expr // a released Scanner's expressions, emptied, for the next to reuse
	f       finder
	s       Scanner
}

// windows reuses the finders' token windows: each document needs one,
// and allocating it afresh was a large share of what Find allocates. A
// sync.Pool is safe for concurrent Finds and holds no state between them.
var windows sync.Pool

// formatDate writes t's date as isoDate does. Every expression found
// needs one or two, and time.Format parses its layout each call, so the
// years of four digits, all that news writes, are written by hand.
func formatDate(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(isoDate)
	}
	if y >= tableFirstYear && y < tableEndYear {
		// A day of the years news writes of: a slice of one string
		// that holds them all, so that no date allocates.
		dateTableOnce.Do(buildDateTable)
		k := daysFrom(tableFirstYear, y, int(m), d) * len(isoDate)
		return dateTable[k : k+len(isoDate)]
	}
	return string(appendDate(make([]byte, 0, len(isoDate)), y, int(m), d))
}

// appendDate appends y-m-d as isoDate writes it, y of four digits.
func appendDate(b []byte, y, m, d int) []byte {
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+d/10), byte('0'+d%10))
}

// The years whose days dateTable holds.
const tableFirstYear, tableEndYear = 1900, 2100

var (
	dateTableOnce sync.Once
	dateTable     string // every day from tableFirstYear on, as isoDate, end to end
)

func buildDateTable() {
	b := make([]byte, 0, 366*(tableEndYear-tableFirstYear)*len(isoDate))
	for t := date(tableFirstYear, 1, 1); t.Year() < tableEndYear; t = t.AddDate(0, 0, 1) {
		y, m, d := t.Date()
		b = appendDate(b, y, int(m), d)
	}
	dateTable = string(b)
}

// daysFrom is the number of days from 1 January of year first to y-m-d,
// a valid date on or after it.
func daysFrom(first, y, m, d int) int {
	return civilDay(y, m, d) - civilDay(first, 1, 1)
}

// civilDay counts days on the proleptic Gregorian calendar (the days
// from civil algorithm: the year begins in March, so that February's
// length only matters at its end).
func civilDay(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe
}

// dateOf truncates t to its calendar day, in UTC: From and To are dates,
// and a publication time's zone must not move them.
func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// date builds a calendar day in UTC.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether day d exists in month m of Gregorian year y.
func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= date(y, m+1, 0).Day()
}
