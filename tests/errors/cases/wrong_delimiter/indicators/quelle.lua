source "semikolon" {
  file = "data/komma.csv", delimiter = ";",
  area = "Gebiet", year = "Jahr",
  variables = { jobs = { column = "Beschäftigte" } },
}
