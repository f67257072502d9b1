#!/usr/bin/env bash
# E-mail throughput (issue 14, ADR 0059) to a local SMTP server: the scripted aiosmtpd server the tests use
# (tests/Groupus.IntegrationTests/Communications/scripted_smtp_server.py, Debian python3-aiosmtpd), accepting everything;
# a plain MailKit loop sending MESSAGES messages (the reference) and the delivery worker sending as many queued
# notifications, one SMTP connection per message each, in the same run. CPU per message is the benchmark process's.
# Usage: benchmarks/mail-throughput.sh [messages]   (default 1000). Prints Markdown for docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-1000}"
work="$(mktemp -d)"
smtp_pid=""
trap '[ -n "$smtp_pid" ] && kill "$smtp_pid" 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish benchmarks/Groupus.Mail.Benchmarks -c Release -o "$work/bench" --nologo -v q >/dev/null
/usr/bin/python3 tests/Groupus.IntegrationTests/Communications/scripted_smtp_server.py '{}' /dev/null >"$work/smtp.out" 2>&1 &
smtp_pid=$!
for _ in $(seq 100); do grep -q '^port=' "$work/smtp.out" && break; sleep 0.1; done
port="$(sed -n 's/^port=//p' "$work/smtp.out")"
dotnet "$work/bench/Groupus.Mail.Benchmarks.dll" --data-dir "$work/data" --smtp-port "$port" --messages "$messages"
echo
echo "(machine: $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) at the end of the run; $(date -u +%F))"
