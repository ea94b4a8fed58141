/* readers.c: the table of source formats (source.h). A format names a
 * reader and, when it is also a preset, the defaults it sets before the
 * declaration's own keys are read. Adding a format (SDMX, xlsx, ...) is a
 * reader file and a row here. */
#include "charta/source.h"

#include <string.h>

#include "source_internal.h"

static const charta_source_format formats[] = {
    {"csv", false, false, NULL, charta_src_csv_load},
    {"genesis", true, false, charta_src_genesis_defaults, charta_src_csv_load},
    {"sdmx", false, true, NULL, charta_src_sdmx_load},
    {"opensdg", false, true, NULL, charta_src_opensdg_load},
    {"xlsx", false, false, NULL, charta_src_xlsx_load},
};

const charta_source_format *
charta_source_format_find(const char *name)
{
    for (size_t i = 0; name && i < sizeof formats / sizeof formats[0]; i++)
        if (strcmp(formats[i].name, name) == 0)
            return &formats[i];
    return NULL;
}

const charta_source_format *
charta_source_preset_find(const char *name)
{
    const charta_source_format *f = charta_source_format_find(name);
    return f && f->preset ? f : NULL;
}

const char *
charta_source_format_names(void)
{
    return "csv, genesis, sdmx, opensdg, xlsx"; /* the table's names; tests/unit/import checks them */
}

const char *
charta_source_preset_names(void)
{
    return "genesis";
}

charta_status
charta_source_load(const charta_source_spec *spec, const char *project_dir, charta_dataset *ds,
                   charta_import_ctx *ix, charta_diags *diags)
{
    const charta_source_format *f = charta_source_format_find(spec->format ? spec->format : "csv");
    if (!f)
        return charta_diag_error(diags, CHARTA_ERR_SCRIPT, spec->decl_file, spec->decl_line, 0,
                                 "source '%s': format '%s' is not supported yet (%s)",
                                 spec->name ? spec->name : "?", spec->format,
                                 charta_source_format_names());
    return f->load(spec, project_dir, ds, ix, diags);
}
