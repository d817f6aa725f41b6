package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tally"
)

// batchSize is how many documents share one write transaction in
// PutDocuments: large enough to amortise the commit, small enough that a
// crash loses little and readers see progress.
const batchSize = 256

// PutDocument stores a document and its claims in one transaction. An ID
// already stored is left as it is and created is false.
func (db *DB) PutDocument(ctx context.Context, doc *tally.Document, claims []tally.Claim) (bool, error) {
	created := make([]bool, 1)
	docErrs, err := db.putBatch(ctx, []tally.DocumentClaims{{Document: doc, Claims: claims}}, created)
	if err != nil {
		return false, err
	}
	if docErrs[0] != nil {
		return false, docErrs[0]
	}
	return created[0], nil
}

// PutDocuments stores documents in batches of one transaction each, every
// document all-or-nothing. A document that fails is left out while the
// others are stored: its created is false and its error, a
// *tally.InputError naming its source and ID, is joined into the returned
// error. So a non-nil error does not mean nothing was stored: created
// tells. A failing transaction (a canceled context, a full disk) loses
// only its own batch, all reported as not created, and stops the call.
func (db *DB) PutDocuments(ctx context.Context, docs []tally.DocumentClaims) ([]bool, error) {
	created := make([]bool, len(docs))
	var errs []error
	for start := 0; start < len(docs); start += batchSize {
		end := min(start+batchSize, len(docs))
		docErrs, err := db.putBatch(ctx, docs[start:end], created[start:end])
		errs = append(errs, docErrs...)
		if err != nil {
			return created, errors.Join(append(errs, err)...)
		}
	}
	return created, errors.Join(errs...)
}

// errGuard asks for a batch to be written again, each document in its
// own savepoint: one of them failed after writing part of itself.
var errGuard = errors.New("a document failed halfway")

// putBatch writes docs in one transaction, setting created for each; it
// returns the errors of single documents (nil where none) apart from the
// error that lost the whole batch.
//
// Every document is checked and turned into rows before the transaction
// begins, so the write lock is held only to write. A savepoint per
// document costs an eighth of the write time, and documents whose rows
// could be made almost never fail in SQLite: a batch is first written
// without savepoints, and only if a document fails there is that
// transaction dropped and the batch written again with them.
func (db *DB) putBatch(ctx context.Context, docs []tally.DocumentClaims, created []bool) ([]error, error) {
	rows := make([]*docRows, len(docs))
	docErrs := make([]error, len(docs))
	for i, dc := range docs {
		r, err := rowsOf(dc)
		if err != nil {
			docErrs[i] = refused(dc.Document, err)
			continue
		}
		rows[i] = r
	}
	err := db.writeBatch(ctx, rows, created, docErrs, false)
	if errors.Is(err, errGuard) {
		err = db.writeBatch(ctx, rows, created, docErrs, true)
	}
	if err != nil {
		clear(created)
		return nil, fmt.Errorf("put documents: %w", err)
	}
	return docErrs, nil
}

