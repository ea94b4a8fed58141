assert(math.max(1, 2) == 2, "math.max was changed by another file")
