include "data"
