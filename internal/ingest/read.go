package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"

	"tally"
)

// sniffLen is how much of a stream the sniffer sees.
const sniffLen = 8 << 10

// maxGzipDepth bounds gzip inside gzip.
const maxGzipDepth = 2

// reader reads one named stream and hands its results to fn.
type reader struct {
	ctx    context.Context
	opts   Options
	source string
	fn     func(Result) error
}

// stream sniffs r and reads it in the format found.
func (rd *reader) stream(r io.Reader, depth int) error {
	br := bufio.NewReaderSize(r, sniffLen)
	head, err := br.Peek(sniffLen)
	whole := errors.Is(err, io.EOF) // head is all there is
	if err != nil && !whole {
		return rd.fail("", readError(err))
	}
	k := sniff(head)
	switch k {
	case kindEmpty:
		return rd.fail("", fmt.Errorf("no content: %w", tally.ErrEmpty))
	case kindBinary:
		return rd.fail("", fmt.Errorf("binary data, not a report: %w", tally.ErrUnsupported))
	case kindGzip:
		return rd.gunzip(br, depth)
	case kindJSONL:
		return rd.jsonLines(br)
	case kindWARC:
		return rd.warc(br)
	}
	if whole && int64(len(head)) <= rd.opts.MaxBytes {
		return rd.whole(k, bytes.Clone(head))
	}
	data, err := readAllLimit(br, rd.opts.MaxBytes)
	if err != nil {
		return rd.fail("", err)
	}
	return rd.whole(k, data)
}

// whole reads a document held in memory: a page, a text or a feed.
func (rd *reader) whole(k kind, data []byte) error {
	switch k {
	case kindRSS, kindAtom:
		return rd.xmlFeed(data)
	case kindJSONFeed:
		return rd.jsonFeed(data)
	case kindJSONArray:
		return rd.jsonArray(data)
	case kindJSONObject:
		return rd.jsonObject(data)
	case kindHTML:
		doc, err := htmlDocument(data, "")
		if err != nil {
			return rd.fail("", err)
		}
		return rd.emit(doc)
	default:
		doc, err := textDocument(data)
		if err != nil {
			return rd.fail("", err)
		}
		return rd.emit(doc)
	}
}

// gunzip reads a gzip stream, bounded by MaxDecompressed, as a new stream.
func (rd *reader) gunzip(r io.Reader, depth int) error {
	if depth >= maxGzipDepth {
		return rd.fail("", fmt.Errorf("gzip nested more than %d deep: %w", maxGzipDepth, tally.ErrUnsupported))
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return rd.fail("", fmt.Errorf("gzip: %v: %w", err, tally.ErrInvalid))
	}
	defer zr.Close()
	return rd.stream(&capReader{r: zr, left: rd.opts.MaxDecompressed, limit: rd.opts.MaxDecompressed}, depth+1)
}

// emit completes doc with what every document shares and hands it on.
func (rd *reader) emit(doc *tally.Document) error {
	if err := rd.ctx.Err(); err != nil {
		return err
	}
	doc.ID = tally.DocumentID(doc.Original)
	doc.Source = rd.source
	if doc.Publisher == "" {
		doc.Publisher = rd.opts.Publisher
	}
	if doc.Published.IsZero() {
		doc.Published = rd.opts.Published
	}
	doc.Ingested = rd.opts.Now()
	return rd.fn(Result{Doc: doc})
}

// fail reports one bad input or item and lets reading go on.
func (rd *reader) fail(item string, err error) error {
	if cerr := rd.ctx.Err(); cerr != nil {
		return cerr
	}
	return rd.fn(Result{Err: &tally.InputError{Source: rd.source, Item: item, Err: err}})
}

// readAllLimit reads r whole unless it holds more than max bytes: then it
// stops after max+1 and says so. It reads in growing chunks and joins them
// once at the end, so a refused input costs about max bytes of memory and
// an accepted one about twice its size.
func readAllLimit(r io.Reader, max int64) ([]byte, error) {
	var chunks [][]byte
	var total int64
	size := int64(64 << 10)
	for {
		chunk := make([]byte, min(size, max+1-total))
		n, err := io.ReadFull(r, chunk)
		chunks = append(chunks, chunk[:n])
		total += int64(n)
		if total > max {
			return nil, tooLarge(max)
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		if err != nil {
			return nil, readError(err)
		}
		size = min(2*size, 8<<20)
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	return bytes.Join(chunks, nil), nil
}

func tooLarge(max int64) error {
	return fmt.Errorf("larger than the limit of %d bytes: %w", max, tally.ErrTooLarge)
}

// readError keeps an error that already has a kind and gives others one.
func readError(err error) error {
	for _, kind := range []error{tally.ErrTooLarge, tally.ErrInvalid, tally.ErrEmpty, tally.ErrUnsupported, tally.ErrNotFound} {
		if errors.Is(err, kind) {
			return err
		}
	}
	return fmt.Errorf("read: %v: %w", err, tally.ErrInvalid)
}

// capReader fails, instead of reaching EOF, once more than limit bytes
// have been read through it: a gzip bomb stops there.
type capReader struct {
	r     io.Reader
	left  int64
	limit int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, c.err()
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n - int(-c.left), c.err()
	}
	return n, err
}

func (c *capReader) err() error {
	return fmt.Errorf("gzip expands past the limit of %d bytes: %w", c.limit, tally.ErrTooLarge)
}
