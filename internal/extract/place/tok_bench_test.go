package place

import (
	"strings"
	"testing"
)

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat(newsText, 1<<20/len(newsText)+1)
	b.SetBytes(int64(len(text)))
	var toks []token
	for b.Loop() {
		toks = tokenize(text, toks)
	}
}
