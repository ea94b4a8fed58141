source "sdmx" {
  file = "data/x.xml", format = "sdmx", area_value = "C",
  variables = { share = { period = "median" } },
}
