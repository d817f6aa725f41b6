package link

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"tally"
)

// Chart geometry, in SVG user units.
const (
	chartWidth  = 760
	labelWidth  = 230 // claimant names, left
	valueWidth  = 110 // current figure as text, right
	rowHeight   = 30
	headHeight  = 34
	axisHeight  = 34
	plotLeft    = labelWidth + 10
	plotRight   = chartWidth - valueWidth - 10
	arrowLength = 9
)

// RangeChartSVG draws one measure of an event as a figure-range chart: a
// row per claimant with a bar from its current low to its current high (a
// dot for an exact figure, an arrow where a bound is open), its earlier
// figures as faint marks, and one shared axis, logarithmic when the figures
// span more than a factor of ten, else linear from zero. Every text is
// escaped; the SVG stands alone and scales to its container.
func RangeChartSVG(ev tally.Event, m tally.Measure) []byte {
	var b bytes.Buffer
	mf := ev.Measures[m]
	rows := 1
	if mf != nil && len(mf.Claimants) > 0 {
		rows = len(mf.Claimants)
	}
	height := headHeight + rows*rowHeight + axisHeight
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" font-family="sans-serif" font-size="12">`+"\n",
		chartWidth, height, chartWidth, height)
	title := string(m) + " — " + ev.Title
	if mf != nil && mf.Conflict {
		title += " — figures conflict"
	}
	fmt.Fprintf(&b, "<title>%s</title>\n", esc(title))
	fmt.Fprintf(&b, `<text x="8" y="20" font-weight="bold">%s</text>`+"\n", esc(title))
	if mf == nil || len(mf.Claimants) == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#666">no figures</text>`+"\n", plotLeft, headHeight+20)
		b.WriteString("</svg>\n")
		return b.Bytes()
	}
	ax := newAxis(chartValues(mf))
	claimants := slices.Clone(mf.Claimants)
	slices.SortStableFunc(claimants, func(a, b tally.ClaimantFigures) int {
		return cmp.Compare(sortValue(a.Current), sortValue(b.Current))
	})
	for i, c := range claimants {
		drawRow(&b, ax, c, headHeight+i*rowHeight)
	}
	drawAxis(&b, ax, headHeight+len(claimants)*rowHeight)
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// chartValues are every finite bound the chart must show.
func chartValues(mf *tally.MeasureFigures) []int64 {
	var vs []int64
	add := func(f tally.FigureRef) {
		for _, p := range []*int64{f.Low, f.High} {
			if p != nil {
				vs = append(vs, *p)
			}
		}
	}
	for _, c := range mf.Claimants {
		add(c.Current)
		for _, r := range c.Revisions {
			add(r)
		}
	}
	return vs
}

func sortValue(f tally.FigureRef) int64 {
	if f.Low != nil {
		return *f.Low
	}
	if f.High != nil {
		return *f.High
	}
	return 0
}

// axis maps figures to x.
type axis struct {
	log    bool
	lo, hi float64 // in figure units
}

// newAxis is logarithmic over whole decades when the positive figures span
// more than a factor of ten, else linear from zero to a round maximum.
func newAxis(vs []int64) axis {
	lo, hi := int64(math.MaxInt64), int64(0)
	for _, v := range vs {
		lo, hi = min(lo, max(v, 1)), max(hi, v)
	}
	if len(vs) == 0 || hi <= 0 {
		return axis{lo: 0, hi: 10}
	}
	if hi > 10*lo {
		return axis{log: true, lo: math.Pow(10, math.Floor(math.Log10(float64(lo)))),
			hi: math.Pow(10, math.Ceil(math.Log10(float64(hi)*1.05)))}
	}
	return axis{lo: 0, hi: niceCeil(float64(hi) * 1.1)}
}

// niceCeil rounds up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

func (a axis) x(v float64) float64 {
	var f float64
	if a.log {
		f = (math.Log10(max(v, a.lo)) - math.Log10(a.lo)) / (math.Log10(a.hi) - math.Log10(a.lo))
	} else {
		f = (v - a.lo) / (a.hi - a.lo)
	}
	return plotLeft + math.Min(1, math.Max(0, f))*(plotRight-plotLeft)
}

func (a axis) ticks() []float64 {
	var ts []float64
	if a.log {
		for v := a.lo; v <= a.hi*1.0001; v *= 10 {
			ts = append(ts, v)
		}
		return ts
	}
	step := niceCeil(a.hi / 5)
	for v := 0.0; v <= a.hi*1.0001; v += step {
		ts = append(ts, v)
	}
	return ts
}

