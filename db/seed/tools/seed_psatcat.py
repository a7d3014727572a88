"""GCAT's payload catalogue (psatcat) for the seed: when each constellation
satellite was launched and when its operations ended ('*': still operating on
the catalogue's update day), so a new store can say how many are in service.

Only payloads that one of the tracked constellations claims are kept: the
counts need nothing else, and the whole catalogue would be most of the seed.
Columns read (GCAT's meanings): JCAT (object id), Piece (international
designation), Program, LDate (launch date), TDate (end of operations, '*' while
operating), Name (to recognise the constellation, as the launch log's rules do).
"""

import collections
import os
import re

MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# '2019 May 24', '2019 May 24 1530', '2019 May', '1965' (GCAT gives what it knows)
PARTIAL = re.compile(r"^(\d{4})(?:\s+([A-Za-z]{3})(?:\s+(\d{1,2})(?:\s+\S+)?)?)?$")

HEADER = ["jcat", "piece", "program", "constellation", "launched_on", "ended_on",
          "operating", "as_of"]


def iso_partial(s):
    """'2019 May 24' -> '2019-05-24', '2019 May' -> '2019-05', '1965' -> '1965'.
    A partial date sorts before every day inside it, which is how the store's
    count reads it (ended from its start). Returns None when not a date."""
    m = PARTIAL.match(s.replace("?", "").strip())
    if not m:
        return None
    y, mon, d = m.group(1), m.group(2), m.group(3)
    if mon is None:
        return y
    if mon.lower() not in MONTHS:
        return None
    if d is None:
        return f"{y}-{MONTHS[mon.lower()]:02d}"
    return f"{y}-{MONTHS[mon.lower()]:02d}-{int(d):02d}"


def constellation_of(name, program):
    """The same rules as the launch log's (constellation_by_name), with the
    Program standing in for PLName: "Starlink 1.5 G4", "OneWeb", "HWD"."""
    if "simulator" in name.lower() or "simulator" in program.lower():
        return ""
    if name.startswith("Starlink") or program.startswith("Starlink"):
        return "Starlink"
    if name.startswith("Kuiper"):
        return "Kuiper"
    if name.startswith("OneWeb") or program.startswith("OneWeb"):
        return "OneWeb"
    if program.startswith("Xingwang") or "Guowang" in name or "Guowang" in program \
            or program == "HWD":
        return "Guowang"
    if name.startswith("Qianfan"):
        return "Qianfan"
    return ""


def build_satellite_status(ref, fail, log):
    gdir = os.path.join(ref, "gcat")
    files = sorted(f for f in os.listdir(gdir) if f.startswith("psatcat") and f.endswith(".tsv"))
    if not files:
        log("  no psatcat*.tsv: satellite_status.csv is written empty")
        return []
    path = os.path.join(gdir, files[-1])    # names carry the update day: the last is newest
    header, as_of, rows = None, "", []
    with open(path, encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, start=1):
            line = line.rstrip("\r\n")
            if line.startswith("#"):
                body = line[1:].strip()
                if body.startswith("JCAT"):
                    header = [h.strip() for h in line[1:].split("\t")]
                elif body.startswith("Updated"):
                    as_of = iso_partial(" ".join(body.split()[1:4])) or ""
                continue
            if not line.strip():
                continue
            if header is None:
                fail(f"{path}:{n}: data before the #JCAT header")
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) != len(header):
                fail(f"{path}:{n}: {len(cells)} fields, header has {len(header)}")
            r = dict(zip(header, cells))
            name = "" if r["Name"] == "-" else r["Name"]
            program = "" if r["Program"] == "-" else r["Program"]
            c = constellation_of(name, program)
            if not c:
                continue
            launched = iso_partial(r["LDate"])
            if launched is None or len(launched) != 10:
                fail(f"{path}:{n}: launch date {r['LDate']!r} is not a day")
            operating = r["TDate"] == "*"
            ended = "" if operating else iso_partial(r["TDate"])
            if ended is None:
                fail(f"{path}:{n}: end-of-operations date {r['TDate']!r} not understood")
            rows.append([r["JCAT"], "" if r["Piece"] == "-" else r["Piece"], program, c,
                         launched, ended, "1" if operating else "0", as_of])
    if len(as_of) != 10:
        fail(f"{path}: no '# Updated' day")
    launched = collections.Counter(r[3] for r in rows)
    operating = collections.Counter(r[3] for r in rows if r[6] == "1")
    log(f"  {files[-1]} (updated {as_of}): "
        + ", ".join(f"{k} {launched[k]} ({operating[k]} operating)" for k in sorted(launched)))
    jcats = [r[0] for r in rows]
    if len(set(jcats)) != len(jcats):
        fail(f"{path}: a JCAT appears twice")
    rows.sort(key=lambda r: (r[4], r[0]))
    return rows
