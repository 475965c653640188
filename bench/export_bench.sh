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

root="$(cd "$(dirname "$0")/.." && pwd)"
myoivig="$root/build/myoivig"
work="/tmp/myoivig-export-bench"
repeat=3
sizes=()
while (($#)); do
  case "$1" in
    --myoivig) myoivig="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "export_bench.sh: unknown option $1" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(10000)
protocol="$root/protocols/seed-ivig.toml"
[[ -x "$myoivig" ]] || { echo "export_bench.sh: no myoivig binary at $myoivig" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "export_bench.sh: /usr/bin/time is required (apt-get install time)" >&2; exit 2; }
case "$(realpath -m "$work")/" in
  "$root"/*) echo "export_bench.sh: keep --work outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$work"

# timed LABEL COMMAND...: runs COMMAND with stdout discarded; sets `seconds` and `peak_mb`
# and fails the benchmark when the command fails.
timed() {
  local label="$1"; shift
  local stats="$work/time.txt"
  if ! /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>"$work/stderr.txt"; then
    echo "export_bench.sh: $label failed:" >&2
    cat "$work/stderr.txt" >&2
    exit 1
  fi
  read -r seconds kilobytes <"$stats"
  peak_mb=$(awk -v kb="$kilobytes" 'BEGIN { printf "%.0f", kb / 1024 }')
}

# best STANDARD N: the fastest of `repeat` exports, each into a fresh folder; sets
# best_seconds, best_mb, rows (from --json) and written_mb.
best() {
  local standard="$1" n="$2" out="$work/export-$1"
  best_seconds="" best_mb=""
  for ((run = 1; run <= repeat; run++)); do
    rm -rf "$out"
    timed "export $standard (N = $n)" "$myoivig" export "$standard" --db "$db" --out "$out"
    if [[ -z "$best_seconds" ]] || awk -v a="$seconds" -v b="$best_seconds" 'BEGIN { exit !(a < b) }'; then
      best_seconds="$seconds" best_mb="$peak_mb"
    fi
  done
  rows=$("$myoivig" export "$standard" --db "$db" --out "$out" --json |
    awk -F: '/"rows": [0-9]+$/ { gsub(/[ ,]/, "", $2); total = $2 } END { print total }')
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
  best sdtm "$n"
  sdtm_s="$best_seconds" sdtm_mb="$best_mb" sdtm_rows="$rows" sdtm_out="$written_mb"
  best adam "$n"
  adam_s="$best_seconds" adam_mb="$best_mb" adam_rows="$rows" adam_out="$written_mb"
  total=$(awk -v a="$sdtm_s" -v b="$adam_s" 'BEGIN { printf "%.2f", a + b }')
  table+=("| $(grouped "$n") | $sdtm_s | $(grouped "$sdtm_rows") | $sdtm_out | $sdtm_mb |\
 $adam_s | $(grouped "$adam_rows") | $adam_out | $adam_mb | $total |")
  rm -rf "$bundle" "$db" "$db-wal" "$db-shm"
done
rm -f "$work/time.txt" "$work/stderr.txt"
rmdir "$work" 2>/dev/null || true

echo "myoivig export benchmark: $(date -u +%Y-%m-%d), $(nproc) cores," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), best of $repeat run(s)"
echo
echo "| patients | sdtm s | SDTM rows | SDTM MB | sdtm peak MB | adam s | ADaM rows | ADaM MB |" \
  "adam peak MB | total s |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${table[@]}"
