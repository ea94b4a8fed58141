series_break { source = "einwohner" }
