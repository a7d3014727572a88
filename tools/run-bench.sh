#!/usr/bin/env bash
# Runs every benchmark program in the bench build and prints its results:
# start-up against a bare Qt window, the Google Benchmark programs, then
# imports against the sqlite3 shell. docs/performance.md explains each figure.
set -euo pipefail
build_dir="$1"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "==> stratos_startup_bench (whole process, first paint, vs a bare Qt Widgets window)"
"$build_dir/tests/bench/stratos_startup_bench" "$build_dir/app/stratos" "$build_dir/tests/bench/stratos_floor_window" \
  "${STARTUP_RUNS:-15}"
for b in "$build_dir"/tests/bench/stratos_bench_*; do
  [ -x "$b" ] || continue
  echo "==> $(basename "$b")"
  "$b" --benchmark_counters_tabular=true
done
echo "==> import_bench.sh (whole process vs the sqlite3 shell)"
bash "$(dirname "$0")/../tests/bench/import_bench.sh" "$build_dir/app/stratos"
echo "==> pg_import_bench.sh (a team store on a private PostgreSQL vs psql \\copy)"
bash "$(dirname "$0")/../tests/bench/pg_import_bench.sh" "$build_dir/app/stratos"
