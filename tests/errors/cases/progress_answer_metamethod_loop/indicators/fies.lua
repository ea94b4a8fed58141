indicator "ziel" {
  title = "Ziel", field = "HF04", direction = "up",
  target = { year = 2022, value = 100000 },
  compute = function(d) return d.population end,
}
progress_method "fies" {
  categories = { a = 2, b = 0 },
  assess = function(points, target, info)
    -- the answer's metamethods run when charta reads it
    return setmetatable({ category = "a" }, { __index = function() while true do end end })
  end,
}
report { progress = "fies" }
