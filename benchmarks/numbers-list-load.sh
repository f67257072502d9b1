#!/usr/bin/env bash
# Load test of NumberService/ListNumbers for one organisation holding 10,000 numbers, with h2load (Debian
# nghttp2-client), on loopback only. Seeds the numbers through the real API (one AssignNumberRange call made by the
# CLI), then measures one page of the list: the first page at the default size (100), the first page at the maximum
# size (1000, a full page), and a full page deep in the list (after 5,000 numbers, via a page token: keyset paging
# costs the same at any depth). Each case is run with one request at a time (latency) and with 8 connections x 4
# streams (throughput), after 200 unmeasured warm-up requests, and then the same way against the bare echo server
# (benchmarks/Groupus.EchoServer, lib/reference.sh: the same request frame echoed back), the reference the figures are
# divided by. Server CPU per call: utime+stime delta of the server process over the run / calls. Prints a Markdown table.
# Usage: benchmarks/numbers-list-load.sh [requests-per-case]   (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-2000}"
source benchmarks/lib/server.sh
source benchmarks/lib/reference.sh
start_groupus_server 5097
start_echo_server 5197
command -v curl >/dev/null || { echo "curl missing" >&2; exit 1; }

# gRPC messages are encoded by hand (frame, lib/reference.sh), so the script needs no protobuf tooling.
grpc_call() { # path request-file response-file
  curl -sS --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" \
    --data-binary "@$2" -o "$3" "http://127.0.0.1:$port$1"
}

organisation="$(cli orgs register --name "Benchmark Numbers Ltd" --output json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"

started=$(date +%s.%N)
cli numbers assign --org "$organisation" --first "020 7946 0000" --count 10000 --purpose voice --label "Benchmark" >/dev/null
echo "Seeded 10,000 numbers in $(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')") s (one AssignNumberRange call through the CLI)" >&2
count="$(cli numbers list --org "$organisation" --page-size 1000 --all --output json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["numbers"]))')"
[ "$count" = 10000 ] || { echo "expected 10000 numbers, listed $count" >&2; exit 1; }

page_token=""
for _ in 1 2 3 4 5; do
  page_token="$(cli numbers list --org "$organisation" --page-size 1000 ${page_token:+--page-token "$page_token"} --output json \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["nextPageToken"])')"
done

frame "$work/page-100.bin" "1:s:$organisation"
frame "$work/page-1000.bin" "1:s:$organisation" "3:i:1000"
frame "$work/page-1000-deep.bin" "1:s:$organisation" "3:i:1000" "4:s:$page_token"

load() { # port path body connections streams [log] (with a log: the measured run, else 200 warm-up requests)
  local args=(-n 200 -c "$4" -m "$5" -t 1 -H 'content-type: application/grpc' -H 'te: trailers')
  if [ "$1" = "$port" ]; then args+=(-H "authorization: Bearer $token"); fi
  if [ -n "${6:-}" ]; then args+=(-n "$requests" --log-file="$6"); fi
  h2load "${args[@]}" -d "$3" "http://127.0.0.1:$1$2"
}
run_case() { # name request-file connections streams
  local name="$1" body="$2" path=/groupus.accounts.v1.NumberService/ListNumbers
  grpc_call "$path" "$body" "$work/$name.reply"
  local rows size
  rows="$(python3 -c 'import sys; b=open(sys.argv[1],"rb").read(); print(b.count(b"\x12\x0d+4420"))' "$work/$name.reply")"
  size="$(stat -c %s "$work/$name.reply")"
  local load_before; load_before="$(cut -d' ' -f1 /proc/loadavg)"
  load "$port" "$path" "$body" "$3" "$4" >/dev/null   # warm-up (JIT, connection pools, SQLite page cache), not measured
  measure "$name-ours" "$server_pid" -- load "$port" "$path" "$body" "$3" "$4" "$work/$name-ours.log"
  load "$echo_port" /groupus.echo.v1.Echo/Unary "$body" "$3" "$4" >/dev/null
  measure "$name-echo" "$echo_pid" -- load "$echo_port" /groupus.echo.v1.Echo/Unary "$body" "$3" "$4" "$work/$name-echo.log"
  python3 - "$work/measured.tsv" "$name" "$rows" "$size" "$load_before–$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import sys
tsv, name, rows, size, load = sys.argv[1:6]
got = {line.split("\t")[0]: line.rstrip("\n").split("\t") for line in open(tsv)}
ours, echo = got[f"{name}-ours"], got[f"{name}-echo"]
print(f"| {name} | {rows} | {int(size) // 1024} KiB | {float(ours[1]):,.0f} | {float(echo[1]):,.0f} | {float(ours[1]) / float(echo[1]):.3g}× "
      f"| {float(ours[2]):,.0f} | {float(echo[2]):,.0f} | {ours[3]} / {ours[4]} | {load} |")
PY
}

echo "| case | rows per reply | reply size | ours requests/s | echo requests/s | ratio | ours CPU µs/call | echo CPU µs/call | ours p50 / p99 ms | load average (1 min) |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---|"
run_case first-page-100-serial "$work/page-100.bin" 1 1
run_case first-page-1000-serial "$work/page-1000.bin" 1 1
run_case deep-page-1000-serial "$work/page-1000-deep.bin" 1 1
run_case first-page-100-8x4 "$work/page-100.bin" 8 4
run_case first-page-1000-8x4 "$work/page-1000.bin" 8 4
echo "(machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) at the end of the run)" >&2
