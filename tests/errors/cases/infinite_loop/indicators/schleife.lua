indicator "schleife" {
  title = "Endlos", field = "HF04",
  compute = function(d)
    local n = 0
    while true do
      n = n + 1
    end
  end,
}
