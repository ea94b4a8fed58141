indicator "feld" {
  title = "Feld", field = "HF4",
  compute = function(d) return d.population end,
}
