indicator "muster" {
  title = "Muster", field = "HF04",
  compute = function(d)
    local s = ("a"):rep(3000)
    string.find(s, ".-.-.-.-.-b")
    return d.population
  end,
}
