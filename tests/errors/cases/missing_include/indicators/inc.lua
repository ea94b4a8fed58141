include "weitere/*.lua"
