-- Example indicators: copy one and change it. `compute` gets `d`: d.<variable>
-- is a table of all areas and years, computed in one go (see the README of
-- charta for the functions: per, share, pct_change, cagr, ...).

indicator "bevoelkerungsdichte" {
  title = { de = "Einwohner je km²", en = "Inhabitants per km²" },
  field = "HF04", sdg = "11.3.1", unit = { de = "EW/km²", en = "inhabitants/km²" }, decimals = 0,
  direction = "none",
  compute = function(d)
    return d.population / d.area_km2
  end,
}

indicator "gruenflaeche-je-einwohner" {
  title = { de = "Grünfläche je Einwohner", en = "Green space per inhabitant" },
  field = "HF03", sdg = "11.7.1", unit = { de = "m²/EW", en = "m²/inhabitant" }, decimals = 1,
  direction = "up",
  target = { year = 2030, value = 30 },
  compute = function(d)
    return per(d.green_km2, d.population, 1e6)   -- km² to m²
  end,
}
