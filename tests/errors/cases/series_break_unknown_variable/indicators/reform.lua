series_break { variables = { "population", "pkw" }, year = 2021 }
