indicator "b" {
  title = "B", field = "HF04",
  compute = function(d)
    return d.a * 2
  end,
}
