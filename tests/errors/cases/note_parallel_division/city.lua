-- A Land whose table holds two divisions of it, as GENESIS tables of Kreise do:
-- the Regierungsbezirke 141, 142 (until 2007) and the NUTS-2 regions 145, 146.
city {
  id = "land", name = "Land", code = "14",
  languages = { "de", "en" }, years = { 2007, 2008 },
  limits = { instructions = 2e6, memory_mb = 64, seconds = 20 },
}

source "einwohner" {
  file = "data/einwohner.csv",
  area = "Gebiet", area_name = "Name", year = "Jahr",
  variables = {
    population = { column = "Einwohner", unit = "persons" },
    area_km2 = { column = "Fläche", unit = "km²" },
  },
}

use "charta.fields"
include "indicators/*.lua"
