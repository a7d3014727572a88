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
  cmd=(xvfb-run -a -s "-screen 0 1920x1200x24" "${cmd[@]}")
fi
log=$(mktemp)
"${cmd[@]}" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
echo
grep -E "tests passed|tests failed" "$log" | tail -1
rm -f "$log"
exit "$rc"
