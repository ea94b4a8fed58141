source "sdmx" {
  file = "data/dtd.xml", format = "sdmx", area_value = "C",
  variables = { share = { unit = "%" } },
}
