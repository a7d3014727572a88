#!/usr/bin/env python3
"""Compiles every source of core/ and db/ with clang and libc++ (-stdlib=libc++),
the standard library Apple's toolchain is closest to, as a compile-only check
(-fsyntax-only): Debian's Qt is built against libstdc++, so nothing built with
libc++ can link against it here. Warnings are errors, as in the ci preset.

Part of make test (ctest: libcxx_core_db, about 2.5 CPU-minutes) and alone as
make test-libcxx. Usage: tools/check-libcxx.py BUILD_DIR [JOBS]
BUILD_DIR is a configured and built tree (its compile_commands.json gives the
include paths and definitions; AUTOMOC's generated headers must exist).
Exit status: 0 all compile, 1 some do not, 77 clang or libc++ is missing.
"""
import concurrent.futures
import json
import os
import pathlib
import shlex
import shutil
import subprocess
import sys

LAYERS = ("core", "db")


def clang_command(entry, clang):
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    out = [clang, "-stdlib=libc++", "-fsyntax-only"]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-c"):
            skip = a == "-o"
            continue
        if a == entry["file"]:
            continue
        out.append(a)
    # -Werror whatever the preset: a warning clang gives and GCC does not is
    # exactly what this check is for.
    return out + ["-Werror", "-Wno-unknown-warning-option", entry["file"]]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = pathlib.Path(sys.argv[1]).resolve()
    jobs = int(sys.argv[2]) if len(sys.argv) > 2 else (os.cpu_count() or 2)
    root = pathlib.Path(__file__).resolve().parent.parent
    clang = shutil.which("clang++")
    # The probe proves the headers really are libc++'s, not a fallback to libstdc++.
    probe = b"#include <version>\n#ifndef _LIBCPP_VERSION\n#error not libc++\n#endif\n"
    if not clang or subprocess.run([clang, "-std=c++20", "-stdlib=libc++", "-x", "c++", "-fsyntax-only", "-"],
                                   input=probe, capture_output=True).returncode != 0:
        print("SKIP: clang++ with libc++ not found (Debian: apt-get install clang libc++-dev libc++abi-dev)")
        return 77
    entries = json.loads((build / "compile_commands.json").read_text())
    wanted = []
    for e in entries:
        f = pathlib.Path(e["file"])
        try:
            rel = f.relative_to(root)
        except ValueError:
            continue  # generated (moc, rcc) or outside the sources
        if rel.parts[0] in LAYERS and f.suffix == ".cpp":
            wanted.append((str(rel), e))
    wanted.sort()

    def check(item):
        rel, e = item
        r = subprocess.run(clang_command(e, clang), cwd=e["directory"], capture_output=True, text=True)
        return rel, r.returncode, r.stderr

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for rel, rc, err in pool.map(check, wanted):
            if rc != 0:
                failed += 1
                print(f"FAIL {rel}\n{err}")
    per_layer = {l: sum(1 for rel, _ in wanted if rel.startswith(l + "/")) for l in LAYERS}
    print(f"clang++ -stdlib=libc++ -fsyntax-only: {len(wanted) - failed} of {len(wanted)} sources compile "
          f"({', '.join(f'{l}: {n}' for l, n in per_layer.items())})")
    return 1 if failed or not wanted else 0


if __name__ == "__main__":
    sys.exit(main())
