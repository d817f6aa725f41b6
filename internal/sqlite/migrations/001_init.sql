-- 001: the first schema of the tally store.
--
-- Documents and claims carry an INTEGER PRIMARY KEY (seq) besides their
-- text ID: the full-text index is an external-content FTS5 table keyed by
-- documents.seq, and an explicit integer key keeps those rowids stable
-- across VACUUM. seq also gives claims their stored (document) order.

-- The bytes of every report, stored once whatever their number of readings.
CREATE TABLE originals (
	sha256 TEXT PRIMARY KEY,   -- lowercase hex of SHA-256(bytes)
	bytes  BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
	seq       INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	source    TEXT NOT NULL,
	url       TEXT NOT NULL,
	publisher TEXT NOT NULL,
	title     TEXT NOT NULL,
	byline    TEXT NOT NULL,
	language  TEXT NOT NULL,
	format    TEXT NOT NULL,
	published TEXT,            -- RFC 3339 UTC, fixed width; NULL when unknown
	ingested  TEXT,            -- RFC 3339 UTC, fixed width; NULL when unknown
	text      TEXT NOT NULL,
	original  TEXT NOT NULL REFERENCES originals (sha256) DEFERRABLE INITIALLY DEFERRED,
	notes     TEXT             -- JSON array, NULL when none
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_publisher ON documents (publisher);
CREATE INDEX documents_original ON documents (original);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, text,
	content = 'documents', content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE claims (
	seq            INTEGER PRIMARY KEY,
	id             TEXT NOT NULL UNIQUE,
	doc            TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
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
	publisher      TEXT NOT NULL
);
CREATE INDEX claims_doc ON claims (doc, seq);
CREATE INDEX claims_measure ON claims (measure, seq);
CREATE INDEX claims_event_type ON claims (event_type, seq);
CREATE INDEX claims_when ON claims (when_lo, when_hi);
CREATE INDEX claims_when_hi ON claims (when_hi);

CREATE TABLE events (
	id         TEXT PRIMARY KEY,
	event_type TEXT NOT NULL,
	when_lo    TEXT,
	when_hi    TEXT,
	conflict   INTEGER NOT NULL,  -- 1 when any measure conflicts
	body       TEXT NOT NULL      -- the event's JSON (the events.md contract)
);
CREATE INDEX events_event_type ON events (event_type);
CREATE INDEX events_when ON events (when_lo, when_hi);
CREATE INDEX events_when_hi ON events (when_hi);
CREATE INDEX events_conflict ON events (conflict);

-- An event may lie in several countries and count several measures.
CREATE TABLE event_countries (
	event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	country  TEXT NOT NULL,
	PRIMARY KEY (event_id, country)
) WITHOUT ROWID;
CREATE INDEX event_countries_country ON event_countries (country);

CREATE TABLE event_measures (
	event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	measure  TEXT NOT NULL,
	conflict INTEGER NOT NULL,
	PRIMARY KEY (event_id, measure)
) WITHOUT ROWID;
CREATE INDEX event_measures_measure ON event_measures (measure, conflict);

-- Claims are not a foreign key here: the linker may hold events whose
-- claims another store keeps, and deleting a document must not silently
-- rewrite an event's contract JSON.
CREATE TABLE event_claims (
	event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	claim_id TEXT NOT NULL,
	PRIMARY KEY (event_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX event_claims_claim ON event_claims (claim_id);

CREATE TABLE sources (
	name TEXT PRIMARY KEY,
	body TEXT NOT NULL  -- the source's JSON
) WITHOUT ROWID;
