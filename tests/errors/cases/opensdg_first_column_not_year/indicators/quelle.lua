source "sdg" {
  file = "data/indicator_1-1-1.csv", format = "opensdg", area_value = "C",
  variables = { share = { unit = "%" } },
}
