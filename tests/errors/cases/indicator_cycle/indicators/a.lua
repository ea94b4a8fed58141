indicator "a" {
  title = "A", field = "HF04",
  compute = function(d)
    return d.b + 1
  end,
}
