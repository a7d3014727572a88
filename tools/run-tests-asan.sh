#!/usr/bin/env bash
# `make test-asan`: the whole suite (GUI tests too, under Xvfb) against the
# AddressSanitizer + UBSan build. Any report fails the test that caused it:
# ASan and UBSan abort on the first error, LeakSanitizer fails at exit.
set -uo pipefail
build_dir="${1:-build/asan}"; shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
supp="$here/sanitizers"
# Leaks and reports inside third-party libraries we link but do not build
# (fontconfig, Mesa, Chromium inside QtWebEngine) are listed, one reason each,
# in the suppression files; our code has no entries there.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:halt_on_error=1:detect_stack_use_after_return=0:strict_string_checks=0:check_initialization_order=1:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}"
exec bash "$here/run-tests.sh" "$build_dir" "$@"
