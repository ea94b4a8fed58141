-- The project every error case starts from; a case replaces or adds files.
city {
  id = "fehlerstadt", name = "Fehlerstadt", code = "C",
  languages = { "de", "en" }, years = { 2020, 2022 },
}

areas { list = {
  { code = "C", name = "Fehlerstadt" },
  { code = "1", name = "Nord", parent = "C" },
  { code = "2", name = "Süd", parent = "C" },
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

indicator "ziel" {
  title = "Ziel", field = "HF04", direction = "up",
  target = { year = 2022, value = 100000 },
  compute = function(d) return d.population end,
}
progress_method "basis" {
  categories = { a = 2 },
  assess = function(points, target, info)
    return { category = "a", base_year = 1 << 40 }
  end,
}
report { progress = "basis" }
