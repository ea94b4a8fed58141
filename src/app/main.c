/* main.c: the command line: arguments, printing, exit codes, signals.
 *
 * The only place that prints (STYLE rule 6) and the only place with
 * process-wide state: the signal flags and the watchdog.
 */
#include <errno.h>
#include <libintl.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "charta/chart.h"
#include "charta/diag.h"
#include "charta/i18n.h"
#include "charta/init.h"
#include "charta/messages.h"
#include "charta/pipeline.h"
#include "charta/printable.h"
#include "charta/progress.h"
#include "charta/util.h"
#include "charta/verify.h"
#include "help.h"
#include "listing.h"
#include "show.h"
#include "summary.h"

static volatile sig_atomic_t interrupted;
static volatile int interrupted_flag;
static charta_run *current_run; /* read by the watchdog */
static double watchdog_seconds = 600;
/* the watchdog's words, translated before it is armed (gettext is not async-signal-safe) */
static const char *alarm_scripts, *alarm_exceeded, *alarm_tail;

static void
on_term(int sig)
{
    interrupted = sig;
    interrupted_flag = 1;
}

static void
on_alarm(int sig)
{
    (void)sig;
    /* async-signal-safe: format by hand, write, _exit */
    char buf[1024];
    const char *where = current_run ? charta_run_where(current_run) : "";
    if (!where || !where[0])
        where = alarm_scripts;
    size_t n = 0;
    const char *paren = strstr(where, " (");
    size_t wlen = paren ? (size_t)(paren - where) : strlen(where);
    if (wlen > 600)
        wlen = 600;
    memcpy(buf, where, wlen);
    n = wlen;
    const char *mid = alarm_exceeded;
    memcpy(buf + n, mid, strlen(mid));
    n += strlen(mid);
    if (paren) {
        size_t plen = strlen(paren);
        if (plen > 300)
            plen = 300;
        memcpy(buf + n, paren, plen);
        n += plen;
    }
    const char *tail = alarm_tail;
    memcpy(buf + n, tail, strlen(tail));
    n += strlen(tail);
    ssize_t w = write(STDERR_FILENO, buf, n);
    (void)w;
    _exit(78);
}

static void
arm_watchdog(double seconds)
{
    watchdog_seconds = seconds;
    alarm((unsigned)ceil(seconds) + 2);
}

/* --log FILE: every diagnostic appended, one line each after its UTC time. */
typedef struct log_file {
    const char *path;
    int fd;    /* -1 when there is no log */
    int error; /* errno of the first failed write, 0 */
} log_file;

/* Append one line: "2026-12-01T06:15:03Z text\n", in one write so that runs sharing
 * a log do not interleave within a line. */
static void
log_line(log_file *log, const char *text)
{
    if (!log || log->fd < 0 || log->error)
        return;
    char stamp[32] = "";
    time_t now = time(NULL);
    struct tm tm;
    if (gmtime_r(&now, &tm))
        strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    char *line = charta_asprintf("%s %s\n", stamp, text);
    if (!line) {
        log->error = ENOMEM;
        return;
    }
    size_t n = strlen(line), done = 0;
    while (done < n) {
        ssize_t w = write(log->fd, line + done, n - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            log->error = w < 0 ? errno : EIO;
            break;
        }
        done += (size_t)w;
    }
    free(line);
}

static void
print_dropped(const charta_diags *d, bool quiet, log_file *log)
{
    if (charta_diags_dropped(d)) {
        char *text = charta_asprintf(charta_message_n(CHARTA_MSG_DROPPED, charta_diags_dropped(d)),
                                     charta_diags_dropped(d));
        if (!quiet)
            fprintf(stderr, "charta: %s: %s\n", _("note"), text ? text : "");
        if (text) {
            char *line = charta_asprintf("charta: %s: %s", _("note"), text);
            if (line)
                log_line(log, line);
            free(line);
        }
        free(text);
    }
}

/* A diagnostic as printed, compiler-style: "file:line:col: severity: message". */
static char *
diag_text(const charta_diag *e)
{
    const char *sev = e->severity == CHARTA_ERROR     ? _("error")
                      : e->severity == CHARTA_WARNING ? _("warning")
                                                      : _("note");
    if (e->file && e->line && e->col)
        return charta_asprintf("%s:%d:%d: %s: %s", e->file, e->line, e->col, sev, e->message);
    if (e->file && e->line)
        return charta_asprintf("%s:%d: %s: %s", e->file, e->line, sev, e->message);
    if (e->file)
        return charta_asprintf("%s: %s: %s", e->file, sev, e->message);
    return charta_asprintf("charta: %s: %s", sev, e->message);
}

