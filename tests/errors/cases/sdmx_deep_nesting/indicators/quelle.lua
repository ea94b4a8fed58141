source "sdmx" {
  file = "data/tief.xml", format = "sdmx", area_value = "C",
  variables = { share = { unit = "%" } },
}
