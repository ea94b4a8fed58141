indicator "kaputt" {
  title = "Kaputt", field = "HF04", direction = "none",
  compute = function(d)
    if d.population then
      return d.population
    end
    return d.area_km2
}
