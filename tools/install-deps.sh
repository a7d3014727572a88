#!/usr/bin/env bash
# Installs what a fresh machine lacks to build and test Stratos, and says what.
# --fuzz: only what `make fuzz` needs (clang with libFuzzer, Qt Core, CMake).
# --libcxx: only what the libc++ check needs (clang and LLVM's libc++; `make test-libcxx`).
set -euo pipefail
fuzz=false
libcxx=false
[ "${1:-}" = "--fuzz" ] && fuzz=true
[ "${1:-}" = "--libcxx" ] && libcxx=true

case "$(uname -s)" in
  Darwin)
    need=()
    for f in qt cmake ninja googletest google-benchmark librsvg; do
      brew list --versions "$f" >/dev/null 2>&1 || need+=("$f")
    done
    if [ ${#need[@]} -gt 0 ]; then
      echo "==> Installing with brew: ${need[*]}"
      brew install "${need[@]}"
    else
      echo "==> All build dependencies present"
    fi
    exit 0 ;;
  MINGW*|MSYS*|CYGWIN*)
    echo "==> On Windows install Qt 6 (Qt Online Installer: Charts, WebEngine, PDF) or run"
    echo "    'vcpkg install qtbase[sql-sqlite] qttools[linguist] qtcharts qtsvg qtwebengine"
    echo "    qtwebchannel qtpositioning sqlite3[fts5] gtest benchmark --triplet x64-windows',"
    echo "    then use the windows preset (see README)."
    exit 0 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "==> Not a Debian/Ubuntu system: install Qt 6 (Widgets, Charts, Sql+SQLite, Svg, WebEngine),"
  echo "    CMake, Ninja, GoogleTest, Google Benchmark and xvfb with your package manager."
  exit 0
fi

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-webengine-dev qt6-webengine-dev-tools libqt6webenginecore6-bin qt6-pdf-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  dpkg-dev desktop-file-utils appstream librsvg2-bin nsis
  xvfb xauth fonts-dejavu-core sqlite3 libsqlite3-dev
  clang libc++-dev libc++abi-dev
  postgresql libqt6sql6-psql libpq-dev
)
if $fuzz; then
  # clang 14 is Debian 12's default; libclang-rt-14-dev holds libclang_rt.fuzzer.
  packages=(cmake ninja-build clang libclang-rt-14-dev qt6-base-dev)
fi
if $libcxx; then
  packages=(clang libc++-dev libc++abi-dev)
fi
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
# Node.js and npm run the llama.cpp test server (tests/support/llm); a Node from
# elsewhere (e.g. NodeSource, which bundles npm) counts, Debian's is the fallback.
if ! $fuzz && ! $libcxx; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "==> All build dependencies present"
  exit 0
fi
echo "==> Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "==> Installed: ${missing[*]}"
