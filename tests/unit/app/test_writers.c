/* The table of output formats (src/app/writers.c): the names the help and
 * the errors print are the table's, every row writes, planned formats are
 * known but not written. */
#include "check.h"

#include "writers.h"

TEST(writer_names_list_the_table_in_its_order)
{
    char joined[256] = "";
    for (size_t i = 0; i < charta_writer_count(); i++) {
        if (i)
            strcat(joined, ", ");
        strcat(joined, charta_writer_at(i)->name);
    }
    CHECK_STR(charta_writer_names(), joined);
    CHECK(charta_writer_at(charta_writer_count()) == NULL);
    CHECK(charta_writer_count() <= CHARTA_WRITERS_MAX);
}

TEST(every_format_is_found_by_name_and_has_a_writer)
{
    const char *names[] = {"xlsx", "csv", "charts", "pdf", "opensdg", "sdmx"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const charta_writer *w = charta_writer_find(names[i]);
        REQUIRE(w != NULL);
        CHECK_STR(w->name, names[i]);
        CHECK(w->write != NULL);
        CHECK(!charta_writer_planned(names[i]));
    }
    CHECK_STR(charta_writer_find("csv")->dir, "data");
    CHECK_STR(charta_writer_find("charts")->dir, "charts");
    CHECK_STR(charta_writer_find("opensdg")->dir, "opensdg");
    CHECK_STR(charta_writer_find("sdmx")->dir, "sdmx");
}

TEST(planned_formats_are_known_but_not_written)
{
    /* none is planned now: sdmx and opensdg are written */
    CHECK(!charta_writer_planned("sdmx"));
    CHECK(!charta_writer_planned("opensdg"));
    CHECK(!charta_writer_planned("docx"));
    CHECK(charta_writer_find("docx") == NULL);
    CHECK(charta_writer_find("") == NULL);
}

TEST_MAIN()
