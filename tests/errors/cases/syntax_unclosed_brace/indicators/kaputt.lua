indicator "kaputt" {
  title = "Kaputt", field = "HF04", direction = "none",
  target = { year = 2030, value = 1,
  compute = function(d)
    return d.population
  end,
}
