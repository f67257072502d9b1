#!/usr/bin/env bash
# Login throughput with password verification (ASP.NET Core Identity PasswordHasher v3: PBKDF2-HMAC-SHA512,
# 100,000 iterations, 128-bit salt, 256-bit subkey), on loopback with h2load (Debian nghttp2-client).
# Eight staff accounts log in concurrently, one h2load client each (concurrent logins of one account contend on
# its row's concurrency token). The same eight clients then send the same requests to the bare echo server
# (benchmarks/Groupus.EchoServer, lib/reference.sh), the reference the figures are divided by; server CPU per call is
# the utime+stime delta of each server process (/proc/<pid>/stat) over its run, divided by the calls.
# Usage: benchmarks/login-load.sh [logins-per-account] (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
per_account="${1:-50}"
accounts=8
source benchmarks/lib/server.sh
source benchmarks/lib/reference.sh
start_groupus_server 5098
start_echo_server 5198
password="$admin_password"
for i in $(seq 1 $accounts); do
  echo "initial password 123" | cli staff create --username "load$i" --name "Load $i" --role support --password-stdin >/dev/null
  printf 'initial password 123\n%s\n' "$password" | XDG_CONFIG_HOME="$work/config$i" cli login --username "load$i" --password-stdin >/dev/null
done

for i in $(seq 1 $accounts); do
  python3 - "$work/login$i.bin" "load$i" "$password" <<'PY'
import struct, sys
path, user, password = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode()
body = bytes([0x0a, len(user)]) + user + bytes([0x12, len(password)]) + password   # LoginRequest{username=1, password=2}
open(path, "wb").write(b"\x00" + struct.pack(">I", len(body)) + body)
PY
done

refused_before=$(grep -c "login refused" "$work/server.log" || true)
run_side() { # side port path pid
  local before start
  before=$(cpu_ticks "$4")
  start=$(date +%s.%N)
  for i in $(seq 1 $accounts); do
    h2load -n "$per_account" -c 1 -m 1 -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/login$i.bin" \
      --log-file="$work/$1-login$i.log" "http://127.0.0.1:$2$3" >"$work/$1-login$i.out" &
  done
  wait $(jobs -p | grep -v "^$server_pid$" | grep -v "^$echo_pid$") 2>/dev/null || true
  printf '%s %s %s %s\n' "$1" "$start" "$(date +%s.%N)" "$(( $(cpu_ticks "$4") - before ))" >>"$work/sides.txt"
}
load_before="$(cut -d' ' -f1 /proc/loadavg)"
run_side ours "$port" /groupus.auth.v1.AuthService/Login "$server_pid"
run_side echo "$echo_port" /groupus.echo.v1.Echo/Unary "$echo_pid"

python3 - "$work" "$accounts" "$(getconf CLK_TCK)" "$load_before–$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import glob, sys
work, accounts, hz, load = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sides = {}
for line in open(f"{work}/sides.txt"):
    side, start, end, ticks = line.split()
    lat = sorted(int(l.split()[2]) for f in glob.glob(f"{work}/{side}-login*.log") for l in open(f) if l.strip())
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
    sides[side] = (len(lat) / (float(end) - float(start)), int(ticks) / hz * 1e6 / len(lat), p(0.50), p(0.99), len(lat))
ours, echo = sides["ours"], sides["echo"]
print("| case | ours logins/s | echo req/s | ratio | ours CPU µs/call | echo CPU µs/call | ours p50 / p99 ms | logins | load average (1 min) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
print(f"| login, {accounts} accounts in parallel | {ours[0]:,.1f} | {echo[0]:,.0f} | {ours[0] / echo[0]:.3g}× | {ours[1]:,.0f} | {echo[1]:,.0f} "
      f"| {ours[2]:.1f} / {ours[3]:.1f} | {ours[4]} | {load} |")
PY
refused=$(( $(grep -c "login refused" "$work/server.log" || true) - refused_before ))
echo "(logins refused during the run: $refused)" >&2
