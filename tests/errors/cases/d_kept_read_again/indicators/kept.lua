local kept
indicator "erstes" {
  title = "Erstes", field = "HF04",
  compute = function(d)
    kept = d
    return d.population
  end,
}
indicator "zweites" {
  title = "Zweites", field = "HF04",
  compute = function(d)
    return d.erstes + kept.population
  end,
}
