source "sdmx" {
  file = "data/x.xml", format = "sdmx", area_value = "C", delimiter = ";",
  variables = { share = { unit = "%" } },
}