func drawRow(b *bytes.Buffer, ax axis, c tally.ClaimantFigures, top int) {
	mid := top + rowHeight/2
	label := c.Name
	if c.ViaPublisher {
		label += " (publisher)"
	}
	fmt.Fprintf(b, `<g class="claimant" data-kind="%s" data-party="%t">`+"\n", esc(string(c.Kind)), c.PartyToConflict)
	fmt.Fprintf(b, `<text x="8" y="%d">%s</text>`+"\n", mid+4, esc(truncate(label, 34)))
	for _, r := range c.Revisions {
		drawRevision(b, ax, r, mid)
	}
	drawFigure(b, ax, c.Current, mid)
	fmt.Fprintf(b, `<text x="%d" y="%d">%s</text>`+"\n", plotRight+14, mid+4, esc(figureText(c.Current)))
	b.WriteString("</g>\n")
}

// drawRevision marks an earlier figure faintly: a tick at each finite
// bound, so that a series of open "at least" figures stays readable.
func drawRevision(b *bytes.Buffer, ax axis, f tally.FigureRef, mid int) {
	b.WriteString(`<g stroke="#718096" stroke-width="2" opacity="0.5">`)
	for _, p := range []*int64{f.Low, f.High} {
		if p != nil {
			x := num(ax.x(float64(*p)))
			fmt.Fprintf(b, `<line x1="%s" y1="%d" x2="%s" y2="%d"/>`, x, mid-9, x, mid+9)
		}
	}
	fmt.Fprintf(b, "<title>%s</title></g>\n", esc(strings.TrimSpace("earlier: "+figureText(f)+" "+f.ClaimedOn)))
}

// drawFigure draws a current figure.
func drawFigure(b *bytes.Buffer, ax axis, f tally.FigureRef, mid int) {
	const color, thick = "#2b6cb0", 8
	if f.Low == nil && f.High == nil {
		return
	}
	x0, x1 := float64(plotLeft), float64(plotRight)
	if f.Low != nil {
		x0 = ax.x(float64(*f.Low))
	}
	if f.High != nil {
		x1 = ax.x(float64(*f.High))
	}
	fmt.Fprintf(b, `<g fill="%s" stroke="%s">`, color, color)
	if x1-x0 < 2 {
		fmt.Fprintf(b, `<circle cx="%s" cy="%d" r="%d"/>`, num(x0), mid, thick/2+1)
	} else {
		fmt.Fprintf(b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke-width="%d"/>`, num(x0), mid, num(x1), mid, thick)
	}
	if f.High == nil {
		fmt.Fprintf(b, `<path d="M%s %d l%d %d l0 %d z"/>`, num(x1), mid-thick, arrowLength, thick, -2*thick)
	}
	if f.Low == nil {
		fmt.Fprintf(b, `<path d="M%s %d l%d %d l0 %d z"/>`, num(x0), mid-thick, -arrowLength, thick, -2*thick)
	}
	fmt.Fprintf(b, "<title>%s</title></g>\n", esc(strings.TrimSpace(figureText(f)+" "+f.ClaimedOn)))
}

func drawAxis(b *bytes.Buffer, ax axis, top int) {
	y := top + 6
	fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>`+"\n", plotLeft, y, plotRight, y)
	for _, t := range ax.ticks() {
		x := num(ax.x(t))
		fmt.Fprintf(b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="#333"/>`, x, y, x, y+5)
		fmt.Fprintf(b, `<text x="%s" y="%d" text-anchor="middle" fill="#333">%s</text>`+"\n", x, y+18, groupDigits(int64(t)))
	}
	scale := "linear scale"
	if ax.log {
		scale = "logarithmic scale"
	}
	fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="end" fill="#666" font-size="10">%s</text>`+"\n", chartWidth-8, y+18, scale)
}

// figureText writes a figure back as a reader would: "≥ 304", "1,500",
// "200–225", "≤ 5,000".
func figureText(f tally.FigureRef) string {
	switch {
	case f.Low != nil && f.High != nil && *f.Low == *f.High:
		prefix := ""
		if f.Qualifier == tally.About {
			prefix = "~"
		}
		return prefix + groupDigits(*f.Low)
	case f.Low != nil && f.High != nil:
		return groupDigits(*f.Low) + "–" + groupDigits(*f.High)
	case f.Low != nil:
		if f.Qualifier == tally.MoreThan {
			return "> " + groupDigits(*f.Low)
		}
		return "≥ " + groupDigits(*f.Low)
	case f.High != nil:
		if f.Qualifier == tally.LessThan {
			return "< " + groupDigits(*f.High)
		}
		return "≤ " + groupDigits(*f.High)
	}
	return "?"
}

// groupDigits writes n with thousands separators.
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return sign + s
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s)) // writes to memory: cannot fail
	return b.String()
}
