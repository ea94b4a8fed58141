source "sdmx" {
  file = "data/koeln.xml", format = "sdmx", area_value = "C",
  variables = { share = { unit = "%" } },
}
