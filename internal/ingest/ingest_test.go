package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"tally"
)

// writeFiles writes files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readAll runs Read and describes each result as "source: text" or
// "source (item): error".
func readAll(t *testing.T, paths []string, opts Options) []string {
	t.Helper()
	opts.Now = fixedNow
	var got []string
	err := Read(context.Background(), paths, opts, func(r Result) error {
		if r.Err != nil {
			var ie *tally.InputError
			if !errors.As(r.Err, &ie) {
				t.Errorf("error %v is not an InputError", r.Err)
			}
			got = append(got, "error "+filepath.Base(ie.Source)+" "+ie.Item+": "+kindOf(r.Err))
			return nil
		}
		checkDocument(t, r.Doc)
		got = append(got, filepath.Base(r.Doc.Source)+": "+r.Doc.Text)
		return nil
	})
	if err != nil {
		t.Fatalf("Read = %v", err)
	}
	return got
}

func kindOf(err error) string {
	for _, k := range []error{tally.ErrEmpty, tally.ErrUnsupported, tally.ErrTooLarge, tally.ErrInvalid, tally.ErrNotFound} {
		if errors.Is(err, k) {
			return k.Error()
		}
	}
	return "no kind: " + err.Error()
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":             "Bee text.",
		"a.html":            "<p>Ay page.</p>",
		"sub/c.jsonl":       `{"text": "Sea one."}` + "\n" + `{"text": "Sea two."}`,
		"sub/deeper/d.txt":  "Dee text.",
		"sub/empty.txt":     "",
		".hidden/e.txt":     "Hidden.",
		".f.txt":            "Hidden too.",
		"g.gz":              gzipped("Gee, compressed."),
		"h.bin":             "\x00\x01\x02binary",
		"sub/feed.xml":      `<rss><channel><title>F</title><item><title>Eff</title><description>Eff item.</description></item></channel></rss>`,
		"sub/deeper/z.json": `{"version": "https://jsonfeed.org/version/1", "items": [{"content_text": "Zed item."}]}`,
	})
	got := readAll(t, []string{dir, filepath.Join(dir, "missing.txt")}, Options{})
	want := []string{
		"a.html: Ay page.",
		"b.txt: Bee text.",
		"g.gz: Gee, compressed.",
		"error h.bin : unsupported",
		"c.jsonl: Sea one.",
		"c.jsonl: Sea two.",
		"d.txt: Dee text.",
		"z.json: Zed item.",
		"error empty.txt : empty",
		"feed.xml: Eff item.",
		"error missing.txt : not found",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	// The same files give the same documents.
	if again := readAll(t, []string{dir, filepath.Join(dir, "missing.txt")}, Options{}); !cmp.Equal(got, again) {
		t.Errorf("second read differs:\n%s", cmp.Diff(got, again))
	}
}

func TestReadStdin(t *testing.T) {
	opts := Options{Stdin: strings.NewReader("From standard input.")}
	got := readAll(t, []string{"-"}, opts)
	if diff := cmp.Diff([]string{"-: From standard input."}, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
}

func TestReadStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"1.txt": "One.", "2.txt": "Two.", "3.txt": "Three."})
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{dir}, Options{}, func(r Result) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Read = %v after %d results, want %v after 2", err, n, stop)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Read(ctx, []string{dir}, Options{}, func(r Result) error {
		t.Errorf("result after cancel: %+v", r)
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context = %v, want %v", err, context.Canceled)
	}
}

func TestGzip(t *testing.T) {
	page := "<p>Twenty were hurt.</p>"
	tests := []struct {
		name string
		in   string
		opts Options
		want []string
	}{
		{"gzip", gzipped(page), Options{}, []string{"x.gz: Twenty were hurt."}},
		{"gzip in gzip", gzipped(gzipped(page)), Options{}, []string{"x.gz: Twenty were hurt."}},
		{"three deep", gzipped(gzipped(gzipped(page))), Options{}, []string{"error x.gz : unsupported"}},
		{"corrupt", "\x1f\x8b\x08\x00garbage", Options{}, []string{"error x.gz : invalid"}},
		{"truncated", gzipped(page)[:15], Options{}, []string{"error x.gz : invalid"}},
		{"text bomb over the document limit", gzipBomb(t, 8<<20, "all work and no play "), Options{MaxBytes: 1 << 20}, []string{"error x.gz : too large"}},
		{"bomb over the decompression limit", gzipBomb(t, 8<<20, `{"text": "again"}`+"\n"), Options{MaxDecompressed: 1 << 20}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"x.gz": tt.in})
			got := readAll(t, []string{filepath.Join(dir, "x.gz")}, tt.opts)
			if tt.want == nil { // a stream: documents, then the error
				if len(got) < 2 || !strings.HasSuffix(got[len(got)-1], ": too large") {
					t.Fatalf("results end with %q, want a too-large error after documents", got[max(0, len(got)-1):])
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
	docs, _ := collect(t, "x.gz", []byte(gzipped(page)), Options{})
	if got, want := docs[0].ID, tally.DocumentID([]byte(page)); got != want {
		t.Errorf("ID = %s, want the hash of the decompressed page %s", got, want)
	}
}

// gzipBomb compresses size bytes of unit repeated.
func gzipBomb(t *testing.T, size int, unit string) string {
	t.Helper()
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	chunk := []byte(strings.Repeat(unit, 64<<10/len(unit)))
	for written := 0; written < size; written += len(chunk) {
		zw.Write(chunk)
	}
	zw.Close()
	return b.String()
}

// endless is a lazily generated text of n bytes that is never held in
// memory; read counts what has been taken from it.
type endless struct {
	n, read int64
}

func (e *endless) Read(p []byte) (int, error) {
	if e.read >= e.n {
		return 0, io.EOF
	}
	const line = "Crowds filled the streets of the city again today.\n"
	k := min(int64(len(p)), e.n-e.read)
	for i := range p[:k] {
		p[i] = line[(e.read+int64(i))%int64(len(line))]
	}
	e.read += k
	return int(k), nil
}

// TestTooLarge reads a 100 MB input: it is refused once past the limit,
// without reading it all and without memory growing to its size.
func TestTooLarge(t *testing.T) {
	const size = 100 << 20
	for _, max := range []int64{1 << 20, DefaultMaxBytes} {
		in := &endless{n: size}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		var errs []error
		err := ReadFrom(context.Background(), "huge.txt", in, Options{MaxBytes: max}, func(r Result) error {
			if r.Err == nil {
				t.Errorf("document read from a 100 MB input with limit %d", max)
			}
			errs = append(errs, r.Err)
			return nil
		})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		if len(errs) != 1 {
			t.Fatalf("errors = %v, want 1", errs)
		}
		checkInputError(t, errs[0], "huge.txt", "", tally.ErrTooLarge)
		if in.read > max+64<<10 {
			t.Errorf("limit %d: read %d bytes of the input, want at most the limit and a buffer", max, in.read)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(max+max/2) {
			t.Errorf("limit %d: allocated %d bytes, want at most %d", max, alloc, max+max/2)
		}
	}
}

// BenchmarkTooLarge refuses a 100 MB input with a 1 MiB limit; B/op shows
// that memory is bounded by the limit, not the input.
func BenchmarkTooLarge(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		err := ReadFrom(context.Background(), "huge", &endless{n: 100 << 20}, Options{MaxBytes: 1 << 20}, func(r Result) error {
			if !errors.Is(r.Err, tally.ErrTooLarge) {
				b.Fatalf("result %+v, want too large", r)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
