local bytes = ("").dump(function() end)
