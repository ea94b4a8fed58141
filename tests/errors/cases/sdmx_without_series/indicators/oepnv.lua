indicator "oepnv" {
  title = "ÖPNV", field = "HF01", sdg = "11.2.1", unit = "%",
  sdmx = { UNIT_MEASURE = "PT" },
  compute = function(d) return d.population / d.area_km2 end,
}
