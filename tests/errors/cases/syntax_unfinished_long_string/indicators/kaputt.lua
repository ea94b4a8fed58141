indicator "kaputt" {
  title = "Kaputt", field = "HF04", direction = "none",
  comment = [[Zählt alle Einwohner
    mit Hauptwohnsitz.],
  compute = function(d) return d.population end,
}
