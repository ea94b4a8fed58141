-- The project every error case starts from; a case replaces or adds files.
city {
  id = "fehlerstadt", name = "Fehlerstadt", code = "C",
  languages = { "de", "en" }, years = { 2020, 2022 },
}

areas { file = "data/gebiete.csv", code = "Nr", name = "Name", parent = "Ober" }

source "einwohner" {
  file = "data/einwohner.csv",
  area = "Gebiet", year = "Jahr",
  variables = {
    population = { column = "Einwohner", unit = "persons" },
    area_km2 = { column = "Fläche", unit = "km²" },
  },
}

use "charta.fields"
