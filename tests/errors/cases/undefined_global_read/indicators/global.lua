indicator "global" {
  title = "Global", field = "HF04",
  compute = function(d)
    return pre(d.population, d.area_km2, 1000)
  end,
}
