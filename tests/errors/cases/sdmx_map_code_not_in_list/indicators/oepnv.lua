indicator "oepnv" {
  title = "ÖPNV", field = "HF01", sdg = "11.2.1", unit = "%",
  breakdown = "sex",
  sdmx = { SERIES = "SP_TRN_PUBL", SEX = { female = "W", male = "M" } },
  compute = function(d) return d.population / d.area_km2 end,
}
