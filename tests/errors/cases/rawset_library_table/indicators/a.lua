-- a file may not change the libraries every later file sees
rawset(math, "max", function() return 42 end)
