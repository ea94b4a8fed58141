indicator "spaet" {
  title = "Zu spät", field = "HF04",
  compute = function(d)
    field "HF99" { title = "Neu" }
    return d.population
  end,
}
