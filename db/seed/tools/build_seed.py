#!/usr/bin/env python3
"""Build Stratos's embedded default dataset (db/seed/*.csv).

    python3 db/seed/tools/build_seed.py --reference ../shared/reference --out db/seed

Inputs
  <reference>/epoch/notable_ai_models*.csv Epoch AI "Notable AI Models" (CC BY 4.0);
                                            the copy reaching the latest date is used
  <reference>/gcat/launchlog*.tsv           GCAT launch logs, J. McDowell (CC BY 4.0)
  <reference>/gcat/psatcat*.tsv             GCAT payload catalogue (operation dates)
  <reference>/<file of curated/securities>  daily prices (Yahoo Finance public copies)
  db/seed/curated/*.csv                     our hand-curated facts (next to this script)

Outputs (layout: docs/seed-format.md)
  sources.csv organizations.csv models.csv securities.csv price_bars.csv
  launches.csv payloads.csv satellite_status.csv
                                      (events.csv is written by hand, not here)

Python 3 standard library only. The output is deterministic: rows are sorted,
numbers are formatted from the parsed values (prices with repr() of the parsed
double, so every value round-trips exactly), and nothing depends on the clock.
Any inconsistency (unknown organization, missing source, duplicate key, a
required model missing...) stops the build with an error.
"""

import argparse
import collections
import csv
import datetime
import os
import re
import sys

import seed_psatcat

HERE = os.path.dirname(os.path.abspath(__file__))
CURATED = os.path.normpath(os.path.join(HERE, "..", "curated"))

START_DAY = "2019-01-01"          # first day kept for prices and launches
MODELS_FROM, MODELS_TO = "2019-01-01", "2026-12-31"

# Model names other files (events.csv) refer to: the build fails without them.
REQUIRED_MODELS = [
    "GPT-4", "GPT-4 Turbo", "GPT-4o", "GPT-4o mini", "o1", "o1-mini", "o3",
    "o3-mini", "GPT-4.5", "GPT-4.1", "o4-mini", "GPT-5", "DeepSeek-V2.5",
    "DeepSeek-V3", "DeepSeek-R1", "DeepSeek-V3.1", "Qwen2.5-72B",
    "Qwen3-235B-A22B", "Llama 3.1-405B", "Llama 4 Maverick", "Claude 3.5 Sonnet",
    "Claude 3.7 Sonnet", "Claude Opus 4", "Gemini 1.5 Pro", "Gemini 2.0 Pro",
    "Gemini 2.5 Pro", "Mistral Large", "Mistral Large 2", "Kimi k1.5", "Kimi K2",
    "MiniMax-Text-01", "MiniMax-M1", "Grok-3", "Grok 4", "GLM-4.5", "ERNIE 4.0",
]

HEADERS = {
    "sources.csv": ["key", "kind", "title", "url", "license", "accessed_on"],
    "organizations.csv": ["name", "country", "kind", "ticker", "source_key"],
    "models.csv": ["name", "organization", "country", "released_on", "domain",
                   "parameters", "training_compute_flop", "training_cost_usd",
                   "cost_basis", "open_weights", "api_input_usd_per_mtok",
                   "api_output_usd_per_mtok", "source_key", "price_source_key"],
    "securities.csv": ["symbol", "name", "kind", "currency", "organization",
                       "adjusted", "source_key"],
    "price_bars.csv": ["symbol", "day", "open", "high", "low", "close",
                       "adj_close", "volume"],
    "launches.csv": ["tag", "launched_at", "vehicle", "site", "country",
                     "operator", "outcome", "source_key"],
    "payloads.csv": ["launch_tag", "piece", "jcat", "name", "owner", "constellation"],
    "satellite_status.csv": seed_psatcat.HEADER,
}

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class BuildError(Exception):
    pass


def fail(msg):
    raise BuildError(msg)


def log(msg=""):
    print(msg, file=sys.stderr)


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for row in rows:
            if len(row) != len(header):
                fail(f"{os.path.basename(path)}: row has {len(row)} cells, "
                     f"header {len(header)}: {row!r}")
            w.writerow(["" if v is None else str(v) for v in row])


def one_line(s):
    return " ".join((s or "").split())


