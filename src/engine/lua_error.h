/* lua_error.h: errors raised into Lua in the user's language.
 *
 * charta_lua_error is luaL_error with its format looked up in the message catalogue
 * (i18n.h) first, so that the call sites stay plain English and scripts/update-po finds
 * their msgids. The format takes lua_pushfstring's directives (%s %d %c %f %%), the same
 * in every translation and in the same order (msgfmt --check holds them to it).
 */
#ifndef CHARTA_LUA_ERROR_H
#define CHARTA_LUA_ERROR_H

#include <stdarg.h>

#include <lauxlib.h>
#include <lua.h>

#include "charta/i18n.h"

/* Raise fmt, translated and formatted, at the calling script's line as luaL_error
 * does. Does not return. */
static inline int
charta_lua_error(lua_State *L, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    luaL_where(L, 1);
    lua_pushvfstring(L, charta_tr(fmt), ap);
    va_end(ap);
    lua_concat(L, 2);
    return lua_error(L);
}

#endif
