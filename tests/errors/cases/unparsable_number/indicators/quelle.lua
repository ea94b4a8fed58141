source "zahlen" {
  file = "data/zahlen.csv", delimiter = ";", decimal = ",",
  area = "Gebiet", year = "Jahr",
  variables = { jobs = { column = "Beschäftigte" } },
}
