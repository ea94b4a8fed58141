series_break { source = "kfz", year = 2021 }
