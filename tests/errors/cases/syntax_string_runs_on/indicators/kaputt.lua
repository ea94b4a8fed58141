indicator "kaputt" {
  title = { de = "Kaputt, en = "Broken" },
  field = "HF04", direction = "none",
  compute = function(d) return d.population end,
}
