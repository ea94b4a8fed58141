-- HF13 Daten & digitale Infrastruktur

indicator "gigabit-haushalte" {
  title = {
    de = "Haushalte mit gigabitfähigem Anschluss",
    en = "Households with a gigabit connection",
  },
  field = "HF13",
  sdg = "17.6.1",
  unit = "%", decimals = 1,
  direction = "up",
  limit = 100,
  target = { year = 2030, value = 100 },  -- federal Gigabitstrategie: gigabit for all by 2030
  compute = function(d)
    return share(d.broadband_hh, d.households)
  end,
}
