indicator "mobilitaet" {
  title = { de = "Einwohner", en = "Inhabitants" },
  field = "HF01", unit = "EW", decimals = 0,
  direction = "upp",
  compute = function(d) return d.population end,
}
