#!/usr/bin/env bash
# Privacy (issue 6): access export and erasure against the real core in-process (every module, SQLite, the subject key
# vault), on a fresh temporary data directory:
#   1. seeds SUBJECTS data subjects (of every ten: 4 visitors with one visit, 3 prospects, 2 marketing subscriptions,
#      1 customer user), each enrolled in the register as the handlers do, in batches of 1,000;
#   2. access export of one subject: find + export over every provider + the zip, for SAMPLES subjects spread over the
#      kinds (after 20 unmeasured);
#   3. erasure of one subject with 10 and with 10,000 visits (+ a prospect each) in the same database: every provider's
#      EraseAsync, then the key destruction, REPEATS times with fresh subjects (median), verified afterwards.
# Usage: benchmarks/privacy.sh [subjects] [samples] [repeats]   (defaults 100000 200 3)
# Prints Markdown for docs/BENCHMARKS.md; progress goes to stderr. Exits non-zero when a verification failed.
set -euo pipefail
cd "$(dirname "$0")/.."
subjects="${1:-100000}"; samples="${2:-200}"; repeats="${3:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish benchmarks/Groupus.Privacy.Benchmarks -c Release -o "$work/bench" --nologo -v q >/dev/null
status=0
dotnet "$work/bench/Groupus.Privacy.Benchmarks.dll" --data-dir "$work/data" \
  --subjects "$subjects" --samples "$samples" --repeats "$repeats" || status=$?
echo
echo "(machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) at the end of the run; $(date -u +%F))" >&2
exit "$status"
