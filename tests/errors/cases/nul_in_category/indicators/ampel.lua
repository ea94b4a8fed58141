indicator "ziel" {
  title = "Ziel", field = "HF04", direction = "up",
  target = { year = 2022, value = 100000 },
  compute = function(d) return d.population end,
}
progress_method "ampel" {
  categories = { gruen = 2, rot = 0 },
  assess = function(points, target, info)
    return "gruen\0rot"
  end,
}
report { progress = "ampel" }
