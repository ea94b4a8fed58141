indicator "kaputt" {
  title = "Kaputt", field = "HF04", direction = "none",
  compute = function(d)
    return d.population
  end
  end,
}
