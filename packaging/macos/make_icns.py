#!/usr/bin/env python3
"""Regenerates Stratos.icns (the macOS bundle icon) from the application's SVG.

Committed like the Windows .ico, so a macOS build needs neither librsvg nor
iconutil. Needs rsvg-convert (Debian: librsvg2-bin). Every entry is a PNG
under the OSType macOS reads for that pixel size (ic07..ic14: 10.8 and later;
icp4/icp5 for 16 and 32 px). Check the result with `icns2png -l Stratos.icns`
(Debian: icnsutils). Usage: python3 packaging/macos/make_icns.py
"""
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SVG = os.path.join(HERE, "..", "..", "resources", "icons", "org.stratos_app.Stratos.svg")
# (OSType, pixels): 1x and 2x ("@2x" = Retina) variants of 16, 32, 128, 256, 512 pt.
ENTRIES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("ic12", 64), ("ic07", 128),
           ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024))


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), SVG],
                          check=True, capture_output=True).stdout


def main() -> int:
    rendered = {}
    body = b""
    for ostype, size in ENTRIES:
        png = rendered.setdefault(size, render(size))
        body += ostype.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
    data = b"icns" + struct.pack(">I", 8 + len(body)) + body
    out = os.path.join(HERE, "Stratos.icns")
    with open(out, "wb") as f:
        f.write(data)
    print(f"wrote {out} ({len(data)} bytes, {len(ENTRIES)} images)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
