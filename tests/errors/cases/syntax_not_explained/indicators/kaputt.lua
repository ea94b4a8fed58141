indicator "kaputt" {
  title = "Kaputt", field = "HF04", direction = "none",
  chart = { "areas" = true },
  compute = function(d) return d.population end,
}
