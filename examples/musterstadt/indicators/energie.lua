-- HF02 Energie

indicator "erneuerbarer-strom" {
  title = {
    de = "Anteil lokal erneuerbar erzeugten Stroms am Stromverbrauch",
    en = "Locally generated renewable electricity as a share of consumption",
  },
  definition = {
    de = "Im Stadtgebiet aus erneuerbaren Quellen (Photovoltaik, Wind, Biomasse, Wasserkraft) "
      .. "erzeugter Strom in Prozent des Stromverbrauchs im Stadtgebiet.",
    en = "Electricity generated from renewable sources (solar, wind, biomass, hydro) within "
      .. "the city, as a percentage of the electricity consumed there.",
  },
  field = "HF02",
  sdg = "7.2.1",
  unit = "%", decimals = 1,
  direction = "up",
  target = {                         -- milestones of the city's climate plan
    { year = 2025, value = 25 },
    { year = 2030, value = 40 },
  },
  compute = function(d)
    return share(d.renewable_kwh, d.electricity_kwh)
  end,
}

indicator "stromverbrauch-pro-kopf" {
  title = { de = "Stromverbrauch je Einwohner", en = "Electricity consumption per inhabitant" },
  field = "HF02",
  sdg = "7.3.1",
  unit = { de = "kWh/EW", en = "kWh/inhabitant" }, decimals = 0,
  direction = "down",
  target = { year = 2030, value = 4400 },
  compute = function(d)
    return d.electricity_kwh / d.population
  end,
}

indicator "stromverbrauch-veraenderung" {
  title = {
    de = "Veränderung des Stromverbrauchs zum Vorjahr",
    en = "Change in electricity consumption on the previous year",
  },
  field = "HF02",
  sdg = "7.3.1",
  unit = "%", decimals = 1,
  -- a rate of change is shown, not assessed: growth-rate methods need levels,
  -- and "stromverbrauch-pro-kopf" carries the assessment
  direction = "none",
  comment = {
    de = "Gesamtverbrauch aller Sektoren im Stadtteil; 2020 durch die Pandemie, "
      .. "2022 durch die Energiekrise gedämpft.",
    en = "Total consumption of all sectors in the Stadtteil; lowered in 2020 by "
      .. "the pandemic and in 2022 by the energy crisis.",
  },
  compute = function(d)
    return pct_change(d.electricity_kwh, 1)
  end,
}
