#!/usr/bin/env python3
"""Regenerates stratos.ico (the Windows icon) from the application's SVG.

The Windows build has no SVG renderer at hand, so the .ico is committed; run
this after changing resources/icons/org.stratos_app.Stratos.svg. Needs
rsvg-convert (Debian: librsvg2-bin). Entries are PNG-compressed, which every
Windows since Vista reads.  Usage: python3 packaging/windows/make_ico.py
"""
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SVG = os.path.join(HERE, "..", "..", "resources", "icons", "org.stratos_app.Stratos.svg")
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), SVG],
                          check=True, capture_output=True).stdout


def main() -> int:
    images = [(size, render(size)) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory, blobs = b"", b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    with open(os.path.join(HERE, "stratos.ico"), "wb") as f:
        f.write(header + directory + blobs)
    print("wrote stratos.ico with sizes", ", ".join(map(str, SIZES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
