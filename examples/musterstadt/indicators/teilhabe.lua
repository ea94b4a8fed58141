-- HF07 Partizipation, Teilhabe & Zusammenleben

indicator "wahlbeteiligung" {
  title = { de = "Wahlbeteiligung bei der Stadtratswahl", en = "Turnout at the city council election" },
  field = "HF07",
  sdg = "16.7.2",
  unit = "%", decimals = 1,
  direction = "up",
  target = { year = 2026, value = 58 },  -- the next Stadtratswahl
  compute = function(d)
    return share(d.voters, d.eligible_voters)   -- only election years have values
  end,
}
