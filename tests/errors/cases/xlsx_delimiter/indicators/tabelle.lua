source "tabelle" {
  file = "data/tabelle.xlsx", format = "xlsx", sheet = "Daten", range = "A3:F7",
  area = "Gebiet", year = "Jahr", delimiter = ";",
  variables = { households = { column = "Einwohner", unit = "persons" } },
}
