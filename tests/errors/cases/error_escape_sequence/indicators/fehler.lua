-- clear the screen, print in red: not on the terminal of whoever reads the output
error("\27[2J\27[31mred")
