#!/usr/bin/python3
"""charta verify against a real report: examples/musterstadt run into a temp dir.

usage: verify_test.py CHARTA PROJECT

- the fresh report verifies (exit 0, "DIR: N files verified" on stdout, nothing on
  stderr), and what `charta run` leaves inside the folder is exactly the manifest's
  outputs plus manifest.json (the lock file sits beside the folder);
- one flipped byte in each output listed, in turn, in a copy: exit 65 and exactly one
  line naming that file with its new and its listed SHA-256;
- a missing file, an extra file at the top, in a folder and in a new folder, a
  symbolic link in place of a file (to the same bytes) and of a folder, a FIFO:
  exit 65, one line each, in path order; verify never blocks on the FIFO;
- a manifest whose output path holds ".." (or is absolute) is refused (65), a
  malformed one too; no folder, no manifest: 66; no argument: 64;
- verify changes nothing: the original still verifies at the end.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

charta, project = sys.argv[1], sys.argv[2]
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)


def verify(folder, *extra):
    p = subprocess.run([charta, "verify", folder, *extra], capture_output=True, text=True,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr


def expect(folder, code, lines, what):
    rc, out, err = verify(folder)
    got = err.splitlines()
    if rc != code or got != lines:
        fail(f"{what}: exit {rc}, stderr {got!r}; expected {code}, {lines!r}")
    if code != 0 and out:
        fail(f"{what}: stdout should be empty, got {out!r}")
    return rc, out, err


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


tmp = tempfile.mkdtemp(prefix="charta-verify-")
try:
    out = os.path.join(tmp, "out")
    r = subprocess.run([charta, "run", project, "-o", out, "--date", "2025-03-31", "--quiet"],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        print(r.stderr)
        sys.exit("charta run failed")
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    outputs = [o["path"] for o in manifest["outputs"]]

    # what charta run leaves: every file inside is listed, the lock is outside
    inside = sorted(os.path.relpath(os.path.join(d, n), out)
                    for d, dirs, files in os.walk(out) for n in files)
    if inside != sorted(outputs + ["manifest.json"]):
        fail("the folder holds other files than the manifest lists: "
             f"{sorted(set(inside) ^ set(outputs + ['manifest.json']))}")
    if sorted(os.listdir(tmp)) != ["out", "out.lock"]:
        fail(f"beside the report: {sorted(os.listdir(tmp))}")

    rc, so, se = verify(out)
    if rc != 0 or so != f"{out}: {len(outputs)} files verified\n" or se:
        fail(f"fresh report: exit {rc}, stdout {so!r}, stderr {se!r}")

    # one changed byte in each output, in turn, in a copy
    copy = os.path.join(tmp, "copy")
    shutil.copytree(out, copy, symlinks=True)
    for rel in outputs:
        path = os.path.join(copy, rel)
        with open(path, "rb") as f:
            data = f.read()
        if data:
            i = len(data) // 2
            changed = data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]
            new = hashlib.sha256(changed).hexdigest()
            line = f"{copy}/{rel}: changed: SHA-256 {new}, expected {sha(path)}"
        else:  # an empty file cannot have a byte flipped: one more byte
            changed = b"x"
            line = f"{copy}/{rel}: size 1, expected 0"
        with open(path, "wb") as f:
            f.write(changed)
        expect(copy, 65, [line], f"one byte changed in {rel}")
        with open(path, "wb") as f:
            f.write(data)
    expect(copy, 0, [], "the copy restored")
    print(f"verify_test: a changed byte found in each of the {len(outputs)} outputs")

    def fresh(name):
        d = os.path.join(tmp, name)
        shutil.copytree(out, d, symlinks=True)
        return d

    csv = "data/indicators.csv"
    assert csv in outputs, "the example writes data/indicators.csv"
    chart_dir = "charts"
    charts = [p for p in outputs if p.startswith(chart_dir + "/")]

    d = fresh("missing")
    os.unlink(os.path.join(d, csv))
    expect(d, 65, [f"{d}/{csv}: missing"], "a missing file")

    d = fresh("extra")
    with open(os.path.join(d, "notes.txt"), "w") as f:
        f.write("mine\n")
    expect(d, 65, [f"{d}/notes.txt: not listed in the manifest"], "an extra file")

    d = fresh("extra_sub")
    with open(os.path.join(d, "data", "extra.csv"), "w") as f:
        f.write("1\n")
    os.makedirs(os.path.join(d, "new", "deeper"))
    with open(os.path.join(d, "new", "deeper", "x.bin"), "wb") as f:
        f.write(b"\0")
    expect(d, 65, [f"{d}/data/extra.csv: not listed in the manifest",
                   f"{d}/new/deeper/x.bin: not listed in the manifest"],
           "extra files in folders")

    d = fresh("hidden")
    with open(os.path.join(d, ".hidden"), "w") as f:
        f.write("1\n")
    expect(d, 65, [f"{d}/.hidden: not listed in the manifest"], "a hidden extra file")

    # a link to the very same bytes, outside and inside the folder: still a difference
    d = fresh("symlink")
    target = os.path.join(d, csv)
    os.unlink(target)
    os.symlink(os.path.join(out, csv), target)
    expect(d, 65, [f"{d}/{csv}: a symbolic link, not a file"], "a symlink out of the folder")
    os.unlink(target)
    os.rename(os.path.join(d, "data", "progress.csv"), os.path.join(d, "data", "p.csv"))
    os.symlink("p.csv", os.path.join(d, "data", "progress.csv"))
    os.symlink(os.path.join(out, csv), target)
    expect(d, 65, [f"{d}/data/indicators.csv: a symbolic link, not a file",
                   f"{d}/data/p.csv: not listed in the manifest",
                   f"{d}/data/progress.csv: a symbolic link, not a file"],
           "symlinks in the folder")

    # a linked folder is not walked: its files are missing
    d = fresh("symlink_dir")
    shutil.rmtree(os.path.join(d, chart_dir))
    os.symlink(os.path.join(out, chart_dir), os.path.join(d, chart_dir))
    expect(d, 65, [f"{d}/{chart_dir}: not listed in the manifest"] +
           [f"{d}/{p}: missing" for p in sorted(charts)], "a symlink in place of a folder")

    # a FIFO: named, never opened (a read would block)
    d = fresh("fifo")
    os.mkfifo(os.path.join(d, "pipe"))
    expect(d, 65, [f"{d}/pipe: not listed in the manifest"], "an extra FIFO")
    os.unlink(os.path.join(d, csv))
    os.mkfifo(os.path.join(d, csv))
    expect(d, 65, [f"{d}/{csv}: a FIFO (named pipe), not a file",
                   f"{d}/pipe: not listed in the manifest"], "a FIFO in place of a file")

    # several differences at once: one line each, sorted by path
    d = fresh("several")
    os.unlink(os.path.join(d, outputs[-1]))
    with open(os.path.join(d, outputs[0]), "ab") as f:
        f.write(b"!")
    with open(os.path.join(d, "aaa.txt"), "w") as f:
        f.write("1\n")
    size0 = os.path.getsize(os.path.join(out, outputs[0]))
    lines = sorted([f"{d}/{outputs[-1]}: missing",
                    f"{d}/{outputs[0]}: size {size0 + 1}, expected {size0}",
                    f"{d}/aaa.txt: not listed in the manifest"])
    expect(d, 65, lines, "several differences")

    # manifests that are not charta's, or point out of the folder
    def with_manifest(name, text):
        d = fresh(name)
        with open(os.path.join(d, "manifest.json"), "w", encoding="utf-8") as f:
            f.write(text)
        return d

    for name, bad in (("dotdot", "../out/" + csv), ("dotdot_mid", "data/../../out/" + csv),
                      ("absolute", os.path.join(out, csv))):
        m = json.loads(json.dumps(manifest))
        m["outputs"][0]["path"] = bad
        d = with_manifest(name, json.dumps(m, indent=2))
        rc, so, se = verify(d)
        if rc != 65 or not se.startswith(f"{d}/manifest.json: not a manifest of charta: ") \
                or "not a relative path inside the report" not in se or len(se.splitlines()) != 1:
            fail(f"manifest path {bad!r}: exit {rc}, stderr {se!r}")
    d = with_manifest("malformed", "{\"generator\": \"charta 1\", \"outputs\": [")
    rc, so, se = verify(d)
    if rc != 65 or "malformed JSON" not in se:
        fail(f"a malformed manifest: exit {rc}, stderr {se!r}")
    d = with_manifest("foreign", json.dumps({"generator": "other", "outputs": []}))
    rc, so, se = verify(d)
    if rc != 65 or "no \"generator\" of charta" not in se:
        fail(f"a foreign manifest: exit {rc}, stderr {se!r}")
    m = json.loads(json.dumps(manifest))
    del m["outputs"][0]["sha256"]
    d = with_manifest("nohash", json.dumps(m))
    rc, so, se = verify(d)
    if rc != 65 or "without its \"bytes\" and \"sha256\"" not in se:
        fail(f"an output without a hash: exit {rc}, stderr {se!r}")

    # no folder, no manifest, a linked manifest, no argument
    rc, so, se = verify(os.path.join(tmp, "nonexistent"))
    if rc != 66 or "nonexistent" not in se:
        fail(f"a missing folder: exit {rc}, stderr {se!r}")
    d = fresh("nomanifest")
    os.unlink(os.path.join(d, "manifest.json"))
    rc, so, se = verify(d)
    if rc != 66 or "manifest.json" not in se:
        fail(f"no manifest: exit {rc}, stderr {se!r}")
    os.symlink(os.path.join(out, "manifest.json"), os.path.join(d, "manifest.json"))
    rc, so, se = verify(d)
    if rc != 66 or "symbolic link" not in se:
        fail(f"a linked manifest: exit {rc}, stderr {se!r}")
    rc, so, se = verify(os.path.join(out, csv))
    if rc != 66 or "not a folder" not in se:
        fail(f"a file as the folder: exit {rc}, stderr {se!r}")
    p = subprocess.run([charta, "verify"], capture_output=True, text=True)
    if p.returncode != 64:
        fail(f"no argument: exit {p.returncode}")
    rc, so, se = verify(out, "extra")
    if rc != 64:
        fail(f"two arguments: exit {rc}")

    # verify only reads: the original is as it was
    rc, so, se = verify(out)
    if rc != 0:
        fail(f"the original after all checks: exit {rc}, {se!r}")
finally:
    shutil.rmtree(tmp, ignore_errors=True)

if failures:
    sys.exit(f"verify_test: {len(failures)} failures")
print("verify_test: ok")
