indicator "ziel" {
  title = "Ziel", field = "HF04", direction = "up",
  target = { year = 2022, value = 100000 },
  compute = function(d) return d.population end,
}
progress_method "basis" {
  categories = { a = 2 },
  assess = function(points, target, info)
    return { category = "a", base_year = 1 << 40 }
  end,
}
report { progress = "basis" }
