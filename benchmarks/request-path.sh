#!/usr/bin/env bash
# The core's request path beside the bare grpc-dotnet echo server (benchmarks/Groupus.EchoServer), measured in the same
# run, in alternated rounds (ours then the echo's, then the echo's then ours, ...), on loopback, with the same load
# settings for every case: 10 connections x 10 streams, one load thread (h2load -c10 -m10 -t1).
#   (a) health check, anonymous             echo: the same Health/Check
#   (b) health check with a bearer token    echo: the same Health/Check (no token)
#   (c) read by id: OrganisationService/GetOrganisation with a token      echo: Echo/Unary, empty message
#   (d) on-site list of 200 visitors: VisitorService/ListOnSite           echo: Echo/Unary, empty message
#   (e) visitor sign-ins (writes): VisitorService/SignInVisitor, a different walk-in and badge every call (the same
#       request twice is refused: the badge is then worn), sent by benchmarks/Groupus.GrpcLoad (h2load sends one body)
#       echo: Echo/Unary with a payload making the request the same size, sent by the same client.
#       Run at each of WRITE_LOADS (connections x streams per connection; default "10x1 10x10": 10 and 100 in flight),
#       each a row of its own, e10 and e100, with the echo at the same concurrency.
#   (f) start-up: time to the first SERVING health answer, and the process's CPU (utime+stime) at that moment, of the
#       Api with nothing to migrate (a second start on the same data) and of the echo server; plus the Api's first start
# Server CPU per call is the utime+stime delta of the server process over the measured run (from /proc/<pid>/stat)
# divided by the calls made. Each measured run follows an unmeasured warm-up. Prints a Markdown table.
# Usage: benchmarks/request-path.sh            ROUNDS (3), SECONDS_PER_RUN (5), STARTS (3) from the environment;
#        QUICK=1 benchmarks/request-path.sh    smoke run: 1 round of 1 s per case, 1 start each.
#        CASES="c e" STARTS=0 benchmarks/request-path.sh    only those cases, no start-up runs.
#        CASES=e WRITE_LOADS=1x10 STARTS=0 benchmarks/request-path.sh    sign-ins only, 10 streams on one connection.
#        SERVER_START_SECONDS (120) bounds the wait for the server to come up (lib/server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${QUICK:-0}" = 1 ]; then rounds=1 seconds=1 starts=1; else rounds="${ROUNDS:-3}" seconds="${SECONDS_PER_RUN:-5}" starts="${STARTS:-3}"; fi
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg)"
source benchmarks/lib/server.sh
source benchmarks/lib/reference.sh
start_groupus_server 5096
start_echo_server 5196
dotnet publish benchmarks/Groupus.GrpcLoad -c Release -o "$work/load" --nologo -v q >/dev/null

# Data: one organisation to read, 200 visitors on site (signed in through the API, as reception does).
organisation="$(cli orgs register --name "Benchmark Read Ltd" --output json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
frame "$work/get-organisation.bin" "1:s:$organisation"
python3 - "$work" <<'PY'   # 200 walk-in sign-ins (SignInVisitorRequest), one frame each
import struct, sys
for i in range(1, 201):
    fields = [(2, f"Seed Visitor {i:03}"), (3, "Seed Company"), (4, "Meeting"), (5, "admin"), (6, f"S{i:03}")]
    body = b"".join(bytes([n << 3 | 2, len(v)]) + v.encode() for n, v in fields)
    open(f"{sys.argv[1]}/visitor-{i:03}.bin", "wb").write(b"\x00" + struct.pack(">I", len(body)) + body)
PY
for i in $(seq -w 1 200); do
  grpc_ok "$port" /groupus.visitors.v1.VisitorService/SignInVisitor "$work/visitor-$i.bin" "$token" || { echo "sign-in $i refused" >&2; exit 1; }
done
grpc_ok "$port" /groupus.accounts.v1.OrganisationService/GetOrganisation "$work/get-organisation.bin" "$token" || { echo "GetOrganisation refused" >&2; exit 1; }
on_site="$(curl -sS --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" \
  --data-binary "@$work/empty.bin" -o - "http://127.0.0.1:$port/groupus.visitors.v1.VisitorService/ListOnSite" | grep -ao 'Seed Visitor' | wc -l)"
[ "$on_site" = 200 ] || { echo "the on-site list holds $on_site of the 200 visitors" >&2; exit 1; }

