-- HF03 Umwelt, Klima & Klimaanpassung

indicator "co2-pro-kopf" {
  title = { de = "CO₂-Emissionen je Einwohner", en = "CO₂ emissions per inhabitant" },
  definition = {
    de = "Energiebedingte CO₂-Emissionen im Stadtgebiet nach der Energie- und CO₂-Bilanz "
      .. "der Stadt (Territorialprinzip), in Tonnen je Einwohner.",
    en = "Energy-related CO₂ emissions within the city's territory from its energy and "
      .. "CO₂ balance (territorial principle), in tonnes per inhabitant.",
  },
  field = "HF03",
  sdg = "13.2.2",
  unit = { de = "t CO₂/EW", en = "t CO₂/inhabitant" }, decimals = 2,
  direction = "down",
  -- climate plan: -45 % by 2030 and -70 % by 2040 against 2012; a 'change'
  -- target applies to the city and to every Stadtteil from its own 2012 value
  target = {
    { year = 2030, change = -45, base = 2012 },
    { year = 2040, change = -70, base = 2012 },
  },
  compute = function(d)
    return d.co2_t / d.population
  end,
}

indicator "co2-pro-kopf-3j" {
  title = {
    de = "CO₂-Emissionen je Einwohner, gleitendes Dreijahresmittel",
    en = "CO₂ emissions per inhabitant, three-year moving average",
  },
  field = "HF03",
  sdg = "13.2.2",
  unit = { de = "t CO₂/EW", en = "t CO₂/inhabitant" }, decimals = 2,
  direction = "down",
  comment = {
    de = "Das Mittel über drei Jahre glättet Witterungseinflüsse (kalter Winter 2013, "
      .. "warmes Jahr 2014) und Sondereffekte wie 2020.",
    en = "Averaging over three years smooths out the weather (cold winter 2013, "
      .. "warm 2014) and one-off effects such as 2020.",
  },
  compute = function(d)
    -- built on the indicator above: charta evaluates "co2-pro-kopf" first
    return rolling_mean(d["co2-pro-kopf"], 3)
  end,
}

indicator "co2-index-2012" {
  title = { de = "CO₂-Emissionen, Index 2012 = 100", en = "CO₂ emissions, index 2012 = 100" },
  field = "HF03",
  sdg = "13.2.2",
  unit = "2012 = 100", decimals = 1,
  direction = "down",
  target = { year = 2030, value = 55 },  -- climate plan: -45 % against 2012
  compute = function(d)
    local co2 = d.co2_t
    -- The slow path on purpose: the base is a fixed year (2012) of the same
    -- area, not a fixed distance back, so lag/pct_change cannot express it.
    return co2:map(function(v, area, year)
      local base = co2:at(area, 2012)
      if v == nil or base == nil or base == 0 then
        return nil
      end
      return 100 * v / base
    end)
  end,
}

indicator "gruenflaeche-pro-kopf" {
  title = {
    de = "Öffentliche Grünfläche je Einwohner",
    en = "Public green space per inhabitant",
  },
  field = "HF03",
  sdg = "11.7.1",
  unit = { de = "m²/EW", en = "m²/inhabitant" }, decimals = 1,
  direction = "up",
  compute = function(d)
    return 10000 * d.green_ha / d.population   -- ha -> m²
  end,
}

indicator "feinstaub-pm25" {
  title = {
    de = "Feinstaub PM2,5, Jahresmittel (bevölkerungsgewichtet)",
    en = "Fine particulate matter PM2.5, annual mean (population-weighted)",
  },
  field = "HF03",
  sdg = "11.6.2",
  sdmx = { SERIES = "EN_ATM_PM25", UNIT_MEASURE = "GPERM3" },   -- micrograms per m³
  unit = "µg/m³", decimals = 1,
  direction = "down",
  target = { year = 2030, value = 8 },   -- below the EU limit value of 10 for 2030
  compute = function(d)
    return d.pm25                        -- Bezirke and city: weighted by population
  end,
}

indicator "feinstaub-belastete-bevoelkerung" {
  title = {
    de = "Bevölkerung in Stadtteilen mit PM2,5 über 10 µg/m³",
    en = "Population in Stadtteile with PM2.5 above 10 µg/m³",
  },
  field = "HF03",
  sdg = "11.6.2",
  unit = "%", decimals = 1,
  direction = "down",
  limit = 0,                             -- a share: nobody exposed is the end of the road
  compute = function(d)
    -- per Stadtteil: all or none of its people; total() then adds up the
    -- exposed people of the Stadtteile for each Bezirk and the city
    local exposed = where(d.pm25:gt(10), d.population, 0)
    return share(total(exposed), d.population)
  end,
}
