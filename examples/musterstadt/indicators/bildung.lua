-- HF08 Bildung

indicator "kita-versorgung" {
  title = {
    de = "Kita-Plätze je 100 Kinder unter 6 Jahren",
    en = "Childcare places per 100 children under 6",
  },
  field = "HF08",
  sdg = "4.2.2",
  unit = { de = "je 100 Kinder", en = "per 100 children" }, decimals = 1,
  direction = "up",
  target = { year = 2030, value = 80 },
  compute = function(d)
    return per(d.childcare_places, d.children_u6, 100)
  end,
}

indicator "schulplatz-auslastung" {
  title = { de = "Auslastung der Schulplätze", en = "Use of school places" },
  field = "HF08",
  sdg = "4.a.1",
  unit = "%", decimals = 1,
  direction = "none",
  compute = function(d)
    return share(d.pupils, d.school_places)
  end,
}
