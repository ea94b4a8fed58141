report { colors = { primary = "#005a9c\0 und mehr" } }
