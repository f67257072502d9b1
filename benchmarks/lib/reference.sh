# Sourced by the gRPC load benchmarks after lib/server.sh: the bare echo server (benchmarks/Groupus.EchoServer), the
# reference every gRPC figure is divided by, and the measuring helpers. Needs $work (from start_groupus_server).
#   start_echo_server PORT          publishes and starts the echo server; sets $echo_pid, $echo_port
#   frame FILE FIELD:KIND:VALUE...   writes a gRPC request frame (5-byte prefix + protobuf, s = string, i = varint)
#   grpc_ok PORT PATH BODY [TOKEN]   fails unless the call answers grpc-status 0 (h2load sees HTTP statuses only)
#   measure NAME PID -- CMD...       runs CMD (h2load or Groupus.GrpcLoad), appends to $work/measured.tsv:
#                                    name, req/s, server CPU µs per call (utime+stime of PID), p50 ms, p99 ms, calls
#   cpu_ticks PID                    utime+stime of PID in clock ticks
load_connections=10 load_streams=10   # h2load -c10 -m10 -t1 for every case, ours and the echo's

start_echo_server() {
  echo_port="$1"
  dotnet publish benchmarks/Groupus.EchoServer -c Release -o "$work/echo" --nologo -v q >/dev/null
  dotnet "$work/echo/Groupus.EchoServer.dll" --urls "http://127.0.0.1:$echo_port" >"$work/echo.log" 2>&1 &
  echo_pid=$!
  trap 'kill "${server_pid:-0}" "${echo_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
  printf '\x00\x00\x00\x00\x00' >"$work/empty.bin"
  for _ in $(seq 100); do grpc_ok "$echo_port" /grpc.health.v1.Health/Check "$work/empty.bin" 2>/dev/null && return; sleep 0.1; done
  echo "the echo server did not answer" >&2; exit 1
}

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
for spec in sys.argv[2:]:
    field, kind, value = spec.split(":", 2)
    if kind == "s":
        data = value.encode()
        body += varint(int(field) << 3 | 2) + varint(len(data)) + data
    else:
        body += varint(int(field) << 3) + varint(int(value))
open(sys.argv[1], "wb").write(b"\x00" + struct.pack(">I", len(body)) + body)
PY
}

grpc_ok() { # port path body [token]
  local auth=()
  [ -n "${4:-}" ] && auth=(-H "authorization: Bearer $4")
  curl -sS --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' "${auth[@]}" \
    --data-binary "@$3" -D - -o /dev/null "http://127.0.0.1:$1$2" | tr -d '\r' | grep -qx 'grpc-status: 0'
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

measure() { # name pid -- command... (the command writes its per-request log to $work/$name.log)
  local name="$1" pid="$2"; shift 3
  local before after
  before=$(cpu_ticks "$pid")
  "$@" >"$work/$name.out"
  after=$(cpu_ticks "$pid")
  python3 - "$name" "$work/$name.out" "$work/$name.log" "$before" "$after" "$(getconf CLK_TCK)" >>"$work/measured.tsv" <<'PY'
import re, sys
name, out, log, before, after, hz = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
rps = float(re.search(r"finished in [\d.]+\w+, ([\d.]+) req/s", open(out).read()).group(1))
lat = sorted(int(line.split()[2]) for line in open(log) if line.strip())
p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
cpu_us = (after - before) / hz * 1e6 / len(lat)
print(f"{name}\t{rps:.1f}\t{cpu_us:.1f}\t{p(0.50):.2f}\t{p(0.99):.2f}\t{len(lat)}")
PY
}
