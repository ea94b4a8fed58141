-- Example indicators. The shipped ones (use "charta.sdg-kommunen" in city.lua)
-- need no code here; take one over with `extends` to give it a target:

indicator "gruenflaeche" {
  extends = "charta.sdg-kommunen/gruenflaeche-je-ew",
  target = { year = 2030, value = 30 },
}

-- or write your own: copy this one and change it. `compute` gets `d`: d.<variable>
-- is a table of all areas and years, computed in one go (see the README of
-- charta for the functions: per, share, pct_change, cagr, ...).

indicator "gruenanteil" {
  title = { de = "Anteil der Grünfläche an der Fläche", en = "Green space as a share of the area" },
  field = "HF03", sdg = "11.7.1", unit = "%", decimals = 1,
  direction = "up", limit = 100,
  compute = function(d)
    return share(d.green_space_ha / 100, d.area_km2)   -- ha to km²
  end,
}
