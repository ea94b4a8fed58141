indicator "kaputt" {
  title = "Kaputt", field = "HF04", direction = "none",
  compute = function(d)
    local v = d.population
    if d.population:at("C", 2020) == 0
      v = d.area_km2
    end
    return v
  end,
}