/* The traceback of an error, the user's frames only, into b with each frame after
 * sep (at most 8). A file's top level ("city.lua:39: in main chunk", Lua's words) is
 * where the next file was included: said so; the top level of the erring file itself
 * says nothing its message does not, and is left out. */
static void
traceback_text(const charta_diag *e, charta_buf *b, const char *sep)
{
    static const char top[] = ": in main chunk";
    const size_t top_len = sizeof top - 1;
    const char *s = e->detail;
    int shown = 0;
    bool first = true;
    while (s && *s && shown < 8) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        /* a frame starts with a tab; other lines (Lua's own words for a syntax
         * error) are kept as they are */
        bool frame = n > 0 && s[0] == '\t';
        bool keep = frame ? n > 1 && strncmp(s + 1, "[C]", 3) != 0 &&
                                strncmp(s + 1, "(...", 4) != 0
                          : n > 0 && !(n == 16 && strncmp(s, "stack traceback:", 16) == 0);
        const char *body = s + (frame ? 1 : 0);
        size_t len = n - (frame ? 1 : 0);
        bool at_top = frame && len > top_len && !memcmp(body + len - top_len, top, top_len);
        bool user = frame && keep; /* a frame of the user's scripts */
        if (keep && at_top && first && e->file) {
            /* "indicators/x.lua:2: in main chunk" under an error of indicators/x.lua */
            size_t f = strlen(e->file);
            if (len > f && !memcmp(body, e->file, f) && body[f] == ':')
                keep = false;
        }
        if (keep) {
            charta_buf_puts(b, sep);
            if (at_top) {
                charta_buf_append(b, body, len - top_len);
                charta_buf_printf(b, ": %s", _("included from here"));
            } else {
                charta_buf_append(b, body, len);
            }
            shown++;
        }
        if (user)
            first = false;
        s += n + (nl ? 1 : 0);
    }
}

/* Every diagnostic on stderr (with --quiet errors only) and into the log (all). */
static void
print_diags(const charta_diags *d, bool quiet, log_file *log)
{
    for (size_t i = 0; i < charta_diags_count(d); i++) {
        const charta_diag *e = charta_diags_get(d, i);
        char *text = diag_text(e);
        if (!text)
            continue;
        charta_buf tb = {0};
        if (e->detail && e->severity == CHARTA_ERROR)
            traceback_text(e, &tb, "\n    ");
        if (!quiet || e->severity == CHARTA_ERROR)
            fprintf(stderr, "%s%s\n", text, tb.data ? tb.data : "");
        if (log && log->fd >= 0) {
            charta_buf line = {0};
            charta_buf_puts(&line, text);
            if (e->detail && e->severity == CHARTA_ERROR) {
                charta_buf frames = {0};
                traceback_text(e, &frames, " | ");
                if (frames.data)
                    charta_buf_printf(&line, " (traceback%s)", frames.data);
                charta_buf_free(&frames);
            }
            log_line(log, line.data ? line.data : text);
            charta_buf_free(&line);
        }
        charta_buf_free(&tb);
        free(text);
    }
    print_dropped(d, quiet, log);
}

static int
usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "charta: %s: ", _("error"));
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s\n", charta_message(CHARTA_MSG_USAGE_HINT));
    return 64;
}

/* --- list and show ------------------------------------------------------ */

/* What listing.c and show.c wrote: out on stdout, err (may be NULL) on stderr; both
 * freed. Returns rc, or 71 when memory ran out while they wrote. */
static int
print_text(charta_buf *out, charta_buf *err, int rc)
{
    if (err && err->data)
        fputs(err->data, stderr);
    if (out->oom || (err && err->oom)) {
        fprintf(stderr, "charta: %s: %s\n", _("error"), _("out of memory"));
        rc = 71;
    } else if (out->data) {
        fputs(out->data, stdout);
    }
    charta_buf_free(out);
    if (err)
        charta_buf_free(err);
    return rc;
}

static int
cmd_show(const charta_run *run, const char *id, const char *lang, int year, const char *areas)
{
    charta_buf out = {0}, err = {0};
    int rc = charta_show(run, id, lang, year, areas, &out, &err);
    return print_text(&out, &err, rc);
}

