-- A new city project, made by `charta init`. Replace the example data in
-- data/ with your own files, adapt the sources below and write your
-- indicators in indicators/. `charta check .` shows every problem with its
-- file and line; `charta run .` writes the report into report/.

city {
  id = "meinestadt",              -- names the report files (<id>-<year>.xlsx)
  name = "Meine Stadt",
  kind = "Stadt",                 -- "Stadt", "Gemeinde", "Kreis", "Land" or "Staat": the words the report uses
  code = "00000000",              -- the city's area code (AGS) in data/gebiete.csv
  languages = { "de", "en" },     -- the first is the report's default language
  years = { 2020, 2024 },         -- the reporting window
}

-- the city and its districts: code, name and the parent's code
areas { file = "data/gebiete.csv", code = "Nr", name = "Name", parent = "Übergeordnet" }

-- one file of numbers per district and year
source "bevoelkerung" {
  file = "data/bevoelkerung.csv",
  delimiter = ";", decimal = ",",   -- as spreadsheets in German write them
  area = "Nr", year = "Jahr",
  -- what the report says about the data (example data: replace with your own)
  title = { de = "Einwohner und Flächen der Stadtteile (Beispieldaten)",
            en = "Inhabitants and areas of the districts (example data)" },
  publisher = "Meine Stadt",
  variables = {
    population = { column = "Einwohner", unit = "persons" },
    area_km2   = { column = "Fläche km²", unit = "km²" },
    green_space_ha = { column = "Grünfläche ha", unit = "ha" },
  },
}

-- the shipped indicators (and the action fields HF01-HF14): each is in the report
-- as soon as your sources give the variables it needs, named as in the shipped
-- vocabulary (population, area_km2, green_space_ha, ...); data/README.md lists
-- them with the statistics tables they come from, `charta list .` what is left out
use "charta.sdg-kommunen"
include "indicators/*.lua"

report {
  title = { de = "Indikatorenbericht", en = "Indicator report" },
}
