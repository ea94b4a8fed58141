-- a key misspelt
indicator "a" {
  titel = "A", field = "HF04",
  compute = function(d) return d.population end,
}