static int
cmd_list(const charta_run *run, const char *lang, int year, bool coverage)
{
    charta_buf out = {0};
    charta_listing(run, lang, year, coverage, &out);
    return print_text(&out, NULL, 0);
}

/* --- main ------------------------------------------------------------------ */

static void
install_signals(void)
{
    struct sigaction sa = {0};
    sa.sa_handler = on_term;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
}

static int
cmd_init(int argc, char **argv)
{
    charta_init_opts o = {0};
    const char *dir = NULL;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = !strcmp(a, "--name") ? &o.name
                            : !strcmp(a, "--code") ? &o.code
                            : !strcmp(a, "--kind") ? &o.kind
                            : !strcmp(a, "--from") ? &o.from
                                                   : NULL;
        if (slot) {
            if (i + 1 >= argc)
                return usage_error(charta_message(CHARTA_MSG_MISSING_VALUE), a);
            *slot = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            return usage_error(charta_message(CHARTA_MSG_UNKNOWN_OPTION), a);
        } else if (!dir) {
            dir = a;
        } else {
            return usage_error(_("unexpected argument '%s'"), a);
        }
    }
    if (!dir)
        return usage_error("%s", _("'init' needs the folder of the new project"));
    charta_diags *d = charta_diags_new();
    if (!d)
        return 71;
    charta_status st = charta_init_project(dir, &o, d);
    print_diags(d, false, NULL);
    charta_diags_free(d);
    if (st == CHARTA_OK) {
        /* "meinestadt/" is named "meinestadt" in the paths it is part of */
        size_t n = strlen(dir);
        while (n > 1 && dir[n - 1] == '/')
            n--;
        fprintf(stderr, _("created %s: edit %.*s/city.lua, then run 'charta check %s'\n"), dir,
                (int)n, dir, dir);
    }
    return charta_status_exit_code(st);
}

/* charta verify REPORT: each difference as "REPORT/path: what", one a line. */
static int
cmd_verify(int argc, char **argv)
{
    if (argc != 3 || argv[2][0] == '-')
        return usage_error("%s", charta_message(CHARTA_MSG_NEED_REPORT));
    charta_diags *d = charta_diags_new();
    if (!d)
        return 71;
    size_t n = 0;
    charta_status st = charta_verify_report(argv[2], &n, d);
    if (st == CHARTA_ERR_NOMEM && !charta_diags_errors(d))
        charta_diag_error(d, st, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < charta_diags_count(d); i++) {
        const charta_diag *e = charta_diags_get(d, i);
        if (e->file)
            fprintf(stderr, "%s: %s\n", e->file, e->message);
        else
            fprintf(stderr, "charta: %s: %s\n", _("error"), e->message);
    }
    print_dropped(d, false, NULL);
    char b[1024]; /* the folder as given, in its printable form (printable.h) */
    if (st == CHARTA_OK) {
        printf(charta_message_n(CHARTA_MSG_VERIFIED, n),
               charta_printable_into(b, sizeof b, argv[2], strlen(argv[2])), n);
        printf("\n");
    }
    charta_diags_free(d);
    return charta_status_exit_code(st);
}

/* What the command line asks of run, check, list and show. */
typedef struct cli {
    const char *cmd;
    charta_run_opts o;
    bool list, show, quiet, timings, coverage;
    const char *areas; /* show --areas */
    log_file log;
    const char *positional[2]; /* the project, and the indicator of show */
} cli;

/* What parse_command and parse_options return when the program goes on
 * to run; anything else is the exit code. */
enum { GO_ON = -1 };

/* The mode of c->cmd; 64 when there is no such command. */
static int
parse_command(cli *c)
{
    if (!strcmp(c->cmd, "run"))
        c->o.mode = CHARTA_MODE_RUN;
    else if (!strcmp(c->cmd, "check"))
        c->o.mode = CHARTA_MODE_CHECK;
    else if (!strcmp(c->cmd, "list"))
        c->o.mode = CHARTA_MODE_CHECK, c->list = true;
    else if (!strcmp(c->cmd, "show"))
        c->o.mode = CHARTA_MODE_CHECK, c->show = true;
    else
        return usage_error(charta_message(CHARTA_MSG_UNKNOWN_COMMAND), c->cmd);
    return GO_ON;
}

