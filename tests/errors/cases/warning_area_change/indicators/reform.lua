area_change { old = "9", new = "2", year = 2021, reason = "Gebietsreform" }
