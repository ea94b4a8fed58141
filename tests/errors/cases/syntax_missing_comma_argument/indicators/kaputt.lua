indicator "kaputt" {
  title = "Kaputt", field = "HF04", direction = "none",
  compute = function(d)
    return per(d.population d.area_km2, 1000)
  end,
}
