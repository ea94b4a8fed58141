source "sdmx" {
  file = "data/7-2-1.xml", format = "sdmx",
  area_codes = { ["826"] = "C" },
  variables = { renew = { series = { SERIES = "EG_FEC_RNEW" }, unit = "%" } },
}
