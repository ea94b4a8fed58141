-- a table built by code has no place of its keys: the call's line stands for them
local spec = {
  title = "Einwohner", field = "HF01",
  direction = "up", titel = "x",
  compute = function(d) return d.population end,
}
indicator "mobilitaet" (spec)