def is_missing(s):
    return s is None or s.strip() == "" or s.strip().lower() in ("nan", "null", "none")


def fmt_real(s):
    """repr() of the parsed double: shortest text that round-trips exactly."""
    if is_missing(s):
        return ""
    v = float(s)
    if v != v or v in (float("inf"), float("-inf")):
        return ""
    return repr(v)


def fmt_count(s):
    """Whole numbers (parameters, volume): '671000000000.0' -> '671000000000'."""
    if is_missing(s):
        return ""
    v = float(s)
    if v != v:
        return ""
    return str(int(round(v)))


def fmt_money(s):
    """USD amounts: integral values without '.0', others as repr()."""
    if is_missing(s):
        return ""
    v = float(s)
    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)


def check_day(s, what):
    if not ISO_DAY.match(s or ""):
        fail(f"{what}: bad date {s!r}")
    datetime.date.fromisoformat(s)
    return s


# --------------------------------------------------------------------------
# curated inputs
# --------------------------------------------------------------------------

def load_curated():
    c = {}
    for name in ("datasets", "sources_urls", "organizations", "securities",
                 "models_extra", "api_prices", "epoch_exclude", "epoch_names"):
        c[name] = read_csv(os.path.join(CURATED, name + ".csv"))
    return c


def build_sources(cur):
    sources = {}
    for r in cur["datasets"] + cur["sources_urls"]:
        key = r["key"].strip()
        if key in sources:
            fail(f"duplicate source key {key}")
        if r["kind"] not in ("dataset", "url", "document"):
            fail(f"source {key}: bad kind {r['kind']}")
        if r["accessed_on"]:
            check_day(r["accessed_on"], f"source {key}")
        sources[key] = [key, r["kind"], one_line(r["title"]), r["url"].strip(),
                        one_line(r["license"]), r["accessed_on"]]
    return sources


# --------------------------------------------------------------------------
# Epoch AI notable models
# --------------------------------------------------------------------------

# Epoch's country names -> ISO 3166 alpha-2 ("Multinational" is skipped).
COUNTRY_ISO = {
    "United States of America": "US", "China": "CN", "Hong Kong": "HK",
    "Taiwan": "TW", "United Kingdom of Great Britain and Northern Ireland": "GB",
    "France": "FR", "Germany": "DE", "Canada": "CA", "Israel": "IL",
    "United Arab Emirates": "AE", "Korea (Republic of)": "KR", "Japan": "JP",
    "Singapore": "SG", "Switzerland": "CH", "Netherlands": "NL", "India": "IN",
    "Saudi Arabia": "SA", "Russia": "RU", "Finland": "FI", "Sweden": "SE",
    "Spain": "ES", "Italy": "IT", "Poland": "PL", "Australia": "AU",
    "Austria": "AT", "Belgium": "BE", "Czechia": "CZ", "Norway": "NO",
    "Ireland": "IE", "Argentina": "AR", "Iran (Islamic Republic of)": "IR",
}


def epoch_col(header, *names):
    for n in names:
        if n in header:
            return n
    fail(f"Epoch file: none of the columns {names} found")


def open_weights_flag(access):
    a = (access or "").strip().lower()
    if a.startswith("open weights"):
        return "1"
    if a in ("unreleased", "api access", "hosted access (no api)"):
        return "0"
    return ""          # Epoch gives no accessibility: unknown


