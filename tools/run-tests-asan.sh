#!/usr/bin/env bash
# `make test-asan`: the whole suite (GUI tests too, under Xvfb) against the
# AddressSanitizer + UBSan build. ASan and UBSan abort on the first report,
# LeakSanitizer fails a test at exit, so any finding fails the test that
# caused it. Every executable of the preset keeps libraries loaded until it
# ends (sanitizers/keep_libraries_loaded.cpp), so leaks are reported with a
# stack. Three passes, because two checks cannot run where QtWebEngine
# (Chromium) is loaded, and a process either has them or not:
#   1. tests that show no window (labels core, fuzz, packaging): all checks;
#   2. widget tests and the real binary (label gui), except its screenshots,
#      which may load a web page: all checks, leaks included;
#   3. web view tests (label web) and the binary's screenshots: no
#      new_delete_type_mismatch check, which Chromium inside libQt6WebEngineCore
#      trips as soon as a page exists, and no leak detection, for Chromium's
#      process-lifetime allocations.
# Third-party leaks are listed, with reasons, in sanitizers/lsan.supp.
set -uo pipefail
build_dir="${1:-build/asan}"; shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
supp="$here/sanitizers"
base="abort_on_error=1:halt_on_error=1:check_initialization_order=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}"
rc=0
run_pass() { # name, ASAN_OPTIONS, ctest arguments...
  local name="$1" opts="$2"; shift 2
  echo "==> ASan pass: $name (ASAN_OPTIONS=$opts)"
  ASAN_OPTIONS="$opts" bash "$here/run-tests.sh" "$build_dir" "$@" || rc=1
}
run_pass "no window" "$base:detect_leaks=1" -LE '^(gui|web)$' "$@"
run_pass "widgets and the binary" "$base:detect_leaks=1" -L '^gui$' -E 'Screenshot' "$@"
run_pass "web views" "$base:detect_leaks=0:new_delete_type_mismatch=0" -L '^web$' "$@"
run_pass "screenshots of the binary" "$base:detect_leaks=0:new_delete_type_mismatch=0" -L '^gui$' -R 'Screenshot' "$@"
[ "$rc" -eq 0 ] && echo "==> ASan/UBSan: every pass clean" || echo "==> ASan/UBSan: failures above"
exit "$rc"
