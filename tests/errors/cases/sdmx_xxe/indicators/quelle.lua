source "sdmx" {
  file = "data/xxe.xml", format = "sdmx", area_value = "C",
  variables = { share = { unit = "%" } },
}
