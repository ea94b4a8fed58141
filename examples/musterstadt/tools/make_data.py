#!/usr/bin/env python3
"""Generate the fictional data of Musterstadt (examples/musterstadt/data/).

Deterministic: a fixed seed, only the Python 3 standard library, no clock.
Run from anywhere:   python3 examples/musterstadt/tools/make_data.py
It rewrites the four files below; they are committed next to this script.

  data/stadtteile.csv            areas: UTF-8, ';', LF  (Nr;Name;Bezirk)
  data/bevoelkerung_genesis.csv  GENESIS-style export: Latin-1, CRLF, ';',
                                 decimal comma, title block, two header rows
                                 with empty key cells, signs . - x and ' p',
                                 footer with quoted multi-line footnote
  data/umwelt_energie.csv        long layout: UTF-8, ',', decimal point
                                 (Stadtteil,Jahr,Merkmal,Wert; Stadtteil = name)
  data/stadtteilprofile.csv      wide layout: UTF-8, ';', decimal comma,
                                 thousands '.' (Jahr;Stadtteil;...; code)

All values are invented but of realistic magnitude for a German city of
about 240,000 inhabitants (population 8,000-40,000 per Stadtteil).
"""

import csv
import io
import math
import os
import random

SEED = 20250315
YEARS = list(range(2012, 2025))
CITY = ("09999000", "Musterstadt")

BEZIRKE = [("1", "Mitte"), ("2", "Nord"), ("3", "Süd"), ("4", "West")]

# code, name, Bezirk, population 2012, area km², persons per household 2012,
# yearly own trend, kind ("center", "inner", "outer", "port", "village")
STADTTEILE = [
    ("101", "Altstadt", "1", 9800, 1.94, 1.62, 0.002, "center"),
    ("102", "Neustadt", "1", 21500, 3.41, 1.78, 0.003, "center"),
    ("103", "Bahnhofsviertel", "1", 12300, 2.12, 1.71, 0.004, "center"),
    ("104", "Mühlenviertel", "1", 16800, 3.05, 1.84, 0.005, "inner"),
    ("201", "Nordend", "2", 24600, 6.83, 1.95, 0.001, "inner"),
    ("202", "Lindenau", "2", 18200, 9.47, 2.08, -0.001, "outer"),
    ("203", "Hafenviertel", "2", 8100, 7.36, 1.88, 0.0, "port"),
    ("301", "Südstadt", "3", 31400, 7.18, 1.91, 0.002, "inner"),
    ("302", "Rosenhöhe", "3", 14600, 8.92, 2.21, -0.003, "outer"),
    ("303", "Schönblick", "3", 11200, 12.36, 2.27, 0.001, "outer"),
    ("304", "Grünau", "3", 19700, 10.58, 2.15, 0.004, "outer"),
    ("401", "Westend", "4", 27300, 6.07, 1.93, 0.002, "inner"),
    ("402", "Gartenstadt", "4", 15400, 9.81, 2.24, 0.000, "outer"),
    ("403", "Bärenbach", "4", 8900, 18.74, 2.38, 0.003, "village"),
]

# City-wide population index (migration waves 2015/16 and 2022, stagnation 2020/21).
POP_INDEX = dict(zip(YEARS, [1.000, 1.004, 1.009, 1.021, 1.030, 1.035, 1.039,
                             1.042, 1.042, 1.043, 1.054, 1.058, 1.061]))
# City-wide unemployment factor (falls to 2019, Covid bump 2020, slight rise 2023/24).
UNEMP_INDEX = dict(zip(YEARS, [1.00, 1.02, 0.97, 0.93, 0.88, 0.83, 0.77,
                               0.74, 0.84, 0.82, 0.77, 0.80, 0.84]))
# CO2 effects of weather and events (cold 2013, warm 2014, Covid 2020, energy crisis 2022).
CO2_EVENT = dict(zip(YEARS, [1.00, 1.03, 0.96, 0.99, 1.00, 0.99, 0.98,
                             0.98, 0.93, 0.98, 0.95, 0.97, 0.98]))

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data")

rng = random.Random(SEED)