/* The options and positional arguments after the command: GO_ON, or 0
 * after --help, 64 on a usage error (printed). */
static int
parse_options(int argc, char **argv, cli *c)
{
    charta_run_opts *o = &c->o;
    int npos = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        bool takes = !strcmp(a, "-o") || !strcmp(a, "--output") || !strcmp(a, "--formats") ||
                     !strcmp(a, "--lang") || !strcmp(a, "--year") || !strcmp(a, "--date") ||
                     !strcmp(a, "--dpi") || !strcmp(a, "--log") || !strcmp(a, "--areas") ||
                     !strcmp(a, "--jobs") || !strcmp(a, "-j");
        if (takes) {
            if (i + 1 >= argc)
                return usage_error(charta_message(CHARTA_MSG_MISSING_VALUE), a);
            val = argv[++i];
        }
        if (!strcmp(a, "-o") || !strcmp(a, "--output"))
            o->out_dir = val;
        else if (!strcmp(a, "--formats"))
            o->formats = val;
        else if (!strcmp(a, "--lang")) {
            if (strcmp(val, "de") != 0 && strcmp(val, "en") != 0)
                return usage_error(charta_message(CHARTA_MSG_BAD_LANG), val);
            o->lang = val;
        } else if (!strcmp(a, "--year")) {
            char *end;
            long y = strtol(val, &end, 10);
            if (*end || y < 1800 || y > 2200)
                return usage_error(charta_message(CHARTA_MSG_BAD_YEAR), val);
            o->year = (int)y;
        } else if (!strcmp(a, "--date"))
            o->run_date = val;
        else if (!strcmp(a, "--dpi")) {
            char *end;
            long dpi = strtol(val, &end, 10);
            if (*end || dpi < 24 || dpi > 1200)
                return usage_error(_("--dpi '%s' is not a resolution from 24 to 1200"), val);
            o->dpi = (int)dpi;
        } else if (!strcmp(a, "--jobs") || !strcmp(a, "-j")) {
            char *end;
            long jobs = strtol(val, &end, 10);
            if (*end || end == val || jobs < 1 || jobs > 64)
                return usage_error(_("--jobs '%s' is not a number of writers from 1 to 64"), val);
            o->jobs = (int)jobs;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet"))
            c->quiet = true;
        else if (!strcmp(a, "--timings"))
            c->timings = true;
        else if (!strcmp(a, "--coverage") && c->list)
            c->coverage = true;
        else if (!strcmp(a, "--areas") && c->show)
            c->areas = val;
        else if (!strcmp(a, "--log")) {
            if (!val[0])
                return usage_error(charta_message(CHARTA_MSG_MISSING_VALUE), a);
            c->log.path = val;
        }
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            printf(charta_message(CHARTA_MSG_HELP), charta_supported_formats());
            return 0;
        } else if (a[0] == '-' && a[1])
            return usage_error(charta_message(CHARTA_MSG_UNKNOWN_OPTION), a);
        else if (npos < 2)
            c->positional[npos++] = a;
        else
            return usage_error(_("unexpected argument '%s'"), a);
    }
    if (!c->positional[0])
        return usage_error(charta_message(CHARTA_MSG_NEED_PROJECT), c->cmd);
    if (c->show && !c->positional[1])
        return usage_error("%s", charta_message(CHARTA_MSG_NEED_INDICATOR));
    if (!c->show && c->positional[1])
        return usage_error(_("unexpected argument '%s'"), c->positional[1]);
    o->project_dir = c->positional[0];
    return GO_ON;
}

/* What a finished run prints: the listing, the indicator, the files
 * written or "no errors" after success, the error count otherwise.
 * Returns the exit code. */
