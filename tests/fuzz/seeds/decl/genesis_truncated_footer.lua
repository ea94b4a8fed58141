city {
  id = "flaechen", name = "Deutschland", code = "DG",
  languages = { "de" }, years = { 2015, 2015 },
}

source "flaeche" {
  file = "data/11111-01-01-4.csv", preset = "genesis", encoding = "latin1",
  variables = { area_km2 = { column = "Gebietsfläche", unit = "km²" } },
}

use "charta.fields"

indicator "flaeche" {
  title = "Fläche", field = "HF04", unit = "km²",
  compute = function(d) return d.area_km2 end,
}
