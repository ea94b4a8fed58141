local kept
indicator "merken" {
  title = "Merken", field = "HF04",
  compute = function(d)
    kept = d.population
    return kept
  end,
}
indicator "alt" {
  title = "Alt", field = "HF04",
  compute = function(d)
    return kept
  end,
}
