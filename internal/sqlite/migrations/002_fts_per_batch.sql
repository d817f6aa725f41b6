-- 002: index documents for full text once a batch, not once a row.
--
-- FTS5 writes its pending terms to disk whenever a savepoint is released,
-- and PutDocuments releases one per document: the row trigger left FTS5
-- with a tiny segment per document to merge. The store now adds a batch's
-- new documents to documents_fts itself, in one statement before commit.
DROP TRIGGER documents_fts_insert;