def load_epoch_models(path, orgs_by_alias, excluded, renames):
    rows = read_csv(path)
    if not rows:
        fail(f"{path}: empty")
    header = list(rows[0].keys())
    c_model = epoch_col(header, "Model", "System")
    c_org = epoch_col(header, "Organization")
    c_country = epoch_col(header, "Country (of organization)", "Country (from Organization)")
    c_date = epoch_col(header, "Publication date")
    c_domain = epoch_col(header, "Domain")
    c_params = epoch_col(header, "Parameters")
    c_flop = epoch_col(header, "Training compute (FLOP)")
    c_cost = epoch_col(header, "Training compute cost (2023 USD)")
    c_access = epoch_col(header, "Model accessibility")

    out, skipped = [], collections.Counter()
    seen_excluded = set()
    for r in rows:
        name = one_line(r[c_model])
        name = renames.get(name, name)
        day = (r[c_date] or "").strip()
        if not ISO_DAY.match(day) or not (MODELS_FROM <= day <= MODELS_TO):
            skipped["date"] += 1
            continue
        first_org = r[c_org].split(",")[0].strip()
        org = orgs_by_alias.get(first_org)
        if org is None:
            skipped["not a major lab"] += 1
            continue
        if not re.search(r"\b(Language|Multimodal)\b", r[c_domain] or ""):
            skipped["domain"] += 1
            continue
        params = r[c_params]
        if not is_missing(params) and float(params) < 1e9:
            skipped["under 1B parameters"] += 1
            continue
        if name in excluded:
            seen_excluded.add(name)
            skipped["excluded by curated/epoch_exclude.csv"] += 1
            continue
        countries = [c.strip() for c in (r[c_country] or "").split(",")]
        countries = [c for c in countries if c and c != "Multinational"]
        if not countries:
            country = org["country"]
        else:
            if countries[0] not in COUNTRY_ISO:
                fail(f"Epoch model {name}: unknown country {countries[0]!r}")
            country = COUNTRY_ISO[countries[0]]
        if country != org["country"]:
            log(f"  note: {name}: Epoch country {country} differs from "
                f"{org['name']} ({org['country']}); keeping Epoch's")
        cost = r[c_cost]
        out.append({
            "name": name, "organization": org["name"], "country": country,
            "released_on": day, "domain": one_line(r[c_domain]).replace(", ", ","),
            "parameters": fmt_count(params),
            "training_compute_flop": fmt_real(r[c_flop]),
            "training_cost_usd": fmt_money(cost),
            "cost_basis": "" if is_missing(cost) else "epoch_2023_usd",
            "open_weights": open_weights_flag(r[c_access]),
            "source_key": "epoch",
        })
    unused = set(excluded) - seen_excluded
    if unused:
        fail(f"curated/epoch_exclude.csv names rows that the rules do not select: {sorted(unused)}")
    log(f"  Epoch: {len(rows)} rows read, {len(out)} selected; skipped: "
        + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items())))
    return out


def newest_epoch_copy(ref):
    """The notable-models copy whose newest publication date is the latest:
    copies differ in layout as well as in date, so the name alone cannot say."""
    edir = os.path.join(ref, "epoch")
    best = None
    for f in sorted(os.listdir(edir)):
        if not (f.startswith("notable_ai_models") and f.endswith(".csv")):
            continue
        rows = read_csv(os.path.join(edir, f))
        days = [r.get("Publication date", "").strip() for r in rows]
        last = max((d for d in days if ISO_DAY.match(d)), default="")
        if best is None or last > best[0]:
            best = (last, f)
    if best is None:
        fail(f"no notable_ai_models*.csv in {edir}")
    log(f"  Epoch copy: {best[1]} (models to {best[0]})")
    return os.path.join(edir, best[1])


