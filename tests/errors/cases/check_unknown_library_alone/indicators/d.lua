-- its field comes from the library that failed: no second error for it
indicator "d" {
  title = "D", field = "HF01",
  compute = function(d) return d.population end,
}
