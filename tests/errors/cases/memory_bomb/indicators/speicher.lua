-- a table that grows by a megabyte a step
local t = {}
for i = 1, 1e6 do
  t[i] = ("x"):rep(1e6) .. i
end
