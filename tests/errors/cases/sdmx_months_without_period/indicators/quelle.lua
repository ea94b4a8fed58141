source "sdmx" {
  file = "data/monate.xml", format = "sdmx", area_value = "C",
  variables = { share = { unit = "%" } },
}
