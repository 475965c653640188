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

root="$(cd "$(dirname "$0")/.." && pwd)"
myoivig="$root/build/myoivig"
work="/tmp/myoivig-bench"
repeat=1
sizes=()
while (($#)); do
  case "$1" in
    --myoivig) myoivig="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "load_analyze.sh: unknown option $1" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(1000 10000 100000)
protocol="$root/protocols/seed-ivig.toml"
[[ -x "$myoivig" ]] || { echo "load_analyze.sh: no myoivig binary at $myoivig" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "load_analyze.sh: /usr/bin/time is required (apt-get install time)" >&2; exit 2; }
case "$(realpath -m "$work")/" in
  "$root"/*) echo "load_analyze.sh: keep --work outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$work"

analysis_command=analyze
if ! "$myoivig" analyze --help >/dev/null 2>&1; then
  analysis_command=check
  echo "note: this myoivig has no 'analyze' command; timing 'check' in its place" >&2
fi

# timed LABEL COMMAND...: runs COMMAND with stdout discarded; sets `seconds` and
# `peak_mb` and fails the benchmark when the command fails (exit 1 from check counts).
timed() {
  local label="$1"; shift
  local stats="$work/time.txt"
  if ! /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>"$work/stderr.txt"; then
    echo "load_analyze.sh: $label failed:" >&2
    cat "$work/stderr.txt" >&2
    exit 1
  fi
  read -r seconds kilobytes <"$stats"
  peak_mb=$(awk -v kb="$kilobytes" 'BEGIN { printf "%.0f", kb / 1024 }')
}

# best LABEL N COMMAND...: the fastest of `repeat` runs; for load each run starts from a
# fresh `init`, the read-only commands run on the database the last load made. Sets
# best_seconds and best_mb.
best() {
  local label="$1" n="$2"; shift 2
  best_seconds="" best_mb=""
  for ((run = 1; run <= repeat; run++)); do
    if [[ "$label" == load ]]; then
      rm -f "$db" "$db-wal" "$db-shm"
      "$myoivig" init --protocol "$protocol" --db "$db" >/dev/null
    fi
    timed "$label (N = $n)" "$@"
    if [[ -z "$best_seconds" ]] || awk -v a="$seconds" -v b="$best_seconds" 'BEGIN { exit !(a < b) }'; then
      best_seconds="$seconds" best_mb="$peak_mb"
    fi
  done
}

grouped() {  # 100000 -> 100,000
  local digits="$1" text=""
  while ((${#digits} > 3)); do
    text=",${digits: -3}$text"
    digits="${digits:0:${#digits}-3}"
  done
  echo "$digits$text"
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

  best load "$n" "$myoivig" load --db "$db" "$bundle"
  load_s="$best_seconds" load_mb="$best_mb"
  db_mb=$(du -sm "$db" | cut -f1)
  best check "$n" "$myoivig" check --db "$db"
  check_s="$best_seconds" check_mb="$best_mb"
  if [[ "$analysis_command" == analyze ]]; then
    best analyze "$n" "$myoivig" analyze --db "$db" --json
    analyze_s="$best_seconds" analyze_mb="$best_mb"
  else
    analyze_s="$check_s" analyze_mb="$check_mb"
  fi
  rows+=("| $(grouped "$n") | $(grouped "$records") | $bundle_mb | $db_mb | $synth_s |\
 $load_s | $load_mb | $(per_thousand "$load_s" "$n") | $check_s | $check_mb |\
 $analyze_s | $analyze_mb | $(per_thousand "$analyze_s" "$n") |")
  rm -rf "$bundle" "$db" "$db-wal" "$db-shm"
done
rm -f "$work/time.txt" "$work/stderr.txt"

echo "myoivig load + $analysis_command benchmark: $(date -u +%Y-%m-%d), $(nproc) cores," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), best of $repeat run(s)"
echo
echo "| patients | records | bundle MB | db MB | synth s | load s | load peak MB | load s per 1k |" \
  "check s | check peak MB | $analysis_command s | $analysis_command peak MB |" \
  "$analysis_command s per 1k |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
