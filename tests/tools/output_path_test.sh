#!/usr/bin/env bash
# The names around the report are never followed (RELIABILITY §5): a lock
# that is a symbolic link, a hard link or a user's file, and a -o that is a
# symbolic link, are refused with 73 before any file is written; -o '' is a
# usage error (64) before any work. Missing folders above the report are made,
# through no link, before the data are read, and removed again when the run fails. Every refusal leaves the whole folder
# around it as it was: the same entries, contents and link targets.
# usage: output_path_test.sh CHARTA PROJECT
set -u
charta=$1 project=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "output_path_test: $*"; exit 1; }
# every entry of the folder: type, name, link target, and the files' hashes
tree_sum() {
  (cd "$1" && find . -mindepth 1 -printf '%y %p -> %l\n' | LC_ALL=C sort &&
    find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}
# expect RC FIRST-LINE-PATTERN ARGS...: run in $tmp, check the exit code,
# the first line of stderr and that nothing under $tmp changed
expect() {
  local want=$1 pattern=$2
  shift 2
  local before after rc
  before=$(tree_sum "$tmp/w")
  (cd "$tmp/w" && "$charta" run p --date 2025-03-31 --quiet "$@" 2>"$tmp/err")
  rc=$?
  [ $rc = "$want" ] || fail "run $*: exit $rc, expected $want: $(head -1 "$tmp/err")"
  head -1 "$tmp/err" | grep -q -- "$pattern" ||
    fail "run $*: first line '$(head -1 "$tmp/err")' does not say '$pattern'"
  after=$(tree_sum "$tmp/w")
  [ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "run $* changed the folder"; }
}
mkdir "$tmp/w"
cp -r "$project" "$tmp/w/p"
rm -rf "$tmp/w/p/report"

# a lock that is a symbolic link is not followed: the file it names keeps its bytes
echo precious > "$tmp/w/victim"
ln -s "$tmp/w/victim" "$tmp/w/rep.lock"
expect 73 "charta: error: cannot create rep.lock: it is a symbolic link" -o rep
# a dangling one is not created through either
rm "$tmp/w/rep.lock" && ln -s "$tmp/w/made-by-link" "$tmp/w/rep.lock"
expect 73 "charta: error: cannot create rep.lock: it is a symbolic link" -o rep
# a hard link to a user's file, a user's file, a FIFO
rm "$tmp/w/rep.lock" && ln "$tmp/w/victim" "$tmp/w/rep.lock"
expect 73 "charta: error: cannot use rep.lock: it is not a lock file charta created" -o rep
rm "$tmp/w/rep.lock" && echo "my notes" > "$tmp/w/rep.lock"
expect 73 "charta: error: cannot use rep.lock: it holds something other than a run's pid" -o rep
rm "$tmp/w/rep.lock" && mkfifo "$tmp/w/rep.lock"
expect 73 "charta: error: cannot use rep.lock: it is not a lock file charta created" -o rep
rm "$tmp/w/rep.lock"

# -o a symbolic link to a folder (empty, or a report): refused, the link and its target stay
mkdir "$tmp/w/real"
ln -s real "$tmp/w/link"
expect 73 "charta: error: link is a symbolic link; charta replaces only a real folder" -o link
expect 73 "charta: error: link is a symbolic link; charta replaces only a real folder" -o link/
(cd "$tmp/w" && "$charta" run p -o real --date 2025-03-31 --quiet) || fail "a run into real/ failed"
expect 73 "charta: error: link is a symbolic link; charta replaces only a real folder" -o link
ln -s nowhere "$tmp/w/dangling"
expect 73 "charta: error: dangling is a symbolic link; charta replaces only a real folder" -o dangling
# the link's target itself is a real folder: published there
(cd "$tmp/w" && "$charta" run p -o real --date 2025-03-31 --quiet) || fail "a rerun into real/ failed"
[ -L "$tmp/w/link" ] && [ "$(readlink "$tmp/w/link")" = real ] || fail "the link was replaced"

# -o '' (and names that are no folder of their own): a usage error before any work
expect 64 "charta: error: -o '' names no folder" -o ""
expect 73 "charta: error: -o . does not name a report folder of its own" -o .
expect 73 "charta: error: -o real/.. does not name a report folder of its own" -o real/..

# the folders above the report that are missing are made (mkdir -p), and the report
# published in them
(cd "$tmp/w" && "$charta" run p -o berichte/neu/kreis --date 2025-03-31 --quiet) ||
  fail "a run into berichte/neu/kreis (missing parents) failed"
[ -f "$tmp/w/berichte/neu/kreis/manifest.json" ] || fail "no report in berichte/neu/kreis"
rm -rf "$tmp/w/berichte"
# a parent that is a file, or a dangling link: 73, nothing made through them
echo "not a folder" > "$tmp/w/afile"
expect 73 "charta: error: cannot create the report in afile/rep: afile is not a folder" -o afile/rep
expect 73 "charta: error: cannot create the report in afile/x/rep: afile is not a folder" -o afile/x/rep
ln -s nowhere/deeper "$tmp/w/dl"
expect 73 "charta: error: cannot create the folder dl for the report: File exists" -o dl/rep
[ ! -e "$tmp/w/nowhere" ] || fail "a folder was made through a dangling link"
rm "$tmp/w/afile" "$tmp/w/dl"
# the place of the report is checked before the data are read: a data file that is
# a FIFO would be refused (66) when it is read, but the output is refused first (73)
cp -r "$tmp/w/p" "$tmp/w/q"
rm "$tmp/w/q/data/umwelt_energie.csv" && mkfifo "$tmp/w/q/data/umwelt_energie.csv"
echo "not a folder" > "$tmp/w/afile"
(cd "$tmp/w" && "$charta" run q -o afile/rep --date 2025-03-31 --quiet 2>"$tmp/err")
rc=$?
[ $rc = 73 ] || fail "an impossible -o with a FIFO input: exit $rc, expected 73: $(head -1 "$tmp/err")"
# a run that fails after making the folders removes them again (they are its own,
# and empty); one that already existed stays
mkdir "$tmp/w/keep"
(cd "$tmp/w" && "$charta" run q -o keep/new1/new2/rep --date 2025-03-31 --quiet 2>"$tmp/err")
rc=$?
[ $rc = 66 ] || fail "a run with a FIFO input: exit $rc, expected 66: $(head -1 "$tmp/err")"
[ -d "$tmp/w/keep" ] && [ ! -e "$tmp/w/keep/new1" ] || fail "a failed run left the folders it made"
rm -rf "$tmp/w/q" "$tmp/w/afile" "$tmp/w/keep"
echo "output_path_test: OK"
