-- charta.probe: a small library for the tests of the catalogue's engine (shipped
-- indicators, needs, extends and drop); not shipped with charta.
variable "population" {
  title = { de = "Bevölkerung", en = "Population" }, unit = "persons", aggregate = "sum",
  genesis = "12411-01-01-4", where = { de = "Statistisches Landesamt", en = "state statistics office" },
}
variable "area_km2" { title = { de = "Fläche", en = "Area" }, unit = "km²", aggregate = "sum" }
variable "cars" { title = { de = "Pkw-Bestand", en = "Cars" }, unit = "cars", aggregate = "sum" }

field "P1" { title = { de = "Probefeld", en = "Probe field" }, sdgs = { "11.3" },
  guideline = { de = "Integriert planen", en = "Plan in an integrated way" } }

indicator "dichte" {
  title = { de = "Bevölkerungsdichte", en = "Population density" },
  definition = { de = "Einwohner je km² Fläche.", en = "Inhabitants per km² of area." },
  field = "P1", sdg = "11.3.1", unit = "EW/km²", direction = "none",
  needs = { "population", "area_km2" },
  compute = function(d) return d.population / d.area_km2 end,
}

indicator "pkw" {
  title = "Pkw je 1.000 Einwohner", field = "P1", sdg = "11.2.1", direction = "down",
  needs = { "cars", "population" },
  compute = function(d) return per(d.cars, d.population, 1000) end,
}

-- needs another shipped indicator: left out with it
indicator "pkw-doppelt" {
  title = "Pkw doppelt", field = "P1", sdg = "11.2.1", direction = "down", needs = { "pkw" },
  compute = function(d) return d.pkw * 2 end,
}

-- reads a variable its needs does not list
indicator "unsauber" {
  title = "Unsauber", field = "P1", sdg = "3.4.1", direction = "none", needs = { "population" },
  compute = function(d) return d.population / d.area_km2 end,
}
