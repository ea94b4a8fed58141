indicator "anteil" {
  title = "Anteil", field = "HF04", unit = "%",
  direction = "up", limit = 100,
  target = { year = 2030, value = 110 },
  compute = function(d) return 100 * d.population / d.population end,
}
