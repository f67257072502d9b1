#!/usr/bin/env bash
# Fax session time through an iaxmodem pair on loopback: efax -> efax versus our gateway (Class1Fax.SendAsync) -> efax,
# the same sparse standard A4 page (the real-peer tests' SparsePage, written as an MH TIFF) and the same modem pair.
# Each run starts a fresh iaxmodem pair and an efax receiver on /dev/ttyIAXb, waits until the receiver is idle (and
# iaxmodem's 5 s busy-out after ATZ has passed), then times the sender from start to hang-up:
#   efax:    wall time of the `efax -t` process (modem set-up, dial ... hang-up);
#   gateway: Stopwatch around SerialModemPort.Open + Class1Fax.SendAsync (modem probe, dial ... hang-up), in process.
# Needs root (writes /etc/iaxmodem/ttyIAXa, ttyIAXb) and the packages iaxmodem, efax. Refuses to run if another
# iaxmodem owns /dev/ttyIAXa or /dev/ttyIAXb.
# Usage: [WAIT_BUSY=seconds] benchmarks/fax-session.sh [runs]   (default 3) — prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -f /dev/ttyIAXa /dev/ttyIAXb
}
trap 'cleanup; rm -rf "$work"' EXIT
for tool in iaxmodem efax; do command -v "$tool" >/dev/null || { echo "$tool missing" >&2; exit 1; }; done
busy() { [ -e /dev/ttyIAXa ] || [ -e /dev/ttyIAXb ] || pgrep -x iaxmodem >/dev/null; }
if busy; then
  # Another user of the pair (e.g. the real-peer tests) owns /etc/iaxmodem and ports 4570/4571: wait up to WAIT_BUSY s.
  echo "iaxmodem is in use (another test or benchmark); waiting up to ${WAIT_BUSY:-0} s" >&2
  until=$((SECONDS + ${WAIT_BUSY:-0})); while busy && [ $SECONDS -lt $until ]; do sleep 5; done
  if busy; then echo "/dev/ttyIAXa, /dev/ttyIAXb or an iaxmodem process exists: another iaxmodem is running" >&2; exit 1; fi
fi

dotnet build benchmarks/Groupus.FaxGateway.Benchmarks -c Release --nologo -v q -o "$work/bin" >/dev/null
bench() { dotnet "$work/bin/Groupus.FaxGateway.Benchmarks.dll" "$@"; }
bench sparse-page "$work/page.tif"

mkdir -p /etc/iaxmodem
config() { # name device port peer-port number
  cat > "/etc/iaxmodem/ttyIAX$1" <<CONF
device   $2
owner    uucp:uucp
mode     666
port     $3
refresh  0
server   127.0.0.1:$4
peername $1
secret   $1
cidname  Modem${1^^}
cidnumber $5
codec    slinear
CONF
}
config a /dev/ttyIAXa 4570 4571 1001
config b /dev/ttyIAXb 4571 4570 1002

wait_for() { # seconds file pattern
  local until=$((SECONDS + $1))
  until grep -q "$3" "$2" 2>/dev/null; do [ $SECONDS -lt $until ] || return 1; sleep 0.1; done
}

# Starts the pair and an efax receiver; sets rx_pid.
prepare() { # run-name
  local log="$work/$1"
  (cd /tmp && exec iaxmodem ttyIAXa) >"$log.iaxa" 2>&1 & pids+=($!)
  (cd /tmp && exec iaxmodem ttyIAXb) >"$log.iaxb" 2>&1 & pids+=($!)
  wait_for 15 "$log.iaxa" "Modem started" && wait_for 15 "$log.iaxb" "Modem started" \
    || { echo "iaxmodem did not start" >&2; cat "$log.iax"* >&2; exit 1; }
  until [ -e /dev/ttyIAXa ] && [ -e /dev/ttyIAXb ]; do sleep 0.1; done
  sleep 1
  efax -d /dev/ttyIAXb -o1 -iS0=1 -w -r "$work/$1-rx" -l "+1 1002" -v ewinc >"$log.efax-rx" 2>&1 & rx_pid=$!; pids+=($rx_pid)
  wait_for 15 "$log.efax-rx" "waiting for activity" || { echo "efax receiver not ready" >&2; cat "$log.efax-rx" >&2; exit 1; }
  sleep 6   # iaxmodem rejects calls for 5 s after the receiver's ATZ
}

finish() { # run-name
  local until=$((SECONDS + 30))
  while kill -0 "$rx_pid" 2>/dev/null && [ $SECONDS -lt $until ]; do sleep 0.2; done
  cleanup; pids=()
  sleep 1
  [ -f "$work/$1-rx.001" ] || { echo "run $1: efax received no page" >&2; tail -20 "$work/$1.efax-rx" >&2; return 1; }
}

declare -a efax_times gw_times
for i in $(seq "$runs"); do
  prepare "efax-$i"
  start=$(date +%s.%N)
  efax -d /dev/ttyIAXa -o1 -l "+1 1001" -v ewinc -t T1002 "$work/page.tif" >"$work/efax-$i.efax-tx" 2>&1 \
    || { echo "efax send failed" >&2; tail -20 "$work/efax-$i.efax-tx" >&2; exit 1; }
  end=$(date +%s.%N)
  finish "efax-$i"
  efax_times+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}')")
  echo "efax -> efax run $i: ${efax_times[-1]} s" >&2

  prepare "gw-$i"
  bench send /dev/ttyIAXa 1002 "$work/page.tif" >"$work/gw-$i.out" 2>"$work/gw-$i.log" \
    || { echo "gateway send failed" >&2; tail -30 "$work/gw-$i.log" >&2; exit 1; }
  finish "gw-$i"
  gw_times+=("$(awk '/^seconds/ {print $2}' "$work/gw-$i.out")")
  echo "gateway -> efax run $i: ${gw_times[-1]} s" >&2
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
me=$(median "${efax_times[@]}"); mg=$(median "${gw_times[@]}")
echo
echo "Fax session, sparse standard A4 page (1728 x 1143, MH), iaxmodem pair on loopback, $runs runs each"
echo
echo "| sender -> receiver | runs (s) | median (s) |"
echo "|---|---|---:|"
echo "| efax -> efax | ${efax_times[*]} | $me |"
echo "| gateway (Class1Fax) -> efax | ${gw_times[*]} | $mg |"
echo
awk -v a="$me" -v b="$mg" 'BEGIN {d = (b - a) / a * 100; printf "Gateway versus efax: %+.1f %% (+ = gateway slower; target: at most +5 %%): %s\n", d, (d <= 5 ? "met" : "NOT met")}'
