area_change { old = 1, new = "2", year = 2021 }
