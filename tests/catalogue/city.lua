-- The catalogue test project: every indicator of charta.sdg-kommunen on
-- data, read back by tests/tools/catalogue_test.py.
--
-- Real data where the Regionaldatenbank tables in data/ have the variable
-- (population by sex, area, cars, household waste; every Kreis and
-- kreisfreie Stadt of Germany, data/SOURCE.md); every other variable of the
-- vocabulary comes from data/kommunaldaten_erfunden.csv, which is MADE UP
-- (tools/make_fixture.py) for three cities, Köln (05315), Dresden (14612)
-- and Flensburg (01001), in 2010-2015. Indicators that read it show
-- invented numbers: they test the library, they say nothing about a city.
--
-- No areas file: the areas are the codes the GENESIS tables bring, and
-- every level is given in the files, so nothing is aggregated ("none").

city {
  id = "catalogue",
  name = "Katalogtest",
  code = "DG",
  kind = "Staat",
  languages = { "de", "en" },
  years = { 2004, 2016 },
}

-- Population on 31.12.1995 ... 31.12.2015 by sex, one column group per date.
source "bevoelkerung" {
  file = "data/12411-01-01-4_00.csv",
  preset = "genesis",
  encoding = "utf-8",
  publisher = "Statistische Ämter des Bundes und der Länder",
  variables = {
    population        = { column = "Insgesamt", unit = "persons", aggregate = "none" },
    population_male   = { column = "männlich",  unit = "persons", aggregate = "none" },
    population_female = { column = "weiblich",  unit = "persons", aggregate = "none" },
  },
}

-- Area on 31.12.2015.
source "flaeche" {
  file = "data/11111-01-01-4.csv",
  preset = "genesis",
  encoding = "latin1",
  publisher = "Statistische Ämter des Bundes und der Länder",
  variables = {
    area_km2 = { column = "Gebietsfläche", unit = "km²", aggregate = "none" },
  },
}

-- Cars on 01.01.1996 ... 01.01.2017.
source "kfz" {
  file = "data/46251-01-02-4_00.csv",
  preset = "genesis",
  encoding = "utf-8",
  publisher = "Statistische Ämter des Bundes und der Länder",
  variables = {
    cars = { column = "Pkw", unit = "cars", aggregate = "none" },
  },
}

series_break {
  source = "kfz", year = 2008,
  reason = {
    de = "Ab 1.1.2008 ohne vorübergehend stillgelegte Fahrzeuge",
    en = "From 1 January 2008 without temporarily deregistered vehicles",
  },
}

-- Household waste 2004 ... 2015, in t, with its fractions.
source "abfall" {
  file = "data/32121-01-02-4_00.csv",
  preset = "genesis",
  encoding = "utf-8",
  publisher = "Statistische Ämter des Bundes und der Länder",
  reported_with = { ["07211"] = "07235" },   -- Trier's waste is booked to Trier-Saarburg
  variables = {
    household_waste_t = { column = "Insgesamt",                            unit = "t", aggregate = "none" },
    residual_waste_t  = { column = "Haus- und Sperrmüll",                  unit = "t", aggregate = "none" },
    organic_waste_t   = { column = "Getrennt erfasste organische Abfälle", unit = "t", aggregate = "none" },
    recyclables_t     = { column = "Getrennt erfasste Wertstoffe",         unit = "t", aggregate = "none" },
  },
}

