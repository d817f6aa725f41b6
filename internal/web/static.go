package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var staticFS embed.FS

// staticFiles serves the embedded static files under names that carry a
// hash of their content, so that they can be cached forever.
type staticFiles struct {
	byName map[string][]byte // "style.3f2a1b.css" → bytes
	urls   map[string]string // "style.css" → "/static/style.3f2a1b.css"
}

func loadStatic() (staticFiles, error) {
	st := staticFiles{byName: map[string][]byte{}, urls: map[string]string{}}
	entries, err := fs.ReadDir(staticFS, "static")
	if err != nil {
		return st, fmt.Errorf("read static files: %w", err)
	}
	for _, e := range entries {
		b, err := staticFS.ReadFile("static/" + e.Name())
		if err != nil {
			return st, fmt.Errorf("read static file: %w", err)
		}
		sum := sha256.Sum256(b)
		ext := path.Ext(e.Name())
		hashed := strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:6]) + ext
		st.byName[hashed] = b
		st.urls[e.Name()] = "/static/" + hashed
	}
	return st, nil
}

func (st staticFiles) serve(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	b, ok := st.byName[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch path.Ext(name) {
	case ".css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case ".svg":
		w.Header().Set("Content-Type", "image/svg+xml")
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Write(b)
}
