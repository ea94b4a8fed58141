indicator "laufzeit" {
  title = "Laufzeitfehler", field = "HF04", unit = "%",
  compute = function(d)
    local faktor = nil
    return d.population * faktor
  end,
}
