# Series: vector kernels (series.c) and their Lua userdata (series_lua.c).
set(CHARTA_SERIES_SOURCES src/series.c src/series_lua.c)
