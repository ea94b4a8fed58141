indicator "ziel" {
  title = "Ziel", field = "HF04", direction = "up",
  target = { year = 2022, base = 2020, change = 1e300 },
  compute = function(d) return d.population end,
}
