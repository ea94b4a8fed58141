-- The performance workload of ../shared/bench (gen_data.py): all
-- municipalities of a synthetic country, 2000-2024, 12 variables in one long
-- CSV, and the 20 indicators of baseline_pandas.py. scripts/bench writes
-- data/workload.csv before it runs this project.
city {
  id = "bench", name = "Deutschland (synthetisch)", code = "DG",
  languages = { "de", "en" }, years = { 2000, 2024 },
}

source "workload" {
  file = "data/workload.csv", layout = "long",
  area = "area_id", area_name = "area_name", year = "year",
  variable = "variable", value = "value",
  variables = {
    population = { unit = "persons" },
    area_km2 = { unit = "km²" },
    households = { unit = "households" },
    employed = { unit = "persons" },
    unemployed = { unit = "persons" },
    co2_t = { unit = "t" },
    cars = { unit = "cars" },
    bus_stops_pop_covered = { unit = "persons" },
    green_area_km2 = { unit = "km²" },
    renewable_kwh = { unit = "kWh" },
    total_kwh = { unit = "kWh" },
    broadband_households = { unit = "households" },
  },
}

field "B" { title = { de = "Vergleich", en = "Benchmark" } }
include "indicators/*.lua"
