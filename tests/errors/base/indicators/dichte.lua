indicator "dichte" {
  title = { de = "Bevölkerungsdichte", en = "Population density" },
  field = "HF04", sdg = "11.3.1", unit = "EW/km²", decimals = 1, direction = "none",
  compute = function(d)
    return d.population / d.area_km2
  end,
}
