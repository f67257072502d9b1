#!/usr/bin/env bash
# Fax codec speed: our T.4/T.6 codec (Groupus.FaxGateway.Imaging) against libtiff's tiffcp, same pages, same run.
# Pages: 4 A4 pages rendered by Ghostscript at 204 x 196 dpi (1728 x 2292) from a generated PostScript file
# (text, rules, boxes, a diagonal), identical on every run.
#   ours:    each page encoded MH / MR (K=4) / MMR and decoded back, REPS times per round, median of ROUNDS rounds.
#   libtiff: tiffcp -c g3 / g3:2d / g4 from an uncompressed TIFF of COPIES x the pages (encode), and
#            tiffcp -c none from each coded TIFF (decode); pages/s = pages / wall seconds (median of ROUNDS runs).
#            tiffcp's figures include reading and writing the files (tmpfs where possible) and one process start.
# Usage: benchmarks/fax-codec.sh [reps] [copies] [rounds]   (defaults 25 50 5)
# Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-25}"; copies="${2:-50}"; rounds="${3:-5}"
base=/dev/shm; [ -w "$base" ] || base=/tmp
work="$(mktemp -d "$base/fax-codec.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for tool in gs tiffcp; do command -v "$tool" >/dev/null || { echo "$tool missing" >&2; exit 1; }; done

dotnet build benchmarks/Groupus.FaxGateway.Benchmarks -c Release --nologo -v q -o "$work/bin" >/dev/null

# --- the fixed pages -------------------------------------------------------------------------------------------------
{
  echo '%!PS'
  for p in 1 2 3 4; do
    cat <<PS
/Times-Roman findfont 11 scalefont setfont
0.8 setlinewidth
40 40 515 762 rectstroke
/Helvetica-Bold findfont 20 scalefont setfont 60 770 moveto (Groupus fax benchmark page $p) show
/Times-Roman findfont 10.5 scalefont setfont
0 1 58 { /i exch def 60 745 i 12 mul sub moveto
  (Line ) show i 10 string cvs show
  ( The quick brown fox jumps over the lazy dog 0123456789 - pack my box with five dozen liquor jugs.) show } for
2 setlinewidth 60 40 moveto 535 $((200 + p * 40)) lineto stroke
0 1 $((p * 3)) { /j exch def 300 j 25 mul add 60 20 80 rectfill } for
showpage
PS
  done
} > "$work/pages.ps"
gs -q -dNOPAUSE -dBATCH -sDEVICE=tiffg4 -r204x196 -sPAPERSIZE=a4 -dFIXEDMEDIA -sOutputFile="$work/pages-g4.tif" "$work/pages.ps"
tiffcp -c none "$work/pages-g4.tif" "$work/pages.tif"
npages=$(tiffinfo "$work/pages.tif" 2>/dev/null | grep -c 'Image Width' || true)

# --- ours -----------------------------------------------------------------------------------------------------------
dotnet "$work/bin/Groupus.FaxGateway.Benchmarks.dll" codec "$work/pages.tif" "$reps" "$rounds" > "$work/ours.txt"

# --- libtiff ----------------------------------------------------------------------------------------------------------
inputs=(); for _ in $(seq "$copies"); do inputs+=("$work/pages.tif"); done
tiffcp -c none "${inputs[@]}" "$work/many-none.tif"
total=$((npages * copies))
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed_rate() { # pages/s of one tiffcp run
  local start end; start=$(date +%s.%N); tiffcp "$@"; end=$(date +%s.%N)
  awk -v n="$total" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f\n", n / (e - s)}'
}
declare -A lt_enc lt_dec
for c in g3 g3:2d g4; do
  name=${c/:/-}
  lt_enc[$c]=$(for _ in $(seq "$rounds"); do timed_rate -c "$c" "$work/many-none.tif" "$work/many-$name.tif"; done | median)
  lt_dec[$c]=$(for _ in $(seq "$rounds"); do timed_rate -c none "$work/many-$name.tif" "$work/back-$name.tif"; done | median)
done

# --- table ------------------------------------------------------------------------------------------------------------
echo
echo "Fax codec, $npages A4 pages 1728 x 2292 (204 x 196 dpi, Ghostscript), ours ${reps}x per round / tiffcp ${copies} copies ($total pages), median of $rounds; $(nproc) cores"
echo
echo "| coding | ours encode pages/s | libtiff encode pages/s | ours decode pages/s | libtiff decode pages/s |"
echo "|---|---:|---:|---:|---:|"
while read -r coding enc dec; do
  case $coding in MH) c=g3;; MR) c=g3:2d;; MMR) c=g4;; esac
  echo "| $coding | $enc | ${lt_enc[$c]} | $dec | ${lt_dec[$c]} |"
done < "$work/ours.txt"
