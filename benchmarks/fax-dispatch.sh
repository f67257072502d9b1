#!/usr/bin/env bash
# Fax dispatch (issue 5), against the real core (SQLite, its own data directory) on loopback:
#   1. submit-to-dial latency with an idle line: one simulated gateway (its own machine credential) with one idle
#      line; a customer submits a one-page document RUNS times (plain text, then PDF through Ghostscript); timed from
#      the SubmitFax call's start to the AssignJob on the gateway's stream, and to the document fetched.
#   2. scheduling: JOBS jobs queued (ten submitted, the rest by ResendFaxJob with priorities 0-9 and NUMBERS distinct
#      destinations), then one gateway with LINES lines that finishes each job at once and goes idle again; time to
#      drain, dispatches per second, IDLE-to-AssignJob per line, priority inversions and per-number overlaps.
# The simulated gateway and customer run in benchmarks/Groupus.Fax.Benchmarks on the same cores as the server.
# Usage: [DUMP=jobs.csv] benchmarks/fax-dispatch.sh [runs] [jobs] [lines] [numbers]   (defaults 200 10000 8 2000)
#   runs 0 skips part 1; DUMP writes one CSV line per job of part 2 (lease and finish times, IDLE-to-AssignJob).
# Prints Markdown for docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-200}"; jobs="${2:-10000}"; lines="${3:-8}"; numbers="${4:-2000}"
source benchmarks/lib/server.sh
start_groupus_server 5095
dotnet publish benchmarks/Groupus.Fax.Benchmarks -c Release -o "$work/bench" --nologo -v q >/dev/null
bench() { dotnet "$work/bench/Groupus.Fax.Benchmarks.dll" "$@" --server "$GROUPUS_SERVER" --admin-password "$admin_password"; }

if [ "$runs" -gt 0 ]; then
  echo "### Submit-to-dial latency"
  echo
  bench latency --runs "$runs" --document text
  echo
  bench latency --runs "$runs" --document pdf
  echo
fi
echo "### Scheduling $jobs queued jobs on $lines lines"
echo
bench scheduling --jobs "$jobs" --lines "$lines" --numbers "$numbers" ${DUMP:+--dump "$DUMP"}
echo
echo "(machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) at the end of the run; $(date -u +%F))" >&2
