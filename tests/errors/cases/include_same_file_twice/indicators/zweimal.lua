-- the same file under other spellings: it runs once
include "./indicators/dichte.lua"
include ".//indicators/./dichte.lua"
