// Package ingest reads reports into tally Documents.
//
// It reads files, whole directories (walked recursively in lexical order,
// skipping names that begin with a dot), standard input ("-") and
// gzip-compressed forms of all of them. The format is found from the
// content, not the file name: WARC, RSS 2.0 and 1.0, Atom, JSON Feed, JSON
// Lines, HTML and plain text. A feed gives one Document per item, a JSON
// Lines file one per line (a JSON array of the same records one per
// element, and one record written over several lines one document), a WARC
// file one per response or resource record that holds HTML or text. A JSON
// record has the fields url, title, publisher, published, language, byline,
// and text or html.
//
// Results are streamed to a callback, one document or one error at a time,
// so a caller reports a bad input and goes on. Each error is a
// *tally.InputError naming the input and, inside a container, the item
// ("line 12", "item 3", "record 2"); its Err wraps one of tally's error kinds
// (ErrEmpty, ErrUnsupported, ErrTooLarge, ErrInvalid, ErrNotFound). JSON
// Lines and WARC are read one line or record at a time, so memory does not
// grow with the file; other documents are held whole, up to MaxBytes.
//
// # Original bytes
//
// Document.ID is the SHA-256 of Document.Original: the file's bytes, after
// gzip is undone (so a report gives the same ID compressed or not); a feed
// item's own bytes, sliced from the feed (from a feed in a legacy encoding,
// after it is decoded to UTF-8); a JSON line without its newline; the HTTP
// payload of a WARC record.
//
// # Clean text
//
// Every Document carries a clean text: paragraphs separated by one blank
// line ("\n\n"), lines inside a paragraph by "\n", runs of white space
// collapsed to one space, no leading or trailing space on a line, no markup
// and no control characters. The same bytes always give the same text, so
// claim spans stay valid. Invalid UTF-8 is repaired with U+FFFD and the
// repair is recorded in Document.Notes; an HTML page or a feed in a legacy
// encoding that it declares (windows-1256, for example) is decoded, and that
// is noted too. Text in an undeclared legacy encoding is therefore repaired,
// not guessed.
//
// An HTML page gives the text of its report. A page that marks the report
// with exactly one <article> gives that element; otherwise readability
// (codeberg.org/readeck/go-readability) finds it, and a short page, or one
// where readability finds nothing, gives its body. Scripts, styles, forms,
// embedded objects, hidden elements, navigation, headers, footers, asides,
// a byline element and the heading that repeats the title never reach the
// text; attributes such as on* handlers never do. Title, byline, publisher
// (og:site_name and kin), canonical URL, language and publication time come
// from meta tags, JSON-LD (datePublished) and <time datetime>.
//
// Plain text is kept as written, a title line included. A first paragraph
// made of "Key: value" lines (Title, Publisher, Published or Date, URL, By or
// Author, Language), after an optional title line, gives the metadata.
//
// A page that declares a legacy encoding but is valid UTF-8 with non-ASCII
// text is read as UTF-8 (it was saved again and kept its old declaration),
// with a note. Inside the report, blocks whose class or id names page
// furniture (comments, sharing, related stories, advertising) are dropped
// unless they hold half its text.
//
// Development sets, tuned on openly: the demo corpus (internal/demo/corpus),
// the fixtures of the tests, and the 127 readable test pages that ship with
// go-readability, read from the module cache by TestReadabilityPages: mean
// word precision 0.985 and recall 0.994 against the articles readability.js
// expects, at the time of writing.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"tally"
)

// The default limits of Options.
const (
	DefaultMaxBytes        = 32 << 20 // one document, one JSON line or one WARC record
	DefaultMaxDecompressed = 1 << 30  // everything one gzip stream expands to
)

// Options configures reading. The zero value is ready to use.
type Options struct {
	// MaxBytes bounds one document (a file, a JSON line, a WARC record);
	// a larger one is refused with an error wrapping tally.ErrTooLarge,
	// without being read whole into memory. Zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxDecompressed bounds what a gzip stream may expand to; past it the
	// stream is refused with an error wrapping tally.ErrTooLarge. Zero means
	// DefaultMaxDecompressed.
	MaxDecompressed int64
	// Publisher is used when a document names no publisher.
	Publisher string
	// Published is used when a document gives no publication time.
	Published time.Time
	// Now gives Document.Ingested; nil means time.Now.
	Now func() time.Time
	// Stdin is what the path "-" reads; nil means os.Stdin.
	Stdin io.Reader
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxDecompressed <= 0 {
		o.MaxDecompressed = DefaultMaxDecompressed
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	return o
}

// Result is one outcome of reading: a document, or an error of type
// *tally.InputError about one input or one item inside it.
type Result struct {
	Doc *tally.Document
	Err error
}

// Read reads every path in order and calls fn with each document or input
// error. A directory is walked recursively in lexical order, skipping names
// that begin with a dot; "-" is standard input. Read stops early when fn
// returns an error or ctx is done, and returns that error; errors about the
// inputs themselves go to fn, not to the caller.
func Read(ctx context.Context, paths []string, opts Options, fn func(Result) error) error {
	opts = opts.withDefaults()
	for _, p := range paths {
		if err := readPath(ctx, p, opts, fn); err != nil {
			return err
		}
	}
	return nil
}

// ReadFrom reads the documents in one stream r, named source in errors and
// in Document.Source ("-" for standard input), and calls fn with each
// document or input error. It is what `tally extract FILE|-` needs.
func ReadFrom(ctx context.Context, source string, r io.Reader, opts Options, fn func(Result) error) error {
	opts = opts.withDefaults()
	rd := &reader{ctx: ctx, opts: opts, source: source, fn: fn}
	return rd.stream(r, 0)
}

func readPath(ctx context.Context, path string, opts Options, fn func(Result) error) error {
	if path == "-" {
		return ReadFrom(ctx, "-", opts.Stdin, opts, fn)
	}
	info, err := os.Stat(path)
	if err != nil {
		return fn(Result{Err: openError(path, err)})
	}
	if !info.IsDir() {
		return readFile(ctx, path, opts, fn)
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fn(Result{Err: openError(p, err)})
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return readFile(ctx, p, opts, fn)
	})
}

func readFile(ctx context.Context, path string, opts Options, fn func(Result) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return fn(Result{Err: openError(path, err)})
	}
	defer f.Close()
	return ReadFrom(ctx, path, f, opts, fn)
}

// openError names why a path could not be opened.
func openError(path string, err error) error {
	kind := tally.ErrInvalid
	if errors.Is(err, fs.ErrNotExist) {
		kind = tally.ErrNotFound
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is already the InputError's Source
	}
	return &tally.InputError{Source: path, Err: fmt.Errorf("%w: %w", kind, err)}
}