def build_models(ref, cur, orgs, sources):
    orgs_by_alias = {}
    for o in cur["organizations"]:
        for a in (o["epoch_aliases"] or "").split(";"):
            if a.strip():
                orgs_by_alias[a.strip()] = o
    excluded = {r["name"].strip() for r in cur["epoch_exclude"]}
    renames = {one_line(r["epoch_name"]): one_line(r["name"]) for r in cur["epoch_names"]}
    models = load_epoch_models(newest_epoch_copy(ref), orgs_by_alias, excluded, renames)

    from_epoch = {m["name"] for m in models}
    superseded = []
    for r in cur["models_extra"]:
        if one_line(r["name"]) in from_epoch:
            # Added by hand while Epoch's copy lacked it: the publisher's row wins.
            superseded.append(one_line(r["name"]))
            cur.setdefault("superseded_sources", set()).add(r["source_key"].strip())
            continue
        cost = r["training_cost_usd"]
        basis = r["cost_basis"].strip()
        if not is_missing(cost) and basis not in ("epoch_2023_usd", "reported"):
            fail(f"models_extra {r['name']}: cost without a valid cost_basis")
        models.append({
            "name": one_line(r["name"]), "organization": r["organization"].strip(),
            "country": r["country"].strip(),
            "released_on": check_day(r["released_on"].strip(), r["name"]),
            "domain": r["domain"].strip(), "parameters": fmt_count(r["parameters"]),
            "training_compute_flop": fmt_real(r["training_compute_flop"]),
            "training_cost_usd": fmt_money(cost),
            "cost_basis": basis if not is_missing(cost) else "",
            "open_weights": r["open_weights"].strip(),
            "source_key": r["source_key"].strip(),
        })

    if superseded:
        log(f"  curated/models_extra.csv rows now in Epoch's copy (Epoch's kept): "
            f"{len(superseded)}: {', '.join(superseded)}")
    by_name = {}
    for m in models:
        if m["name"] in by_name:
            fail(f"duplicate model name {m['name']!r}")
        by_name[m["name"]] = m
        m["api_input_usd_per_mtok"] = m["api_output_usd_per_mtok"] = m["price_source_key"] = ""

    # API list prices: the price source is the url source with that address
    key_by_url = {s[3]: k for k, s in sources.items() if s[1] == "url"}
    for p in cur["api_prices"]:
        m = by_name.get(p["name"].strip())
        if m is None:
            fail(f"api_prices.csv: unknown model {p['name']!r}")
        url = p["price_source_url"].strip()
        if url not in key_by_url:
            fail(f"api_prices.csv {p['name']}: no url source in curated/sources_urls.csv for {url}")
        check_day(p["as_of"].strip(), f"api_prices {p['name']}")
        m["api_input_usd_per_mtok"] = fmt_real(p["api_input_usd_per_mtok"])
        m["api_output_usd_per_mtok"] = fmt_real(p["api_output_usd_per_mtok"])
        m["price_source_key"] = key_by_url[url]

    for m in models:
        if m["organization"] not in orgs:
            fail(f"model {m['name']}: unknown organization {m['organization']!r}")
        if m["source_key"] not in sources:
            fail(f"model {m['name']}: unknown source {m['source_key']!r}")
        if m["open_weights"] not in ("", "0", "1"):
            fail(f"model {m['name']}: open_weights must be 0/1")
        if not (MODELS_FROM <= m["released_on"] <= MODELS_TO):
            fail(f"model {m['name']}: released_on {m['released_on']} out of range")
    missing = [n for n in REQUIRED_MODELS if n not in by_name]
    if missing:
        fail(f"required models missing: {missing}")

    cols = HEADERS["models.csv"]
    return sorted(([m[c] for c in cols] for m in models), key=lambda r: (r[3], r[0]))


# --------------------------------------------------------------------------
# prices
# --------------------------------------------------------------------------

def read_price_file(path):
    """Daily OHLCV in the layouts of prices/SOURCES.md, columns found by name.

    Extra header rows of recent yfinance files (',NVDA,NVDA,...',
    'Ticker,...', 'Date,,,,') are skipped: data rows start with a date.
    Dates with time and zone ('2025-01-27 05:00:00+00:00', '... 00:00:00-05:00')
    are Yahoo's stamps for the exchange's trading day at local midnight, so
    the calendar day as written is the trading day.
    """
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        fail(f"{path}: empty")
    header = [h.strip().lower() for h in rows[0]]
    if header and header[0] == "price":     # three-row yfinance header
        header[0] = "date"
    idx = {}
    for want, names in (("date", ("date", "datetime")), ("open", ("open",)),
                        ("high", ("high",)), ("low", ("low",)), ("close", ("close",)),
                        ("adj_close", ("adj close", "adj_close")),
                        ("volume", ("volume",))):
        for n in names:
            if n in header:
                idx[want] = header.index(n)
                break
    for need in ("date", "close"):
        if need not in idx:
            fail(f"{path}: no {need} column in header {rows[0]}")
    out, skipped = [], 0
    for r in rows[1:]:
        if not r or not re.match(r"^\d{4}-\d{2}-\d{2}", r[0].strip()):
            skipped += 1
            continue
        day = check_day(r[idx["date"]].strip()[:10], path)

        def get(col):
            i = idx.get(col)
            return r[i] if i is not None and i < len(r) else ""
        out.append({"day": day, "open": get("open"), "high": get("high"),
                    "low": get("low"), "close": get("close"),
                    "adj_close": get("adj_close"), "volume": get("volume")})
    return out, skipped, "adj_close" in idx


