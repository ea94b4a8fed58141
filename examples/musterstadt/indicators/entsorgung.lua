-- HF05 Ver- & Entsorgung

indicator "abfall-pro-kopf" {
  title = { de = "Haushaltsabfälle je Einwohner", en = "Household waste per inhabitant" },
  definition = {
    de = "Von den Haushalten überlassene Abfälle (Rest-, Bio-, Papier- und Wertstoffabfall, "
      .. "Sperrmüll) im Jahr, in Kilogramm je Einwohner.",
    en = "Waste collected from households in the year (residual, organic, paper, packaging "
      .. "and bulky waste), in kilograms per inhabitant.",
  },
  field = "HF05",
  sdg = { "11.6.1", "12.5.1" },
  unit = { de = "kg/EW", en = "kg/inhabitant" }, decimals = 1,
  direction = "down",
  target = { year = 2030, value = 380 },
  compute = function(d)
    return 1000 * d.waste_t / d.population   -- t -> kg
  end,
}
