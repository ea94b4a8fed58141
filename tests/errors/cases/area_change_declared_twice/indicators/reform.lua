area_change { old = "1", new = "2", year = 2021 }
area_change { old = "1", new = "C", year = 2022 }
