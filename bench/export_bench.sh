#!/usr/bin/env bash
# Benchmark of `myoivig export sdtm` and `myoivig export adam` (issue 7, Performance: a
# 10,000-patient synthetic study to SDTM and ADaM XPT in under 10 s in total). For each N:
# `myoivig synth --patients N --seed 1` writes a bundle, `init` creates a study for the seed
# protocol and `load` fills it (untimed), then `export sdtm --format xpt` and
# `export adam --format xpt` are timed with /usr/bin/time (wall time, peak resident memory),
# each into a fresh folder. Prints a markdown table with the rows and megabytes written.
#
# Usage: bench/export_bench.sh [--myoivig PATH] [--work DIR] [--repeat K] [N ...]
#   PATH  the myoivig binary (default: build/myoivig beside this script's folder)
#   DIR   scratch folder for bundles, databases and exports, outside the repository
#         (default: /tmp/myoivig-export-bench); its files are removed afterwards
#   K     runs of each timed export; the table shows the fastest (default 3)
#   N     study sizes (default: 10000)
set -euo pipefail

bench_name=export_bench.sh
work="/tmp/myoivig-export-bench"
repeat=3
sizes=(10000)
help_lines='2,15p'
# shellcheck source=bench/bench_common.sh
source "$(dirname "$0")/bench_common.sh"
bench_options "$@"

# best STANDARD N: the fastest of `repeat` exports, each into a fresh folder; sets
# best_seconds, best_mb, rows (from --json) and written_mb.
clear_out() { rm -rf "$out"; }
best() {
  local standard="$1" n="$2"
  out="$work/export-$1"
  before_each=clear_out fastest "export $standard (N = $n)" \
    "$myoivig" export "$standard" --db "$db" --out "$out"
  rows=$("$myoivig" export "$standard" --db "$db" --out "$out" --json |
    awk -F: '/"rows": [0-9]+$/ { gsub(/[ ,]/, "", $2); total = $2 } END { print total }')
  written_mb=$(du -sm "$out" | cut -f1)
  rm -rf "$out"
}

table=()
for n in "${sizes[@]}"; do
  loaded_study "$n"
  best sdtm "$n"
  sdtm_s="$best_seconds" sdtm_mb="$best_mb" sdtm_rows="$rows" sdtm_out="$written_mb"
  best adam "$n"
  adam_s="$best_seconds" adam_mb="$best_mb" adam_rows="$rows" adam_out="$written_mb"
  total=$(awk -v a="$sdtm_s" -v b="$adam_s" 'BEGIN { printf "%.2f", a + b }')
  table+=("| $(grouped "$n") | $sdtm_s | $(grouped "$sdtm_rows") | $sdtm_out | $sdtm_mb |\
 $adam_s | $(grouped "$adam_rows") | $adam_out | $adam_mb | $total |")
  remove_study
done
finish_work

echo "myoivig export benchmark: $(machine)"
echo
echo "| patients | sdtm s | SDTM rows | SDTM MB | sdtm peak MB | adam s | ADaM rows | ADaM MB |" \
  "adam peak MB | total s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${table[@]}"
