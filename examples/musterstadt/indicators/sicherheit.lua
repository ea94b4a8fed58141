-- HF11 Sicherheit, Rettung & Katastrophenschutz

indicator "gewaltdelikte" {
  title = {
    de = "Gewaltdelikte je 100.000 Einwohner (Häufigkeitszahl)",
    en = "Violent offences per 100,000 inhabitants",
  },
  field = "HF11",
  sdg = "16.1.3",
  unit = { de = "je 100.000 EW", en = "per 100,000 inhabitants" }, decimals = 0,
  direction = "down",
  target = { year = 2030, value = 150 },
  compute = function(d)
    return per(d.violent_crimes, d.population, 100000)
  end,
}