def noise(spread):
    """A factor 1 +- spread (uniform)."""
    return 1.0 + rng.uniform(-spread, spread)


def t(y):
    return y - 2012


def de_num(x, decimals=0, thousands=False):
    """German number text: decimal comma, optional '.' thousands separator."""
    s = f"{x:.{decimals}f}"
    if decimals:
        whole, frac = s.split(".")
    else:
        whole, frac = s, ""
    if thousands:
        neg = whole.startswith("-")
        digits = whole.lstrip("-")
        groups = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        groups.insert(0, digits)
        whole = ("-" if neg else "") + ".".join(groups)
    return whole + ("," + frac if frac else "")


# --------------------------------------------------------------------------
# The model: one dict per (Stadtteil, year).

def build():
    rows = {}
    for code, name, bezirk, pop0, area, hh0, trend, kind in STADTTEILE:
        for y in YEARS:
            r = {}
            # population and households
            if kind == "port":
                # former port area, new housing from 2016 on
                pop = pop0 * POP_INDEX[y] + max(0, y - 2015) * 720
            else:
                pop = pop0 * POP_INDEX[y] * (1 + trend) ** t(y)
            pop = round(pop * noise(0.002))
            hhsize = hh0 * (1 - 0.003 * t(y)) * noise(0.004)
            r["population"] = pop
            r["households"] = round(pop / hhsize)
            r["area_km2"] = area
            # social housing: bindings expire, new units in the port area
            share_sozial = {"center": 0.055, "inner": 0.062, "outer": 0.028,
                            "port": 0.0, "village": 0.0}[kind]
            if code in ("302", "403"):
                r["social_housing"] = 0                       # GENESIS '-'
            elif kind == "port":
                r["social_housing"] = None if y <= 2013 else 85 + max(0, y - 2017) * 64
            else:
                r["social_housing"] = round(r["households"] * share_sozial
                                            * (0.975 ** t(y)) * noise(0.01))
            # labour market
            emp_rate = (0.485 + 0.0045 * min(t(y), 7) - (0.007 if y >= 2020 else 0)
                        + 0.0015 * max(0, y - 2020))
            base_u = {"101": 0.072, "102": 0.085, "103": 0.124, "104": 0.068,
                      "201": 0.071, "202": 0.055, "203": 0.098, "301": 0.077,
                      "302": 0.031, "303": 0.038, "304": 0.049, "401": 0.069,
                      "402": 0.036, "403": 0.034}[code]
            u = base_u * UNEMP_INDEX[y] * noise(0.03)
            employed = pop * emp_rate * (1.0 - 0.6 * (base_u - 0.06)) * noise(0.006)
            r["employed"] = round(employed)
            r["unemployed"] = round(employed * u / (1 - u))
            # public transport: stops within 300 m
            cover0 = {"center": 0.975, "inner": 0.93, "outer": 0.74, "port": 0.61,
                      "village": 0.58}[kind]
            step = {"center": 0.001, "inner": 0.003, "outer": 0.008, "port": 0.025,
                    "village": 0.011}[kind]
            cover = min(0.995, cover0 + step * t(y)) * noise(0.002)
            r["pt_pop"] = min(pop, round(pop * cover))
            # gigabit broadband (cable/fibre), logistic take-up
            mid = {"center": 2018.5, "inner": 2019.0, "outer": 2020.5, "port": 2017.5,
                   "village": 2021.5}[kind]
            gig = 0.93 / (1 + math.exp(-(y - mid) / 1.6))
            r["broadband_hh"] = round(r["households"] * gig * noise(0.02))
            # schools (places by location, fixed with new buildings)
            places0 = {"center": 0.135, "inner": 0.105, "outer": 0.085, "port": 0.05,
                       "village": 0.07}[kind] * pop0
            if kind == "port" and y >= 2019:
                places0 += 650                                # new school campus
            r["school_places"] = int(round(places0 / 25.0) * 25)
            r["pupils"] = round(r["school_places"] * (0.86 + 0.007 * t(y)) * noise(0.015))
            # childcare
            kids = {"center": 0.047, "inner": 0.056, "outer": 0.052, "port": 0.078,
                    "village": 0.061}[kind]
            r["children_u6"] = round(pop * kids * (1 + 0.006 * t(y)) * noise(0.02))
            care = 0.58 + 0.0125 * t(y) - (0.01 if kind == "port" else 0)
            r["childcare_places"] = int(round(r["children_u6"] * care * noise(0.02) / 5) * 5)
            # family doctors, full-time equivalents in quarters
            gp = {"center": 8.6, "inner": 6.6, "outer": 5.4, "port": 3.9,
                  "village": 4.6}[kind] * (1 - 0.006 * t(y))
            r["gp_fte"] = round(pop * gp / 10000 * noise(0.03) * 4) / 4
            # violent crime (police statistics by place of offence)
            rate = {"101": 470, "102": 260, "103": 640, "104": 190, "201": 170,
                    "202": 120, "203": 230, "301": 210, "302": 70, "303": 85,
                    "304": 130, "401": 180, "402": 90, "403": 60}[code]
            rate *= (1 - 0.012 * t(y)) * (0.86 if y in (2020, 2021) else 1.0)
            r["violent_crimes"] = max(1, round(pop * rate / 100000 * noise(0.08)))
            # cycle paths
            dens = {"center": 2.6, "inner": 1.9, "outer": 1.1, "port": 0.8,
                    "village": 0.5}[kind]
            r["bike_km"] = round(area * dens * (1 + 0.045 * t(y)), 1)
            # asking rent EUR per m²
            rent0 = {"center": 9.4, "inner": 8.3, "outer": 7.6, "port": 8.9,
                     "village": 6.9}[kind]
            if code == "302":
                rent0 = 9.1
            r["rent_sqm"] = round(rent0 * (1.036 ** t(y)) * noise(0.01), 2)
            # administration: applications by place of residence, share online
            r["applications_total"] = round(pop * 0.86 * noise(0.02))
            online = 0.03 + 0.018 * t(y) + (0.06 if y >= 2020 else 0) + (0.05 if y >= 2021 else 0)
            online *= {"center": 1.15, "inner": 1.05, "outer": 0.95, "port": 1.2,
                       "village": 0.8}[kind]
            r["applications_online"] = round(r["applications_total"] * online * noise(0.03))
            # municipal elections (Stadtratswahl): 2014 and 2020 only
            if y in (2014, 2020):
                r["eligible_voters"] = round(pop * 0.80 * noise(0.01))
                turn = {"101": 0.47, "102": 0.44, "103": 0.33, "104": 0.50, "201": 0.49,
                        "202": 0.54, "203": 0.39, "301": 0.48, "302": 0.64, "303": 0.59,
                        "304": 0.53, "401": 0.47, "402": 0.60, "403": 0.62}[code]
                turn += 0.045 if y == 2020 else 0.0
                r["voters"] = round(r["eligible_voters"] * turn * noise(0.01))
            else:
                r["eligible_voters"] = None
                r["voters"] = None
            # energy and climate (territorial balance)
            co2f = {"center": 0.95, "inner": 0.78, "outer": 0.72, "port": 2.60,
                    "village": 0.83}[kind]
            if code == "103":
                co2f = 1.30
            co2pc = 7.4 * (0.973 ** t(y)) * CO2_EVENT[y] * co2f
            r["co2_t"] = round(pop * co2pc * noise(0.01), 1)
            ef = {"center": 1.25, "inner": 0.85, "outer": 0.78, "port": 2.30,
                  "village": 0.82}[kind]
            epc = 5600 * (0.990 ** t(y)) * (0.96 if y == 2020 else 1.0) \
                * (0.97 if y >= 2022 else 1.0) * ef
            r["electricity_kwh"] = round(pop * epc * noise(0.01))
            ren0, ren1 = {"center": (0.025, 0.10), "inner": (0.045, 0.17),
                          "outer": (0.085, 0.33), "port": (0.07, 0.30),
                          "village": (0.32, 0.74)}[kind]
            ren = ren0 + (ren1 - ren0) * (t(y) / 12.0) ** 1.3
            r["renewable_kwh"] = round(r["electricity_kwh"] * ren * noise(0.03))
            gshare = {"center": 0.085, "inner": 0.11, "outer": 0.16, "port": 0.045,
                      "village": 0.09}[kind]
            green = area * 100 * gshare * (1 + 0.002 * t(y))
            if kind == "port" and y >= 2019:
                green += 4.5                                  # new harbour park
            r["green_ha"] = round(green, 1)
            cpk = {"101": 330, "102": 365, "103": 350, "104": 410, "201": 440,
                   "202": 505, "203": 430, "301": 425, "302": 560, "303": 545,
                   "304": 495, "401": 430, "402": 560, "403": 610}[code]
            growth = 0.006 * min(t(y), 7) + (-0.003 if kind == "center" else 0.001) * max(0, y - 2019)
            r["cars"] = round(pop * cpk / 1000 * (1 + growth) * noise(0.005))
            evs = 0.0003 * math.exp(0.46 * t(y))
            evs = min(evs, 0.0003 + 0.05 / (1 + math.exp(-(y - 2021.5) / 1.2)))
            evs *= {"center": 0.9, "inner": 1.0, "outer": 1.15, "port": 1.1,
                    "village": 1.25}[kind]
            r["ev_cars"] = round(r["cars"] * evs * noise(0.05))
            pmf = {"center": 1.12, "inner": 1.0, "outer": 0.88, "port": 1.18,
                   "village": 0.82}[kind]
            if code == "103":
                pmf = 1.22
            r["pm25"] = round(15.2 * (0.962 ** t(y)) * pmf * noise(0.03), 1)
            wkg = 452 * (0.993 ** t(y)) * (1.04 if y in (2020, 2021) else 1.0) \
                * {"center": 0.92, "inner": 0.98, "outer": 1.06, "port": 0.95,
                   "village": 1.10}[kind]
            r["waste_t"] = round(pop * wkg / 1000 * noise(0.01), 1)
            rows[(code, y)] = r
    return rows