def build_prices(ref, cur, orgs, sources):
    securities, bars = [], []
    for s in cur["securities"]:
        sym = s["symbol"].strip()
        if s["kind"] not in ("stock", "index") or s["adjusted"] not in ("0", "1"):
            fail(f"security {sym}: bad kind/adjusted")
        if s["organization"] and s["organization"] not in orgs:
            fail(f"security {sym}: unknown organization {s['organization']!r}")
        if s["source_key"] not in sources:
            fail(f"security {sym}: unknown source {s['source_key']!r}")
        securities.append([sym, s["name"], s["kind"], s["currency"],
                           s["organization"], s["adjusted"], s["source_key"]])
        path = os.path.join(ref, s["file"])   # relative to the reference folder
        rows, skipped, has_adj = read_price_file(path)
        days, kept, no_close = set(), 0, 0
        for r in rows:
            if r["day"] < START_DAY:
                continue
            if is_missing(r["close"]):
                no_close += 1
                continue
            if r["day"] in days:
                fail(f"{s['file']}: duplicate day {r['day']}")
            days.add(r["day"])
            bars.append([sym, r["day"], fmt_real(r["open"]), fmt_real(r["high"]),
                         fmt_real(r["low"]), fmt_real(r["close"]),
                         fmt_real(r["adj_close"]) if has_adj else "",
                         fmt_count(r["volume"])])
            kept += 1
        log(f"  {sym:6} {s['file']}: {kept} bars {min(days)}..{max(days)}"
            + (f", {skipped} non-data rows skipped" if skipped else "")
            + (f", {no_close} rows without close dropped" if no_close else ""))
    securities.sort()
    bars.sort(key=lambda r: (r[0], r[1]))
    return securities, bars


# --------------------------------------------------------------------------
# GCAT launch log
# --------------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
GCAT_DATE = re.compile(
    r"^(\d{4})\s+([A-Za-z]{3})\w*\s+(\d{1,2})(?:\s+(\d{2})(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$")

# GCAT state codes -> ISO 3166 alpha-2. Codes of international organizations
# (I-ESA, ...) have no ISO code and are kept as GCAT writes them.
GCAT_STATE_ISO = {
    "US": "US", "CN": "CN", "RU": "RU", "SU": "SU", "F": "FR", "J": "JP",
    "D": "DE", "I": "IT", "UK": "GB", "IN": "IN", "KR": "KR", "KP": "KP",
    "IR": "IR", "IL": "IL", "NZ": "NZ", "AU": "AU", "BR": "BR", "CA": "CA",
    "E": "ES", "UAE": "AE", "TW": "TW",
}


def parse_gcat_date(s):
    """'2025 Aug 11 1235' -> 2025-08-11T12:35; '1957 Oct  4 1928:34' ->
    1957-10-04T19:28:34; '2019 May 24' -> 2019-05-24. A trailing '?' (GCAT's
    mark for an uncertain value) is dropped."""
    t = s.replace("?", "").strip()
    m = GCAT_DATE.match(t)
    if not m or m.group(2).lower() not in MONTHS:
        raise ValueError(f"unrecognised GCAT date {s!r}")
    y, mon, d = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
    datetime.date(y, mon, d)
    day = f"{y:04d}-{mon:02d}-{d:02d}"
    if m.group(4) is None:
        return day
    hh, mm = int(m.group(4)), int(m.group(5))
    if hh > 23 or mm > 59:
        raise ValueError(f"bad time in GCAT date {s!r}")
    out = f"{day}T{hh:02d}:{mm:02d}"
    if m.group(6) is not None:
        ss = int(m.group(6))
        if ss > 60:
            raise ValueError(f"bad seconds in GCAT date {s!r}")
        out += f":{ss:02d}"
    return out