-- MADE-UP figures for the rest of the vocabulary (tools/make_fixture.py).
-- A city reads them from the tables named in charta.variables (`genesis`,
-- `where`): employment 13111-01-03-4 and 13111-02-02-4, unemployment
-- 13211-02-05-4, age groups 12411-02-03-4, land use 33111-01-02-4, school
-- leavers 21111-02-06-4, day care 22541-01-01-4, hospitals 23111-01-04-4, ...
source "kommunal" {
  file = "data/kommunaldaten_erfunden.csv",
  delimiter = ";",
  area = "Gebiet",
  year = "Jahr",
  title = { de = "Erfundene Kommunaldaten (Testdaten)", en = "Made-up municipal data (test data)" },
  publisher = "charta (erfunden / made up)",
  variables = {
    population_0_2 = { column = "population_0_2",                 unit = "persons", aggregate = "none" },
    population_0_5 = { column = "population_0_5",                 unit = "persons", aggregate = "none" },
    population_6_17 = { column = "population_6_17",                unit = "persons", aggregate = "none" },
    population_18_64 = { column = "population_18_64",               unit = "persons", aggregate = "none" },
    population_65plus = { column = "population_65plus",              unit = "persons", aggregate = "none" },
    population_foreign = { column = "population_foreign",             unit = "persons", aggregate = "none" },
    settlement_transport_area_km2 = { column = "settlement_transport_area_km2",  unit = "km²", aggregate = "none" },
    green_space_ha = { column = "green_space_ha",                 unit = "ha", aggregate = "none" },
    forest_area_km2 = { column = "forest_area_km2",                unit = "km²", aggregate = "none" },
    protected_area_km2 = { column = "protected_area_km2",             unit = "km²", aggregate = "none" },
    agricultural_area_ha = { column = "agricultural_area_ha",           unit = "ha", aggregate = "none" },
    organic_farming_area_ha = { column = "organic_farming_area_ha",        unit = "ha", aggregate = "none" },
    households = { column = "households",                     unit = "households", aggregate = "none" },
    dwellings = { column = "dwellings",                      unit = "dwellings", aggregate = "none" },
    social_housing = { column = "social_housing",                 unit = "dwellings", aggregate = "none" },
    rent_eur_m2 = { column = "rent_eur_m2",                    unit = "EUR/m²", aggregate = "none" },
    disposable_income_teur = { column = "disposable_income_teur",         unit = "1,000 EUR", aggregate = "none" },
    employees_workplace = { column = "employees_workplace",            unit = "persons", aggregate = "none" },
    employees_residence = { column = "employees_residence",            unit = "persons", aggregate = "none" },
    employees_residence_female = { column = "employees_residence_female",     unit = "persons", aggregate = "none" },
    employees_residence_foreign = { column = "employees_residence_foreign",    unit = "persons", aggregate = "none" },
    employees_academic = { column = "employees_academic",             unit = "persons", aggregate = "none" },
    unemployed = { column = "unemployed",                     unit = "persons", aggregate = "none" },
    unemployed_longterm = { column = "unemployed_longterm",            unit = "persons", aggregate = "none" },
    sgb2_recipients = { column = "sgb2_recipients",                unit = "persons", aggregate = "none" },
    sgb2_children = { column = "sgb2_children",                  unit = "persons", aggregate = "none" },
    basic_income_65plus = { column = "basic_income_65plus",            unit = "persons", aggregate = "none" },
    business_registrations = { column = "business_registrations",         unit = "registrations", aggregate = "none" },
    overnight_stays = { column = "overnight_stays",                unit = "stays", aggregate = "none" },
    cars_electric = { column = "cars_electric",                  unit = "cars", aggregate = "none" },
    pt_stops = { column = "pt_stops",                       unit = "stops", aggregate = "none" },
    pt_stops_accessible = { column = "pt_stops_accessible",            unit = "stops", aggregate = "none" },
    population_near_pt = { column = "population_near_pt",             unit = "persons", aggregate = "none" },
    cycle_paths_km = { column = "cycle_paths_km",                 unit = "km", aggregate = "none" },
    road_deaths = { column = "road_deaths",                    unit = "persons", aggregate = "none" },
    water_households_m3 = { column = "water_households_m3",            unit = "m³", aggregate = "none" },
    population_wwtp = { column = "population_wwtp",                unit = "persons", aggregate = "none" },
    wastewater_m3 = { column = "wastewater_m3",                  unit = "m³", aggregate = "none" },
    wastewater_nutrient_removal_m3 = { column = "wastewater_nutrient_removal_m3", unit = "m³", aggregate = "none" },
    energy_use_mwh = { column = "energy_use_mwh",                 unit = "MWh", aggregate = "none" },
    electricity_use_mwh = { column = "electricity_use_mwh",            unit = "MWh", aggregate = "none" },
    renewable_electricity_mwh = { column = "renewable_electricity_mwh",      unit = "MWh", aggregate = "none" },
    pv_kwp = { column = "pv_kwp",                         unit = "kWp", aggregate = "none" },
    co2_t = { column = "co2_t",                          unit = "t", aggregate = "none" },
    pm25_ugm3 = { column = "pm25_ugm3",                      unit = "µg/m³", aggregate = "none" },
    no2_ugm3 = { column = "no2_ugm3",                       unit = "µg/m³", aggregate = "none" },
    noise_exposed = { column = "noise_exposed",                  unit = "persons", aggregate = "none" },
    broadband_gigabit_households = { column = "broadband_gigabit_households",   unit = "households", aggregate = "none" },
    school_leavers = { column = "school_leavers",                 unit = "persons", aggregate = "none" },
    school_leavers_no_hsa = { column = "school_leavers_no_hsa",          unit = "persons", aggregate = "none" },
    school_leavers_abitur = { column = "school_leavers_abitur",          unit = "persons", aggregate = "none" },
    childcare_places = { column = "childcare_places",               unit = "places", aggregate = "none" },
    children_u3_care = { column = "children_u3_care",               unit = "persons", aggregate = "none" },
    children_3_5_care = { column = "children_3_5_care",              unit = "persons", aggregate = "none" },
    gps = { column = "gps",                            unit = "persons", aggregate = "none" },
    physicians = { column = "physicians",                     unit = "persons", aggregate = "none" },
    hospital_beds = { column = "hospital_beds",                  unit = "beds", aggregate = "none" },
    nursing_home_places = { column = "nursing_home_places",            unit = "places", aggregate = "none" },
    crimes = { column = "crimes",                         unit = "cases", aggregate = "none" },
    violent_crimes = { column = "violent_crimes",                 unit = "cases", aggregate = "none" },
    council_seats = { column = "council_seats",                  unit = "seats", aggregate = "none" },
    council_seats_women = { column = "council_seats_women",            unit = "seats", aggregate = "none" },
    eligible_voters = { column = "eligible_voters",                unit = "persons", aggregate = "none" },
    voters = { column = "voters",                         unit = "persons", aggregate = "none" },
    admin_leaders = { column = "admin_leaders",                  unit = "positions", aggregate = "none" },
    admin_leaders_women = { column = "admin_leaders_women",            unit = "positions", aggregate = "none" },
    applications_total = { column = "applications_total",             unit = "applications", aggregate = "none" },
    applications_online = { column = "applications_online",            unit = "applications", aggregate = "none" },
    debt_eur = { column = "debt_eur",                       unit = "EUR", aggregate = "none" },
    tax_revenue_eur = { column = "tax_revenue_eur",                unit = "EUR", aggregate = "none" },
    development_eur = { column = "development_eur",                unit = "EUR", aggregate = "none" },
  },
}

use "charta.sdg-kommunen"

report {
  title = { de = "Katalogtest: SDG-Indikatoren für Kommunen", en = "Catalogue test: SDG indicators for municipalities" },
  formats = { "csv" },
  focus = { "05315", "14612", "01001" },
}
