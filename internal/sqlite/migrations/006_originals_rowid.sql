-- 006: keep original bytes in a rowid table.
--
-- originals was a WITHOUT ROWID table keyed by the bytes' hash: each new
-- report's bytes, kilobytes long, went into a random leaf of that b-tree,
-- splitting full pages and rewriting them at every commit. In a rowid
-- table the bytes append at the end and only the small hash index takes
-- random inserts. migrate runs this with foreign keys off, so that
-- documents.original, which names the table, outlives the swap, and
-- checks them before the commit.
CREATE TABLE originals_new (
	sha256 TEXT NOT NULL UNIQUE,  -- lowercase hex of SHA-256(bytes)
	bytes  BLOB NOT NULL
);
INSERT INTO originals_new (sha256, bytes) SELECT sha256, bytes FROM originals;
DROP TABLE originals;
ALTER TABLE originals_new RENAME TO originals;