static int
report_run(const cli *c, const charta_run *run, charta_status st, const charta_diags *d)
{
    int rc = charta_status_exit_code(st);
    if (st == CHARTA_OK) {
        if (c->list)
            rc = cmd_list(run, c->o.lang, c->o.year, c->coverage);
        else if (c->show)
            rc = cmd_show(run, c->positional[1], c->o.lang, c->o.year, c->areas);
        else if (c->o.mode == CHARTA_MODE_RUN && !c->quiet) {
            for (size_t i = 0; i < charta_run_output_count(run); i++)
                fprintf(stderr, _("wrote %s/%s\n"), charta_run_out_dir(run),
                        charta_run_output(run, i));
        } else if (c->o.mode == CHARTA_MODE_CHECK && !c->quiet) {
            charta_buf summary = {0};
            charta_source_summary(run, &summary);
            if (summary.oom)
                fprintf(stderr, "charta: %s\n", _("out of memory"));
            else if (summary.len)
                fputs(summary.data, stdout);
            charta_buf_free(&summary);
            fprintf(stderr, "%s\n", charta_message(CHARTA_MSG_CHECK_OK));
        }
    } else if (!c->quiet) {
        size_t ne = charta_diags_errors(d), nw = charta_diags_warnings(d);
        fprintf(stderr, "charta: ");
        fprintf(stderr, charta_message_n(CHARTA_MSG_SUMMARY_ERRORS, ne), ne);
        fprintf(stderr, ", ");
        fprintf(stderr, charta_message_n(CHARTA_MSG_SUMMARY_WARNINGS, nw), nw);
        fprintf(stderr, "\n");
    }
    return rc;
}

static void
print_timings(const charta_run *run)
{
    charta_timings t = charta_run_timings(run);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    fprintf(stderr,
            _("timings: load %.3f s, import %.3f s, compute %.3f s, write %.3f s, "
              "peak RSS %.1f MiB\n"),
            t.load, t.import, t.compute, t.write, (double)ru.ru_maxrss / 1024.0);
}

/* --log FILE for a run: 64 when it is inside the report folder, its staging folder
 * (".<name>.staging-*" beside it) or is its lock; 73 when it cannot be opened for
 * appending; GO_ON with c->log.fd open. Before any data file is read. */
