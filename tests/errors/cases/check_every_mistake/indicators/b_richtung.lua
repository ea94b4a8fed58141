-- a value that is not one of the choices; the declaration after it is checked too
indicator "b" {
  title = "B", field = "HF04",
  direction = "hoch",
  compute = function(d) return d.population end,
}

indicator "c" {
  title = "C", field = "HF4",
  compute = function(d) return d.population end,
}
