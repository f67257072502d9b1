#!/usr/bin/env bash
# Runs the Groupus server (gRPC on 127.0.0.1:5080, SQLite in ./data). First installs the Debian packages it needs to
# render fax documents: ghostscript, fonts-dejavu-core and libfontconfig1 (for SkiaSharp). Extra arguments go to the
# server, e.g. ./run.sh --Groupus:DataDirectory=/var/lib/groupus
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-debian-packages.sh ghostscript fonts-dejavu-core libfontconfig1
exec dotnet run --project src/Api -- "$@"
