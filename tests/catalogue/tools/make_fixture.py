#!/usr/bin/env python3
"""Writes data/kommunaldaten_erfunden.csv: MADE-UP municipal figures for the
catalogue test (tests/catalogue). None of these numbers is real. They are of a
plausible size for Köln (05315), Dresden (14612) and Flensburg (01001) in
2010-2015, so that every indicator of charta.sdg-kommunen has values beside
the real Regionalstatistik tables of the same project. Deterministic: the
same file on every run.

usage: make_fixture.py [OUT]
"""
import random
import sys

YEARS = range(2010, 2016)
# rough population path (the real one is in data/12411-01-01-4_00.csv)
AREAS = {
    "05315": dict(pop=(1007000, 1060000), foreign=0.17, employed=0.36, workplace=0.52, unemp=0.048,
                  sett=245.0, green=3500, forest=66.0, prot=120.0, agri=6900, organic=0.04,
                  social=0.07, rent=(9.4, 10.9), debt=2800, overnight=5.2, stops=1800, cycle=900,
                  pm25=(15.5, 12.8), no2=(39.0, 34.0), u3care=0.30, seats=(2014, 90, 33)),
    "14612": dict(pop=(523000, 543000), foreign=0.05, employed=0.38, workplace=0.50, unemp=0.042,
                  sett=138.0, green=2000, forest=74.0, prot=160.0, agri=9000, organic=0.06,
                  social=0.01, rent=(5.9, 6.9), debt=12, overnight=8.0, stops=1100, cycle=450,
                  pm25=(16.0, 13.5), no2=(30.0, 27.0), u3care=0.50, seats=(2014, 70, 22)),
    "01001": dict(pop=(84200, 85900), foreign=0.08, employed=0.34, workplace=0.47, unemp=0.055,
                  sett=30.0, green=250, forest=5.0, prot=8.0, agri=800, organic=0.03,
                  social=0.06, rent=(6.6, 7.6), debt=3500, overnight=3.1, stops=420, cycle=110,
                  pm25=(11.0, 9.5), no2=(24.0, 21.0), u3care=0.33, seats=(2013, 43, 13)),
}
COLUMNS = [
    "population_0_2", "population_0_5", "population_6_17", "population_18_64", "population_65plus",
    "population_foreign", "settlement_transport_area_km2", "green_space_ha", "forest_area_km2",
    "protected_area_km2", "agricultural_area_ha", "organic_farming_area_ha", "households",
    "dwellings", "social_housing", "rent_eur_m2", "disposable_income_teur", "employees_workplace",
    "employees_residence", "employees_residence_female", "employees_residence_foreign",
    "employees_academic", "unemployed", "unemployed_longterm", "sgb2_recipients", "sgb2_children",
    "basic_income_65plus", "business_registrations", "overnight_stays", "cars_electric",
    "pt_stops", "pt_stops_accessible", "population_near_pt", "cycle_paths_km", "road_deaths",
    "water_households_m3", "population_wwtp", "wastewater_m3", "wastewater_nutrient_removal_m3",
    "energy_use_mwh", "electricity_use_mwh", "renewable_electricity_mwh", "pv_kwp", "co2_t",
    "pm25_ugm3", "no2_ugm3", "noise_exposed", "broadband_gigabit_households", "school_leavers",
    "school_leavers_no_hsa", "school_leavers_abitur", "childcare_places", "children_u3_care",
    "children_3_5_care", "gps", "physicians", "hospital_beds", "nursing_home_places", "crimes",
    "violent_crimes", "council_seats", "council_seats_women", "eligible_voters", "voters",
    "admin_leaders", "admin_leaders_women", "applications_total", "applications_online",
    "debt_eur", "tax_revenue_eur", "development_eur",
]


def lerp(a, b, t):
    return a + (b - a) * t


