package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// binary is the tally command built once for the tests that need a real
// process (end to end, kill -9).
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tally-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "tally")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build tally: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runTally runs the command in-process and returns its output and error.
func runTally(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	e := env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	err = run(context.Background(), e, args)
	return out.String(), errb.String(), err
}

// report writes a short report with one casualty figure.
func report(i int) string {
	return fmt.Sprintf("Protest report %d\n\nAt least %d people were killed when security forces fired on protesters in Shiraz on 16 November 2019, Amnesty International said.\n\nWitnesses described crowds in the streets of the city for a %s day.\n",
		i, 10+i, []string{"second", "third", "fourth"}[i%3])
}

func writeReports(t *testing.T, dir string, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		name := filepath.Join(dir, fmt.Sprintf("r%05d.txt", i))
		if err := os.WriteFile(name, []byte(report(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIngestTwiceIsUnchanged(t *testing.T) {
	dir := t.TempDir()
	writeReports(t, dir, 20)
	db := filepath.Join(t.TempDir(), "t.db")
	out, _, err := runTally(t, "", "ingest", "--db", db, "--json", dir)
	if err != nil {
		t.Fatalf("first ingest: %v", err)
	}
	var first, second ingestSummary
	if err := json.Unmarshal([]byte(out), &first); err != nil {
		t.Fatal(err)
	}
	out, _, err = runTally(t, "", "ingest", "--db", db, "--json", dir)
	if err != nil {
		t.Fatalf("second ingest: %v", err)
	}
	if err := json.Unmarshal([]byte(out), &second); err != nil {
		t.Fatal(err)
	}
	if first.New != 20 || first.Unchanged != 0 {
		t.Errorf("first ingest = %+v, want 20 new", first)
	}
	if second.New != 0 || second.Unchanged != 20 || second.Claims != 0 {
		t.Errorf("second ingest = %+v, want 20 unchanged", second)
	}
}

func TestIngestReportsBadInputAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	writeReports(t, dir, 3)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.bin"), []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3, 0xff, 0}, 0o644)
	os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte("{\"title\":\"ok\",\"text\":\"Nine people were arrested in Minsk.\"}\n{not json\n"), 0o644)
	db := filepath.Join(t.TempDir(), "t.db")
	out, stderr, err := runTally(t, "", "ingest", "--db", db, "--json", dir)
	if exitCode(err) != 1 {
		t.Fatalf("exit code = %d (err %v), want 1", exitCode(err), err)
	}
	for _, want := range []string{"empty.txt", "binary.bin", "feed.jsonl (line 2)"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %q:\n%s", want, stderr)
		}
	}
	var sum ingestSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.New != 4 || sum.Failed != 3 {
		t.Errorf("summary = %+v, want 4 new and 3 failed", sum)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"nonsense"},
		{"ingest"},
		{"claims", "--measure", "dead"},
		{"claims", "--since", "November"},
		{"claims", "--json", "--csv"},
		{"event"},
	}
	for _, args := range tests {
		_, _, err := runTally(t, "", append(args, "--db", filepath.Join(t.TempDir(), "t.db"))...)
		if got := exitCode(err); got != 2 {
			t.Errorf("tally %v: exit code %d (err %v), want 2", args, got, err)
		}
	}
}

func TestExtractJSON(t *testing.T) {
	in := "Reuters, citing three interior ministry officials, said about 1,500 people were killed during the protests."
	out, _, err := runTally(t, in, "extract", "--published", "2019-12-23", "--json", "-")
	if err != nil {
		t.Fatal(err)
	}
	type claim struct {
		Doc     string `json:"doc"`
		Span    [2]int `json:"span"`
		Quote   string `json:"quote"`
		Measure string `json:"measure"`
		Figure  struct {
			Low *int64 `json:"low"`
		} `json:"figure"`
	}
	var killed []claim
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var c claim
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if !strings.HasPrefix(c.Doc, "sha256:") || c.Quote != in[c.Span[0]:c.Span[1]] {
			t.Errorf("claim = %+v: quote is not the text at span", c)
		}
		if c.Measure == "killed" {
			killed = append(killed, c)
		}
	}
	if len(killed) != 1 || killed[0].Figure.Low == nil || *killed[0].Figure.Low != 1500 {
		t.Errorf("killed claims = %+v, want one of 1,500", killed)
	}
}

// TestDemoEndToEnd builds the binary, ingests the demo corpus, serves it and
// reads it back through the API.
func TestDemoEndToEnd(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	out, err := exec.Command(binary, "demo", "--db", db, "--no-serve").CombinedOutput()
	if err != nil {
		t.Fatalf("tally demo: %v\n%s", err, out)
	}
	base, stop := startServer(t, db)
	defer stop()

	var stats struct{ Documents, Claims, Events int }
	getJSON(t, base+"/api/stats", &stats)
	if stats.Documents < 15 || stats.Claims < 30 || stats.Events < 3 {
		t.Errorf("stats = %+v, want >= 15 documents, 30 claims, 3 events", stats)
	}
	var claims struct {
		Items []struct {
			ID  string `json:"id"`
			Doc string `json:"doc"`
		} `json:"items"`
	}
	getJSON(t, base+"/api/claims?measure=killed&limit=1000", &claims)
	if len(claims.Items) == 0 {
		t.Fatal("no killed claims")
	}
	var one struct{ ID string }
	getJSON(t, base+"/api/claims/"+claims.Items[0].ID, &one)
	if one.ID != claims.Items[0].ID {
		t.Errorf("claim %s read back as %q", claims.Items[0].ID, one.ID)
	}
	for _, page := range []string{"/", "/claims?measure=killed", "/documents", "/events", "/documents/" + claims.Items[0].Doc, "/claims/" + claims.Items[0].ID} {
		resp, err := http.Get(base + page)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), "</html>") {
			t.Errorf("GET %s: %d", page, resp.StatusCode)
		}
	}
	resp, err := http.Get(base + "/api/claims/cl_nope")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("GET unknown claim: %d, want 404", resp.StatusCode)
	}
}

// startServer runs `tally serve` on a free loopback port and returns its URL.
func startServer(t *testing.T, db string) (string, func()) {
	t.Helper()
	cmd := exec.Command(binary, "serve", "--db", db, "--addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		t.Fatalf("read server address: %v", err)
	}
	i := strings.Index(line, "http://")
	if i < 0 {
		cmd.Process.Kill()
		t.Fatalf("no URL in %q", line)
	}
	url := strings.TrimSuffix(strings.Fields(line[i:])[0], "/")
	return url, func() { cmd.Process.Kill(); cmd.Wait() }
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, b)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}
