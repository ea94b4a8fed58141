-- a message of ten million bytes: cut to a line a reader can take in
error(("x"):rep(10 * 1000 * 1000))
