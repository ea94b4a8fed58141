-- HF09 Gesundheit & Pflege

indicator "hausarztdichte" {
  title = {
    de = "Hausärzte (Vollzeitäquivalente) je 10.000 Einwohner",
    en = "General practitioners (full-time equivalents) per 10,000 inhabitants",
  },
  field = "HF09",
  sdg = "3.c.1",
  unit = { de = "VZÄ/10.000 EW", en = "FTE/10,000 inhabitants" }, decimals = 2,
  direction = "up",
  target = { year = 2030, value = 6.5 },
  compute = function(d)
    return per(d.gp_fte, d.population, 10000)
  end,
}
