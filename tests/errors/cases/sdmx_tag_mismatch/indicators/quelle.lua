source "sdmx" {
  file = "data/gross.xml", format = "sdmx", area_value = "C",
  variables = { share = { series = { SERIES = "S001" } } },
}
