#!/usr/bin/env bash
# Benchmark of `myoivig load` and `myoivig analyze` on synthetic studies of growing size
# (issue 3, Performance). For each N: `myoivig synth --patients N --seed 1` writes a bundle,
# `init` creates a study for the seed protocol, then `load`, `check` and
# `analyze --json >/dev/null` are timed with /usr/bin/time (wall time, peak resident
# memory). `check` must find nothing: the synthetic data are clean. Prints a markdown table
# with the cost per 1,000 patients, which stays flat when the cost grows linearly.
#
# Usage: bench/load_analyze.sh [--myoivig PATH] [--work DIR] [--repeat K] [N ...]
#   PATH  the myoivig binary (default: build/myoivig beside this script's folder)
#   DIR   scratch folder for bundles and databases, outside the repository
#         (default: /tmp/myoivig-bench); emptied of its own files first
#   K     runs of each timed command (load: each into a fresh database); the table shows
#         the fastest (default 1)
#   N     study sizes (default: 1000 10000 100000)
# When the binary has no `analyze` command yet, `check` is timed in its place and the
# table says so.
set -euo pipefail

bench_name=load_analyze.sh
work="/tmp/myoivig-bench"
repeat=1
sizes=(1000 10000 100000)
help_lines='2,17p'
# shellcheck source=bench/bench_common.sh
source "$(dirname "$0")/bench_common.sh"
bench_options "$@"

analysis_command=analyze
if ! "$myoivig" analyze --help >/dev/null 2>&1; then
  analysis_command=check
  echo "note: this myoivig has no 'analyze' command; timing 'check' in its place" >&2
fi

# fresh_database: for load each timed run starts from a fresh `init`; the read-only commands
# run on the database the last load made.
fresh_database() {
  rm -f "$db" "$db-wal" "$db-shm"
  "$myoivig" init --protocol "$protocol" --db "$db" >/dev/null
}

per_thousand() {  # seconds per 1,000 patients
  awk -v s="$1" -v n="$2" 'BEGIN { printf "%.3f", s * 1000 / n }'
}

rows=()
for n in "${sizes[@]}"; do
  bundle="$work/bundle-$n"
  db="$work/study-$n.db"
  rm -rf "$bundle" "$bundle.partial"
  timed "synth (N = $n)" "$myoivig" synth --patients "$n" --seed 1 --out "$bundle"
  synth_s="$seconds"
  records=$(awk 'FNR > 1 && FILENAME !~ /manifest\.csv$/ { n++ } END { print n }' "$bundle"/*.csv)
  bundle_mb=$(du -sm "$bundle" | cut -f1)

  before_each=fresh_database fastest "load (N = $n)" "$myoivig" load --db "$db" "$bundle"
  load_s="$best_seconds" load_mb="$best_mb"
  db_mb=$(du -sm "$db" | cut -f1)
  fastest "check (N = $n)" "$myoivig" check --db "$db"
  check_s="$best_seconds" check_mb="$best_mb"
  if [[ "$analysis_command" == analyze ]]; then
    fastest "analyze (N = $n)" "$myoivig" analyze --db "$db" --json
    analyze_s="$best_seconds" analyze_mb="$best_mb"
  else
    analyze_s="$check_s" analyze_mb="$check_mb"
  fi
  rows+=("| $(grouped "$n") | $(grouped "$records") | $bundle_mb | $db_mb | $synth_s |\
 $load_s | $load_mb | $(per_thousand "$load_s" "$n") | $check_s | $check_mb |\
 $analyze_s | $analyze_mb | $(per_thousand "$analyze_s" "$n") |")
  remove_study
done
finish_work

echo "myoivig load + $analysis_command benchmark: $(machine)"
echo
echo "| patients | records | bundle MB | db MB | synth s | load s | load peak MB | load s per 1k |" \
  "check s | check peak MB | $analysis_command s | $analysis_command peak MB |" \
  "$analysis_command s per 1k |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
