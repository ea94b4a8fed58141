city {
  id = "probe", name = "Probestadt", code = "C", years = { 2020, 2022 },
}
areas { list = {
  { code = "C", name = "Probestadt" },
  { code = "1", name = "Nord", parent = "C" },
  { code = "2", name = "Süd", parent = "C" },
} }
source "einwohner" {
  file = "data/einwohner.csv", area = "Gebiet", year = "Jahr",
  variables = {
    population = { column = "Einwohner", unit = "persons" },
    area_km2 = { column = "Fläche", unit = "km²" },
  },
}
use "charta.probe"
include "indicators/*.lua"
