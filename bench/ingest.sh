#!/usr/bin/env bash
# The ingest benchmark: N synthetic reports of about 4 KB, ingested with the
# extractor into a fresh embedded store by the real binary. Prints documents
# per second and peak RSS, for N and for 4N to show that memory stays flat as
# the corpus grows. Usage: bench/ingest.sh [N]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CGO_ENABLED=0 go build -o "$work/tally" ./cmd/tally
for count in "$n" $((4 * n)); do
	go run ./bench/gencorpus -n "$count" -out "$work/corpus-$count"
	bytes=$(du -sb "$work/corpus-$count" | cut -f1)
	/usr/bin/time -f "%e %M" -o "$work/time" \
		"$work/tally" ingest --db "$work/bench-$count.db" --no-link --json "$work/corpus-$count" >"$work/summary"
	read -r secs rss_kb <"$work/time"
	echo "ingest $count documents ($((bytes / count)) bytes each): $(cat "$work/summary")"
	awk -v n="$count" -v s="$secs" -v r="$rss_kb" 'BEGIN { printf "  %.0f documents/s wall clock, peak RSS %.0f MB\n", n / s, r / 1024 }'
done
