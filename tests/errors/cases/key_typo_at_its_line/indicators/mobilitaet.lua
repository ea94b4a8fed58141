indicator "mobilitaet" {
  title = { de = "Einwohner", en = "Inhabitants" },
  field = "HF01", unit = "EW", decimals = 0,
  direction = "up",
  traget = { year = 2030, value = 3000 },
  compute = function(d) return d.population end,
}
