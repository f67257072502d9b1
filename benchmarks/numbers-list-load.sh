#!/usr/bin/env bash
# Load test of NumberService/ListNumbers for one organisation holding 10,000 numbers, with h2load (Debian
# nghttp2-client), on loopback only. Seeds the numbers through the real API (one AssignNumberRange call made by the
# CLI), then measures one page of the list: the first page at the default size (100), the first page at the maximum
# size (1000, a full page), and a full page deep in the list (after 5,000 numbers, via a page token: keyset paging
# costs the same at any depth). Each case is run with one request at a time (latency) and with 8 connections x 4
# streams (throughput), after 200 unmeasured warm-up requests. Prints a Markdown table for docs/BENCHMARKS.md.
# Usage: benchmarks/numbers-list-load.sh [requests-per-case]   (default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-2000}"
source benchmarks/lib/server.sh
start_groupus_server 5097
command -v curl >/dev/null || { echo "curl missing" >&2; exit 1; }

# gRPC messages encoded by hand (length-prefixed frames), so the script needs no protobuf tooling.
frame() { python3 - "$@" <<'PY'
import struct, sys
def varint(n):
    out = b""
    while True:
        b, n = n & 0x7F, n >> 7
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out
body = b""
for spec in sys.argv[2:]:           # field:kind:value with kind s (string) or i (varint)
    field, kind, value = spec.split(":", 2)
    if kind == "s":
        data = value.encode()
        body += varint(int(field) << 3 | 2) + varint(len(data)) + data
    else:
        body += varint(int(field) << 3) + varint(int(value))
open(sys.argv[1], "wb").write(b"\x00" + struct.pack(">I", len(body)) + body)
PY
}
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

run_case() { # name request-file connections streams
  local name="$1" body="$2" log="$work/$1.log"
  grpc_call /groupus.accounts.v1.NumberService/ListNumbers "$body" "$work/$name.reply"
  local rows
  rows="$(python3 -c 'import sys; b=open(sys.argv[1],"rb").read(); print(b.count(b"\x12\x0d+4420"))' "$work/$name.reply")"
  # Warm-up (JIT, connection pools, SQLite page cache), not measured.
  h2load -n 200 -c "$3" -m "$4" -t 1 -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" \
    -d "$body" "http://127.0.0.1:$port/groupus.accounts.v1.NumberService/ListNumbers" >/dev/null
  h2load -n "$requests" -c "$3" -m "$4" -t 1 -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" \
    -d "$body" --log-file="$log" "http://127.0.0.1:$port/groupus.accounts.v1.NumberService/ListNumbers" >"$work/$name.out"
  python3 - "$name" "$work/$name.out" "$log" "$rows" "$(stat -c %s "$work/$name.reply")" <<'PY'
import re, sys
name, out, log, rows, size = sys.argv[1:6]
text = open(out).read()
rps = re.search(r"finished in [\d.]+\w+, ([\d.]+) req/s", text).group(1)
ok = re.search(r"status codes: (\d+) 2xx", text).group(1)
lat = sorted(int(line.split()[2]) for line in open(log) if line.strip())
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
print(f"| {name} | {rows} | {int(size) // 1024} KiB | {float(rps):,.0f} | {p(0.50):.2f} | {p(0.99):.2f} | {ok} |")
PY
}

echo "| case | rows per reply | reply size | requests/s | p50 ms | p99 ms | HTTP 2xx |"
echo "|---|---|---|---|---|---|---|"
run_case first-page-100-serial "$work/page-100.bin" 1 1
run_case first-page-1000-serial "$work/page-1000.bin" 1 1
run_case deep-page-1000-serial "$work/page-1000-deep.bin" 1 1
run_case first-page-100-8x4 "$work/page-100.bin" 8 4
run_case first-page-1000-8x4 "$work/page-1000.bin" 8 4
echo "(machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) at the end of the run)" >&2
