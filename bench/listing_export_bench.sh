#!/usr/bin/env bash
# Benchmark of `myoivig export xlsx`, `export csv` and `export fhir` (issue 7) on synthetic
# studies. For each N: `myoivig synth --patients N --seed 1` writes a bundle, `init` creates a
# study for the seed protocol and `load` fills it (untimed); then each export is timed with
# /usr/bin/time (wall time, peak resident memory), each into a fresh file or folder. Prints a
# markdown table: seconds, rows (listings) or entries (FHIR), megabytes written, peak MB.
# (bench/export_bench.sh times the CDISC exports; its table has no room for these columns.)
#
# Usage: bench/listing_export_bench.sh [--myoivig PATH] [--work DIR] [--repeat K] [N ...]
#   PATH  the myoivig binary (default: build/myoivig beside this script's folder)
#   DIR   scratch folder for bundles, databases and exports, outside the repository
#         (default: /tmp/myoivig-listing-bench); its files are removed afterwards
#   K     runs of each timed export; the table shows the fastest (default 3)
#   N     study sizes (default: 10000)
set -euo pipefail

bench_name=listing_export_bench.sh
work="/tmp/myoivig-listing-bench"
repeat=3
sizes=(10000)
help_lines='2,16p'
# shellcheck source=bench/bench_common.sh
source "$(dirname "$0")/bench_common.sh"
bench_options "$@"

# best FORMAT N: the fastest of `repeat` exports, each into a fresh output; sets best_seconds,
# best_mb, count (rows, or FHIR entries, from --json) and written_mb.
clear_out() { rm -rf "$out"; }
best() {
  local format="$1" n="$2"
  case "$format" in
    xlsx) out="$work/listings.xlsx" ;;
    csv) out="$work/listings-csv" ;;
    fhir) out="$work/bundle.json" ;;
  esac
  before_each=clear_out fastest "export $format (N = $n)" \
    "$myoivig" export "$format" --db "$db" --out "$out"
  count=$("$myoivig" export "$format" --db "$db" --out "$out" --json |
    awk -F: '/^  "(rows|entries)": [0-9]+,?$/ { gsub(/[ ,]/, "", $2); total = $2 } END { print total }')
  written_mb=$(du -sm "$out" | cut -f1)
  rm -rf "$out"
}

table=()
for n in "${sizes[@]}"; do
  loaded_study "$n"
  for format in xlsx csv fhir; do
    best "$format" "$n"
    table+=("| $(grouped "$n") | $format | $best_seconds | $(grouped "$count") | $written_mb | $best_mb |")
  done
  remove_study
done
finish_work

echo "myoivig listing/FHIR export benchmark: $(machine)"
echo
echo "| patients | export | s | rows (FHIR: entries) | MB written | peak MB |"
echo "|---:|---|---:|---:|---:|---:|"
printf '%s\n' "${table[@]}"
