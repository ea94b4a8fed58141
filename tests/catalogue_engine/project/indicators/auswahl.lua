-- a shipped indicator taken over with a target, one left out, one of the city's own
indicator "dichte-ziel" {
  extends = "charta.probe/dichte",
  decimals = 2, direction = "down", target = { year = 2030, value = 90 },
}
drop "charta.probe/unsauber"
indicator "einwohner" {
  title = "Einwohner", field = "P1", sdg = "11.3.1", direction = "none",
  compute = function(d) return d.population end,
}
