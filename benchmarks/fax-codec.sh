#!/usr/bin/env bash
# Fax codec speed: our T.4/T.6 codec (Groupus.Fax.Imaging) beside the system libtiff (Debian libtiff6) called
# in-process through P/Invoke, same pages, same coded bytes, same run.
# Pages: 4 A4 pages rendered by Ghostscript at 204 x 196 dpi (1728 x 2292) from a generated PostScript file
# (text, rules, boxes, a diagonal), identical on every run.
#   encode: ours FaxPageCodec.Encode into a reused buffer; libtiff TIFFWriteEncodedStrip of the page as one strip
#           (G3 1-D, G3 2-D with libtiff's K = 4 at fine, G4; FillOrder 1), rewriting the strip in place in a tmpfs file.
#   decode: both decode libtiff's strips: ours FaxPageCodec.Decode into the caller's pixel buffer, libtiff
#           TIFFReadEncodedStrip from the mapped tmpfs file into a buffer.
#   Each repetition times ours then libtiff over all pages (order swapped each time) so both see the same load; a round
#   adds REPS repetitions; figures are medians over ROUNDS rounds, the ratio is the median of the per-round ratios.
# Usage: benchmarks/fax-codec.sh [reps] [rounds]   (defaults 20 7)
# Prints the load average before and after and a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-20}"; rounds="${2:-7}"
base=/dev/shm; [ -w "$base" ] || base=/tmp
work="$(mktemp -d "$base/fax-codec.XXXXXX")"
trap 'rm -rf "$work"' EXIT
for tool in gs tiffcp; do command -v "$tool" >/dev/null || { echo "$tool missing (apt-get install ghostscript libtiff-tools)" >&2; exit 1; }; done

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

# --- ours beside libtiff, in one process --------------------------------------------------------------------------
npages=$(tiffinfo "$work/pages.tif" 2>/dev/null | grep -c 'Image Width' || true)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo
echo "Fax codec, $npages A4 pages 1728 x 2292 (204 x 196 dpi, Ghostscript), ${reps} repetitions per round, median of $rounds rounds"
echo
dotnet "$work/bin/Groupus.FaxGateway.Benchmarks.dll" codec "$work/pages.tif" "$reps" "$rounds"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
