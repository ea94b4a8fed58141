-- Musterstadt: a fictional German city of about 265,000 inhabitants in
-- 4 Bezirke and 14 Stadtteile. All data are invented (tools/make_data.py)
-- but of realistic size; they are given per Stadtteil only, and charta
-- aggregates the Bezirke and the city by each variable's `aggregate` rule.

city {
  id = "musterstadt",
  name = "Musterstadt",
  code = "09999000",                 -- AGS-like: Land 09 (Bayern), fictional Kreis 999
  languages = { "de", "en" },        -- first = default report language
  years = { 2012, 2024 },            -- reporting window
}

-- The area hierarchy: city (empty Bezirk) > Bezirke "1".."4" > Stadtteile "101".."403".
areas { file = "data/stadtteile.csv", code = "Nr", name = "Name", parent = "Bezirk" }

-- 1. A GENESIS flat-file export of the city's statistics office (Latin-1,
--    CRLF, title block, two header rows, signs . - x and " p", footer).
--    The key columns (date, code, indented name) are detected; the value
--    columns are named by their header ("Einwohner" over the unit row "Anzahl").
source "bevoelkerung" {
  file = "data/bevoelkerung_genesis.csv",
  format = "genesis",
  preset = "genesis",                -- ';', decimal ',', GENESIS signs
  encoding = "latin1",
  licence = "dl-de/by-2-0",          -- a known short name: the report names it in its language
  variables = {
    population     = { column = "Einwohner",       unit = "persons",    aggregate = "sum" },
    households     = { column = "Haushalte",       unit = "households", aggregate = "sum" },
    area_km2       = { column = "Fläche",          unit = "km²",        aggregate = "sum" },
    social_housing = { column = "Sozialwohnungen", unit = "dwellings",  aggregate = "sum" },
  },
}

-- 2. Environment and energy from the climate office: long layout, one value
--    per row, plain CSV with decimal point; the Stadtteil is given by name.
source "umwelt" {
  file = "data/umwelt_energie.csv",
  format = "csv",
  encoding = "utf-8",
  delimiter = ",",
  decimal = ".",
  layout = "long",
  area = "Stadtteil",
  area_by = "name",
  year = "Jahr",
  variable = "Merkmal",              -- a variable's `column` is its value in this column
  value = "Wert",
  missing = { "k.A." },              -- "keine Angabe"
  licence = "dl-de/zero-2-0",
  -- what the report's source notes call the data (the file name is for the workbook)
  title = { de = "Umwelt- und Energiedaten der Stadtteile", en = "Environment and energy data by district" },
  publisher = "Stadt Musterstadt, Amt für Umwelt- und Klimaschutz",
  variables = {
    co2_t           = { column = "CO2-Emissionen",                  unit = "t",     aggregate = "sum" },
    electricity_kwh = { column = "Stromverbrauch",                  unit = "kWh",   aggregate = "sum" },
    renewable_kwh   = { column = "Strom aus erneuerbaren Energien", unit = "kWh",   aggregate = "sum" },
    green_ha        = { column = "Grünfläche",                      unit = "ha",    aggregate = "sum" },
    cars            = { column = "Pkw",                             unit = "cars",  aggregate = "sum" },
    ev_cars         = { column = "Elektro-Pkw",                     unit = "cars",  aggregate = "sum" },
    -- modelled annual mean per Stadtteil; the city value is the
    -- population-weighted mean, as SDG 11.6.2 asks
    pm25            = { column = "Feinstaub (PM2,5)",               unit = "µg/m³", aggregate = "mean",
                        weight = "population" },
    waste_t         = { column = "Haushaltsabfälle",                unit = "t",     aggregate = "sum" },
  },
}

