-- HF01 Mobilität & Verkehr

indicator "oepnv-anbindung" {
  title = {
    de = "Bevölkerung mit ÖPNV-Haltestelle im 300-m-Radius",
    en = "Population within 300 m of a public transport stop",
  },
  field = "HF01",
  sdg = "11.2.1",
  -- the SDG series of 11.2.1 (sdmx/ export); the UN counts 500 m to a bus stop,
  -- Musterstadt's 300 m radius is stricter
  sdmx = { SERIES = "SP_TRN_PUBL", UNIT_MEASURE = "PT" },
  unit = "%", decimals = 1,
  direction = "up",
  limit = 100,
  target = {
    { year = 2030, value = 95 },
    -- Bärenbach, a village at the edge of the city: the Nahverkehrsplan aims lower there
    { year = 2030, value = 85, area = "403" },
  },
  compute = function(d)
    return 100 * d.pt_pop / d.population
  end,
}

indicator "pkw-dichte" {
  title = { de = "Pkw je 1.000 Einwohner", en = "Passenger cars per 1,000 inhabitants" },
  field = "HF01",
  sdg = "11.2.1",
  unit = { de = "Pkw/1.000 EW", en = "cars/1,000 inhabitants" }, decimals = 0,
  direction = "down",
  target = { year = 2030, value = 430 },
  compute = function(d)
    return per(d.cars, d.population, 1000)
  end,
}

indicator "e-pkw-anteil" {
  title = { de = "Anteil der Elektro-Pkw am Pkw-Bestand", en = "Electric cars as a share of all cars" },
  field = "HF01",
  sdg = "13.2.2",
  unit = "%", decimals = 1,
  direction = "up",
  limit = 100,
  target = { year = 2030, value = 20 },
  compute = function(d)
    return share(d.ev_cars, d.cars)
  end,
}

indicator "radwegedichte" {
  title = { de = "Radwege je km² Stadtfläche", en = "Cycle paths per km² of city area" },
  field = "HF01",
  sdg = "11.2.1",
  unit = "km/km²", decimals = 2,
  direction = "up",
  compute = function(d)
    return d.bike_km / d.area_km2
  end,
}
