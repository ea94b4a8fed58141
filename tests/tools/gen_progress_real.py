#!/usr/bin/python3
"""Write tests/unit/progress/progress_real_cases.tsv: the Eurostat and UN SDG
categories of twenty German national SDG series, worked out from the
methods' published descriptions on the Open SDG data behind
sdg-indikatoren.de (../shared/data/real/opensdg-de, see its SOURCE.md), with
Python's standard library only; test_progress_real.c runs charta's stage on
the same series and expects these categories.

Usage: gen_progress_real.py SHARED_DATA_REAL > tests/unit/progress/progress_real_cases.tsv
(tests/tools/check_generated.sh checks that the checked-in table is this
script's output, byte for byte; exit 77 when the data are absent.)

A series is the rows of one indicator file whose disaggregation columns hold
the filter's values and are empty elsewhere (a `land` or `länder` of
"germany" counts as empty: the national rows of 13-2-2 and 9-c-1 carry it);
its points are the years 2010-2026 with a value. Two rows for one year are
an error here, never a choice.

Eurostat, "SDG indicators: assessment methodology" (EU SDG monitoring
report, annex): the compound annual growth rate CAGR = (v_t / v_t0)^(1 /
(t - t0)) - 1 over the short term (the last 5 years; from the first year
with a value when t0 has none, at least 3 years) and the long term (15
years, at least 10). With a target the ratio RR = CAGR actual / CAGR
required (from the period's start to the target) gives significant progress
(>= 95 %), moderate (>= 60 %), insufficient (>= 0) or movement away; without
one the CAGR in the desired direction gives significant progress (>= 1 %),
moderate (>= 0), moderate movement away (> -1 %) or significant movement
away. UN SDG Progress Chart 2023 (technical note): the latest value carried
on to the target year at its CAGR since 2015 (or the first year after with
a value); Q = (projected - base) / (target - base) gives on track (>= 0.95),
fair progress (>= 0.10) or stagnation or regression; without a target the
CAGR gives substantial progress (>= 2 %), fair progress (>= 0.5 %) or
stagnation or regression.

Where the documents are silent, the rules README.md states for charta
("Targets and progress"): of several milestones the first not before the
latest year applies (else the last); a target the latest value meets is the
best category of a method with a target; a target met at the period's start
and missed now is movement away (Eurostat) or stagnation (UN); a target year
not after the period's start is assessed by trend (Eurostat); without a
target a value at its natural limit is the best trend category; a growth
rate needs values above zero (a latest value of 0 is -100 %/yr); too few
years: not assessable. A value on a threshold takes the threshold's side; one
within 1e-6 of it but not on it stops the script: such a case would be
decided by rounding, not by the method.

Targets: the metadata carry none, so where the series is the one a target
of the German Sustainability Strategy (Deutsche Nachhaltigkeitsstrategie,
DNS, 2021 update) is set for, the target is taken from there:
  13.1.a  greenhouse gas emissions: -65 % by 2030 and -88 % by 2040 against
          1990; 2030 = 438 Mt CO2-eq (the cap of the Climate Protection Act
          for 2030), 2040 = 150 Mt (-88 % of about 1,250 Mt in 1990)  -> 13.2.2
  5.1.a   gender pay gap: 10 % by 2030                                 -> 8.5.1
  9.1.a   R&D expenditure: at least 3.5 % of GDP by 2025               -> 9.5.1
  3.2.b   the WHO guideline for particulate matter met nationwide by
          2030, read as nobody exposed above it                       -> 11.6.2
          (PM10, population with excessive exposure; the series counts
          against the WHO guideline of 2021, stricter than the DNS's of 2005)
Every other series is assessed by direction only (shares with their natural
limit of 100 %).
"""
import csv
import os
import sys

YEAR0, YEAR1 = 2010, 2026
CLOSE = 1e-6