// writeBatch is one attempt of putBatch, with a savepoint per document
// when guarded. It skips documents without rows and sets created and
// docErrs for the others.
func (db *DB) writeBatch(ctx context.Context, rows []*docRows, created []bool, docErrs []error, guarded bool) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w, err := newDocWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	var lastSeq int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM documents`).Scan(&lastSeq); err != nil {
		return err
	}
	for i, r := range rows {
		if r == nil {
			continue
		}
		if guarded {
			created[i], docErrs[i], err = w.putInSavepoint(ctx, r)
		} else {
			created[i], err = w.putUnguarded(ctx, r)
		}
		if err != nil {
			return err
		}
	}
	// The batch's new documents are the rows past lastSeq: the write
	// lock, held since BEGIN IMMEDIATE, keeps every other writer out.
	_, err = tx.ExecContext(ctx, `INSERT INTO documents_fts (rowid, title, text)
		SELECT seq, title, text FROM documents WHERE seq > ?`, lastSeq)
	if err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	var written int64
	for i, r := range rows {
		if r != nil && created[i] {
			written += r.size()
		}
	}
	db.committed(written)
	return nil
}

// docWriter holds the statements a batch repeats for every document.
type docWriter struct {
	tx                 *sql.Tx
	doc, original      *sql.Stmt
	savepoint, release *sql.Stmt
	claims             [claimRowsMax + 1]*sql.Stmt // by number of rows, prepared when first needed
}

func newDocWriter(ctx context.Context, tx *sql.Tx) (*docWriter, error) {
	w := &docWriter{tx: tx}
	var err error
	if w.doc, err = tx.PrepareContext(ctx, insertDocument); err != nil {
		return nil, err
	}
	if w.original, err = tx.PrepareContext(ctx, insertOriginal); err != nil {
		return nil, err
	}
	if w.savepoint, err = tx.PrepareContext(ctx, `SAVEPOINT doc`); err != nil {
		return nil, err
	}
	if w.release, err = tx.PrepareContext(ctx, `RELEASE doc`); err != nil {
		return nil, err
	}
	return w, nil
}

func (w *docWriter) close() {
	for _, s := range append([]*sql.Stmt{w.doc, w.original, w.savepoint, w.release}, w.claims[:]...) {
		if s != nil {
			s.Close()
		}
	}
}

// putUnguarded writes one document with no savepoint. A failure is
// errGuard, for the whole batch to be tried again with savepoints.
func (w *docWriter) putUnguarded(ctx context.Context, r *docRows) (created bool, err error) {
	created, err = w.put(ctx, r)
	if err != nil {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		return false, errGuard
	}
	return created, nil
}

// putInSavepoint writes one document all-or-nothing. docErr is the
// document's own failure (rolled back, the batch goes on); err means the
// transaction itself is lost, as when the context ends.
func (w *docWriter) putInSavepoint(ctx context.Context, r *docRows) (created bool, docErr, err error) {
	if _, err := w.savepoint.ExecContext(ctx); err != nil {
		return false, nil, err
	}
	created, err = w.put(ctx, r)
	if err != nil {
		if ctx.Err() != nil {
			return false, nil, ctx.Err()
		}
		if _, rbErr := w.tx.ExecContext(ctx, `ROLLBACK TO doc; RELEASE doc`); rbErr != nil {
			return false, nil, errors.Join(err, rbErr)
		}
		if isConstraint(err) {
			// The input broke a rule of the schema, such as a claim ID
			// that another document's claim already holds.
			err = fmt.Errorf("%w: %w", tally.ErrInvalid, err)
		}
		return false, refused(r.doc, err), nil
	}
	if _, err := w.release.ExecContext(ctx); err != nil {
		return false, nil, err
	}
	return created, nil, nil
}

// put writes the document row, then (only if it is new) its original
// bytes and its claims.
func (w *docWriter) put(ctx context.Context, r *docRows) (bool, error) {
	res, err := w.doc.ExecContext(ctx, r.document...)
	if err != nil {
		return false, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, err
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return false, err
	}
	docSeq := any(seq) // boxed once for all the claims
	for _, c := range r.claims {
		c[claimDocSeq] = docSeq
	}
	if _, err := w.original.ExecContext(ctx, r.originalKey, r.original); err != nil {
		return false, err
	}
	for claims := r.claims; len(claims) > 0; {
		n := min(len(claims), claimRowsMax)
		if err := w.putClaims(ctx, claims[:n]); err != nil {
			return false, err
		}
		claims = claims[n:]
	}
	return true, nil
}

// putClaims writes up to claimRowsMax claims in one statement.
func (w *docWriter) putClaims(ctx context.Context, claims [][]any) error {
	args := make([]any, 0, len(claims)*claimColumnCount)
	for _, c := range claims {
		args = append(args, c...)
	}
	stmt := w.claims[len(claims)]
	if stmt == nil {
		var err error
		if stmt, err = w.tx.PrepareContext(ctx, insertClaims(len(claims))); err != nil {
			return err
		}
		w.claims[len(claims)] = stmt
	}
	if _, err := stmt.ExecContext(ctx, args...); err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	return nil
}

// docRows is a document as the rows that store it: the arguments of
// insertDocument, its original bytes with their key, and the arguments
// of each claim.
type docRows struct {
	doc         *tally.Document
	document    []any
	originalKey string
	original    []byte
	claims      [][]any
}

// size is roughly how many bytes the document adds to the database.
func (r *docRows) size() int64 {
	const claimBytes = 256 // a claim's row and index entries, about
	return int64(len(r.original) + len(r.doc.Text) + claimBytes*len(r.claims))
}

// rowsOf checks a document and works out its rows.
func rowsOf(dc tally.DocumentClaims) (*docRows, error) {
	claims, err := checkDocument(dc)
	if err != nil {
		return nil, err
	}
	d := dc.Document
	r := &docRows{doc: d, originalKey: originalKey(d.Original), original: d.Original}
	if r.original == nil {
		r.original = []byte{} // NOT NULL: no bytes is still a content
	}
	if r.document, err = documentArgs(d, r.originalKey); err != nil {
		return nil, fmt.Errorf("%w: %w", tally.ErrInvalid, err)
	}
	r.claims = make([][]any, len(claims))
	for i := range claims {
		if r.claims[i], err = claimArgs(&claims[i]); err != nil {
			return nil, fmt.Errorf("claim %s: %w: %w", claims[i].ID, tally.ErrInvalid, err)
		}
	}
	return r, nil
}

// refused is the error of one document that was not stored: an input
// error naming where the document came from and its ID.
func refused(doc *tally.Document, err error) error {
	if doc == nil {
		return &tally.InputError{Source: "-", Item: "no document", Err: err}
	}
	return &tally.InputError{Source: doc.Source, Item: "document " + doc.ID, Err: err}
}

const insertOriginal = `INSERT INTO originals (sha256, bytes) VALUES (?, ?) ON CONFLICT DO NOTHING`

const insertDocument = `INSERT INTO documents
	(id, source, url, publisher, title, byline, language, format, published, ingested, text, original, notes)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (id) DO NOTHING`

// documentArgs are the values of insertDocument.
func documentArgs(d *tally.Document, originalKey string) ([]any, error) {
	notes, err := jsonValue(d.Notes, d.Notes == nil)
	if err != nil {
		return nil, err
	}
	return []any{d.ID, d.Source, d.URL, d.Publisher, d.Title, d.Byline, d.Language, string(d.Format),
		timeValue(d.Published), timeValue(d.Ingested), d.Text, originalKey, notes}, nil
}
