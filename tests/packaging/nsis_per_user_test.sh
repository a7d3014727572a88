#!/usr/bin/env bash
# The Windows installer's per-user set-up, checked on Linux: makensis (Debian's
# nsis package) compiles an installer from packaging/windows/nsis_per_user.cmake's
# template for a one-file project, and the result must ask Windows for no
# elevation (manifest "asInvoker") and install under %LOCALAPPDATA%\Programs.
# Usage: nsis_per_user_test.sh SOURCE_DIR CMAKE CPACK
# Exit: 0 pass, 1 fail, 77 skipped (the reason is printed).
set -uo pipefail
src=$1 cmake=${2:-cmake} cpack=${3:-cpack}

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

command -v makensis >/dev/null 2>&1 || skip "makensis is not installed (Debian: apt-get install nsis)"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stratos-nsis-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/project"
cat > "$tmp/project/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.21)
project(NsisPerUser VERSION 1.0.0 LANGUAGES NONE)
file(WRITE \${CMAKE_BINARY_DIR}/stratos.exe "placeholder")
install(PROGRAMS \${CMAKE_BINARY_DIR}/stratos.exe DESTINATION bin)
set(CPACK_PACKAGE_NAME stratos)
set(CPACK_PACKAGE_VENDOR "The Stratos authors")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Stratos)
set(CPACK_PACKAGE_EXECUTABLES stratos Stratos)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN stratos.exe)
set(CPACK_GENERATOR NSIS)
include("$src/packaging/windows/nsis_per_user.cmake")
include(CPack)
CMAKE
"$cmake" -S "$tmp/project" -B "$tmp/build" >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log"; fail "configure"; }
(cd "$tmp/build" && "$cpack" -G NSIS >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; fail "cpack -G NSIS"; }
installer=$(ls "$tmp"/build/stratos-1.0.0-*.exe 2>/dev/null | head -1)
[ -n "$installer" ] || fail "no installer was made"
nsi=$(ls "$tmp"/build/_CPack_Packages/*/NSIS/project.nsi)
grep -q 'requestedExecutionLevel level="asInvoker"' <(strings "$installer") \
  || fail "the installer's manifest does not say asInvoker: Windows would ask for elevation"
grep -q 'RequestExecutionLevel user' "$nsi" || fail "RequestExecutionLevel is not user"
grep -q 'SetShellVarContext all' "$nsi" && fail "an all-users context is still set somewhere"
grep -q 'InstallDir "\$LOCALAPPDATA\\Programs\\Stratos"' "$nsi" || fail "InstallDir is not %LOCALAPPDATA%\\Programs\\Stratos"
grep -q 'ReadRegStr \$0 HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall' "$nsi" \
  && fail "a previous install is looked up in HKLM only"
echo "ok: per-user NSIS installer (asInvoker, %LOCALAPPDATA%\\Programs\\Stratos, HKCU)"
