# Shared by the timing scripts in bench/ (sourced, never run on its own): the common
# options, their checks, timing with /usr/bin/time, the best of K runs, a synthetic study
# to time against and the machine line of the result.
#
# Before sourcing, the script sets `bench_name` (for messages), `work` (default scratch
# folder), `repeat` (default runs), `sizes` (default study sizes, an array) and
# `help_lines` (the sed range of its header comment that --help prints).
# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with the sourcing script

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
myoivig="$root/build/myoivig"
protocol="$root/protocols/seed-ivig.toml"

fail_usage() {
  echo "$bench_name: $*" >&2
  exit 2
}

# bench_options "$@": --myoivig PATH, --work DIR, --repeat K and sizes N ...; checks the
# binary, /usr/bin/time and that the scratch folder is outside the repository, then makes it.
bench_options() {
  local given=()
  while (($#)); do
    case "$1" in
      --myoivig) myoivig="$2"; shift 2 ;;
      --work) work="$2"; shift 2 ;;
      --repeat) repeat="$2"; shift 2 ;;
      -h | --help) sed -n "$help_lines" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
      -*) fail_usage "unknown option $1" ;;
      *) given+=("$1"); shift ;;
    esac
  done
  ((${#given[@]})) && sizes=("${given[@]}")
  [[ -x "$myoivig" ]] || fail_usage "no myoivig binary at $myoivig"
  [[ -x /usr/bin/time ]] || fail_usage "/usr/bin/time is required (apt-get install time)"
  case "$(realpath -m "$work")/" in
    "$root"/*) fail_usage "keep --work outside the repository" ;;
  esac
  mkdir -p "$work"
}

# timed LABEL COMMAND...: runs COMMAND with stdout discarded; sets `seconds` and `peak_mb`
# and fails the benchmark when the command fails.
timed() {
  local label="$1"; shift
  local stats="$work/time.txt"
  if ! /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>"$work/stderr.txt"; then
    echo "$bench_name: $label failed:" >&2
    cat "$work/stderr.txt" >&2
    exit 1
  fi
  read -r seconds kilobytes <"$stats"
  peak_mb=$(awk -v kb="$kilobytes" 'BEGIN { printf "%.0f", kb / 1024 }')
}

# fastest LABEL COMMAND...: the fastest of `repeat` timed runs, each after the function named
# by `before_each` when it is set; sets `best_seconds` and `best_mb`.
fastest() {
  local label="$1"; shift
  best_seconds="" best_mb=""
  for ((run = 1; run <= repeat; run++)); do
    [[ -n "${before_each:-}" ]] && "$before_each"
    timed "$label" "$@"
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

# loaded_study N: a synthetic seed-protocol study of N patients (`synth --seed 1`, `init`,
# `load`, untimed); sets `bundle` and `db`. remove_study deletes both.
loaded_study() {
  bundle="$work/bundle-$1"
  db="$work/study-$1.db"
  remove_study
  rm -rf "$bundle.partial"
  "$myoivig" synth --patients "$1" --seed 1 --out "$bundle" >/dev/null
  "$myoivig" init --protocol "$protocol" --db "$db" >/dev/null
  "$myoivig" load --db "$db" "$bundle" >/dev/null
}
remove_study() { rm -rf "$bundle" "$db" "$db-wal" "$db-shm"; }

# The line under a result table's title: date, cores, CPU model, runs.
machine() {
  echo "$(date -u +%Y-%m-%d), $(nproc) cores," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), best of $repeat run(s)"
}

# Removes the timing scratch files, and the scratch folder when it is left empty.
finish_work() {
  rm -f "$work/time.txt" "$work/stderr.txt"
  rmdir "$work" 2>/dev/null || true
}
