/* help.h: `charta help [KEYWORD | --keys]`, the reference of the Lua language from
 * the table the code checks against (keys.h). Private to the command line. */
#ifndef CHARTA_APP_HELP_H
#define CHARTA_APP_HELP_H

#include <stdio.h>

/* Run `charta help` with argv[2..] (argv[1] is "help"): no argument lists the
 * keywords, a keyword prints its entry in the user's language, --keys dumps the
 * table for the reference's test. Writes to out, an unknown keyword or a usage
 * mistake to err. Returns the exit code: 0, or 64 (usage). */
int charta_help_command(int argc, char **argv, FILE *out, FILE *err);

#endif
