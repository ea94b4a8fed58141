indicator "tippfehler" {
  titel = "Tippfehler", field = "HF04",
  compute = function(d) return d.population end,
}
