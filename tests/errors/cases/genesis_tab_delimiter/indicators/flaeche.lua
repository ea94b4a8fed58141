indicator "flaeche" {
  title = "Fläche", field = "HF04", unit = "km²",
  compute = function(d) return d.area_km2 end,
}