static int
open_log(cli *c)
{
    c->log.fd = -1;
    if (!c->log.path)
        return GO_ON;
    char *log = charta_path_full(c->log.path);
    char *out = NULL, *named = NULL;
    if (c->o.mode == CHARTA_MODE_RUN && !c->list && !c->show) {
        named = c->o.out_dir ? charta_strdup(c->o.out_dir)
                             : charta_path_join(c->o.project_dir, "report");
        out = named ? charta_path_full(named) : NULL;
        if (!out) {
            free(log);
            free(named);
            fprintf(stderr, "charta: %s: %s\n", _("error"), _("out of memory"));
            return 71;
        }
    }
    if (!log) {
        free(out);
        free(named);
        fprintf(stderr, "charta: %s: %s\n", _("error"), _("out of memory"));
        return 71;
    }
    if (out) {
        const char *slash = strrchr(out, '/');
        size_t parent_len = slash ? (size_t)(slash - out) : 0;
        char *staging = charta_asprintf("%.*s/.%s.staging-", (int)parent_len, out,
                                        slash ? slash + 1 : out);
        char *lock = charta_asprintf("%s.lock", out);
        bool inside = charta_path_below(log, out) || (staging && !strncmp(log, staging, strlen(staging))) ||
                      (lock && !strcmp(log, lock));
        free(staging);
        free(lock);
        if (inside) {
            fprintf(stderr, "charta: %s: ", _("error"));
            fprintf(stderr, charta_message(CHARTA_MSG_LOG_INSIDE), c->log.path, named);
            fprintf(stderr, "\n%s\n", charta_message(CHARTA_MSG_USAGE_HINT));
            free(log);
            free(out);
            free(named);
            return 64;
        }
    }
    free(log);
    free(out);
    free(named);
    c->log.fd = open(c->log.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0644);
    if (c->log.fd < 0) {
        fprintf(stderr, "charta: %s: ", _("error"));
        fprintf(stderr, charta_message(CHARTA_MSG_LOG_CANNOT_OPEN), c->log.path, strerror(errno));
        fprintf(stderr, "\n");
        return 73;
    }
    struct stat sb;
    if (fstat(c->log.fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        fprintf(stderr, "charta: %s: ", _("error"));
        fprintf(stderr, charta_message(CHARTA_MSG_LOG_CANNOT_OPEN), c->log.path,
                _("not a regular file"));
        fprintf(stderr, "\n");
        close(c->log.fd);
        c->log.fd = -1;
        return 73;
    }
    return GO_ON;
}

/* Close the log; a failed write or close is an error (74 unless the run failed
 * already). */
static int
close_log(cli *c, int rc)
{
    if (c->log.fd < 0)
        return rc;
    if (close(c->log.fd) != 0 && !c->log.error)
        c->log.error = errno;
    c->log.fd = -1;
    if (!c->log.error)
        return rc;
    fprintf(stderr, "charta: %s: ", _("error"));
    fprintf(stderr, charta_message(CHARTA_MSG_LOG_CANNOT_WRITE), c->log.path,
            strerror(c->log.error));
    fprintf(stderr, "\n");
    return rc ? rc : 74;
}

/* Run, check, list or show, under the watchdog. Returns the exit code. */
static int
run_command(cli *c)
{
    charta_diags *d = charta_diags_new();
    if (!d) {
        fprintf(stderr, "charta: %s: %s\n", _("error"), _("out of memory"));
        return 71;
    }
    arm_watchdog(watchdog_seconds);
    c->o.on_limits = arm_watchdog;
    charta_status st = charta_run_project(&c->o, d, &current_run);
    charta_run *run = current_run;
    alarm(0);
    if (st != CHARTA_OK && charta_diags_errors(d) == 0)
        charta_diag_error(d, st, NULL, 0, 0, "%s", _(charta_status_str(st)));
    print_diags(d, c->quiet, &c->log);
    const char *log = charta_run_log(run);
    if (log && log[0] && !c->quiet) {
        charta_buf text = {0};
        charta_buf_put_printable(&text, log, strlen(log), 0, true);
        fprintf(stderr, "%s", text.data ? text.data : "");
        charta_buf_free(&text);
    }
    int rc = report_run(c, run, st, d);
    if (c->timings)
        print_timings(run);
    charta_run_free(run);
    charta_diags_free(d);
    charta_chart_shutdown(); /* Pango's and fontconfig's caches, for leak checkers */
    return rc;
}

/* The catalogue of the build tree (build/locale, beside the executable) when there is
 * one, so that a build speaks German before it is installed; else the one installed
 * with the executable (bin/../share/locale, wherever the prefix is); else the one of
 * the configured prefix. */
static void
bind_catalogue(void)
{
    static char dir[PATH_MAX + 64];
    const char *bound = CHARTA_LOCALE_DIR;
    static const char *const beside[] = {"locale", CHARTA_LOCALE_REL};
    ssize_t n = readlink("/proc/self/exe", dir, PATH_MAX);
    char *slash = n > 0 ? (dir[n] = '\0', strrchr(dir, '/')) : NULL;
    for (size_t i = 0; slash && i < sizeof beside / sizeof beside[0]; i++) {
        struct stat sb;
        if (strlen(beside[i]) > 60)
            continue;
        strcpy(slash + 1, beside[i]);
        if (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            bound = dir;
            break;
        }
    }
    bindtextdomain(CHARTA_TEXTDOMAIN, bound);
    bind_textdomain_codeset(CHARTA_TEXTDOMAIN, "UTF-8");
}

int
main(int argc, char **argv)
{
    /* messages in the user's language (LANG, LC_ALL, LC_MESSAGES, LANGUAGE); every other
     * category stays "C": numbers, characters and the report never depend on the locale */
    setlocale(LC_MESSAGES, "");
    bind_catalogue();
    alarm_scripts = _("the project's scripts");
    alarm_exceeded = _(": error: time limit for the run exceeded");
    alarm_tail = _("; a string pattern that backtracks? the report was not changed\n");
    install_signals();

    if (argc < 2)
        return usage_error("%s", _("no command given"));
    const char *cmd = argv[1];
    if (!strcmp(cmd, "help")) /* the Lua language's reference (help.c) */
        return charta_help_command(argc, argv, stdout, stderr);
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        printf(charta_message(CHARTA_MSG_HELP), charta_supported_formats());
        return 0;
    }
    if (!strcmp(cmd, "--version")) {
        printf("charta %s\n", CHARTA_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "init"))
        return cmd_init(argc, argv);
    if (!strcmp(cmd, "verify"))
        return cmd_verify(argc, argv);
    cli c = {.cmd = cmd, .o = {.interrupted = &interrupted_flag}, .log = {.fd = -1}};
    int rc = parse_command(&c);
    if (rc == GO_ON)
        rc = parse_options(argc, argv, &c);
    if (rc == GO_ON)
        rc = open_log(&c);
    if (rc != GO_ON)
        return rc;
    rc = close_log(&c, run_command(&c));
    if (interrupted) { /* die of the signal, so that the caller sees it */
        signal((int)interrupted, SIG_DFL);
        raise((int)interrupted);
    }
    return rc;
}