# --------------------------------------------------------------------------
# Writers

def write_bytes(name, data):
    with open(os.path.join(DATA, name), "wb") as f:
        f.write(data)


def write_areas():
    lines = ["Nr;Name;Bezirk", f"{CITY[0]};{CITY[1]};"]
    lines += [f"{c};{n};{CITY[0]}" for c, n in BEZIRKE]
    lines += [f"{s[0]};{s[1]};{s[2]}" for s in STADTTEILE]
    write_bytes("stadtteile.csv", ("\n".join(lines) + "\n").encode("utf-8"))


def write_genesis(rows):
    """GENESIS flat-file export: Latin-1, CRLF, title block, footer."""
    cols = ["Einwohner", "Haushalte", "Fläche", "Sozialwohnungen"]
    units = ["Anzahl", "Anzahl", "qkm", "Anzahl"]
    pad = ";" * (3 + len(cols) - 1)
    out = [
        "GENESIS-Tabelle: 99999-01-01-9",
        "Bevölkerung, Privathaushalte, Gebietsfläche und Sozialwohnungen" + pad,
        "- Stichtag 31.12. - regionale Tiefe: Stadtteile" + pad,
        "Kommunalstatistik Musterstadt, Amt für Statistik und Wahlen" + pad,
        "Bevölkerungsstand und Wohnungsbestand (Anzahl)" + pad,
        ";;;" + ";".join(cols),
        ";;;" + ";".join(units),
    ]
    unknown_hh = {("202", 2013), ("203", 2013)}   # '.' register changeover
    for y in YEARS:
        for s in STADTTEILE:
            code, name = s[0], s[1]
            r = rows[(code, y)]
            hh = "." if (code, y) in unknown_hh else str(r["households"])
            if y == 2024 and hh != ".":
                hh += " p"                             # provisional
            sw = r["social_housing"]
            if sw is None:
                sw_txt = "x"                           # not meaningful (port area)
            elif sw == 0:
                sw_txt = "-"                           # nothing
            else:
                sw_txt = str(sw)
            cells = [f"31.12.{y}", code, "  " + name, str(r["population"]), hh,
                     de_num(r["area_km2"], 2), sw_txt]
            out.append(";".join(cells))
    out += [
        "__________",
        '"zu ""gesamter Tabelle"":',
        "Einwohner mit Hauptwohnsitz laut Melderegister; Haushalte nach",
        "dem Haushaltegenerierungsverfahren (HHGen)",
        " ",
        'zu ""Haushalte"":',
        "2013: Umstellung des Melderegisters, Werte für Lindenau und",
        "Hafenviertel nicht belastbar; 2024 vorläufig",
        " ",
        'zu ""Sozialwohnungen"":',
        "mietpreis- und belegungsgebundene Wohnungen; Hafenviertel bis",
        '2013 Hafengebiet ohne Wohnbebauung (""x"")"',
        '"© Stadt Musterstadt, Amt für Statistik und Wahlen, 2025.',
        "Dieses Werk ist lizenziert unter der Datenlizenz Deutschland",
        '- Namensnennung - Version 2.0. (fiktive Beispieldaten)"',
        "Stand: 15.03.2025 / 10:12:00",
    ]
    write_bytes("bevoelkerung_genesis.csv", ("\r\n".join(out) + "\r\n").encode("latin-1"))


