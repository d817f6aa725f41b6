package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"tally"
)

// record is one JSON line. Text is taken as written; HTML is read as a page.
type record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Byline    string `json:"byline"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// jsonLines reads one document per line, one line at a time, so memory
// does not grow with the file. Blank lines are skipped; a bad line is
// reported as "line N" and reading goes on.
func (rd *reader) jsonLines(br *bufio.Reader) error {
	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, rd.opts.MaxBytes, buf[:0])
		buf = line
		if err != nil && !errors.Is(err, io.EOF) {
			return rd.fail("line "+strconv.Itoa(n), readError(err))
		}
		if ferr := rd.jsonLine(n, line, tooLong); ferr != nil {
			return ferr
		}
		if err != nil {
			return nil
		}
	}
}

func (rd *reader) jsonLine(n int, line []byte, tooLong bool) error {
	item := "line " + strconv.Itoa(n)
	if tooLong {
		return rd.fail(item, tooLarge(rd.opts.MaxBytes))
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil
	}
	doc, err := recordDocument(bytes.Clone(line))
	if err != nil {
		return rd.fail(item, err)
	}
	return rd.emit(doc)
}

// jsonArray reads a JSON array of records, one document per element,
// reported as "item N".
func (rd *reader) jsonArray(data []byte) error {
	var items []json.RawMessage
	if err := json.Unmarshal(data, &items); err != nil {
		return rd.fail("", fmt.Errorf("array of records: %w", jsonError(err)))
	}
	if len(items) == 0 {
		return rd.fail("", fmt.Errorf("array without records: %w", tally.ErrEmpty))
	}
	for i, raw := range items {
		doc, err := recordDocument(raw)
		if err != nil {
			err = rd.fail("item "+strconv.Itoa(i+1), err)
		} else {
			doc.Format = tally.FormatJSON
			err = rd.emit(doc)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// jsonObject reads one record written over several lines.
func (rd *reader) jsonObject(data []byte) error {
	doc, err := recordDocument(data)
	if err != nil {
		return rd.fail("", err)
	}
	doc.Format = tally.FormatJSON
	return rd.emit(doc)
}

// recordDocument reads one record: a JSON line, an element of a JSON
// array or a whole JSON file.
func recordDocument(line []byte) (*tally.Document, error) {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, jsonError(err)
	}
	doc, err := recordBody(rec, line)
	if err != nil {
		return nil, err
	}
	if !validUTF8Line(line) {
		doc.Notes = append(doc.Notes, noteInvalidUTF8)
	}
	doc.Format, doc.Original = tally.FormatJSONL, line
	doc.URL = first(rec.URL, doc.URL)
	doc.Title = first(oneLine(rec.Title), doc.Title)
	doc.Publisher = first(oneLine(rec.Publisher), doc.Publisher)
	doc.Byline = first(oneLine(rec.Byline), doc.Byline)
	doc.Language = first(languageTag(rec.Language), doc.Language)
	if rec.Published != "" {
		t, ok := parseTime(rec.Published)
		if ok {
			doc.Published = t
		} else {
			doc.Notes = append(doc.Notes, "published time not understood: "+strconv.Quote(rec.Published))
		}
	}
	return doc, nil
}

// recordBody makes the document of a record's text, or else its HTML.
func recordBody(rec record, line []byte) (*tally.Document, error) {
	if rec.Text != "" {
		doc := &tally.Document{Text: cleanText(rec.Text)}
		if doc.Text != "" {
			return doc, nil
		}
	}
	if rec.HTML != "" {
		return htmlDocument([]byte(rec.HTML), "text/html; charset=utf-8")
	}
	return nil, fmt.Errorf("record has no text or html: %w", tally.ErrEmpty)
}

// validUTF8Line reports whether the raw line was valid UTF-8; the JSON
// decoder replaces bad bytes in strings without saying so.
func validUTF8Line(line []byte) bool {
	_, repaired := validUTF8(line)
	return !repaired
}

// readLine reads one line without its newline into buf. A line longer
// than max is consumed to its end but not kept: tooLong says so. err is
// io.EOF at the end of the input.
func readLine(br *bufio.Reader, max int64, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the newline
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(buf, []byte("\n")), tooLong, err
	}
}

// jsonError gives a JSON decoding error its kind, with one "json:" prefix.
func jsonError(err error) error {
	return fmt.Errorf("json: %s: %w", strings.TrimPrefix(err.Error(), "json: "), tally.ErrInvalid)
}
