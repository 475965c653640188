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

root="$(cd "$(dirname "$0")/.." && pwd)"
myoivig="$root/build/myoivig"
work="/tmp/myoivig-listing-bench"
repeat=3
sizes=()
while (($#)); do
  case "$1" in
    --myoivig) myoivig="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "listing_export_bench.sh: unknown option $1" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(10000)
protocol="$root/protocols/seed-ivig.toml"
[[ -x "$myoivig" ]] || { echo "listing_export_bench.sh: no myoivig binary at $myoivig" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "listing_export_bench.sh: /usr/bin/time is required (apt-get install time)" >&2; exit 2; }
case "$(realpath -m "$work")/" in
  "$root"/*) echo "listing_export_bench.sh: keep --work outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$work"

# timed LABEL COMMAND...: runs COMMAND with stdout discarded; sets `seconds` and `peak_mb`
# and fails the benchmark when the command fails.
timed() {
  local label="$1"; shift
  local stats="$work/time.txt"
  if ! /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>"$work/stderr.txt"; then
    echo "listing_export_bench.sh: $label failed:" >&2
    cat "$work/stderr.txt" >&2
    exit 1
  fi
  read -r seconds kilobytes <"$stats"
  peak_mb=$(awk -v kb="$kilobytes" 'BEGIN { printf "%.0f", kb / 1024 }')
}

# best FORMAT N: the fastest of `repeat` exports, each into a fresh output; sets best_seconds,
# best_mb, count (rows, or FHIR entries, from --json) and written_mb.
best() {
  local format="$1" n="$2" out
  case "$format" in
    xlsx) out="$work/listings.xlsx" ;;
    csv) out="$work/listings-csv" ;;
    fhir) out="$work/bundle.json" ;;
  esac
  best_seconds="" best_mb=""
  for ((run = 1; run <= repeat; run++)); do
    rm -rf "$out"
    timed "export $format (N = $n)" "$myoivig" export "$format" --db "$db" --out "$out"
    if [[ -z "$best_seconds" ]] || awk -v a="$seconds" -v b="$best_seconds" 'BEGIN { exit !(a < b) }'; then
      best_seconds="$seconds" best_mb="$peak_mb"
    fi
  done
  count=$("$myoivig" export "$format" --db "$db" --out "$out" --json |
    awk -F: '/^  "(rows|entries)": [0-9]+,?$/ { gsub(/[ ,]/, "", $2); total = $2 } END { print total }')
  written_mb=$(du -sm "$out" | cut -f1)
  rm -rf "$out"
}

grouped() {  # 10000 -> 10,000
  local digits="$1" text=""
  while ((${#digits} > 3)); do
    text=",${digits: -3}$text"
    digits="${digits:0:${#digits}-3}"
  done
  echo "$digits$text"
}

table=()
for n in "${sizes[@]}"; do
  bundle="$work/bundle-$n"
  db="$work/study-$n.db"
  rm -rf "$bundle" "$bundle.partial" "$db" "$db-wal" "$db-shm"
  "$myoivig" synth --patients "$n" --seed 1 --out "$bundle" >/dev/null
  "$myoivig" init --protocol "$protocol" --db "$db" >/dev/null
  "$myoivig" load --db "$db" "$bundle" >/dev/null
  for format in xlsx csv fhir; do
    best "$format" "$n"
    table+=("| $(grouped "$n") | $format | $best_seconds | $(grouped "$count") | $written_mb | $best_mb |")
  done
  rm -rf "$bundle" "$db" "$db-wal" "$db-shm"
done
rm -f "$work/time.txt" "$work/stderr.txt"
rmdir "$work" 2>/dev/null || true

echo "myoivig listing/FHIR export benchmark: $(date -u +%Y-%m-%d), $(nproc) cores," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), best of $repeat run(s)"
echo
echo "| patients | export | s | rows (FHIR: entries) | MB written | peak MB |"
echo "|---:|---|---:|---:|---:|---:|"
printf '%s\n' "${table[@]}"