-- 3. Stadtteil profiles from several offices: wide layout, one row per
--    Stadtteil and year, German number format (1.234,5). Empty cells
--    (elections in other years) are missing.
source "profile" {
  file = "data/stadtteilprofile.csv",
  format = "csv",
  encoding = "utf-8",
  delimiter = ";",
  decimal = ",",
  thousands = ".",
  header = 1,
  layout = "wide",
  area = "Stadtteil",
  year = "Jahr",
  licence = "cc-by-4.0",             -- shown on the workbook's cover and inputs sheet
  title = { de = "Stadtteilprofile", en = "District profiles" },
  publisher = "Stadt Musterstadt, Amt für Statistik und Wahlen",
  variables = {
    employed            = { column = "Erwerbstätige",                             unit = "persons",      aggregate = "sum" },
    unemployed          = { column = "Arbeitslose",                               unit = "persons",      aggregate = "sum" },
    pt_pop              = { column = "Einwohner mit Haltestelle im 300-m-Radius", unit = "persons",      aggregate = "sum" },
    broadband_hh        = { column = "Haushalte mit Gigabit-Anschluss",           unit = "households",   aggregate = "sum" },
    school_places       = { column = "Schulplätze",                               unit = "places",       aggregate = "sum" },
    pupils              = { column = "Schülerinnen und Schüler",                  unit = "persons",      aggregate = "sum" },
    children_u6         = { column = "Kinder unter 6 Jahren",                     unit = "persons",      aggregate = "sum" },
    childcare_places    = { column = "Kita-Plätze",                               unit = "places",       aggregate = "sum" },
    gp_fte              = { column = "Hausärzte (VZÄ)",                           unit = "FTE",          aggregate = "sum" },
    violent_crimes      = { column = "Gewaltdelikte",                             unit = "cases",        aggregate = "sum" },
    bike_km             = { column = "Radwege (km)",                              unit = "km",           aggregate = "sum" },
    rent_sqm            = { column = "Angebotsmiete (EUR je m²)",                 unit = "EUR/m²",       aggregate = "mean",
                            weight = "households" },
    applications_total  = { column = "Verwaltungsanträge",                        unit = "applications", aggregate = "sum" },
    applications_online = { column = "davon online",                              unit = "applications", aggregate = "sum" },
    eligible_voters     = { column = "Wahlberechtigte Stadtratswahl",             unit = "persons",      aggregate = "sum" },
    voters              = { column = "Wählende Stadtratswahl",                    unit = "persons",      aggregate = "sum" },
  },
}

use "charta.fields"                  -- the shipped Handlungsfelder HF01-HF14

report {
  title = {
    de = "Smart-City-Indikatorenbericht Musterstadt",
    en = "Musterstadt smart city indicator report",
  },
  -- no `formats`: every format this build supports
  progress = "eurostat",
  focus = { "1", "203", "403" },     -- Bezirk Mitte, Hafenviertel, Bärenbach
}

-- HF04 Stadtentwicklung, Bauen & Wohnen

indicator "bevoelkerungsdichte" {
  title = { de = "Einwohner je km²", en = "Inhabitants per km²" },
  field = "HF04",
  sdg = "11.3.1",
  unit = { de = "EW/km²", en = "inhabitants/km²" }, decimals = 0,
  direction = "none",
  compute = function(d)
    return d.population / d.area_km2
  end,
}

indicator "bevoelkerungsentwicklung" {
  title = {
    de = "Bevölkerungsentwicklung, jährliche Rate über fünf Jahre",
    en = "Population growth, annual rate over five years",
  },
  field = "HF04",
  sdg = "11.3.1",
  unit = { de = "% p. a.", en = "% a year" }, decimals = 2,
  direction = "none",
  compute = function(d)
    return cagr(d.population, 5)
  end,
}

indicator "sozialwohnungsquote" {
  title = { de = "Sozialwohnungen je 100 Haushalte", en = "Social housing units per 100 households" },
  field = "HF04",
  sdg = "11.1.1",
  unit = { de = "je 100 Haushalte", en = "per 100 households" }, decimals = 1,
  direction = "up",
  target = { year = 2030, value = 4.5 },
  compute = function(d)
    return per(d.social_housing, d.households, 100)
  end,
}

indicator "angebotsmiete" {
  title = { de = "Angebotsmiete (nettokalt)", en = "Asking rent (net, excluding heating)" },
  field = "HF04",
  sdg = "11.1.1",
  unit = "EUR/m²", decimals = 2,
  direction = "down",
  compute = function(d)
    return d.rent_sqm                    -- Bezirke and city: weighted by households
  end,
}