# id, indicator file, filter (column, value), direction, limit, targets (year, value)
SERIES = [
    ("poverty-rate", "1-2-1", (), "down", None, ()),
    ("minimum-income-rate", "1-3-1", (), "down", None, ()),
    ("road-deaths", "3-6-1", (("Units", "per 100,000 inhabitants"),), "down", None, ()),
    ("adult-learning", "4-3-1", (), "up", 100, ()),
    ("women-bundestag", "5-5-1",
     (("Units", "percentage"), ("political institution", "bundestag (lower chamber)")),
     "up", 100, ()),
    ("energy-intensity", "7-3-1", (("Units", "megajoule per eur"),), "down", None, ()),
    ("gender-pay-gap", "8-5-1", (("Series", "gender pay gap"), ("Units", "percentage")),
     "down", None, ((2030, 10),)),
    ("unemployment-rate", "8-5-2", (), "down", None, ()),
    ("rd-expenditure", "9-5-1", (), "up", None, ((2025, 3.5),)),
    ("lte-coverage", "9-c-1", (("type of technology", "lte"),), "up", 100, ()),
    ("transit-10-min", "11-2-1",
     (("time series", "accessibility within 10 minutes on foot"),), "up", 100, ()),
    ("land-consumption", "11-3-1",
     (("Units", "percentage"), ("timeseries", "land consumption rate"),
      ("presentation", "annual values")), "down", None, ()),
    ("pm25-weighted", "11-6-2",
     (("Series", "population weighted annual mean levels of fine particulate matter"),
      ("level of fine particulate matter", "pm2.5"), ("Units", "micrograms per m³")),
     "down", None, ()),
    ("pm10-exposed", "11-6-2",
     (("Series", "population with excessive exposure to fine particulate matter"),
      ("level of fine particulate matter", "pm10"), ("Units", "million inhabitants")),
     "down", None, ((2030, 0),)),
    ("recycling-rate", "12-5-1",
     (("Series", "national recycling rate"), ("type of waste", "municipal waste"),
      ("Units", "percentage")), "up", 100, ()),
    ("ghg-emissions", "13-2-2", (), "down", None, ((2030, 438), (2040, 150))),
    ("nature-spending", "11-4-1",
     (("time series", "protection of biodiversity and landscape (cofog 5.4)"),), "up", None, ()),
    ("electricity-access", "7-1-1",
     (("Series", "population with access to electricity"), ("Units", "percentage")),
     "up", 100, ()),
    ("wastewater-treated", "6-3-1",
     (("Series", "wastewater that is safely treated or does not require treatment"),
      ("Units", "percentage")), "up", 100, ()),
    ("damp-dwellings", "11-1-1",
     (("Series", "population living in a dwelling with a leaking roof, damp walls, floors or "
                 "foundation, or rot in window frames or floor"),), "down", None, ()),
]

HEADER = """\
# Eurostat (short and long term) and UN SDG categories of German national SDG series
# (../shared/data/real/opensdg-de), read by test_progress_real.c.
# Written by tests/tools/gen_progress_real.py from the methods' published descriptions
# (its docstring says which, and where targets come from); do not edit by hand.
# Columns: id, indicator file (data/indicator_<file>.csv), filter (column=value, joined
# by " | "; other disaggregation columns empty), direction, limit, targets (year:value,
# joined by ";"), then the categories: eurostat short term, eurostat long term, unsd.
id\tfile\tfilter\tdirection\tlimit\ttargets\teurostat_short\teurostat_long\tunsd
"""


class Close(Exception):
    """A value too close to a threshold to decide without a tolerance."""


def band(x, bands, last, what):
    """The first (threshold, strict, category) that x reaches, else last."""
    for threshold, strict, category in bands:
        if x != threshold and abs(x - threshold) < CLOSE:
            raise Close("%s %.12g is within %g of the threshold %g" % (what, x, CLOSE, threshold))
        if (x > threshold) if strict else (x >= threshold):
            return category
    return last


def cagr(y0, v0, y1, v1):
    """Growth per year as a fraction; None when the values rule it out."""
    if not v0 > 0 or v1 < 0 or y1 <= y0:
        return None
    return (v1 / v0) ** (1.0 / (y1 - y0)) - 1


def pick_target(targets, latest_year):
    for year, value in targets:
        if year >= latest_year:
            return year, value
    return targets[-1] if targets else None


