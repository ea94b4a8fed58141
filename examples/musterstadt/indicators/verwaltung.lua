-- HF06 Verwaltung & digitale Services

indicator "online-antraege" {
  title = {
    de = "Anteil online gestellter Verwaltungsanträge",
    en = "Share of administrative applications filed online",
  },
  field = "HF06",
  sdg = "16.6.2",
  unit = "%", decimals = 1,
  direction = "up",
  limit = 100,
  target = { year = 2030, value = 60 },
  compute = function(d)
    return share(d.applications_online, d.applications_total)
  end,
}
