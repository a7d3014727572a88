#!/usr/bin/env bash
# Whole-process import timing against the floor: the sqlite3 shell's .import of
# the same file into a new table of the same seeded store (no validation, no
# keys). Files: the GCAT 1957-2024 launch log (../shared/reference) and a
# generated 1,000,000-row price CSV. Each round copies the seeded store afresh
# for both programs and runs them one after the other (alternating, so both
# see the same machine load); medians of wall and CPU time and their ratios.
#
#   import_bench.sh STRATOS [SHARED_DIR] [ROUNDS]
set -euo pipefail
stratos="$1"
shared="${2:-$(dirname "$0")/../../../shared}"
rounds="${3:-5}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"

# 1M distinct trading days (28 a month, from year 1000), OHLCV.
awk 'BEGIN { print "Date,Open,High,Low,Close,Volume"; n = 0;
  for (y = 1000; n < 1000000; y++) for (m = 1; m <= 12 && n < 1000000; m++)
    for (d = 1; d <= 28 && n < 1000000; d++) { c = 100 + (n % 997) / 10;
      printf "%04d-%02d-%02d,%.2f,%.2f,%.2f,%.2f,%d\n", y, m, d, c, c + 1, c - 1, c + 0.5, 1000 + n; n++ } }' \
  > "$work/BENCH.csv"

# The seeded store (stratos stats creates it). Each round copies it and opens
# the copy once untimed, so the timed import meets a store the app last closed
# cleanly (its full quick_check already done, as on a user's machine).
"$stratos" stats --db "$work/seeded.sqlite" > /dev/null

# "wall cpu" in seconds of one command, its output discarded.
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/t" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; return 1; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/t"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

run() {
  local file="$1" mode="$2" rows
  rows=$(( $(wc -l < "$file") - 1 ))
  : > "$work/stratos.times"; : > "$work/sqlite.times"
  for ((i = 0; i < rounds; i++)); do
    rm -f "$work"/s.sqlite* "$work"/bare.sqlite*
    cp "$work/seeded.sqlite" "$work/s.sqlite"; "$stratos" stats --db "$work/s.sqlite" > /dev/null
    cp "$work/seeded.sqlite" "$work/bare.sqlite"
    timed "$stratos" import "$file" --db "$work/s.sqlite" >> "$work/stratos.times"
    timed sqlite3 "$work/bare.sqlite" "$mode" ".import '$file' bench_import" >> "$work/sqlite.times"
  done
  local sw sc qw qc
  sw=$(cut -d' ' -f1 "$work/stratos.times" | median); sc=$(cut -d' ' -f2 "$work/stratos.times" | median)
  qw=$(cut -d' ' -f1 "$work/sqlite.times" | median); qc=$(cut -d' ' -f2 "$work/sqlite.times" | median)
  awk -v f="$(basename "$file")" -v r="$rows" -v n="$rounds" -v sw="$sw" -v sc="$sc" -v qw="$qw" -v qc="$qc" 'BEGIN {
    printf "%-26s %8d rows, %d rounds, medians: stratos import %6.0f ms wall %6.0f ms cpu | sqlite3 .import %6.0f ms wall %6.0f ms cpu | ratio wall %.2f cpu %.2f (goal <= 2)\n",
      f, r, n, sw * 1000, sc * 1000, qw * 1000, qc * 1000, sw / qw, sc / qc }'
}

gcat="$shared/reference/gcat/launchlog_1957_2024.tsv"
if [ -f "$gcat" ]; then
  run "$gcat" ".mode tabs"
else
  echo "launchlog_1957_2024.tsv: not in $shared/reference/gcat, skipped"
fi
run "$work/BENCH.csv" ".mode csv"
