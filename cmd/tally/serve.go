package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"tally"
	"tally/internal/link"
	"tally/internal/web"
)

// defaultAddr is where serve and demo listen unless told otherwise.
const defaultAddr = "127.0.0.1:8080"

// serveCmd serves the JSON API and the HTML pages.
type serveCmd struct{ env env }

func (c *serveCmd) Run(ctx context.Context, args []string) error {
	fs := newFlagSet("serve", "[flags]", c.env.stderr)
	db := dbFlag(fs, c.env)
	addr := fs.String("addr", defaultAddr, "address to listen on (loopback by default)")
	if err := parse(fs, args); err != nil {
		return err
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	return serve(ctx, c.env, store, *addr, false)
}

// serve listens on addr, prints the URL, and serves until ctx is done.
// With anyPort, a busy addr gives way to a free port on loopback.
func serve(ctx context.Context, e env, store tally.Store, addr string, anyPort bool) error {
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	h, err := web.New(store, web.Options{Logger: log, Chart: link.RangeChartSVG})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil && anyPort {
		fmt.Fprintf(e.stderr, "tally: %s is busy; serving on another port\n", addr)
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	fmt.Fprintf(e.stdout, "tally: serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
