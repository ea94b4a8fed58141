local kept
indicator "behalten" {
  title = "Behalten", field = "HF04", direction = "up",
  target = { year = 2022, value = 100 },
  compute = function(d)
    kept = d
    return d.population
  end,
}
progress_method "spaet" {
  categories = { gut = 2, schlecht = 0 },
  assess = function(points, target, info)
    local s = kept.area_km2
    return "gut"
  end,
}
report { progress = "spaet" }
