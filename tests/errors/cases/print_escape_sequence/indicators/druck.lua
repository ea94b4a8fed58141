-- print goes to the run log, printable
print("\27[2J\27[31mred\0tail")
