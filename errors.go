package tally

import (
	"errors"
	"fmt"
)

// The error kinds shared by every layer. Adapters wrap them with context
// (fmt.Errorf("...: %w", ErrNotFound)); one function in cmd/tally and one in
// the HTTP layer map them to exit codes and status codes.
var (
	// ErrNotFound: the document, claim, event or source does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the input is malformed (bad flag, bad filter, bad JSON line).
	ErrInvalid = errors.New("invalid")
	// ErrUnsupported: the input is of a kind tally does not read (binary data).
	ErrUnsupported = errors.New("unsupported")
	// ErrTooLarge: the input exceeds a configured size limit.
	ErrTooLarge = errors.New("too large")
	// ErrEmpty: the input holds no text.
	ErrEmpty = errors.New("empty")
)

// InputError names one bad input (a file, a feed item, a JSON line) and why
// it was refused. Its Err is one of the error kinds above, wrapped.
type InputError struct {
	Source string // path or URL, "-" for standard input
	Item   string // "line 12", "item 3", "record 5"; empty for a whole file
	Err    error
}

func (e *InputError) Error() string {
	if e.Item != "" {
		return fmt.Sprintf("%s (%s): %v", e.Source, e.Item, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }
