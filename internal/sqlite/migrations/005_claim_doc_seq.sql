-- 005: find a document's claims by its seq, not by its text ID.
--
-- claims_doc was keyed by the document's ID, a hash: every batch of new
-- claims landed on pages all over that index, and each commit wrote most
-- of them to the log again. A document's seq grows with every document
-- stored, so new claims only ever append to claims_doc_seq. Entries with
-- one key are in rowid order, so (doc_seq) keeps the claims in seq order
-- as (doc, seq) did.
--
-- claims.doc stays, with its foreign key; no query looks it up any more.
-- Deleting a document (nothing in tally does) would now scan claims for
-- the cascade.
ALTER TABLE claims ADD COLUMN doc_seq INTEGER;
UPDATE claims SET doc_seq = (SELECT d.seq FROM documents d WHERE d.id = claims.doc);
CREATE INDEX claims_doc_seq ON claims (doc_seq);
DROP INDEX claims_doc;
