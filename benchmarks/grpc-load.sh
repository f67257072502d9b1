#!/usr/bin/env bash
# Load test of the gRPC edge with h2load (Debian nghttp2-client), on loopback only.
#   (a) the gRPC health check, (b) the DB-backed on-site list with 200 visitors signed in,
#   each with and without a bearer token. Prints a Markdown table for docs/BENCHMARKS.md.
# Usage: benchmarks/grpc-load.sh [requests-per-case]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-100000}"
source benchmarks/lib/server.sh
start_groupus_server 5099
for i in $(seq 1 200); do
  cli visitors signin --name "Visitor $i" --company "Company $i" --host admin --purpose "Meeting" --badge "B$i" >/dev/null
done

printf '\x00\x00\x00\x00\x00' > "$work/empty.bin"   # gRPC frame of an empty message (HealthCheckRequest, ListOnSiteRequest)

run_case() { # name path auth
  local name="$1" path="$2" auth="$3" log="$work/$1.log"
  local headers=(-H 'content-type: application/grpc' -H 'te: trailers')
  [ "$auth" = yes ] && headers+=(-H "authorization: Bearer $token")
  h2load -n "$requests" -c 8 -m 4 -t 1 "${headers[@]}" -d "$work/empty.bin" --log-file="$log" \
    "http://127.0.0.1:$port$path" >"$work/$name.out"
  python3 - "$name" "$work/$name.out" "$log" <<'PY'
import re, sys
name, out, log = sys.argv[1:4]
text = open(out).read()
rps = re.search(r"finished in [\d.]+\w+, ([\d.]+) req/s", text).group(1)
ok = re.search(r"status codes: (\d+) 2xx", text).group(1)
lat = sorted(int(line.split()[2]) for line in open(log) if line.strip())
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
print(f"| {name} | {float(rps):,.0f} | {p(0.50):.2f} | {p(0.99):.2f} | {ok} |")
PY
}

echo "| case | requests/s | p50 ms | p99 ms | HTTP 2xx |"
echo "|---|---|---|---|---|"
run_case health-anonymous /grpc.health.v1.Health/Check no
run_case health-with-token /grpc.health.v1.Health/Check yes
run_case onsite-200-with-token /groupus.visitors.v1.VisitorService/ListOnSite yes
run_case onsite-anonymous-refused /groupus.visitors.v1.VisitorService/ListOnSite no
# The anonymous on-site call is refused (grpc-status 16 in the trailers, HTTP 200): it measures the refusal path.
grep -q "Visitor 200" <(cli visitors onsite) && echo "(200 visitors on site confirmed)" >&2
