#!/usr/bin/env bash
# Whole-process import timing against the sqlite3 shell's .import of the same
# file into a bare table (no validation, no keys): a 1,000,000-row price CSV
# and a ~70,000-row GCAT launch log. Prints times and the ratio.
set -euo pipefail
stratos="$1"
shared="${2:-$(dirname "$0")/../../../shared}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1M distinct trading days (28 a month, from year 1000), OHLCV.
awk 'BEGIN { print "Date,Open,High,Low,Close,Volume"; n = 0;
  for (y = 1000; n < 1000000; y++) for (m = 1; m <= 12 && n < 1000000; m++)
    for (d = 1; d <= 28 && n < 1000000; d++) { c = 100 + (n % 997) / 10;
      printf "%04d-%02d-%02d,%.2f,%.2f,%.2f,%.2f,%d\n", y, m, d, c, c + 1, c - 1, c + 0.5, 1000 + n; n++ } }' \
  > "$work/BENCH.csv"

gcat="$shared/reference/gcat/launchlog_1957_2024.tsv"
if [ -f "$gcat" ]; then
  # Three copies of the log with distinct tags and object ids: about 70,000 rows.
  { head -1 "$gcat"; for k in 1 2 3; do
      tail -n +2 "$gcat" | grep -v '^#' | awk -F'\t' -v OFS='\t' -v k="$k" '{ $1 = $1 "-" k; $7 = $7 "-" k; print }'
    done; } > "$work/launchlog_bench.tsv"
fi

ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

run() {
  local file="$1" mode="$2" rows
  rows=$(( $(wc -l < "$file") - 1 ))
  "$stratos" stats --db "$work/s.sqlite" > /dev/null   # store and seed exist before timing
  local t_stratos t_sqlite
  t_stratos=$(ms "$stratos" import "$file" --db "$work/s.sqlite")
  t_sqlite=$(ms sqlite3 "$work/bare.sqlite" "$mode" ".import $file bare")
  awk -v f="$(basename "$file")" -v r="$rows" -v a="$t_stratos" -v b="$t_sqlite" 'BEGIN {
    printf "%-22s %9d rows  stratos import %6d ms  sqlite3 .import %6d ms  ratio %.2f\n", f, r, a, b, a / b }'
  rm -f "$work"/s.sqlite* "$work"/bare.sqlite*
}

run "$work/BENCH.csv" ".mode csv"
[ -f "$work/launchlog_bench.tsv" ] && run "$work/launchlog_bench.tsv" ".mode tabs"
