city {
  id = "flaechen", name = "Deutschland", code = "DG",
  languages = { "de" }, years = { 2015, 2015 },
  limits = { instructions = 2e6 },
}

-- a GENESIS export declared with tabs, which has no header row at all: the
-- message names the tab by its word
source "flaeche" {
  file = "data/flaeche.csv", preset = "genesis", delimiter = "\t",
  variables = { area_km2 = { column = "Gebietsfläche", unit = "km²" } },
}

use "charta.fields"
include "indicators/*.lua"
