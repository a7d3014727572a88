#!/usr/bin/env bash
# Runs every test with ctest; GUI and end-to-end tests need a display, so the
# whole run goes under xvfb-run when there is none.
set -uo pipefail
build_dir="$1"; shift || true
export QTWEBENGINE_DISABLE_SANDBOX="${QTWEBENGINE_DISABLE_SANDBOX:-1}"
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
jobs=$(nproc 2>/dev/null || echo 2)
cmd=(ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 600 "$@")
if [ -z "${DISPLAY:-}" ] && [ "$(uname -s)" = "Linux" ]; then
  # -noreset: by default Xvfb resets itself whenever its last client leaves, and
  # a test that connects during that reset is refused ("could not connect to
  # display"). Between two GUI tests that moment comes often; CI met it once.
  cmd=(xvfb-run -a -s "-screen 0 1920x1200x24 -noreset" "${cmd[@]}")
fi
log=$(mktemp)
"${cmd[@]}" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
echo
grep -E "tests passed|tests failed" "$log" | tail -1
# Skips are counted and named with their reasons: a test that cannot run here
# (no reference data, not this OS, no permission) must say so, never pass silently.
skipped=$(grep -cE "^[[:space:]]*[0-9]+ - .* \(Skipped\)$" "$log" || true)
echo "$skipped tests skipped"
if [ "$skipped" -gt 0 ] && [ -f "$build_dir/Testing/Temporary/LastTest.log" ]; then
  # GoogleTest prints "file:line: Skipped" and the reason on the next line.
  awk '/^[0-9]+\/[0-9]+ Test: /{name=$3} prev ~ /: Skipped$/{print "  " name ": " $0} {prev=$0}' \
    "$build_dir/Testing/Temporary/LastTest.log" | sort -u
fi
rm -f "$log"
exit "$rc"
