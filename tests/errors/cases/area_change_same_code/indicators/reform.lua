area_change { old = "1", new = "1", year = 2021 }
