indicator "variable" {
  title = "Unbekannte Variable", field = "HF04",
  compute = function(d)
    return d.populaton / d.area_km2
  end,
}
