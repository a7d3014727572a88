#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz, build/fuzz) and runs each for
# FUZZ_SECONDS (default 60). Usage, from the top folder:
#   make fuzz [FUZZ_SECONDS=N] [FUZZ_TARGETS="fuzz_gcat fuzz_ll2"]
#   tools/run-fuzz.sh [SECONDS] [TARGET...]
# Each target works on build/fuzz/corpus-work/<target> (seeded from
# tests/fuzz/corpus/<target> and tests/data/fuzz-regressions/<target>, so the
# committed seeds stay as they are); crashes, timeouts and out-of-memory inputs
# go to build/fuzz/findings/<target>/. Exits 1 when any target found something.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-${FUZZ_SECONDS:-60}}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ] && [ -n "${FUZZ_TARGETS:-}" ]; then
  read -r -a targets <<< "$FUZZ_TARGETS"
fi
if [ ${#targets[@]} -eq 0 ]; then
  for f in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi
build=build/fuzz
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

bash tools/install-deps.sh --fuzz || exit 1
if [ ! -f "$build/build.ninja" ]; then
  echo "==> Configuring (fuzz)"
  cmake --preset fuzz || exit 1
fi
echo "==> Building ${targets[*]}"
cmake --build "$build" --parallel "$jobs" --target "${targets[@]}" || exit 1

failed=()
printf '%-22s %12s %8s  %s\n' target executions cov result
for t in "${targets[@]}"; do
  work="$build/corpus-work/$t"
  findings="$build/findings/$t"
  log="$build/logs/$t.log"
  mkdir -p "$work" "$findings" "$build/logs"
  for src in "tests/fuzz/corpus/$t" "tests/data/fuzz-regressions/$t"; do
    [ -d "$src" ] && cp -n "$src"/* "$work"/ 2>/dev/null
  done
  before=$(find "$findings" -type f | wc -l)
  "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" -print_final_stats=1 "$work" > "$log" 2>&1
  rc=$?
  after=$(find "$findings" -type f | wc -l)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
    result="FOUND $((after - before)) (exit $rc): see $findings/ and $log"
    failed+=("$t")
  else
    result="nothing found"
  fi
  printf '%-22s %12s %8s  %s\n' "$t" "${execs:-?}" "${cov:-?}" "$result"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "==> Findings in: ${failed[*]} (docs/fuzzing.md: turning a finding into a regression)"
  exit 1
fi
echo "==> No findings"
