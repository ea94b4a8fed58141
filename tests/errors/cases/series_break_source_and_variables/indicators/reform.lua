series_break { source = "einwohner", variables = { "population" }, year = 2021 }
