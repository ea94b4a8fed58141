-- The project every error case starts from; a case replaces or adds files.
city {
  id = "fehlerstadt", name = "Fehlerstadt", code = "C",
  languages = { "de", "en" }, years = { 2020, 2022 },
  limits = { instructions = 2e6, memory_mb = 64, seconds = 20 },
}

areas { list = {
  { code = "C", name = "Fehlerstadt" },
  { code = "1", name = "Nord", parent = "C" },
  { code = "2", name = "Süd", parent = "C" },
  { code = "9", name = "Süd (alt)", parent = "C" },
} }

source "einwohner" {
  file = "data/einwohner.csv",
  area = "Gebiet", year = "Jahr",
  variables = {
    population = { column = "Einwohner", unit = "persons" },
    area_km2 = { column = "Fläche", unit = "km²" },
  },
}

use "charta.fields"
include "indicators/*.lua"
