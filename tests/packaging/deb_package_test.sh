#!/usr/bin/env bash
# Packaging test: builds the .deb from this build with CPack (it packages the
# binaries already built; nothing is recompiled), checks its control fields and
# contents, validates the desktop file and AppStream metadata, then unpacks it
# into a temporary root and runs the unpacked binary against a temporary store.
# Usage: deb_package_test.sh BUILD_DIR VERSION APP_ID CPACK
# Exit: 0 pass, 1 fail, 77 skipped (the reason is printed).
set -uo pipefail
build_dir=$1 version=$2 app_id=$3 cpack=${4:-cpack}

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
ok() { echo "ok: $*"; }

command -v dpkg-deb >/dev/null 2>&1 || skip "dpkg-deb is not installed (Debian/Ubuntu: apt-get install dpkg-dev)"
command -v dpkg-shlibdeps >/dev/null 2>&1 || skip "dpkg-shlibdeps is not installed (apt-get install dpkg-dev)"
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir/CPackConfig.cmake missing: configure first"
[ -x "$build_dir/app/stratos" ] || fail "$build_dir/app/stratos missing: build first"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/stratos-deb-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# --- Build the package --------------------------------------------------------
start=$SECONDS
if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  fail "cpack -G DEB failed"
fi
arch=$(dpkg --print-architecture)
deb="$tmp/out/stratos_${version}_${arch}.deb"
[ -f "$deb" ] || { ls -l "$tmp/out"; fail "expected $(basename "$deb")"; }
ok "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"

# --- Control fields -------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = stratos ] || fail "Package is '$(field Package)', expected stratos"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected the project version $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)', expected $arch"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
echo "Depends: $depends"
tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/ .*//' >"$tmp/depends"
# Libraries come from dpkg-shlibdeps (QtWebEngineProcess's package through the
# library's shlibs); the plugin packages are named in packaging/CMakeLists.txt.
for pkg in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
           libqt6svg6 libqt6webenginecore6 libqt6webenginecore6-bin libqt6sql6-sqlite qt6-qpa-plugins libpq5; do
  grep -qxF "$pkg" "$tmp/depends" || fail "Depends lacks $pkg"
done
ok "control: Package stratos, Version $version, Depends with the Qt 6 libraries and plugins"

# --- Contents -------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/contents"
expect=(
  /usr/bin/stratos
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/doc/stratos/LICENSE
  /usr/share/doc/stratos/THIRD-PARTY-NOTICES.md
  /usr/share/doc/stratos/copyright
  /usr/lib/stratos/libstratos_web.so
  /usr/lib/stratos/libstratos_pdf.so
)
for size in 16 24 32 48 64 128 256 512; do
  expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expect[@]}"; do
  grep -qxF "$f" "$tmp/contents" || { cat "$tmp/contents"; fail "package lacks $f"; }
done
outside=$(grep -v -e '^/usr/bin/' -e '^/usr/share/' -e '^/usr/lib/stratos/' -e '/$' "$tmp/contents" || true)
[ -z "$outside" ] || fail "files outside /usr/bin, /usr/lib/stratos and /usr/share: $outside"
ok "contents: binary, its modules, desktop file, metainfo, icons, licence and notices"

# --- Unpack and check the files themselves --------------------------------------
root="$tmp/root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"

grep -qx "Icon=$app_id" "$desktop" || fail "desktop file: Icon is not $app_id"
grep -qx "Exec=stratos" "$desktop" || fail "desktop file: Exec is not stratos"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
  fail "metainfo does not launch $app_id.desktop"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] ||
  fail "the newest <release> in the metainfo is '$newest', not $version: add release notes"
for size in 16 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  # PNG: width and height are the big-endian words at bytes 16 and 20.
  wh=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$wh" = "${size}x${size}" ] || fail "$(basename "$(dirname "$(dirname "$png")")") icon is $wh"
done
ok "desktop file, metainfo (newest release $newest) and icon sizes agree"

if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate"
  ok "desktop-file-validate"
else
  echo "note: desktop-file-validate not installed (desktop-file-utils): check skipped"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$metainfo" >"$tmp/appstream.log" 2>&1 || { cat "$tmp/appstream.log"; fail "appstreamcli validate"; }
  ok "appstreamcli validate --no-net"
