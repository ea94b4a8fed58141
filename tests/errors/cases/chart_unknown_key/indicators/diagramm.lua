indicator "diagramm" {
  title = "Diagramm", field = "HF04", unit = "EW",
  chart = { knd = "areas" },
  compute = function(d) return d.population end,
}
