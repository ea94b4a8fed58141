source "fehlt" {
  file = "data/gibt-es-nicht.csv",
  area = "Gebiet", year = "Jahr",
  variables = { jobs = { column = "Beschäftigte" } },
}