else
  echo "note: appstreamcli not installed (appstream): check skipped"
fi

# --- Run the unpacked binary ------------------------------------------------------
# A private home: the run must write only to the store and the user's own folders.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The binary must find its modules in the package, not in the build tree.
unset STRATOS_DB STRATOS_MODULE_DIR
bin="$root/usr/bin/stratos"
find "$root" | sort >"$tmp/root-before"

out=$("$bin" --version 2>&1) || fail "stratos --version: $out"
[ "$out" = "stratos $version" ] || fail "stratos --version printed '$out', expected 'stratos $version'"
ok "unpacked binary: $out"

store="$tmp/store/stratos.sqlite"
mkdir -p "$tmp/store"
out=$("$bin" stats --db "$store" 2>&1) || { echo "$out"; fail "stratos stats --db failed"; }
echo "$out" | sed 's/^/  /'
grep -Eq '^[a-z_]+: [1-9][0-9]*$' <<<"$out" || fail "stats printed no non-empty table"
[ -s "$store" ] || fail "no store at $store"
ok "stats --db on a new temporary store"

# A PDF: Qt PDF is in the module /usr/lib/stratos/libstratos_pdf.so, loaded on
# first use; the executable itself must not link QtWebEngine or Qt PDF.
for lib in libQt6WebEngineCore libQt6Pdf libQt6Quick; do
  ! objdump -p "$bin" 2>/dev/null | grep -q "NEEDED *$lib" || fail "stratos links $lib: it belongs in a module"
done
pdf="$tmp/check.pdf"
# A one-page PDF with a text layer (Helvetica, no embedded font), built object by
# object so that its xref holds each one's byte offset.
objs=("<< /Type /Catalog /Pages 2 0 R >>" "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
      "<< /Length 62 >>
stream
BT /F1 16 Tf 20 120 Td (Orbital launches in the package) Tj ET
endstream"
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
printf '%%PDF-1.4\n' >"$pdf"
offsets=()
for i in "${!objs[@]}"; do
  offsets+=("$(wc -c <"$pdf")")
  printf '%d 0 obj\n%s\nendobj\n' $((i + 1)) "${objs[$i]}" >>"$pdf"
done
xref=$(wc -c <"$pdf")
{
  printf 'xref\n0 %d\n0000000000 65535 f \n' $((${#objs[@]} + 1))
  for o in "${offsets[@]}"; do printf '%010d 00000 n \n' "$o"; done
  printf 'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' $((${#objs[@]} + 1)) "$xref"
} >>"$pdf"
out=$("$bin" import-docs "$pdf" --db "$store" 2>&1) || { echo "$out"; fail "stratos import-docs of a PDF failed"; }
echo "$out" | sed 's/^/  /'
# The title comes from the page's text: Qt PDF read it.
grep -q '^added: Orbital launches in the package' <<<"$out" || fail "import-docs did not read the PDF's text"
ok "import-docs of a PDF through the packaged Qt PDF module"

# Without --db the store goes to the user's data folder (QStandardPaths::AppDataLocation).
out=$("$bin" stats 2>&1) || { echo "$out"; fail "stratos stats (default store) failed"; }
[ -s "$XDG_DATA_HOME/Stratos/Stratos/stratos.sqlite" ] ||
  { find "$tmp/home" -type f; fail "default store not in \$XDG_DATA_HOME/Stratos/Stratos"; }
find "$root" | sort >"$tmp/root-after"
diff -u "$tmp/root-before" "$tmp/root-after" || fail "running stratos wrote into its installation"
stray=$(find "$tmp/home" -type f | grep -v -e "^$XDG_DATA_HOME/Stratos/" -e "^$XDG_CONFIG_HOME/Stratos/" \
        -e "^$XDG_CACHE_HOME/Stratos/" || true)
[ -z "$stray" ] || fail "files written outside Stratos' own folders: $stray"
ok "default store in \$XDG_DATA_HOME/Stratos/Stratos; nothing written elsewhere"
echo "PASS ($((SECONDS - start)) s)"
