#!/usr/bin/env bash
# Start-up of two published builds of the Api, alternated (A B, B A, ...) because a shared machine's load moves:
# the time from launching `dotnet Groupus.Api.dll` to its first SERVING health answer and the process's CPU
# (utime+stime from /proc/<pid>/stat) at that moment, with nothing to migrate (each build first starts once on its own
# data directory, unmeasured, to create and migrate it). Prints one line per start and the load average.
# Usage: benchmarks/startup-compare.sh <publish-dir-A> <publish-dir-B> [starts per build, 5]
#   e.g. dotnet publish src/Api -c Release -o /tmp/new; (the same from another checkout to /tmp/old)
#        benchmarks/startup-compare.sh /tmp/old /tmp/new 7
set -euo pipefail
a="$1" b="$2" starts="${3:-5}" port=5097
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '\x00\x00\x00\x00\x00' >"$work/empty.bin"

start_once() { # publish-dir data-dir -> prints "ms cpu-ms"
  local started pid ticks
  # The previous server must be gone: a health answer from it would be taken for this one's.
  while ss -ltn "sport = :$port" | grep -q LISTEN; do sleep 0.1; done
  started=$(date +%s%N)
  dotnet "$1/Groupus.Api.dll" --Groupus:DataDirectory="$2" --Kestrel:Endpoints:Grpc:Url="http://127.0.0.1:$port" \
    --Logging:LogLevel:Default=Warning >>"$work/server.log" 2>&1 &
  pid=$!
  until curl -s --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' --data-binary "@$work/empty.bin" \
      -o "$work/answer" "http://127.0.0.1:$port/grpc.health.v1.Health/Check" && [ "$(xxd -p "$work/answer")" = 00000000020801 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the server exited; see its log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.02
  done
  ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  echo "$(( ($(date +%s%N) - started) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) ))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start_once "$a" "$work/data-a" >/dev/null
start_once "$b" "$work/data-b" >/dev/null
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$starts"); do
  order=(a b); [ $((i % 2)) = 0 ] && order=(b a)
  for side in "${order[@]}"; do
    dir="$a"; [ "$side" = b ] && dir="$b"
    read -r ms cpu < <(start_once "$dir" "$work/data-$side")
    printf '%s\tstart %s\t%s ms to SERVING\tCPU %s ms\tload %s\n' "$side" "$i" "$ms" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
