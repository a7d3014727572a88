#!/usr/bin/env bash
# Import into a team store (PostgreSQL) against the floor: psql's \copy of the
# same file into a new table of the same seeded database (text columns, no
# validation, no keys), as import_bench.sh does for SQLite with sqlite3 .import.
# Files: the GCAT 1957-2024 launch log (../shared/reference) and a generated
# 1,000,000-row price CSV. A private server (tools/pg-test-server.sh) in a
# temporary folder; each round gets fresh copies of the seeded database
# (CREATE DATABASE ... TEMPLATE) for both programs, run one after the other.
#
#   pg_import_bench.sh STRATOS [SHARED_DIR] [ROUNDS]
set -euo pipefail
stratos="$1"
shared="${2:-$(dirname "$0")/../../../shared}"
rounds="${3:-3}"
src="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d)
server="$work/pg"
chmod a+x "$work" # the server runs as its own user (postgres when we are root)
trap 'bash "$src/tools/pg-test-server.sh" stop "$server" > /dev/null; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
bash "$src/tools/pg-test-server.sh" start "$server" > /dev/null
# No PostgreSQL here (make bench on a machine without it): say so and skip.
[ -f "$server/url" ] || { echo "pg_import_bench.sh skipped: $(cat "$server/unavailable")"; exit 0; }
export PGPASSFILE="$server/pgpass"
base="$(sed 's|/postgres$||' "$server/url")"
admin() { psql -X -q -v ON_ERROR_STOP=1 "$base/postgres" -c "SET client_min_messages = warning" -c "$1" > /dev/null; }

# 1M distinct trading days (28 a month, from year 1000), OHLCV: the same file as import_bench.sh.
awk 'BEGIN { print "Date,Open,High,Low,Close,Volume"; n = 0;
  for (y = 1000; n < 1000000; y++) for (m = 1; m <= 12 && n < 1000000; m++)
    for (d = 1; d <= 28 && n < 1000000; d++) { c = 100 + (n % 997) / 10;
      printf "%04d-%02d-%02d,%.2f,%.2f,%.2f,%.2f,%d\n", y, m, d, c, c + 1, c - 1, c + 0.5, 1000 + n; n++ } }' \
  > "$work/BENCH.csv"

# The seeded store (stratos stats creates and seeds it), the template of every round.
# Its time is the new team store's: migrations, the built-in dataset, the notes.
admin "CREATE DATABASE seeded"
/usr/bin/time -f '%e' -o "$work/seed.time" "$stratos" stats --db "$base/seeded" > /dev/null
printf '%-26s migrations + built-in dataset + notes: %6.0f ms wall\n' "new team store" "$(awk '{ print $1 * 1000 }' "$work/seed.time")"

timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/t" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; return 1; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/t"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

run() {
  local file="$1" delim="$2" keyed="${3:-}" rows cols
  rows=$(( $(wc -l < "$file") - 1 ))
  # One text column per header field: the floor keeps every value as given.
  cols=$(head -1 "$file" | awk -F"$delim" '{ for (i = 1; i <= NF; i++) printf "%sc%d text", (i > 1 ? ", " : ""), i }')
  : > "$work/stratos.times"; : > "$work/psql.times"; : > "$work/keyed.times"
  for ((i = 0; i < rounds; i++)); do
    admin "DROP DATABASE IF EXISTS r WITH (FORCE)"; admin "DROP DATABASE IF EXISTS b WITH (FORCE)"
    admin "CREATE DATABASE r TEMPLATE seeded"; admin "CREATE DATABASE b TEMPLATE seeded"
    timed "$stratos" import "$file" --db "$base/r" >> "$work/stratos.times"
    # CSV mode with a quote character that never occurs: fields are taken
    # verbatim (GCAT has no quoting), as the stratos parser reads them.
    timed psql -X -q -v ON_ERROR_STOP=1 "$base/b" -c "CREATE TABLE bench_import ($cols)" \
      -c "\\copy bench_import FROM '$file' (FORMAT csv, HEADER true, DELIMITER E'$delim', QUOTE E'\\x01')" >> "$work/psql.times"
    # A second reference: the same \copy into typed columns with the table's
    # primary key, what any keyed table costs the server before Stratos does anything.
    [ -z "$keyed" ] || timed psql -X -q -v ON_ERROR_STOP=1 "$base/b" -c "CREATE TABLE bench_keyed ($keyed)" \
      -c "\\copy bench_keyed FROM '$file' (FORMAT csv, HEADER true, DELIMITER E'$delim')" >> "$work/keyed.times"
  done
  local sw sc qw qc
  sw=$(cut -d' ' -f1 "$work/stratos.times" | median); sc=$(cut -d' ' -f2 "$work/stratos.times" | median)
  qw=$(cut -d' ' -f1 "$work/psql.times" | median); qc=$(cut -d' ' -f2 "$work/psql.times" | median)
  awk -v f="$(basename "$file")" -v r="$rows" -v n="$rounds" -v sw="$sw" -v sc="$sc" -v qw="$qw" -v qc="$qc" 'BEGIN {
    printf "%-26s %8d rows, %d rounds, medians: stratos import %6.0f ms wall %6.0f ms cpu | psql \\copy %6.0f ms wall %6.0f ms cpu | ratio wall %.2f (goal <= 2)\n",
      f, r, n, sw * 1000, sc * 1000, qw * 1000, qc * 1000, sw / qw }'
  if [ -n "$keyed" ]; then
    local kw
    kw=$(cut -d' ' -f1 "$work/keyed.times" | median)
    awk -v kw="$kw" -v sw="$sw" 'BEGIN { printf "%-26s psql \\copy into typed columns with the primary key %6.0f ms wall | ratio wall %.2f\n", "", kw * 1000, sw / kw }'
  fi
}

gcat="$shared/reference/gcat/launchlog_1957_2024.tsv"
if [ -f "$gcat" ]; then
  run "$gcat" '\t'
else
  echo "GCAT launch log not found under $shared/reference: skipped" >&2
fi
run "$work/BENCH.csv" ',' "day text PRIMARY KEY, open double precision, high double precision, low double precision, close double precision, volume bigint"
