/* decl_chart.h: reading `chart = { ... }` of an indicator and the style keys
 * of `report { logo = ..., colors = { ... } }` (decl_chart.c). Private to
 * the engine's declaration files; every reader raises a Lua error at the
 * script's line, like the readers of decl_read.c. */
#ifndef CHARTA_DECL_CHART_H
#define CHARTA_DECL_CHART_H

#include <lua.h>

#include "charta/project.h"

/* t[key] (absolute index t) as a chart spec; nothing when absent. */
void charta_decl_read_chart(lua_State *L, int t, const char *key, const char *what,
                            charta_chart_spec *out);

/* `logo` and `colors` of the report table at absolute index t. */
void charta_decl_read_report_style(lua_State *L, int t, charta_report_spec *r);

/* "#RRGGBB" or "#RGB" into 0xRRGGBB; false when s is not such a colour. */
bool charta_decl_parse_color(const char *s, unsigned *out);

#endif
