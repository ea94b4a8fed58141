progress_method "ampel" {
  categories = { gruen = 2, rot = -5 },
  assess = function(points, target, info) return "gruen" end,
}
