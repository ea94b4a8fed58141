indicator "dichte" {
  title = "Dichte", field = "HF04", unit = "EW/km²", direction = "none",
  compute = function(d)
    local city = d.population:at("c", 2020)
    return d.population / city
  end,
}
