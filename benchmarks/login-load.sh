#!/usr/bin/env bash
# Login throughput with password verification (ASP.NET Core Identity PasswordHasher v3: PBKDF2-HMAC-SHA512,
# 100,000 iterations, 128-bit salt, 256-bit subkey), on loopback with h2load (Debian nghttp2-client).
# Eight staff accounts log in concurrently, one h2load client each (concurrent logins of one account contend on
# its row's concurrency token). Usage: benchmarks/login-load.sh [logins-per-account] (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
per_account="${1:-50}"
accounts=8
source benchmarks/lib/server.sh
start_groupus_server 5098
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
start=$(date +%s.%N)
for i in $(seq 1 $accounts); do
  h2load -n "$per_account" -c 1 -m 1 -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/login$i.bin" \
    --log-file="$work/login$i.log" "http://127.0.0.1:$port/groupus.auth.v1.AuthService/Login" >"$work/login$i.out" &
done
wait $(jobs -p | grep -v "^$server_pid$") 2>/dev/null || true
end=$(date +%s.%N)

python3 - "$work" "$accounts" "$start" "$end" <<'PY'
import glob, sys
work, accounts, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
lat = sorted(int(l.split()[2]) for f in glob.glob(f"{work}/login*.log") for l in open(f) if l.strip())
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
print("| case | logins/s | p50 ms | p99 ms | logins |")
print("|---|---|---|---|---|")
print(f"| login, {accounts} accounts in parallel | {len(lat) / (end - start):,.1f} | {p(0.50):.1f} | {p(0.99):.1f} | {len(lat)} |")
PY
refused=$(( $(grep -c "login refused" "$work/server.log" || true) - refused_before ))
echo "(logins refused during the run: $refused)" >&2
