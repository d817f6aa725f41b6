package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	"tally"
)

// warc reads a WARC file: one document per response or resource record
// that holds HTML or text. Other records (requests, metadata, images) are
// passed over. A record over MaxBytes is skipped without being held and
// reported as "record N"; a record whose length is unreadable ends the
// file, since the next record cannot be found.
func (rd *reader) warc(br *bufio.Reader) error {
	for n := 1; ; n++ {
		item := "record " + strconv.Itoa(n)
		hdr, length, err := warcHeader(br)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return rd.fail(item, readError(err))
		}
		if length > rd.opts.MaxBytes {
			if _, err := io.CopyN(io.Discard, br, length); err != nil {
				return rd.fail(item, readError(err))
			}
			if err := rd.fail(item, tooLarge(rd.opts.MaxBytes)); err != nil {
				return err
			}
			continue
		}
		block := make([]byte, length)
		if _, err := io.ReadFull(br, block); err != nil {
			return rd.fail(item, fmt.Errorf("record cut short: %w", tally.ErrInvalid))
		}
		if err := rd.warcRecord(item, hdr, block); err != nil {
			return err
		}
	}
}

// maxWARCHeader bounds one record's header, so that a corrupt file
// cannot grow a header line without end.
const maxWARCHeader = 64 << 10

// warcHeader reads a record's version line and header, skipping the blank
// lines that end the record before. io.EOF means no record is left.
func warcHeader(br *bufio.Reader) (textproto.MIMEHeader, int64, error) {
	line, err := warcLine(br)
	for err == nil && line == "" {
		line, err = warcLine(br)
	}
	if err != nil {
		return nil, 0, err
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, 0, fmt.Errorf("not a WARC record: %.40q: %w", line, tally.ErrInvalid)
	}
	hdr, err := headerFields(br)
	if err != nil {
		return nil, 0, err
	}
	length, err := strconv.ParseInt(hdr.Get("Content-Length"), 10, 64)
	if err != nil || length < 0 {
		return nil, 0, fmt.Errorf("WARC record without a valid Content-Length: %w", tally.ErrInvalid)
	}
	return hdr, length, nil
}

// headerFields reads "Name: value" lines up to the blank line that ends
// a header.
func headerFields(br *bufio.Reader) (textproto.MIMEHeader, error) {
	hdr := textproto.MIMEHeader{}
	size := 0
	for {
		line, err := warcLine(br)
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("WARC header cut short: %w", tally.ErrInvalid)
		}
		if err != nil || line == "" {
			return hdr, err
		}
		if size += len(line); size > maxWARCHeader {
			return nil, fmt.Errorf("WARC header over %d bytes: %w", maxWARCHeader, tally.ErrInvalid)
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("WARC header line without a colon: %.40q: %w", line, tally.ErrInvalid)
		}
		hdr.Add(textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name)), strings.TrimSpace(value))
	}
}

// warcLine reads one header line without its line end; io.EOF comes
// only when nothing is left.
func warcLine(br *bufio.Reader) (string, error) {
	line, tooLong, err := readLine(br, maxWARCHeader, nil)
	if tooLong {
		return "", fmt.Errorf("WARC header line over %d bytes: %w", maxWARCHeader, tally.ErrInvalid)
	}
	if err != nil && (len(line) == 0 || !errors.Is(err, io.EOF)) {
		return "", err
	}
	return strings.TrimSuffix(string(line), "\r"), nil
}

// warcRecord makes a document of a response or resource record that holds
// HTML or text.
func (rd *reader) warcRecord(item string, hdr textproto.MIMEHeader, block []byte) error {
	ctype := hdr.Get("Content-Type")
	var payload []byte
	switch strings.ToLower(hdr.Get("WARC-Type")) {
	case "response":
		if !strings.HasPrefix(strings.ToLower(ctype), "application/http") {
			return nil
		}
		var err error
		payload, ctype, err = httpPayload(block, rd.opts.MaxBytes)
		if err != nil {
			return rd.fail(item, err)
		}
	case "resource":
		payload = block
	default:
		return nil
	}
	if payload == nil {
		return nil // not a page: an image, a redirect, a stylesheet
	}
	doc, err := payloadDocument(payload, ctype)
	if errors.Is(err, errNotReport) {
		return nil
	}
	if err != nil {
		return rd.fail(item, err)
	}
	doc.Format = tally.FormatWARC
	doc.URL = first(strings.Trim(hdr.Get("WARC-Target-URI"), "<>"), doc.URL)
	return rd.emit(doc)
}

var errNotReport = errors.New("not a report")

// payloadDocument reads an HTML or text payload; other media types are
// errNotReport.
func payloadDocument(payload []byte, ctype string) (*tally.Document, error) {
	media, _, _ := mime.ParseMediaType(ctype)
	switch {
	case media == "text/html" || media == "application/xhtml+xml":
		return htmlDocument(payload, ctype)
	case media == "text/plain":
		return textDocument(payload)
	case media == "" && sniff(payload[:min(len(payload), sniffLen)]) == kindHTML:
		return htmlDocument(payload, "")
	}
	return nil, errNotReport
}

// httpPayload is the decoded body of a successful HTTP response held in a
// WARC record, with its Content-Type; nil for other statuses.
func httpPayload(block []byte, max int64) ([]byte, string, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return nil, "", fmt.Errorf("http response: %v: %w", err, tally.ErrInvalid)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", nil
	}
	var body io.Reader = resp.Body
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, "", fmt.Errorf("http body: gzip: %v: %w", err, tally.ErrInvalid)
		}
		body = zr
	}
	payload, err := readAllLimit(body, max)
	if err != nil {
		return nil, "", err
	}
	return payload, resp.Header.Get("Content-Type"), nil
}