h2load_args() { # token|-  -> $h2_args
  h2_args=(-c"$load_connections" -m"$load_streams" -t1 -H 'content-type: application/grpc' -H 'te: trailers')
  if [ "$1" != - ]; then h2_args+=(-H "authorization: Bearer $1"); fi
}
run_h2() { # case side port path body token|-
  local name="$1-$2-r$round" pid="$server_pid"
  if [ "$2" = echo ]; then pid="$echo_pid"; fi
  h2load_args "$6"
  h2load -n 2000 "${h2_args[@]}" -d "$5" "http://127.0.0.1:$3$4" >/dev/null   # warm-up
  measure "$name" "$pid" -- h2load "${h2_args[@]}" -d "$5" -D "$seconds" --log-file="$work/$name.log" "http://127.0.0.1:$3$4"
}
run_writes() { # side connections streams
  local name="e$(($2 * $3))-$1-r$round" kind=signin port_=$port path=/groupus.visitors.v1.VisitorService/SignInVisitor tok="$token" pid="$server_pid"
  [ "$1" = echo ] && { kind=echo port_=$echo_port path=/groupus.echo.v1.Echo/Unary tok=- pid="$echo_pid"; }
  dotnet "$work/load/Groupus.GrpcLoad.dll" "http://127.0.0.1:$port_" "$path" "$kind" "W$round$1$2x$3" \
    "$2" "$3" 1 "$tok" >/dev/null   # warm-up
  measure "$name" "$pid" -- dotnet "$work/load/Groupus.GrpcLoad.dll" "http://127.0.0.1:$port_" "$path" "$kind" "R$round$1$2x$3" \
    "$2" "$3" "$seconds" "$tok" "$work/$name.log"
  grep -q 'grpc-status: 0=[0-9]*$' "$work/$name.out" || { echo "$name: calls failed: $(tail -1 "$work/$name.out")" >&2; exit 1; }
}

health=/grpc.health.v1.Health/Check echo_unary=/groupus.echo.v1.Echo/Unary
loads="$work/loads.tsv"
write_loads="${WRITE_LOADS:-10x1 10x10}"
cases=()
for case in ${CASES:-a b c d e}; do
  if [ "$case" = e ]; then
    for load in $write_loads; do cases+=("e:$load"); done
  else
    cases+=("$case")
  fi
done
for case_load in "${cases[@]}"; do
  case="${case_load%%:*}" write_load="${case_load#*:}"
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  for round in $(seq 1 "$rounds"); do
    sides=(ours echo); [ $((round % 2)) = 0 ] && sides=(echo ours)
    for side in "${sides[@]}"; do
      case "$case-$side" in
        a-ours) run_h2 a ours "$port" "$health" "$work/empty.bin" - ;;
        b-ours) run_h2 b ours "$port" "$health" "$work/empty.bin" "$token" ;;
        c-ours) run_h2 c ours "$port" /groupus.accounts.v1.OrganisationService/GetOrganisation "$work/get-organisation.bin" "$token" ;;
        d-ours) run_h2 d ours "$port" /groupus.visitors.v1.VisitorService/ListOnSite "$work/empty.bin" "$token" ;;
        [ab]-echo) run_h2 "$case" echo "$echo_port" "$health" "$work/empty.bin" - ;;
        [cd]-echo) run_h2 "$case" echo "$echo_port" "$echo_unary" "$work/empty.bin" - ;;
        e-*) run_writes "$side" "${write_load%x*}" "${write_load#*x}" ;;
      esac
    done
  done
  label="$case"; [ "$case" = e ] && label="e$(( ${write_load%x*} * ${write_load#*x} ))"
  printf '%s\t%s–%s\n' "$label" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" >>"$loads"
done

