#!/usr/bin/env bash
# Benchmark of `myoivig import redcap` (issue 7, Performance: a 100,000-row REDCap records
# file imported in under 5 s). `myoivig synth --patients N --seed 1` writes a synthetic
# study bundle; the REDCap export writer (src/io/redcap/redcap_export.hpp, run through its
# disabled tool test in myoivig_io_tests) turns it into a REDCap project export (data
# dictionary, flat raw records CSV, events, instrument-event mapping, mapping file); then
# `myoivig import redcap` is timed with /usr/bin/time into a fresh database (K runs, each
# into a new database), and once more into the filled database, where every record is
# found stored already and nothing is written. Prints a markdown table.
#
# Usage: bench/import_bench.sh [--myoivig PATH] [--io-tests PATH] [--work DIR]
#                              [--patients N] [--repeat K]
#   PATH      the myoivig binary (default: build/myoivig) and the io test program
#             (default: build/src/io/myoivig_io_tests)
#   DIR       scratch folder outside the repository (default: /tmp/myoivig-import-bench)
#   N         synthetic patients (default 4100: about 100,000 records rows)
#   K         timed imports into a fresh database; the table shows each (default 3)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
myoivig="$root/build/myoivig"
io_tests="$root/build/src/io/myoivig_io_tests"
work="/tmp/myoivig-import-bench"
patients=4100
repeat=3
while (($#)); do
  case "$1" in
    --myoivig) myoivig="$2"; shift 2 ;;
    --io-tests) io_tests="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --patients) patients="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    -h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "import_bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -x "$myoivig" ]] || { echo "import_bench.sh: no myoivig binary at $myoivig" >&2; exit 2; }
[[ -x "$io_tests" ]] || { echo "import_bench.sh: no io test program at $io_tests" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "import_bench.sh: /usr/bin/time is required" >&2; exit 2; }
case "$(realpath -m "$work")/" in
  "$root"/*) echo "import_bench.sh: keep --work outside the repository" >&2; exit 2 ;;
esac
protocol="$root/protocols/seed-ivig.toml"
rm -rf "$work/bundle" "$work/redcap" "$work"/study-*.db
mkdir -p "$work"

"$myoivig" synth --patients "$patients" --seed 1 --out "$work/bundle" >/dev/null
MYOIVIG_EXPORT_BUNDLE="$work/bundle" MYOIVIG_EXPORT_OUT="$work/redcap" \
  MYOIVIG_EXPORT_PROTOCOL="$protocol" \
  "$io_tests" --gtest_also_run_disabled_tests --gtest_filter='RedcapExportTool.*' >/dev/null
redcap="$work/redcap"
rows=$(($(wc -l <"$redcap/records.csv") - 1))  # the header; notes hold no line breaks here
megabytes=$(du -m "$redcap/records.csv" | cut -f1)
import_args=(import redcap --dictionary "$redcap/dictionary.csv" --records "$redcap/records.csv"
             --events "$redcap/events.csv" --form-events "$redcap/form_events.csv"
             --mapping "$redcap/mapping.toml")

# timed DB: runs the import into DB; prints "seconds peak_MB".
timed() {
  local stats
  stats=$( { /usr/bin/time -f "%e %M" "$myoivig" "${import_args[@]}" --db "$1" >/dev/null; } 2>&1 )
  awk '{ printf "%s %d", $1, $2 / 1024 }' <<<"$stats"
}

echo "records file: $rows rows, $megabytes MB, $patients patients ($redcap/records.csv)"
echo
echo "| run | database | wall s | peak MB |"
echo "|---:|---|---:|---:|"
for ((run = 1; run <= repeat; run++)); do
  database="$work/study-$run.db"
  "$myoivig" init --protocol "$protocol" --db "$database" >/dev/null
  read -r seconds peak <<<"$(timed "$database")"
  echo "| $run | fresh (every record new) | $seconds | $peak |"
done
read -r seconds peak <<<"$(timed "$work/study-1.db")"
echo "| again | filled (every record stored already, nothing written) | $seconds | $peak |"
