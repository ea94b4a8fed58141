source "sdmx" {
  file = "data/lol.xml", format = "sdmx", area_value = "C",
  variables = { share = { unit = "%" } },
}
