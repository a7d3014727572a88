#!/usr/bin/env bash
# `make test-asan`: the whole suite (GUI tests too, under Xvfb) against the
# AddressSanitizer + UBSan build. ASan and UBSan abort on the first report,
# LeakSanitizer fails a test at exit, so any finding fails the test that
# caused it. Three passes, because two checks cannot run where QtWebEngine
# (Chromium) is loaded, and a process either has them or not:
#   1. everything that does not show a window (labels core, fuzz, packaging):
#      all checks, leaks included;
#   2. widget tests and the real binary under Xvfb (label gui): all checks but
#      new_delete_type_mismatch, which Chromium inside libQt6WebEngineCore trips
#      as soon as a web page exists (the binary's screenshots may load one);
#   3. the web view tests (label web): as 2, without leak detection: Chromium
#      and the Mesa driver are unloaded before LeakSanitizer runs, so their
#      process-lifetime allocations have no symbols to suppress by.
# Third-party leaks that do have symbols are listed in sanitizers/lsan.supp.
set -uo pipefail
build_dir="${1:-build/asan}"; shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
supp="$here/sanitizers"
base="abort_on_error=1:halt_on_error=1:check_initialization_order=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}"
rc=0
run_pass() { # name, ASAN_OPTIONS, ctest label arguments...
  local name="$1" opts="$2"; shift 2
  echo "==> ASan pass: $name (ASAN_OPTIONS=$opts)"
  ASAN_OPTIONS="$opts" bash "$here/run-tests.sh" "$build_dir" "$@" || rc=1
}
run_pass "no window" "$base:detect_leaks=1" -LE '^(gui|web)$' "$@"
run_pass "widgets and the binary" "$base:detect_leaks=1:new_delete_type_mismatch=0" -L '^gui$' "$@"
run_pass "web views" "$base:detect_leaks=0:new_delete_type_mismatch=0" -L '^web$' "$@"
[ "$rc" -eq 0 ] && echo "==> ASan/UBSan: every pass clean" || echo "==> ASan/UBSan: failures above"
exit "$rc"