def read_gcat(path):
    """Rows of a GCAT launch log as dicts with stripped fields."""
    header, rows = None, []
    with open(path, encoding="utf-8", errors="strict", newline="") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                if line.startswith("#Launch_Tag"):
                    header = [h.strip().lstrip("#") for h in line.split("\t")]
                continue                      # '# Updated ...' and other comments
            if header is None:
                fail(f"{path}: data before the #Launch_Tag header")
            cells = [c.strip() for c in line.split("\t")]
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    if header is None:
        fail(f"{path}: no #Launch_Tag header")
    for need in ("Launch_Tag", "Launch_Date", "Piece", "Name", "LV_Type",
                 "Launch_Site", "Agency", "Launch_Code"):
        if need not in header:
            fail(f"{path}: column {need} missing")
    return rows


def is_test_article(r):
    """GCAT marks mass simulators, dummies, adapters and attached items with an
    'X' as the second character of Type (e.g. 'PX-D' for Starship's 'Starlink
    Simulator' payloads, 'PXAD' for OneWeb's mass simulators)."""
    t = r.get("Type", "")
    return (len(t) > 1 and t[1] == "X") or "simulator" in r["Name"].lower()


def constellation_by_name(r):
    """The naming rules alone (as the reference README counts)."""
    n, pl, owner = r["Name"], r.get("PLName", ""), r.get("SatOwner", "")
    if n.startswith("Starlink"):
        return "Starlink"
    if n.startswith("Kuiper") or owner == "KUIP":     # 'Kuiper-00081', 'KuiperSat-1'
        return "Kuiper"
    if n.startswith("OneWeb"):
        return "OneWeb"
    if pl.startswith("Xingwang") or "Guowang" in n:   # PLName 'Xingwang Digui ..'
        return "Guowang"
    if n.startswith("Qianfan"):                       # 'Qianfan Jigui ..', 'Qianfan Xingzuo ..'
        return "Qianfan"
    return ""


def constellation(r):
    return "" if is_test_article(r) else constellation_by_name(r)


# Figures stated in reference/README.md for launchlog_2024_2026.tsv. They are
# the naming rules applied to every row of that file, whatever the launch code:
# the script reproduces them exactly below as a check of the parser. The seed's
# own counts differ on purpose:
#  * only orbital launches (Launch_Code O*) are kept, and a 2024 launch is
#    counted once although it is in both files;
#  * test articles are not constellation satellites: the 80 'Starlink ...'
#    rows on Starship flights (2025-F01, 2025-F03, 2025-U02..U04, 2026-U02,
#    2026-U04; Type PX-D/PX-DS: 'Starlink Simulator 1..58', two numbered
#    Starlinks and 20 'Starlink xxxxx' on 2026-U02/U04) are excluded;
#  * payloads.csv holds one row per (Launch_Tag, JCAT): JCAT is GCAT's own per-object id.
# Result for that file: Starlink 7,398 -> 7,318 (all 80 removed rows are Type X
# test articles; the orbital filter alone removes none of them, since GCAT
# codes the Starship flights 'OS'/'OF'); Kuiper 396, Qianfan 257 and Guowang 213
# unchanged (all orbital, none a test article, no shared Piece).
README_COUNTS = {"launchlog_2024_2026.tsv": {
    "Starlink": 7398, "Kuiper": 396, "Qianfan": 257, "Guowang": 213}}


