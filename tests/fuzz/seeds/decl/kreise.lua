-- Deutschland – Kreise: every Kreis, kreisfreie Stadt, Regierungsbezirk and
-- Land of Germany, from the real GENESIS exports of the Regionaldatenbank
-- (data/SOURCE.md). Three indicators are computed from numerators and
-- denominators and checked against the ratios the Regionalatlas publishes
-- (data/AI*.csv, read only by tests/real/check_kreise.py).
--
-- No areas file: the areas are the AGS codes the sources bring (DG, Länder
-- 01-16, Regierungsbezirke, Kreise, three 8-digit Gemeinden), and charta
-- derives the parents from the codes. Every level is given in the files,
-- so the variables do not aggregate ("none"): a parent is never rebuilt
-- from its parts (the Länder totals include vehicles that could not be
-- assigned to a Kreis, and a Kreis's only listed child may be one city).
--
-- Missing is never zero: where every column of an area in a period is "-",
-- the area did not report then (it did not exist yet, or no longer, after
-- a reform): those cells are missing with a note, not zeros. A "-" among
-- reported values stays a zero. The footers' footnotes, the "©" line and
-- the licence (Datenlizenz Deutschland - Namensnennung 2.0) are kept with
-- each input.

city {
  id = "kreise",
  name = "Deutschland – Kreise",
  code = "DG",
  kind = "Staat",   -- the subject is Germany: the report never calls it a city
  languages = { "de", "en" },
  years = { 1996, 2016 },
}

-- Population on 31.12.2015 (Latin-1); the date is in the first header row.
source "bevoelkerung-2015" {
  file = "data/12411-01-01-4.csv",
  preset = "genesis",
  encoding = "latin1",
  publisher = "Statistische Ämter des Bundes und der Länder",
  variables = {
    population_2015 = { column = "Insgesamt", unit = "persons", aggregate = "none" },
  },
}

-- Area in km² on 31.12.2015 (Latin-1); the date is the first key column.
source "flaeche-2015" {
  file = "data/11111-01-01-4.csv",
  preset = "genesis",
  encoding = "latin1",
  publisher = "Statistische Ämter des Bundes und der Länder",
  variables = {
    area_km2 = { column = "Gebietsfläche", unit = "km²", aggregate = "none" },
  },
}

-- Population on 31.12.1995 ... 31.12.2015 (UTF-8), one column group per date.
source "bevoelkerung" {
  file = "data/12411-01-01-4_00.csv",
  preset = "genesis",
  encoding = "utf-8",
  publisher = "Statistische Ämter des Bundes und der Länder",
  variables = {
    population = { column = "Insgesamt", unit = "persons", aggregate = "none" },
  },
}

-- Vehicle stock on 01.01.1996 ... 01.01.2017 (a date counts for its year).
source "kfz" {
  file = "data/46251-01-02-4_00.csv",
  preset = "genesis",
  encoding = "utf-8",
  publisher = "Statistische Ämter des Bundes und der Länder",
  variables = {
    pkw = { column = "Pkw", unit = "cars", aggregate = "none" },
  },
}

-- Household waste in t, years 2004 ... 2015. Trier (07211) and the Landkreis
-- Trier-Saarburg (07235) dispose of their waste jointly: the file books it
-- all to the Landkreis and gives Trier 0 t, which is no number of Trier's.
source "abfall" {
  file = "data/32121-01-02-4_00.csv",
  preset = "genesis",
  encoding = "utf-8",
  publisher = "Statistische Ämter des Bundes und der Länder",
  reported_with = { ["07211"] = "07235" },   -- Trier with Trier-Saarburg
  variables = {
    waste_t = { column = "Insgesamt", unit = "t", aggregate = "none" },
  },
}

-- Saxony's district reform of 1 August 2008: the kreisfreie Stadt Dresden
-- (14262) is "Dresden, Stadt" (14612) since. The vehicle table gives both
-- codes, equal where they overlap (2001-2008); one series under the new code.
-- The population table gives both codes as well; they differ for 1995-1998,
-- when 14612 already counts the territory after the incorporations of 1999.
-- The old code's values are kept before 2009, so cars and inhabitants count
-- the same territory (charta warns about the four years; the workbook's
-- inputs sheet lists the change).
area_change {
  old = "14262", new = "14612", year = 2009,
  reason = { de = "Kreisreform Sachsen 2008", en = "District reform in Saxony, 2008" },
}

-- From 1 January 2008 the vehicle register counts only cars in use: every
-- car series drops that year, and progress is assessed from 2008 on.
series_break {
  source = "kfz", year = 2008,
  reason = {
    de = "Ab 1.1.2008 ohne vorübergehend stillgelegte Fahrzeuge",
    en = "From 1 January 2008 without temporarily deregistered vehicles",
  },
}

use "charta.fields"

indicator "bevoelkerungsdichte" {
  title = { de = "Bevölkerungsdichte", en = "Population density" },
  field = "HF04",
  sdg = "11.3.1",
  unit = { de = "EW/km²", en = "inhabitants/km²" }, decimals = 1,
  direction = "none",
  comment = {
    de = "Bevölkerung am 31.12. je km² Gebietsfläche (wie Regionalatlas AI002-1).",
    en = "Population on 31 December per km² of area (as Regionalatlas AI002-1).",
  },
  compute = function(d)
    return d.population_2015 / d.area_km2
  end,
}

indicator "pkw-dichte" {
  title = { de = "Pkw je 1.000 Einwohner", en = "Passenger cars per 1,000 inhabitants" },
  field = "HF01",
  sdg = "11.2.1",
  unit = { de = "Pkw/1.000 EW", en = "cars/1,000 inhabitants" }, decimals = 1,
  direction = "down",
  comment = {
    de = "Pkw-Bestand am 01.01. des Jahres je 1.000 Einwohner am 31.12. des Vorjahres "
      .. "(wie Regionalatlas AI013-1).",
    en = "Cars registered on 1 January per 1,000 inhabitants on 31 December of the "
      .. "year before (as Regionalatlas AI013-1).",
  },
  compute = function(d)
    return per(d.pkw, lag(d.population, 1), 1000)
  end,
}

indicator "abfall-pro-kopf" {
  title = { de = "Haushaltsabfälle je Einwohner", en = "Household waste per inhabitant" },
  field = "HF05",
  sdg = { "11.6.1", "12.5.1" },
  unit = { de = "kg/EW", en = "kg/inhabitant" }, decimals = 1,
  direction = "down",
  comment = {
    de = "Aufkommen an Haushaltsabfällen je Einwohner am 31.12. (wie Regionalatlas AI-N-12). "
      .. "Trier und Trier-Saarburg entsorgen gemeinsam; der Abfall ist beim Landkreis gebucht: "
      .. "für Trier fehlt der Wert, der des Landkreises enthält Triers Abfall.",
    en = "Household waste per inhabitant on 31 December (as Regionalatlas AI-N-12). "
      .. "Trier and Trier-Saarburg collect jointly; the waste is booked to the Landkreis: "
      .. "Trier has no value, the Landkreis's includes Trier's waste.",
  },
  compute = function(d)
    return 1000 * d.waste_t / d.population   -- t -> kg
  end,
}

report {
  title = {
    de = "Kreise und Länder: Dichte, Pkw und Abfall",
    en = "Kreise and Länder: density, cars and waste",
  },
  progress = "eurostat",
  focus = { "11", "05315", "09162", "14612" },   -- Berlin, Köln, München, Dresden
}
