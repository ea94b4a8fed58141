indicator "diagramm" {
  title = "Diagramm", field = "HF04", unit = "EW",
  chart = { kind = "pie" },
  compute = function(d) return d.population end,
}
