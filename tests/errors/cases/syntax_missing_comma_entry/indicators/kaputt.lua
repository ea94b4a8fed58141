indicator "kaputt" {
  title = "Kaputt", field = "HF04", direction = "none",
  tags = {
    "mobilitaet"
    "klima",
  },
  compute = function(d) return d.population end,
}