# (f) Start-up. The Api stops (the data stays) and starts again: nothing to migrate. The echo server likewise.
startup() { # label command...  -> appends "label seconds cpu-seconds" to $work/startup.tsv
  local label="$1"; shift
  local started pid body="$work/empty.bin" answer="$work/startup.answer"
  started=$(date +%s%N)
  "$@" >>"$work/startup.log" 2>&1 &
  pid=$!
  until curl -s --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' --data-binary "@$body" \
      -o "$answer" "http://127.0.0.1:$startup_port/grpc.health.v1.Health/Check" && [ "$(xxd -p "$answer")" = 00000000020801 ]; do
    sleep 0.02
  done
  local ticks; ticks=$(cpu_ticks "$pid")
  printf '%s\t%s\t%s\n' "$label" "$(( ($(date +%s%N) - started) / 1000000 ))" "$(( ticks * 1000 / $(getconf CLK_TCK) ))" >>"$work/startup.tsv"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
kill "$server_pid" "$echo_pid"; wait "$server_pid" "$echo_pid" 2>/dev/null || true
startup_load_before="$(cut -d' ' -f1 /proc/loadavg)"
api=(dotnet "$work/api/Groupus.Api.dll" --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:5095 --Logging:LogLevel:Default=Warning)
echo_server=(dotnet "$work/echo/Groupus.EchoServer.dll" --urls http://127.0.0.1:5095)
startup_port=5095
for i in $(seq 1 "$starts"); do
  [ "$starts" = 0 ] && break
  if [ $((i % 2)) = 1 ]; then
    startup ours "${api[@]}" --Groupus:DataDirectory="$work/data"; startup echo "${echo_server[@]}"
  else
    startup echo "${echo_server[@]}"; startup ours "${api[@]}" --Groupus:DataDirectory="$work/data"
  fi
done
[ "$starts" = 0 ] || startup first "${api[@]}" --Groupus:DataDirectory="$work/fresh-data"
startup_load="$startup_load_before–$(cut -d' ' -f1 /proc/loadavg)"

python3 - "$work" "$startup_load" <<'PY'
import statistics as st, sys
work, startup_load = sys.argv[1], sys.argv[2]
rows = {}
for line in open(f"{work}/measured.tsv"):
    name, rps, cpu, p50, p99, calls = line.split("\t")
    case, side, rnd = name.split("-")
    rows.setdefault(case, {}).setdefault(rnd, {})[side] = (float(rps), float(cpu), float(p50), float(p99), int(calls))
loads = dict(line.rstrip("\n").split("\t") for line in open(f"{work}/loads.tsv"))
names = {
    "a": "(a) health check, anonymous",
    "b": "(b) health check, bearer token",
    "c": "(c) read by id (`GetOrganisation`), token",
    "d": "(d) on-site list of 200 visitors, token",
}
name = lambda case: names.get(case) or f"(e) visitor sign-in (write), token, {case[1:]} in flight"
print("| case | ours req/s | echo req/s | ratio | ours CPU µs/call | echo CPU µs/call | ours p50 / p99 ms | echo p50 / p99 ms | load average (1 min) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for case, rounds in rows.items():
    med = lambda side, i: st.median(r[side][i] for r in rounds.values())
    ratio = st.median(r["ours"][0] / r["echo"][0] for r in rounds.values())
    print(f"| {name(case)} | {med('ours', 0):,.0f} | {med('echo', 0):,.0f} | {ratio:.3g}× | {med('ours', 1):,.0f} | {med('echo', 1):,.0f} "
          f"| {med('ours', 2):.2f} / {med('ours', 3):.2f} | {med('echo', 2):.2f} / {med('echo', 3):.2f} | {loads[case]} |")
starts = {}
import os
if not os.path.exists(f"{work}/startup.tsv"):
    sys.exit(0)
for line in open(f"{work}/startup.tsv"):
    label, ms, cpu_ms = line.split()
    starts.setdefault(label, []).append((int(ms), int(cpu_ms)))
print()
print("| start-up | runs | time to first SERVING s (median; all) | CPU at that moment s (median; all) | ratio to the echo (time / CPU) |")
print("|---|---:|---:|---:|---:|")
echo_t = st.median(t for t, _ in starts["echo"]) / 1000; echo_c = st.median(c for _, c in starts["echo"]) / 1000
for label, title in (("ours", "Api, nothing to migrate"), ("first", "Api, first start (creates and migrates)"), ("echo", "echo server")):
    runs = starts[label]
    t = st.median(r[0] for r in runs) / 1000; c = st.median(r[1] for r in runs) / 1000
    every = lambda i: ", ".join(f"{r[i] / 1000:.2f}" for r in runs)
    print(f"| {title} | {len(runs)} | {t:.2f} ({every(0)}) | {c:.2f} ({every(1)}) | {t / echo_t:.1f}× / {c / echo_c:.1f}× |")
print(f"\nStart-up load average (1 min): {startup_load}.")
PY
echo
echo "Rounds: $rounds of ${seconds} s per side and case, alternated; $(nproc) cores; load average at start $load_at_start, at end $(cut -d' ' -f1-3 /proc/loadavg)."
echo "h2load command (a-d; b-d add -H 'authorization: Bearer \$token'): h2load -c$load_connections -m$load_streams -t1 -H 'content-type: application/grpc' -H 'te: trailers' -d <request frame> -D $seconds --log-file=<log> http://127.0.0.1:<port>/<service>/<method> (after h2load -n 2000, same settings, unmeasured)"
for load in $write_loads; do
  echo "Writes, $(( ${load%x*} * ${load#*x} )) in flight: dotnet Groupus.GrpcLoad.dll <url> /groupus.visitors.v1.VisitorService/SignInVisitor signin <prefix> ${load%x*} ${load#*x} $seconds \$token <log> (the echo: <echo url> /groupus.echo.v1.Echo/Unary echo, same settings)"
done
