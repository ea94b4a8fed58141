#!/usr/bin/python3
"""Keep the layers of src/ honest (src/README.md).

Every file under src/<folder>/ and every public header in include/charta/
belongs to one layer. A file may include
  - the headers of its own layer and of the layers below it,
  - the C and POSIX headers in STANDARD,
  - a foreign library's headers only where FOREIGN allows them.
Every .c file is compiled into its folder's library (cmake/*.cmake), so the
per-layer link checks (tests/layers.cmake) see
the same cut. Usage: check_layers.py SOURCE_DIR [--self-test]
"""
import os
import re
import sys

# layer -> the layers it may use (besides itself)
BELOW = {
    "base": [],
    "model": ["base"],
    "import": ["model", "base"],
    "progress": ["model", "base"],
    "engine": ["import", "progress", "model", "base"],
    "render": ["progress", "model", "base"],
    "render/csv": ["render", "progress", "model", "base"],
    "render/xlsx": ["render", "progress", "model", "base"],
    "render/chart": ["render", "progress", "model", "base"],
    "render/pdf": ["render/chart", "render", "progress", "model", "base"],
    "export": ["progress", "model", "base"],
    "app": ["engine", "import", "progress", "render", "render/csv", "render/xlsx",
            "render/chart", "render/pdf", "export", "model", "base"],
}

# public header (include/charta/<name>) -> its layer
HEADERS = {
    "status.h": "base", "diag.h": "base", "util.h": "base", "hash.h": "base",
    "textenc.h": "base", "numparse.h": "base", "numfmt.h": "base", "messages.h": "base",
    "hashtab.h": "base", "printable.h": "base", "i18n.h": "base",
    "dataset.h": "model", "project.h": "model", "results.h": "model",
    "source_spec.h": "model", "sdgcodes.h": "model", "coverage.h": "model",
    "source.h": "import", "csvread.h": "import", "xmlread.h": "import", "xlsxread.h": "import",
    "progress.h": "progress",
    "engine.h": "engine", "sandbox.h": "engine", "series.h": "engine",
    "series_lua.h": "engine", "keyline.h": "engine", "keys.h": "engine", "syntaxhint.h": "engine",
    "report.h": "render", "labels.h": "render",
    "csvout.h": "render/csv", "xlsx.h": "render/xlsx",
    "chart.h": "render/chart",
    "pdf.h": "render/pdf",
    "manifest.h": "export", "verify.h": "export", "sdmxout.h": "export",
    "pipeline.h": "app", "init.h": "app", "writers.h": "app", "publish.h": "app",
}

# foreign library headers (exact name, or a folder prefix ending in /) -> layers
FOREIGN = {
    "lua.h": ["engine"], "lauxlib.h": ["engine"], "lualib.h": ["engine"],
    "luaconf.h": ["engine"],
    "xlsxwriter.h": ["render/xlsx"], "xlsxwriter/": ["render/xlsx"],
    "cairo.h": ["render/chart", "render/pdf"], "cairo-pdf.h": ["render/chart", "render/pdf"],
    "cairo-svg.h": ["render/chart", "render/pdf"],
    "pango/": ["render/chart", "render/pdf"], "fontconfig/": ["render/chart"],
    "csv.h": ["import"],
    "libxml/": ["import", "export"],
    "unzip.h": ["import"],
    "nettle/": ["base"],
    "iconv.h": ["base"],
    # the C library's gettext: the lookups (i18n.c) and binding the domain (main.c)
    "libintl.h": ["base", "app"],
}

# the C library and POSIX: allowed everywhere
STANDARD = set("""
assert.h ctype.h errno.h float.h inttypes.h limits.h locale.h math.h setjmp.h signal.h
stdarg.h stdbool.h stddef.h stdint.h stdio.h stdlib.h string.h time.h
dirent.h fcntl.h ftw.h glob.h libgen.h malloc.h strings.h unistd.h
sys/file.h sys/mman.h sys/resource.h sys/stat.h sys/syscall.h sys/types.h sys/wait.h
sys/time.h pthread.h
""".split())

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def foreign_layers(name):
    if name in FOREIGN:
        return FOREIGN[name]
    for key, layers in FOREIGN.items():
        if key.endswith("/") and name.startswith(key):
            return layers
    return None


def layer_of_src(root, path):
    rel = os.path.relpath(path, os.path.join(root, "src"))
    folder = os.path.dirname(rel)
    return folder if folder in BELOW else None