# GCAT's Launch_Code starts with the launch category: O orbital, D deep space
# (some object sent beyond Earth orbit: Artemis, Chang'e, Tianwen, and a few
# LEO launches whose upper stage escaped, e.g. 2023-154 with KuiperSat-1/2),
# S/N suborbital, X launches from another body, ... The seed keeps category O,
# as specified; --include-deep-space adds category D.
def build_launches(ref, categories=("O",)):
    gdir = os.path.join(ref, "gcat")
    files = sorted(f for f in os.listdir(gdir) if f.startswith("launchlog") and f.endswith(".tsv"))
    if not files:
        fail(f"no .tsv files in {gdir}")
    loaded = []
    for f in files:
        rows = read_gcat(os.path.join(gdir, f))
        last = max(parse_gcat_date(r["Launch_Date"])[:10] for r in rows)
        loaded.append((last, f, rows))
        raw = collections.Counter(constellation_by_name(r) for r in rows)
        log(f"  {f}: {len(rows)} payload rows to {last}; by name alone: "
            + ", ".join(f"{k} {raw[k]}" for k in ("Starlink", "Kuiper", "OneWeb", "Guowang", "Qianfan")))
        for k, v in README_COUNTS.get(f, {}).items():
            if raw[k] != v:
                log(f"  WARNING: {f}: {k} {raw[k]} by name, reference README says {v}")
            else:
                log(f"    matches reference README: {k} {v}")

    # The newest copy wins for every launch it contains: a whole launch is
    # taken from one file, so pieces that GCAT re-designated between copies
    # (2024-232A 'Qianfan Jigui 03-01' became 2024-232B 'Qianfan Xingzuo
    # 03-01') are not doubled by a row-level merge.
    loaded.sort(key=lambda t: (t[0], t[1]), reverse=True)
    by_tag, origin = collections.OrderedDict(), {}
    for last, f, rows in loaded:
        tags_here = collections.OrderedDict()
        for r in rows:
            tags_here.setdefault(r["Launch_Tag"], []).append(r)
        for tag, trs in tags_here.items():
            if tag not in by_tag:
                by_tag[tag] = trs
                origin[tag] = f
    log(f"  {len(by_tag)} launch tags after merging the files")

    launches, payloads = [], []
    collapsed, collapsed_const = 0, collections.Counter()
    pay_year = collections.defaultdict(collections.Counter)
    launch_year = collections.defaultdict(collections.Counter)
    bad_dates = []
    for tag, trs in by_tag.items():
        first = trs[0]
        code = first["Launch_Code"]
        if not code.startswith(categories):
            continue
        try:
            when = parse_gcat_date(first["Launch_Date"])
        except ValueError as e:
            bad_dates.append(str(e))
            continue
        if when[:10] < START_DAY:
            continue
        for r in trs[1:]:
            if (r["Launch_Code"], r["Launch_Date"], r["LV_Type"]) != \
                    (code, first["Launch_Date"], first["LV_Type"]):
                fail(f"GCAT {tag}: rows disagree on launch fields")
        state = first.get("LVState", "")
        if state in ("", "-"):
            state = first.get("SatState", "")
        country = GCAT_STATE_ISO.get(state, state)
        launches.append([tag, when, first["LV_Type"], first["Launch_Site"], country,
                         first["Agency"], "success" if code[1:2] == "S" else "failure",
                         "gcat"])
        seen, consts = set(), set()
        for r in trs:
            key = (tag, r["JCAT"].strip() or r["Piece"])
            c = constellation(r)
            if key in seen:
                # GCAT gives some objects without their own designation the
                # piece of their carrier (rideshare cubesats, simulators):
                # keyed on JCAT instead, so none is lost.
                collapsed += 1
                if c:
                    collapsed_const[c] += 1
                continue
            seen.add(key)
            payloads.append([tag, r["Piece"], r["JCAT"].strip(), r["Name"], r.get("SatOwner", ""), c])
            if c:
                pay_year[c][when[:4]] += 1
                consts.add(c)
        for c in consts:
            launch_year[c][when[:4]] += 1
    if bad_dates:
        fail("GCAT dates not understood: " + "; ".join(bad_dates[:10]))
    unknown = sorted({l[4] for l in launches} - set(GCAT_STATE_ISO.values()))
    if unknown:
        log(f"  note: launch states without an ISO code, kept as GCAT writes them: {unknown}")
    log(f"  launches of category {'/'.join(categories)} from {START_DAY}: {len(launches)}; payload rows: {len(payloads)}; "
        f"rows sharing another row's (tag, JCAT) left out: {collapsed}"
        + (f" (constellation rows among them: {dict(collapsed_const)})" if collapsed_const else ""))
    if collapsed_const:
        fail("constellation satellites would be lost to the (tag, JCAT) de-duplication")

    years = sorted({y for c in pay_year.values() for y in c} | {START_DAY[:4]})
    names = ["Starlink", "Kuiper", "OneWeb", "Guowang", "Qianfan"]
    log(f"\n  constellation payloads (launches) per year, launch category {'/'.join(categories)}:")
    log("  " + "year".ljust(6) + "".join(n.rjust(15) for n in names))
    for y in years:
        log("  " + y.ljust(6) + "".join(
            f"{pay_year[n][y]} ({launch_year[n][y]})".rjust(15) for n in names))
    log("  " + "total".ljust(6) + "".join(
        f"{sum(pay_year[n].values())} ({sum(launch_year[n].values())})".rjust(15) for n in names))
    log()
    launches.sort(key=lambda r: (r[1], r[0]))
    payloads.sort(key=lambda r: (r[0], r[1]))
    return launches, payloads, pay_year


