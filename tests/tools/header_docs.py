#!/usr/bin/python3
"""Every public function of charta says what it takes, returns and owns.

usage: header_docs.py INCLUDE_DIR

Reads every *.h in INCLUDE_DIR (include/charta) and finds each function
declaration at file scope: a statement that ends in `);` (possibly spanning
lines, possibly with an __attribute__ after the parameters) and is not a
typedef. A declaration is documented when the line above its first line
ends a comment (`/* ... */`), or when that line ends another documented
declaration, so one comment may cover a group of consecutive related
declarations, at most MAX_GROUP of them. A comment that opens with `---`
is a section heading and documents nothing; so is a comment on the same
line after a declaration.

Prints file:line: name for each undocumented declaration and exits 1 when
there is any; exits 0 (with a count) when every declaration is covered.
"""

import os
import re
import sys

MAX_GROUP = 4

IDENT_BEFORE_PAREN = re.compile(r"([A-Za-z_]\w*)\s*\(")
ATTRIBUTE = re.compile(r"__attribute__\s*\(\(.*?\)\)", re.S)


def scan(text):
    """Split text into file-scope items, each (kind, first_line, last_line, body).

    kind is 'comment', 'pp' (a preprocessor line), or 'stmt' (code up to a
    ';' at brace depth 0, or a braced body with what follows it up to the
    ';'). Lines are 1-based.
    """
    items = []
    i, n, line = 0, len(text), 1
    stmt, stmt_line, depth = [], 0, 0
    at_line_start = True
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            at_line_start = True
            if stmt:
                stmt.append(c)
            i += 1
            continue
        if c in " \t\r\f\v":
            if stmt:
                stmt.append(c)
            i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            body = text[i:end]
            first = line
            line += body.count("\n")
            if stmt:
                # a comment inside a statement (a member's note, a trailing
                # remark on a parameter line): part of the statement
                stmt.append(" ")
            else:
                items.append(("comment", first, line, body))
            i = end
            at_line_start = False
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            if not stmt:
                items.append(("comment", line, line, text[i:end]))
            i = end
            continue
        if c == "#" and at_line_start and not stmt:
            # a preprocessor line, with its continuations
            first = line
            j = i
            while True:
                end = text.find("\n", j)
                if end < 0:
                    end = n
                    break
                if text[end - 1] == "\\":
                    line += 1
                    j = end + 1
                    continue
                break
            items.append(("pp", first, line, text[i:end]))
            i = end
            continue
        if c in "\"'":
            # a string or character literal (in an initializer or attribute)
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            if not stmt:
                stmt_line = line
            stmt.append(text[i : j + 1])
            i = j + 1
            at_line_start = False
            continue
        at_line_start = False
        if not stmt:
            stmt_line = line
        stmt.append(c)
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == ";" and depth == 0:
            items.append(("stmt", stmt_line, line, "".join(stmt)))
            stmt = []
        i += 1
    return items


def function_name(stmt):
    """The name a file-scope statement declares as a function, or None.

    Not functions: typedefs (function pointer types included), struct, union
    and enum definitions, variables (with an initializer, or pointers to
    functions: `void (*hook)(int);`).
    """
    s = " ".join(stmt.split())
    if not s.endswith(");") or s.startswith("typedef") or "{" in s:
        return None
    s = ATTRIBUTE.sub("", s)
    m = IDENT_BEFORE_PAREN.search(s)
    if not m or "=" in s[: m.start()] or s[m.end() :].lstrip().startswith("*"):
        return None
    return m.group(1)


def is_heading(comment):
    """A section rule such as `/* --- the stage --- */` documents nothing."""
    body = comment.strip()
    body = body[2:] if body.startswith(("/*", "//")) else body
    return body.strip().startswith("---")


def check_file(path):
    """Return ([(line, name), ...] undocumented, number of declarations)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    missing, count = [], 0
    # the item on the nearest non-blank line above: (kind, last_line, covered)
    prev = None
    group = 0  # declarations covered by the comment above, so far
    for kind, first, last, body in scan(text):
        if kind == "comment" and prev is not None and prev[0] != "comment" and prev[1] == first:
            continue  # a remark after code on its line belongs to that code
        name = function_name(body) if kind == "stmt" else None
        if name is None:
            if kind == "comment" and is_heading(body):
                kind = "heading"
            prev = (kind, last, False)
            continue
        count += 1
        covered = False
        if prev is not None and prev[1] >= first - 1:
            if prev[0] == "comment":
                covered, group = True, 1
            elif prev[0] == "decl" and prev[2] and group < MAX_GROUP:
                covered, group = True, group + 1
        if not covered:
            missing.append((first, name))
        prev = ("decl", last, covered)
    return missing, count


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        sys.stderr.write("usage: header_docs.py INCLUDE_DIR\n")
        return 2
    root = argv[1]
    headers = sorted(f for f in os.listdir(root) if f.endswith(".h"))
    if not headers:
        sys.stderr.write("header_docs.py: no headers in %s\n" % root)
        return 2
    total, bad = 0, 0
    for h in headers:
        path = os.path.join(root, h)
        missing, count = check_file(path)
        total += count
        for line, name in missing:
            print("%s:%d: %s has no comment above it" % (path, line, name))
        bad += len(missing)
    if bad:
        print(
            "header_docs: %d of %d declarations in %d headers undocumented "
            "(a comment directly above, or a group of at most %d under one)"
            % (bad, total, len(headers), MAX_GROUP)
        )
        return 1
    print("header_docs: all %d declarations in %d headers documented" % (total, len(headers)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
