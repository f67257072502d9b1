#!/usr/bin/env bash
# First page against last page of VisitorService/SearchVisitHistory over 100,000 visits, with h2load (Debian
# nghttp2-client) on loopback. One visit is made through the real API (the CLI), signed out, and copied 99,999 times
# straight into the SQLite file (new ids, one sign-in per second; the sealed name, company and purpose columns are bound
# to their table and column, not to the row, so the copies open under the same subject key). The last page's token is
# reached by walking the list (pages of 500, then of 50), so it is a token the server issued. Each case: 50 unmeasured
# warm-up requests, then N requests one at a time. Prints a Markdown table with p50/p99 latency and server CPU per call.
# Usage: benchmarks/visit-history-paging.sh [requests-per-case]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-300}"
visits=100000
source benchmarks/lib/server.sh
start_groupus_server 5098
command -v curl >/dev/null || { echo "curl missing" >&2; exit 1; }

cli visitors signin --name "Template Visitor" --company "Benchmark Ltd" --host admin --purpose "Benchmark" --badge B-1 >/dev/null
cli visitors signout --badge B-1 >/dev/null

python3 - "$work/data/groupus.db" "$visits" <<'PY'
import datetime, sqlite3, sys, uuid
db, total = sqlite3.connect(sys.argv[1], timeout=30), int(sys.argv[2])
db.execute("PRAGMA busy_timeout = 30000")
columns = [row[1] for row in db.execute("PRAGMA table_info(visitors_visits)")]
template = dict(zip(columns, db.execute("SELECT * FROM visitors_visits LIMIT 1").fetchone()))
base = datetime.datetime(2026, 1, 1)
def at(seconds):  # EF Core's SQLite text form; the 7-digit fraction has no trailing zero to trim
    return (base + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S") + ".1234567"
def row(i):
    values = dict(template, Id=str(uuid.uuid4()).upper(), SignedInAtUtc=at(i), SignedOutAtUtc=at(i + 600))
    if "ExpectedAtUtc" in values and values["ExpectedAtUtc"] is not None:
        values["ExpectedAtUtc"] = at(i)
    return [values[c] for c in columns]
db.executemany(f"INSERT INTO visitors_visits ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
               (row(i) for i in range(total - 1)))
db.commit()
print(f"visits stored: {db.execute('SELECT COUNT(*) FROM visitors_visits').fetchone()[0]:,}", file=sys.stderr)
PY

# gRPC frames encoded by hand: SearchVisitHistoryRequest {from = 1, to = 2, page_size = 4, page_token = 5}.
frame() { # file page-size [page-token]
  python3 - "$@" <<'PY'
import struct, sys
def varint(n):
    out = b""
    while True:
        b, n = n & 0x7F, n >> 7
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out
def field(number, data): return varint(number << 3 | 2) + varint(len(data)) + data
timestamp = lambda seconds: varint(1 << 3) + varint(seconds)
body = field(1, timestamp(1735689600)) + field(2, timestamp(1798761600)) + varint(4 << 3) + varint(int(sys.argv[2]))
if len(sys.argv) > 3 and sys.argv[3]:
    body += field(5, sys.argv[3].encode())
open(sys.argv[1], "wb").write(b"\x00" + struct.pack(">I", len(body)) + body)
PY
}
next_token() { # reply-file: ListVisitsResponse.next_page_token (field 2)
  python3 - "$1" <<'PY'
import sys
b = open(sys.argv[1], "rb").read()[5:]
def varint(i):
    n = shift = 0
    while True:
        n |= (b[i] & 0x7F) << shift; shift += 7; i += 1
        if not b[i - 1] & 0x80: return n, i
i, token = 0, ""
while i < len(b):
    key, i = varint(i)
    if key & 7 == 2:
        length, i = varint(i)
        if key >> 3 == 2: token = b[i:i + length].decode()
        i += length
    else:
        _, i = varint(i)
print(token)
PY
}
url="http://127.0.0.1:$port/groupus.visitors.v1.VisitorService/SearchVisitHistory"
call() { curl -sS --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" --data-binary "@$1" -o "$2" "$url"; }

token_in=""
walked=0
while [ $((visits - walked)) -gt 50 ]; do
  size=$([ $((visits - walked)) -gt 550 ] && echo 500 || echo 50)
  frame "$work/walk.bin" "$size" "$token_in"
  call "$work/walk.bin" "$work/walk.reply"
  token_in="$(next_token "$work/walk.reply")"
  walked=$((walked + size))
done
echo "walked $walked visits to the last page" >&2
frame "$work/first.bin" 50
frame "$work/last.bin" 50 "$token_in"
call "$work/last.bin" "$work/last.reply"
[ -z "$(next_token "$work/last.reply")" ] || { echo "the last page has a next page" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
run_case() { # name request-file
  local log="$work/$1.log" before after
  h2load -n 50 -c 1 -m 1 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" -d "$2" "$url" >/dev/null
  before=$(cpu_ticks)
  h2load -n "$requests" -c 1 -m 1 -t 1 -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" \
    -d "$2" --log-file="$log" "$url" >"$work/$1.out"
  after=$(cpu_ticks)
  python3 - "$1" "$work/$1.out" "$log" "$before" "$after" "$requests" "$(getconf CLK_TCK)" <<'PY'
import re, sys
name, out, log, before, after, n, hz = sys.argv[1:8]
text = open(out).read()
ok = re.search(r"status codes: (\d+) 2xx", text).group(1)
lat = sorted(int(line.split()[2]) for line in open(log) if line.strip())
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
cpu = (int(after) - int(before)) / int(hz) / int(n) * 1000
print(f"| {name} | {p(0.50):.2f} | {p(0.99):.2f} | {cpu:.2f} | {ok} |")
PY
}

echo "| case (pages of 50, $visits visits) | p50 ms | p99 ms | server CPU ms per call | HTTP 2xx |"
echo "|---|---|---|---|---|"
run_case first-page "$work/first.bin"
run_case last-page "$work/last.bin"
run_case first-page-again "$work/first.bin"
run_case last-page-again "$work/last.bin"
echo "(machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) at the end of the run)" >&2