def rows():
    rnd = random.Random(2030)
    for code, a in AREAS.items():
        for y in YEARS:
            t = (y - YEARS[0]) / (len(YEARS) - 1)
            n = lambda: 1 + rnd.uniform(-0.02, 0.02)          # a little noise
            pop = lerp(*a["pop"], t)
            p02, p05, p617 = 0.028 * pop * n(), 0.055 * pop * n(), 0.10 * pop * n()
            p65 = 0.195 * pop * n()
            p1864 = pop - p05 - p617 - p65
            foreign = a["foreign"] * pop * (1 + 0.04 * t)
            hh = pop / 1.85
            emp = a["employed"] * pop * (1 + 0.05 * t)
            unemp = a["unemp"] * pop * (1 - 0.15 * t)
            cars = 0.45 * pop
            v = {
                "population_0_2": p02, "population_0_5": p05, "population_6_17": p617,
                "population_18_64": p1864, "population_65plus": p65, "population_foreign": foreign,
                "settlement_transport_area_km2": a["sett"] * (1 + 0.002 * (y - 2010)),
                "green_space_ha": a["green"] * (1 + 0.01 * t), "forest_area_km2": a["forest"] * (1 + 0.01 * t),
                "protected_area_km2": a["prot"], "agricultural_area_ha": a["agri"] * (1 - 0.02 * t),
                "organic_farming_area_ha": a["agri"] * a["organic"] * (1 + 0.5 * t),
                "households": hh, "dwellings": pop / 1.9, "social_housing": pop / 1.9 * a["social"] * (1 - 0.1 * t),
                "rent_eur_m2": lerp(*a["rent"], t), "disposable_income_teur": pop * 20.5 * (1 + 0.12 * t),
                "employees_workplace": a["workplace"] * pop * (1 + 0.05 * t), "employees_residence": emp,
                "employees_residence_female": 0.47 * emp * n(),
                "employees_residence_foreign": foreign * 0.27 * n(),
                "employees_academic": 0.19 * a["workplace"] * pop * (1 + 0.1 * t),
                "unemployed": unemp, "unemployed_longterm": 0.37 * unemp * n(),
                "sgb2_recipients": 0.12 * (pop - p65) * (1 - 0.05 * t), "sgb2_children": 0.19 * (p05 + p617),
                "basic_income_65plus": 0.045 * p65 * (1 + 0.15 * t), "business_registrations": 0.009 * pop * n(),
                "overnight_stays": a["overnight"] * pop * (1 + 0.15 * t),
                "cars_electric": cars * 0.0004 * 1.7 ** (y - 2010),
                "pt_stops": a["stops"], "pt_stops_accessible": a["stops"] * lerp(0.55, 0.74, t),
                "population_near_pt": pop * lerp(0.88, 0.91, t), "cycle_paths_km": a["cycle"] * (1 + 0.08 * t),
                "road_deaths": max(1, round(pop / 45000 * n())),
                "water_households_m3": pop * 0.126 * 365 * (1 - 0.03 * t), "population_wwtp": pop * 0.996,
                "wastewater_m3": pop * 118, "wastewater_nutrient_removal_m3": pop * 118 * lerp(0.95, 0.99, t),
                "energy_use_mwh": pop * 22 * (1 - 0.06 * t), "electricity_use_mwh": pop * 6.1 * (1 - 0.03 * t),
                "renewable_electricity_mwh": pop * 0.35 * (1 + 0.8 * t), "pv_kwp": pop * 0.07 * (1 + 0.7 * t),
                "co2_t": pop * 8.6 * 0.98 ** (y - 2010),
                "pm25_ugm3": lerp(*a["pm25"], t), "no2_ugm3": lerp(*a["no2"], t),
                "noise_exposed": 0.08 * pop if y == 2012 else None,      # noise map every five years
                "broadband_gigabit_households": hh * lerp(0.08, 0.41, t),
                "school_leavers": 0.0095 * pop, "school_leavers_no_hsa": 0.0095 * pop * 0.055 * n(),
                "school_leavers_abitur": 0.0095 * pop * 0.42 * n(),
                "childcare_places": 0.72 * p05 * (1 + 0.1 * t), "children_u3_care": a["u3care"] * p02 * (1 + 0.1 * t),
                "children_3_5_care": 0.93 * (p05 - p02),
                "gps": pop / 1600, "physicians": pop * 0.0046, "hospital_beds": pop * 0.0092,
                "nursing_home_places": 0.046 * p65 if y % 2 == 1 else None,  # care statistics every two years
                "crimes": pop * 0.105 * n(), "violent_crimes": pop * 0.0048 * n(),
                "admin_leaders": pop / 1700, "admin_leaders_women": pop / 1700 * lerp(0.38, 0.45, t),
                "applications_total": pop * 0.6, "applications_online": pop * 0.6 * lerp(0.08, 0.23, t),
                "debt_eur": pop * a["debt"] * (1 + 0.03 * t), "tax_revenue_eur": pop * 1300 * (1 + 0.15 * t),
                "development_eur": pop * 0.45 * (1 + 0.3 * t),
            }
            year, seats, women = a["seats"]
            if y == year:                                          # the local election
                v.update(council_seats=seats, council_seats_women=women,
                         eligible_voters=0.8 * pop, voters=0.8 * pop * 0.49)
            yield code, y, v


def fmt(name, x):
    if x is None:
        return ""
    if name in ("rent_eur_m2", "pm25_ugm3", "no2_ugm3"):
        return "%.2f" % x
    if name.endswith("_km2"):
        return "%.3f" % x
    return "%d" % round(x)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "data/kommunaldaten_erfunden.csv"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("Gebiet;Jahr;" + ";".join(COLUMNS) + "\n")
        for code, y, v in rows():
            assert set(v) <= set(COLUMNS) | {"council_seats", "council_seats_women", "eligible_voters", "voters"}
            f.write("%s;%d;" % (code, y) + ";".join(fmt(c, v.get(c)) for c in COLUMNS) + "\n")


if __name__ == "__main__":
    main()
