#!/usr/bin/python3
"""charta beside its references, in one invocation (run by scripts/bench).

For each size (city, state, nation: the workloads of ../shared/bench/gen_data.py),
ROUNDS rounds, each running once, one after the other, so that a slow moment of the
machine falls on all of them alike:

  charta       charta run, every format (xlsx, csv, charts, pdf, opensdg, sdmx)
  charta-xlsx  charta run --formats xlsx (import and compute included)
  pandas       baseline_pandas.py --xlsx pandas (pandas + XlsxWriter + matplotlib)
  direct       baseline_pandas.py --xlsx direct (the workbook written cell by cell)
  xlsx-floor   xlsx_floor -c -s AREAS (libxlsxwriter alone writing the same cells)
  csv-floor    csv_floor (libcsv parse, pivot, the 20 indicators in plain C)

It prints the median wall time and peak RSS of each, and the ratios pandas/charta
(how many times faster charta is) and charta-xlsx/xlsx-floor (how close to the
library's own speed). Figures only: nothing passes or fails. With --results FILE the
table is also written there (bench/RESULTS.md), with the machine it was taken on.

usage: bench.py WORKDIR SHARED_BENCH CHARTA FLOORS_DIR [--rounds N] [--results FILE] SIZE...
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

AREAS = {"city": 30, "state": 1100, "nation": 11000}


def measure(cmd, cwd=None):
    """Wall seconds and peak RSS (MiB) of one run of cmd; None when it failed."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        print(f"bench: failed: {' '.join(cmd)}\n{err[-2000:]}", file=sys.stderr)
        return None
    return wall, usage.ru_maxrss / 1024.0


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, {platform.platform()}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("shared")
    ap.add_argument("charta")
    ap.add_argument("floors")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--results")
    ap.add_argument("sizes", nargs="+")
    a = ap.parse_args()
    rows = []
    for size in a.sizes:
        if size not in AREAS:
            sys.exit(f"bench: unknown size '{size}' (city, state, nation)")
        project = os.path.join(a.work, size)
        shutil.rmtree(project, ignore_errors=True)
        os.makedirs(os.path.join(project, "data"))
        here = os.path.dirname(os.path.abspath(__file__))
        nation = os.path.join(here, "..", "bench", "nation")
        shutil.copy(os.path.join(nation, "city.lua"), project)
        shutil.copytree(os.path.join(nation, "indicators"), os.path.join(project, "indicators"))
        csv = os.path.join(project, "data", "workload.csv")
        subprocess.run(["/usr/bin/python3", os.path.join(a.shared, "gen_data.py"), size, "-o", csv],
                       check=True)
        out = os.path.join(a.work, size + "-out")
        runs = {
            "charta": [a.charta, "run", project, "-o", out + "/charta", "--quiet",
                       "--date", "2026-01-01"],
            "charta-xlsx": [a.charta, "run", project, "-o", out + "/charta-xlsx", "--quiet",
                            "--formats", "xlsx", "--date", "2026-01-01"],
            "pandas": ["/usr/bin/python3", os.path.join(a.shared, "baseline_pandas.py"), csv,
                       out + "/pandas", "--xlsx", "pandas"],
            "direct": ["/usr/bin/python3", os.path.join(a.shared, "baseline_pandas.py"), csv,
                       out + "/direct", "--xlsx", "direct"],
            "xlsx-floor": [os.path.join(a.floors, "xlsx_floor"), "-c", "-s", str(AREAS[size]),
                           out + "/floor.xlsx"],
            "csv-floor": [os.path.join(a.floors, "csv_floor"), csv],
        }
        os.makedirs(out, exist_ok=True)
        got = {k: [] for k in runs}
        for r in range(a.rounds):
            for name, cmd in runs.items():
                m = measure(cmd)
                if m:
                    got[name].append(m)
                    print(f"bench: {size} round {r + 1}: {name:12s} {m[0]:8.2f} s "
                          f"{m[1]:8.1f} MiB", file=sys.stderr)
        med = {k: (statistics.median(x[0] for x in v), max(x[1] for x in v))
               for k, v in got.items() if v}
        rows.append((size, med))
        shutil.rmtree(out, ignore_errors=True)

    lines = ["| size | run | median wall | peak RSS |", "|---|---|---:|---:|"]
    for size, med in rows:
        for name, (wall, rss) in med.items():
            lines.append(f"| {size} | {name} | {wall:.2f} s | {rss:.0f} MiB |")
    lines += ["", "| size | pandas / charta | direct / charta | charta-xlsx / xlsx-floor |",
              "|---|---:|---:|---:|"]
    for size, med in rows:
        def ratio(a_, b_):
            return f"{med[a_][0] / med[b_][0]:.2f}×" if a_ in med and b_ in med else "–"
        lines.append(f"| {size} | {ratio('pandas', 'charta')} | {ratio('direct', 'charta')} | "
                     f"{ratio('charta-xlsx', 'xlsx-floor')} |")
    table = "\n".join(lines)
    print(table)
    if a.results:
        with open(a.results, "w", encoding="utf-8") as f:
            f.write("# The last measurement of scripts/bench\n\n")
            f.write(f"Taken on {time.strftime('%Y-%m-%d', time.gmtime())}, {machine()}; "
                    f"medians of {a.rounds} rounds, run one after the other in each round "
                    "(charta with every format; pandas and direct: ../shared/bench/"
                    "baseline_pandas.py with --xlsx pandas and --xlsx direct; the floors: "
                    "../shared/bench/*_floor.c). Figures only: what the code is measured "
                    "against, not a test.\n\n")
            f.write(table + "\n")


if __name__ == "__main__":
    main()
