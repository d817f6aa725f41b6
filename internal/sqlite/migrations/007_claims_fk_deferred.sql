-- 007: tie a claim to its document's seq, checked at commit.
--
-- A claim's foreign key to its document's ID was checked at once, and so
-- SQLite made each multi-row INSERT of claims keep a statement journal, a
-- copy of every page it touched, to undo the statement should a row fail.
-- The store writes a document's row just before its claims and drops a
-- failing document whole (its transaction or savepoint), so nothing needs
-- undoing statement by statement; checked at commit, the key costs no
-- journal. The key is now doc_seq, the documents' integer key: SQLite
-- looks a claim's document up by rowid, and looks up a document's claims
-- (to settle a deferred key, or to cascade a delete) through the
-- append-only claims_doc_seq instead of scanning claims. doc stays, for
-- reading. SQLite cannot alter a constraint: the table is rebuilt, with
-- the same rows, seqs and indexes. migrate runs this with foreign keys
-- off and checks them before the commit.
CREATE TABLE claims_new (
	seq            INTEGER PRIMARY KEY,
	id             TEXT NOT NULL UNIQUE,
	doc            TEXT NOT NULL,  -- the document's ID, as doc_seq names it
	span_start     INTEGER NOT NULL,
	span_end       INTEGER NOT NULL,
	quote          TEXT NOT NULL,
	figure_start   INTEGER NOT NULL,
	figure_end     INTEGER NOT NULL,
	measure        TEXT NOT NULL,
	low            INTEGER,    -- NULL is an open bound
	high           INTEGER,
	qualifier      TEXT NOT NULL,
	unit           TEXT NOT NULL,
	figure_text    TEXT NOT NULL,
	event_type     TEXT NOT NULL,
	claimant_name  TEXT,       -- NULL: the publisher's own voice
	claimant_fold  TEXT,       -- claimant_name case-folded in Go, for substring filters
	claimant_cue   TEXT,
	via            TEXT,       -- JSON array
	modality       TEXT NOT NULL,
	when_start     TEXT,       -- NULL when_* : no When at all
	when_end       TEXT,
	when_text      TEXT,
	when_lo        TEXT,       -- when as a full-date interval, for overlap filters
	when_hi        TEXT,
	places         TEXT,       -- JSON array of places (the claim's where)
	actors         TEXT,       -- JSON object, NULL when none
	published      TEXT,
	publisher      TEXT NOT NULL,
	part           INTEGER NOT NULL DEFAULT 0,  -- tally.Claim.Part
	doc_seq        INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO claims_new SELECT seq, id, doc, span_start, span_end, quote, figure_start, figure_end,
	measure, low, high, qualifier, unit, figure_text, event_type,
	claimant_name, claimant_fold, claimant_cue, via, modality,
	when_start, when_end, when_text, when_lo, when_hi, places, actors, published, publisher, part, doc_seq
	FROM claims;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;
CREATE INDEX claims_doc_seq ON claims (doc_seq);
CREATE INDEX claims_measure ON claims (measure, seq);
CREATE INDEX claims_event_type ON claims (event_type, seq);
CREATE INDEX claims_when ON claims (when_lo, when_hi);
CREATE INDEX claims_when_hi ON claims (when_hi);
