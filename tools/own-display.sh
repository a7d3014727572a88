#!/usr/bin/env bash
# Runs a command on an X display of its own: a new Xvfb that picks a free
# display number itself (-displayfd, so two of these started at once never
# take the same number), stopped when the command ends.
#
# ctest runs the tests that move the real pointer or take the keyboard focus
# (QTest::mouseMove on xcb, the random user) this way: on the shared display
# another GUI test running at the same time would move the pointer or take the
# focus from under them, so they used to run alone, leaving the second core
# idle. Usage: tools/own-display.sh COMMAND [ARGS...]; exit status: COMMAND's.
set -u
if ! command -v Xvfb >/dev/null 2>&1; then
  exec "$@" # no Xvfb (not Linux, or a desktop session): the display we have
fi
fd_file=$(mktemp)
trap 'rm -f "$fd_file"' EXIT
# -noreset: see tools/run-tests.sh.
Xvfb -displayfd 3 -screen 0 1920x1200x24 -noreset -nolisten tcp 3>"$fd_file" 2>/dev/null &
xvfb=$!
for _ in $(seq 200); do
  [ -s "$fd_file" ] && break
  kill -0 "$xvfb" 2>/dev/null || break
  sleep 0.05
done
display=$(head -n1 "$fd_file" | tr -dc '0-9')
if [ -z "$display" ]; then
  echo "own-display.sh: Xvfb did not start" >&2
  kill "$xvfb" 2>/dev/null
  exit 1
fi
DISPLAY=":$display" "$@"
rc=$?
kill "$xvfb" 2>/dev/null
wait "$xvfb" 2>/dev/null
exit "$rc"
