indicator "nichts" {
  title = "Nichts", field = "HF04",
  compute = function(d)
    local x = d.population
  end,
}
