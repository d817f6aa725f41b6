package sqlite

import (
	"fmt"
	"strings"
	"unicode"

	"tally"
)

// ftsQuery translates a user's search into an FTS5 expression that cannot
// be a syntax error. The user's language is small and forgiving:
//
//	word            the word (stemmed: killing finds killed)
//	"a phrase"      the words in that order
//	word*           any word starting so
//	-word, -"a b"   excludes documents holding it
//	a OR b          either (OR in capitals); juxtaposed terms all must match
//	a AND b, NOT b  the same as "a b" and "-b"
//
// Every word and phrase reaches FTS5 as a quoted string, so its own
// operators and punctuation (NEAR, ^, :, parentheses) are plain text. What
// cannot be translated (an unclosed quote, a dangling OR, only exclusions)
// is an error wrapping tally.ErrInvalid.
func ftsQuery(q string) (string, error) {
	terms, err := splitQuery(q)
	if err != nil {
		return "", fmt.Errorf("query %q: %w", q, err)
	}
	var pos, neg []string
	for i, t := range terms {
		if t.or {
			if i == 0 || i == len(terms)-1 || terms[i-1].or || terms[i+1].neg || terms[i-1].neg {
				return "", fmt.Errorf("query %q: OR needs a term on each side: %w", q, tally.ErrInvalid)
			}
			pos = append(pos, "OR")
			continue
		}
		if t.neg {
			neg = append(neg, t.fts())
			continue
		}
		pos = append(pos, t.fts())
	}
	if len(pos) == 0 {
		return "", fmt.Errorf("query %q: nothing to match: %w", q, tally.ErrInvalid)
	}
	expr := strings.Join(pos, " ")
	if len(neg) > 0 {
		expr = "(" + expr + ") NOT " + strings.Join(neg, " NOT ")
	}
	return expr, nil
}

// queryTerm is one word, phrase or OR of a user's query.
type queryTerm struct {
	text   string
	phrase bool // was quoted
	prefix bool // ended in '*'
	neg    bool // began with '-'
	or     bool // the OR operator; text unused
}

// fts is the term as a quoted FTS5 string.
func (t queryTerm) fts() string {
	s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
	if t.prefix {
		s += " *"
	}
	return s
}

// splitQuery cuts a query into terms at spaces outside quotes. Control
// characters count as spaces (a NUL would end the string inside SQLite).
func splitQuery(q string) ([]queryTerm, error) {
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var terms []queryTerm
	negate := false // the last word was NOT
	for {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if q == "" {
			break
		}
		t, rest, err := nextTerm(q)
		if err != nil {
			return nil, err
		}
		q = rest
		switch {
		case !t.phrase && !t.neg && t.text == "AND":
			continue
		case !t.phrase && !t.neg && t.text == "NOT":
			negate = true
			continue
		case negate && t.or:
			return nil, fmt.Errorf("NOT before OR: %w", tally.ErrInvalid)
		}
		t.neg = t.neg || negate
		negate = false
		if t.or || strings.TrimFunc(t.text, unicode.IsSpace) != "" {
			terms = append(terms, t)
		}
	}
	if negate {
		return nil, fmt.Errorf("NOT needs a term after it: %w", tally.ErrInvalid)
	}
	return terms, nil
}

// nextTerm reads the term at the start of q (no leading space).
func nextTerm(q string) (queryTerm, string, error) {
	var t queryTerm
	if len(q) > 1 && q[0] == '-' {
		t.neg, q = true, q[1:]
	}
	if q[0] == '"' {
		end := strings.IndexByte(q[1:], '"')
		if end < 0 {
			return t, "", fmt.Errorf("unclosed quote: %w", tally.ErrInvalid)
		}
		t.text, t.phrase, q = q[1:1+end], true, q[2+end:]
		if strings.HasPrefix(q, "*") {
			t.prefix, q = true, q[1:]
		}
		return t, q, nil
	}
	end := strings.IndexFunc(q, func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
	if end < 0 {
		end = len(q)
	}
	t.text, q = q[:end], q[end:]
	if t.text == "OR" && !t.neg {
		return queryTerm{or: true}, q, nil
	}
	if trimmed := strings.TrimRight(t.text, "*"); trimmed != t.text {
		t.text, t.prefix = trimmed, true
	}
	return t, q, nil
}
