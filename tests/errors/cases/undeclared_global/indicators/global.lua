zaehler = 1
