indicator "dichte\0-alt" {
  title = "Dichte", field = "HF04",
  compute = function(d) return d.population end,
}
