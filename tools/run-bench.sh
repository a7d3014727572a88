#!/usr/bin/env bash
# Runs every benchmark program in the bench build and prints its results.
set -euo pipefail
build_dir="$1"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
for b in "$build_dir"/tests/bench/stratos_bench_*; do
  [ -x "$b" ] || continue
  echo "==> $(basename "$b")"
  "$b" --benchmark_counters_tabular=true
done
echo "==> import_bench.sh (whole process vs the sqlite3 shell)"
bash "$(dirname "$0")/../tests/bench/import_bench.sh" "$build_dir/app/stratos"
