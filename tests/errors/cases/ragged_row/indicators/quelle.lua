source "zeilen" {
  file = "data/zeilen.csv",
  area = "Gebiet", year = "Jahr",
  variables = { jobs = { column = "Beschäftigte" } },
}
