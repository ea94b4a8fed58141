-- HF10 Wirtschaft, Arbeit, Handel & Tourismus

indicator "arbeitslosenquote" {
  title = {
    de = "Arbeitslosenquote (bezogen auf alle zivilen Erwerbspersonen)",
    en = "Unemployment rate (of the civilian labour force)",
  },
  field = "HF10",
  sdg = "8.5.2",
  unit = "%", decimals = 1,
  direction = "down",
  target = { year = 2030, value = 4.5 },
  compute = function(d)
    return 100 * d.unemployed / (d.employed + d.unemployed)
  end,
}

indicator "arbeitslose-veraenderung" {
  title = {
    de = "Veränderung der Zahl der Arbeitslosen zum Vorjahr",
    en = "Change in the number of unemployed on the previous year",
  },
  field = "HF10",
  sdg = "8.5.2",
  unit = { de = "Personen", en = "persons" }, decimals = 0,
  direction = "none",                    -- a change, shown, not assessed (see arbeitslosenquote)
  compute = function(d)
    return change(d.unemployed, 1)
  end,
}
