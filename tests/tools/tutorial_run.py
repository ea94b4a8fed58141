#!/usr/bin/python3
"""Follows a tutorial (docs/anleitung.md, docs/tutorial.md) word for word, as its
reader would, in a working folder that holds the charta clone as charta/.

In the order of the document:
- a ```lua block whose first line is a comment naming a file (-- dithmarschen/city.lua)
  is written to that file, as the reader pastes it into the editor;
- every line of a ```sh block is run with bash in the working folder;
- a ```text block right after a ```sh block is the output of that block's last
  command (stdout and stderr as a terminal shows them): compared line by line,
  trailing blanks ignored, a line "..." standing for any number of lines. The
  command must fail when the output ends with charta's error count
  ("charta: 1 error, ..."), and succeed otherwise, as must every other command.
Blocks of other kinds (``` alone: what the reader types elsewhere, a crontab line)
are not run.

usage: tutorial_run.py DOC WORKDIR LANG
"""
import os
import re
import subprocess
import sys

doc, work, lang = sys.argv[1], sys.argv[2], sys.argv[3]
name = os.path.basename(doc)


def blocks(text):
    """(kind, lines, line number) of each fenced block."""
    out, kind, body, start = [], None, [], 0
    for n, line in enumerate(text.split("\n"), 1):
        if line.startswith("```"):
            if kind is None:
                kind, body, start = line[3:].strip() or "plain", [], n
            else:
                out.append((kind, body, start))
                kind = None
        elif kind is not None:
            body.append(line)
    return out


def matches(got, want):
    """got matches want, where a line "..." in want stands for any lines."""
    if not want:
        return not got
    if want[0] == "...":
        return any(matches(got[i:], want[1:]) for i in range(len(got) + 1))
    return bool(got) and got[0] == want[0] and matches(got[1:], want[1:])


env = dict(os.environ, LANG=lang)
for k in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "CHARTA_PATH"):
    env.pop(k, None)
bs = blocks(open(doc, encoding="utf-8").read())
failed = 0
ran = 0
last = None  # the output and exit code of the last command of the block before
for i, (kind, body, start) in enumerate(bs):
    if kind == "lua":
        m = re.match(r"--\s*(\S+\.lua)\s*$", body[0]) if body else None
        if not m:
            print(f"{name}:{start}: a lua block must start with '-- <file>.lua'")
            failed = 1
            continue
        path = os.path.join(work, m.group(1))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(body) + "\n")
        last = None
    elif kind == "sh":
        for line in body:
            cmd = line.strip()
            if not cmd or cmd.startswith("#"):
                continue
            p = subprocess.run(["stdbuf", "-oL", "-eL", "bash", "-c", cmd], cwd=work, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            ran += 1
            last = (cmd, p.stdout.decode("utf-8", "replace"), p.returncode, start)
            nxt = bs[i + 1][0] if i + 1 < len(bs) else None
            is_last = line is body[-1] or all(not l.strip() for l in body[body.index(line) + 1:])
            if p.returncode != 0 and not (is_last and nxt == "text"):
                print(f"{name}:{start}: exit {p.returncode}: {cmd}")
                print("    " + last[1].replace("\n", "\n    "))
                failed = 1
            else:
                print(f"{name}: ok: {cmd}")
    elif kind == "text":
        if last is None:
            continue
        cmd, got, rc, _ = last
        want = body
        while want and not want[-1].strip():
            want = want[:-1]
        got_lines = [l.rstrip() for l in got.rstrip("\n").split("\n")]
        want_lines = [l.rstrip() for l in want]
        errors = any(re.match(r"charta: [1-9][0-9]* (error|errors|Fehler)\b", l) for l in want_lines)
        if errors and rc == 0:
            print(f"{name}:{start}: '{cmd}' succeeded, but the text shows it failing")
            failed = 1
        if not errors and rc != 0:
            print(f"{name}:{start}: exit {rc}: {cmd}")
            failed = 1
        if not matches(got_lines, want_lines):
            print(f"{name}:{start}: the output of '{cmd}' differs from the document; it is:")
            print("    " + "\n    ".join(got_lines))
            failed = 1
        else:
            print(f"{name}: output as written: {cmd}")
        last = None
if ran < 5:
    print(f"{name}: only {ran} commands found")
    failed = 1
sys.exit(failed)