# --------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", required=True, help="folder with epoch/, gcat/, prices/")
    ap.add_argument("--out", required=True, help="output folder (db/seed)")
    ap.add_argument("--orbital-only", action="store_true",
                    help="leave out GCAT launch category D (deep space: lunar and planetary "
                         "missions, which also reach orbit and count in yearly launch tallies)")
    args = ap.parse_args(argv)
    ref, out = args.reference, args.out
    if not os.path.isdir(ref):
        fail(f"reference folder {ref} not found")
    os.makedirs(out, exist_ok=True)

    cur = load_curated()
    sources = build_sources(cur)
    orgs = {}
    for o in cur["organizations"]:
        name = o["name"].strip()
        if name in orgs:
            fail(f"duplicate organization {name}")
        if not re.match(r"^[A-Z]{2}$", o["country"]):
            fail(f"organization {name}: country must be ISO alpha-2")
        if o["kind"] not in ("industry", "academia", "government", "other"):
            fail(f"organization {name}: bad kind {o['kind']}")
        if o["source_key"] not in sources:
            fail(f"organization {name}: unknown source {o['source_key']!r}")
        orgs[name] = {"name": name, "country": o["country"], "kind": o["kind"],
                      "ticker": o["ticker"].strip(), "source_key": o["source_key"]}

    log("models")
    models = build_models(ref, cur, orgs, sources)
    log("prices")
    securities, bars = build_prices(ref, cur, orgs, sources)
    log("launches")
    launches, payloads, _ = build_launches(
        ref, ("O",) if args.orbital_only else ("O", "D"))

    log("satellites in service")
    satellites = seed_psatcat.build_satellite_status(ref, fail, log)

    used = ({m[12] for m in models} | {m[13] for m in models if m[13]}
            | {s[6] for s in securities} | {o["source_key"] for o in orgs.values()} | {"gcat"})
    unused = sorted(set(sources) - used)
    # Announcements cited only by hand-added rows that Epoch's copy now covers
    # have nothing left to source: left out, not an inconsistency.
    dropped = [k for k in unused if k in cur.get("superseded_sources", set())]
    if dropped:
        log(f"  sources cited only by superseded models_extra rows, left out: {dropped}")
        for k in dropped:
            del sources[k]
        unused = [k for k in unused if k not in dropped]
    if unused:
        fail(f"sources defined but never cited: {unused}")

    outputs = {
        "sources.csv": sorted(sources.values()),
        "organizations.csv": sorted(([o["name"], o["country"], o["kind"], o["ticker"],
                                      o["source_key"]] for o in orgs.values()),
                                    key=lambda r: (r[0].casefold(), r[0])),
        "models.csv": models,
        "securities.csv": securities,
        "price_bars.csv": bars,
        "launches.csv": launches,
        "payloads.csv": payloads,
        "satellite_status.csv": satellites,
    }
    log("written")
    for fname, rows in outputs.items():
        path = os.path.join(out, fname)
        write_csv(path, HEADERS[fname], rows)
        log(f"  {fname:18} {len(rows):6} rows {os.path.getsize(path):9} bytes")

    # The NVDA close of 2025-01-27 must be the file's value, bit for bit.
    nv = [b for b in bars if b[0] == "NVDA" and b[1] == "2025-01-27"]
    nv_file = [s["file"] for s in cur["securities"] if s["symbol"] == "NVDA"]
    if nv and nv_file:
        src = {r["day"]: r for r in read_price_file(
            os.path.join(ref, nv_file[0]))[0]}["2025-01-27"]["close"]
        if float(nv[0][5]) != float(src):
            fail("NVDA 2025-01-27 close does not round-trip")
        log(f"  check: NVDA 2025-01-27 close {nv[0][5]} (file: {src})")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BuildError as e:
        print(f"build_seed: error: {e}", file=sys.stderr)
        sys.exit(1)
