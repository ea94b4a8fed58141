#!/usr/bin/env bash
# The README's commands work as written after the quick start: a fresh clone of
# the repository's committed HEAD is built (RelWithDebInfo, -j2, the charta target
# only, with the compiler launcher of BUILD_DIR when it has one, e.g. ccache) and
# installed into a temporary prefix with `cmake --install --prefix`; with that
# bin on PATH and no CHARTA_PATH (the installed charta finds its library itself),
# the quick start's report step (scripts/demo's `charta run examples/musterstadt/
# -o report/`) runs in the clone's top folder, then every line of the README's
# ```sh blocks that starts with `charta`, as a shell would run it: each must exit
# 0. Not run: the other lines of those blocks (scripts/demo and scripts/test
# install packages and build; ctest, scripts/bench, ...) and the crontab line,
# which is no ```sh block (it runs from cron, with the installed binary's full path).
# Then the tutorials docs/anleitung.md and docs/tutorial.md, followed word for word
# by tests/tools/tutorial_run.py (their commands, files and printed outputs).
# usage: readme_test.sh SOURCE_DIR BUILD_DIR
set -u
src=$1 build=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/require.sh"
name=readme

require_tool $name git git
require_tool $name cmake cmake
git -C "$src" rev-parse --verify -q HEAD > /dev/null 2>&1 ||
  skip $name "$src is not a git checkout with a commit"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "$name: $*"; exit 1; }

git clone -q --no-hardlinks "$src" "$tmp/charta" || fail "git clone failed"
echo "$name: cloned $(git -C "$tmp/charta" log -1 --format='%h %s')"

cfg=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
cache=$build/CMakeCache.txt
if [ -f "$cache" ]; then
  for var in CMAKE_C_COMPILER CMAKE_C_COMPILER_LAUNCHER; do
    val=$(sed -n "s/^$var:[A-Z]*=//p" "$cache")
    [ -z "$val" ] || cfg+=("-D$var=$val")
  done
fi
cd "$tmp/charta" || fail "no clone"
cmake -S . -B build "${cfg[@]}" > "$tmp/configure.log" 2>&1 ||
  { cat "$tmp/configure.log"; fail "cmake failed in the clone"; }
cmake --build build -j2 --target charta > "$tmp/build.log" 2>&1 ||
  { tail -n 30 "$tmp/build.log"; fail "the build failed in the clone"; }
cmake --install build --prefix "$tmp/prefix" > "$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log"; fail "cmake --install failed"; }

# the manual page is installed with the program: `man charta` finds it there
if command -v man > /dev/null; then
  MANPATH="$tmp/prefix/share/man" man -w charta > /dev/null 2>&1 ||
    fail "man charta: no manual page under $tmp/prefix/share/man"
  MANPATH="$tmp/prefix/share/man" MANPAGER=cat man charta 2> /dev/null | grep -q 'charta help' ||
    fail "man charta does not show the installed page"
fi

export PATH="$tmp/prefix/bin:$PATH"
unset CHARTA_PATH
[ "$(command -v charta)" = "$tmp/prefix/bin/charta" ] || fail "the installed charta is not on PATH"

# the quick start's report step
charta run examples/musterstadt/ -o report/ --date 2026-01-01 --quiet ||
  fail "the quick start's report step failed"

# every line of a ```sh block that starts with `charta`, its trailing comment cut
mapfile -t commands < <(awk '/^```sh[[:space:]]*$/ { f = 1; next } /^```/ { f = 0 }
                             f && /^charta / { sub(/[[:space:]]+#.*$/, ""); print }' README.md)
[ ${#commands[@]} -ge 4 ] || fail "only ${#commands[@]} charta commands found in README.md's sh blocks"
failed=0
for c in "${commands[@]}"; do
  bash -c "$c" > "$tmp/out" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then
    echo "$name: ok: $c"
  else
    echo "$name: exit $rc: $c"
    sed 's/^/    /' "$tmp/out" | head -n 20
    failed=1
  fi
done
[ $failed = 0 ] || fail "a README command failed"
echo "$name: OK (${#commands[@]} commands)"

# the tutorials, word for word, each in a working folder that holds the clone as
# charta/ (tutorial_run.py): German under a German locale, English under C.UTF-8
require_tool $name stdbuf coreutils
[ -x /usr/bin/python3 ] || skip $name "/usr/bin/python3 is not installed"
locale -a 2> /dev/null | grep -qi '^de_DE\.utf-\?8$' ||
  skip $name "the locale de_DE.UTF-8 is missing (scripts/test generates it)"
for pair in anleitung.md:de_DE.UTF-8 tutorial.md:C.UTF-8; do
  doc=${pair%%:*} lang=${pair#*:}
  work=$tmp/work-${doc%.md}
  mkdir -p "$work" && ln -s "$tmp/charta" "$work/charta" || fail "cannot make $work"
  /usr/bin/python3 "$here/tutorial_run.py" "$tmp/charta/docs/$doc" "$work" "$lang" ||
    fail "docs/$doc cannot be followed as written"
done
echo "$name: OK (the tutorials)"