def eurostat(points, years, least, sign, limit, targets):
    if not points:
        return "not_assessable"
    yl, vl = points[-1]
    target = pick_target(targets, yl)
    if target and sign * (vl - target[1]) >= 0:
        return "significant_progress"
    t0 = yl - years
    start = next(((y, v) for y, v in points if y >= t0), None)
    if start is None or yl - start[0] < least:
        return "not_assessable"
    g = cagr(start[0], start[1], yl, vl)
    if g is None:
        return "not_assessable"
    g *= 100
    if target is None or target[0] <= start[0]:
        if limit is not None and sign * (vl - limit) >= 0:
            return "significant_progress"
        return band(sign * g, ((1.0, False, "significant_progress"),
                               (0.0, False, "moderate_progress"),
                               (-1.0, True, "moderate_movement_away")),
                    "significant_movement_away", "eurostat CAGR")
    req = cagr(start[0], start[1], target[0], target[1])
    if req is None:
        return "not_assessable"
    req *= 100
    if sign * req <= 0:
        return "movement_away"
    return band(g / req, ((0.95, False, "significant_progress"),
                          (0.60, False, "moderate_progress"),
                          (0.0, False, "insufficient_progress")),
                "movement_away", "eurostat RR")


def unsd(points, sign, limit, targets):
    if not points:
        return "not_assessable"
    yl, vl = points[-1]
    target = pick_target(targets, yl)
    if target and sign * (vl - target[1]) >= 0:
        return "on_track"
    base = next(((y, v) for y, v in points if y >= 2015), None)
    if base is None or base[0] >= yl:
        return "not_assessable"
    f = cagr(base[0], base[1], yl, vl)
    if f is None:
        return "not_assessable"
    if target is None:
        if limit is not None and sign * (vl - limit) >= 0:
            return "substantial_progress"
        return band(sign * f * 100, ((2.0, False, "substantial_progress"),
                                     (0.5, False, "fair_progress")),
                    "stagnation_or_regression", "unsd CAGR")
    h = target[0] - yl
    projected = vl * (1 + f) ** h if h > 0 else vl
    gap = target[1] - base[1]
    if sign * gap <= 0:
        return "stagnation_or_regression"
    return band((projected - base[1]) / gap, ((0.95, False, "on_track"),
                                             (0.10, False, "fair_progress")),
                "stagnation_or_regression", "unsd Q")


def read_points(real, file, filters):
    want = dict(filters)
    path = os.path.join(real, "opensdg-de", "data", "indicator_%s.csv" % file)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    missing = [c for c in want if c not in head]
    if missing:
        raise SystemExit("%s: no column %s" % (path, missing))
    values = {}
    for row in rows[1:]:
        if len(row) != len(head):
            continue
        cells = dict(zip(head, row))
        keep = True
        for col in head:
            if col in ("Year", "Value", "GeoCode") or col.startswith("COMMENT_"):
                continue
            cell = cells[col]
            national = col in ("land", "länder") and cell == "germany"
            if not (cell == want.get(col, "") or (col not in want and national)):
                keep = False
                break
        year = int(cells["Year"])
        if not keep or not YEAR0 <= year <= YEAR1 or cells["Value"] == "":
            continue
        if year in values:
            raise SystemExit("%s: two rows for %d under the filter %s" % (path, year, filters))
        values[year] = float(cells["Value"])
    if not values:
        raise SystemExit("%s: no row under the filter %s" % (path, filters))
    return sorted(values.items())


def number(x):
    return "%g" % x


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    real = argv[1]
    out = [HEADER]
    for sid, file, filters, direction, limit, targets in SERIES:
        points = read_points(real, file, filters)
        sign = 1 if direction == "up" else -1
        try:
            cats = [eurostat(points, 5, 3, sign, limit, targets),
                    eurostat(points, 15, 10, sign, limit, targets),
                    unsd(points, sign, limit, targets)]
        except Close as e:
            sys.exit("%s: %s" % (sid, e))
        for col, value in filters:
            if any(c in col + value for c in "|=\t\n"):
                sys.exit("%s: the filter %r cannot be written" % (sid, (col, value)))
        row = [sid, file, " | ".join("%s=%s" % cv for cv in filters), direction,
               "" if limit is None else number(limit),
               ";".join("%d:%s" % (y, number(v)) for y, v in targets)] + cats
        out.append("\t".join(row) + "\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main(sys.argv)
