package ingest

import (
	"encoding/json"
	"fmt"
	"strconv"

	"tally"
)

// jsonFeedDoc is a JSON Feed (version 1 or 1.1); items stay raw so that
// each document keeps its own bytes.
type jsonFeedDoc struct {
	Title    string            `json:"title"`
	Language string            `json:"language"`
	Items    []json.RawMessage `json:"items"`
}

type jsonFeedItem struct {
	URL           string `json:"url"`
	ExternalURL   string `json:"external_url"`
	Title         string `json:"title"`
	ContentHTML   string `json:"content_html"`
	ContentText   string `json:"content_text"`
	Summary       string `json:"summary"`
	DatePublished string `json:"date_published"`
	DateModified  string `json:"date_modified"`
	Language      string `json:"language"`
	Author        any    `json:"author"`  // JSON Feed 1.0
	Authors       any    `json:"authors"` // JSON Feed 1.1
}

// jsonFeed reads a JSON Feed: one document per item, whose Original is the
// item's own JSON. A malformed item is reported as "item N" and the rest go
// on.
func (rd *reader) jsonFeed(data []byte) error {
	data, notes := feedUTF8(data)
	var feed jsonFeedDoc
	if err := json.Unmarshal(data, &feed); err != nil {
		return rd.fail("", fmt.Errorf("feed: %w", jsonError(err)))
	}
	if len(feed.Items) == 0 {
		return rd.fail("", fmt.Errorf("feed without items: %w", tally.ErrEmpty))
	}
	for i, raw := range feed.Items {
		doc, err := jsonFeedDocument(raw, feed, notes)
		if err != nil {
			err = rd.fail("item "+strconv.Itoa(i+1), err)
		} else {
			err = rd.emit(doc)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func jsonFeedDocument(raw json.RawMessage, feed jsonFeedDoc, notes []string) (*tally.Document, error) {
	var it jsonFeedItem
	if err := json.Unmarshal(raw, &it); err != nil {
		return nil, fmt.Errorf("malformed item: %w", jsonError(err))
	}
	fi := feedItem{
		raw:           []byte(raw),
		title:         oneLine(it.Title),
		link:          first(it.URL, it.ExternalURL),
		byline:        it.byline(),
		date:          first(it.DatePublished, it.DateModified),
		content:       first(it.ContentHTML, it.ContentText, it.Summary),
		contentIsHTML: it.ContentHTML != "",
		format:        tally.FormatJSONFeed,
	}
	doc, err := fi.document(feedMeta{title: oneLine(feed.Title), lang: first(it.Language, feed.Language)}, notes)
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// byline names the item's authors, written as objects or, loosely, as
// strings.
func (it jsonFeedItem) byline() string {
	return oneLine(first(name(it.Authors), name(it.Author)))
}