def check_file(root, path, layer, problems):
    allowed = set([layer] + BELOW[layer])
    text = open(path, encoding="utf-8").read()
    for m in INCLUDE.finditer(text):
        kind, name = m.group(1), m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        where = "%s:%d" % (os.path.relpath(path, root), line)
        if kind == '"' and name.startswith("charta/"):
            hdr = name[len("charta/"):]
            if hdr not in HEADERS:
                problems.append("%s: %s has no layer: add it to HEADERS in %s"
                                % (where, name, os.path.relpath(__file__, root)))
            elif HEADERS[hdr] not in allowed:
                problems.append("%s: layer %s includes %s of layer %s (it may use: %s)"
                                % (where, layer, name, HEADERS[hdr],
                                   ", ".join([layer] + BELOW[layer])))
        elif kind == '"':
            target = os.path.normpath(os.path.join(os.path.dirname(path), name))
            other = layer_of_src(root, target) if target.startswith(
                os.path.join(root, "src")) else None
            if not os.path.exists(target):
                problems.append("%s: \"%s\" is not a file beside its includer" % (where, name))
            elif other is None or other not in allowed:
                problems.append("%s: layer %s includes %s of layer %s" % (where, layer, name, other))
        else:
            layers = foreign_layers(name)
            if layers is not None:
                if layer not in layers:
                    problems.append("%s: layer %s includes <%s>, which only %s may use"
                                    % (where, layer, name, ", ".join(layers)))
            elif name not in STANDARD:
                problems.append("%s: <%s> is neither a C/POSIX header nor a known library's: "
                                "say which layer may use it (FOREIGN or STANDARD)" % (where, name))


def check_cmake(root, problems):
    """Each src/<folder>/*.c is compiled into charta_<folder>."""
    owner = {}
    for name in sorted(os.listdir(os.path.join(root, "cmake"))):
        if not name.endswith(".cmake"):
            continue
        text = open(os.path.join(root, "cmake", name), encoding="utf-8").read()
        for m in re.finditer(r"add_(?:library|executable)\((\w+)([^)]*)\)", text):
            for src in re.findall(r"src/[\w/]+\.c", m.group(2)):
                owner[src] = m.group(1)
    for folder in BELOW:
        d = os.path.join(root, "src", folder)
        for f in sorted(os.listdir(d)):
            if not f.endswith(".c"):
                continue
            rel = "src/%s/%s" % (folder, f)
            want = "charta_" + folder.replace("/", "_")
            got = owner.get(rel)
            if got != want and not (folder == "app" and got == "charta"):
                problems.append("%s is built into %s, not %s" % (rel, got or "no library", want))


def run(root):
    problems = []
    src = os.path.join(root, "src")
    for dirpath, _, files in os.walk(src):
        for f in sorted(files):
            if not f.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, f)
            layer = layer_of_src(root, path)
            if layer is None:
                problems.append("%s: not in a layer folder (src/README.md)"
                                % os.path.relpath(path, root))
                continue
            check_file(root, path, layer, problems)
    inc = os.path.join(root, "include", "charta")
    for f in sorted(os.listdir(inc)):
        if f not in HEADERS:
            problems.append("include/charta/%s has no layer: add it to HEADERS" % f)
            continue
        check_file(root, os.path.join(inc, f), HEADERS[f], problems)
    check_cmake(root, problems)
    return problems


def self_test(root):
    """The check must see a lower layer reaching up, and a foreign library
    in the wrong layer: run it on a copy with each fault planted."""
    import shutil
    import tempfile
    faults = [
        ("src/engine/series.c", '#include "charta/chart.h"\n', "includes charta/chart.h of layer render/chart"),
        ("src/model/results.c", "#include <cairo.h>\n", "includes <cairo.h>"),
        ("src/base/util.c", '#include "../engine/engine_internal.h"\n', "of layer engine"),
        ("include/charta/dataset.h", '#include "charta/progress.h"\n', "of layer progress"),
    ]
    for path, line, expect in faults:
        tmp = tempfile.mkdtemp()
        try:
            for d in ("src", "include", "cmake"):
                shutil.copytree(os.path.join(root, d), os.path.join(tmp, d))
            target = os.path.join(tmp, path)
            text = open(target, encoding="utf-8").read()
            open(target, "w", encoding="utf-8").write(line + text)
            found = [p for p in run(tmp) if expect in p]
            if not found:
                print("self-test: planting %s in %s was not caught" % (line.strip(), path))
                return 1
        finally:
            shutil.rmtree(tmp)
    return 0


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    if "--self-test" in sys.argv and self_test(root):
        return 1
    problems = run(root)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
