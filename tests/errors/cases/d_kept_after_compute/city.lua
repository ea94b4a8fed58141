-- The project every error case starts from; a case replaces or adds files.
city {
  id = "fehlerstadt", name = "Fehlerstadt", code = "C",
  languages = { "de", "en" }, years = { 1800, 2200 },
  limits = { instructions = 2e6, memory_mb = 64, seconds = 20 },
}

-- over 10^6 input cells (1,300 areas x 401 years x 2 variables): the run
-- releases the input values once the indicators are computed
local list = { { code = "C", name = "Fehlerstadt" }, { code = "1", name = "Nord", parent = "C" },
  { code = "2", name = "Süd", parent = "C" } }
for i = 3, 1300 do list[i + 1] = { code = tostring(i), name = "G" .. i, parent = "C" } end
areas { list = list }

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
