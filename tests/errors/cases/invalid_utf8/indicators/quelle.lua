source "kodierung" {
  file = "data/latin1.csv",
  area = "Gebiet", year = "Jahr",
  variables = { jobs = { column = "Beschaeftigte" } },
}