LONG_VARS = [
    ("co2_t", "CO2-Emissionen", 1),
    ("electricity_kwh", "Stromverbrauch", 0),
    ("renewable_kwh", "Strom aus erneuerbaren Energien", 0),
    ("green_ha", "Grünfläche", 1),
    ("cars", "Pkw", 0),
    ("ev_cars", "Elektro-Pkw", 0),
    ("pm25", "Feinstaub (PM2,5)", 1),
    ("waste_t", "Haushaltsabfälle", 1),
]


def write_long(rows):
    """Long layout, ',' and decimal point; areas by name; 'k.A.' = no data."""
    no_data = {("202", 2016, "green_ha"), ("403", 2012, "ev_cars")}
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Stadtteil", "Jahr", "Merkmal", "Wert"])
    for y in YEARS:
        for s in STADTTEILE:
            r = rows[(s[0], y)]
            for var, label, dec in LONG_VARS:
                if (s[0], y, var) in no_data:
                    val = "k.A."
                else:
                    val = f"{r[var]:.{dec}f}"
                w.writerow([s[1], y, label, val])
    write_bytes("umwelt_energie.csv", buf.getvalue().encode("utf-8"))


WIDE_VARS = [
    ("employed", "Erwerbstätige", 0),
    ("unemployed", "Arbeitslose", 0),
    ("pt_pop", "Einwohner mit Haltestelle im 300-m-Radius", 0),
    ("broadband_hh", "Haushalte mit Gigabit-Anschluss", 0),
    ("school_places", "Schulplätze", 0),
    ("pupils", "Schülerinnen und Schüler", 0),
    ("children_u6", "Kinder unter 6 Jahren", 0),
    ("childcare_places", "Kita-Plätze", 0),
    ("gp_fte", "Hausärzte (VZÄ)", 2),
    ("violent_crimes", "Gewaltdelikte", 0),
    ("bike_km", "Radwege (km)", 1),
    ("rent_sqm", "Angebotsmiete (EUR je m²)", 2),
    ("applications_total", "Verwaltungsanträge", 0),
    ("applications_online", "davon online", 0),
    ("eligible_voters", "Wahlberechtigte Stadtratswahl", 0),
    ("voters", "Wählende Stadtratswahl", 0),
]


def write_wide(rows):
    """Wide layout, ';', decimal comma, '.' thousands; empty = no value."""
    lines = [";".join(["Jahr", "Stadtteil"] + [c for _, c, _ in WIDE_VARS])]
    for y in YEARS:
        for s in STADTTEILE:
            r = rows[(s[0], y)]
            cells = [str(y), s[0]]
            for var, _, dec in WIDE_VARS:
                v = r[var]
                cells.append("" if v is None else de_num(v, dec, thousands=True))
            lines.append(";".join(cells))
    write_bytes("stadtteilprofile.csv", ("\n".join(lines) + "\n").encode("utf-8"))


def main():
    os.makedirs(DATA, exist_ok=True)
    rows = build()
    write_areas()
    write_genesis(rows)
    write_long(rows)
    write_wide(rows)


if __name__ == "__main__":
    main()
