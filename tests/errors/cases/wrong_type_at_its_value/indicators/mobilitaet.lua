indicator "mobilitaet" {
  title = { de = "Einwohner", en = "Inhabitants" },
  field = "HF01", unit = "EW",
  direction = "up", decimals = "eins",
  compute = function(d) return d.population end,
}
