indicator "dichte" {
  title = "Dichte", field = "HF04", unit = "EW/km²", direction = "none",
  compute = function(d)
    return d.Population / d.area_km2
  end,
}
