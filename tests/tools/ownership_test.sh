#!/usr/bin/env bash
# charta replaces only a folder it wrote (DESIGN §7): its manifest with the
# charta signature and nothing but the files the manifest lists, or an empty
# folder; never the project folder or one that holds it. Otherwise the run
# refuses with 73, names the first foreign file, and the whole folder around
# the report is left as it was.
# usage: ownership_test.sh CHARTA PROJECT
set -u
charta=$1 project=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "ownership_test: $*"; exit 1; }
# every entry of the folder: type, name, link target, and the files' hashes
tree_sum() {
  (cd "$1" && find . -mindepth 1 "${@:2}" -printf '%y %p -> %l\n' | LC_ALL=C sort &&
    find . -type f "${@:2}" -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}
# refuse -o DIR FIRST-LINE: exit 73, that first line, and nothing under $tmp/w changed
refuse() {
  local out=$1 want=$2 before after rc
  before=$(tree_sum "$tmp/w")
  (cd "$tmp/w" && "$charta" run p -o "$out" --date 2025-03-31 --quiet 2>"$tmp/err")
  rc=$?
  [ $rc = 73 ] || fail "-o $out: exit $rc, expected 73: $(head -1 "$tmp/err")"
  [ "$(head -1 "$tmp/err")" = "$want" ] ||
    fail "-o $out: first line '$(head -1 "$tmp/err")', expected '$want'"
  after=$(tree_sum "$tmp/w")
  [ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "-o $out changed the folder"; }
}
# publish -o DIR: exit 0, and nothing outside DIR and its lock changed
publish() {
  local out=$1 before after
  before=$(tree_sum "$tmp/w" ! -path "./$out" ! -path "./$out/*" ! -path "./$out.lock")
  (cd "$tmp/w" && "$charta" run p -o "$out" --date 2025-03-31 --quiet) || fail "-o $out failed"
  after=$(tree_sum "$tmp/w" ! -path "./$out" ! -path "./$out/*" ! -path "./$out.lock")
  [ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "-o $out changed files beside it"; }
  [ -f "$tmp/w/$out/manifest.json" ] || fail "-o $out wrote no report"
}
mkdir "$tmp/w"
cp -r "$project" "$tmp/w/p"
rm -rf "$tmp/w/p/report"
tail="; move it away or choose another folder with -o"

# a web folder with a manifest.json that is not charta's
mkdir "$tmp/w/web" && echo '{}' > "$tmp/w/web/manifest.json" && echo x > "$tmp/w/web/index.html"
refuse web "charta: error: cannot replace web: web/index.html was not written by charta; move it away or choose another folder with -o"
rm "$tmp/w/web/index.html"
refuse web "charta: error: cannot replace web: web/manifest.json was not written by charta; move it away or choose another folder with -o"
# a manifest that looks like charta's and lists index.html, but has no signature
printf '{"outputs": [{"path": "index.html"}]}\n' > "$tmp/w/web/manifest.json"
echo x > "$tmp/w/web/index.html"
refuse web "charta: error: cannot replace web: web/index.html was not written by charta; move it away or choose another folder with -o"

# the project folder, with a manifest.json put into it, and the folder above it
echo '{}' > "$tmp/w/p/manifest.json"
refuse p "charta: error: cannot replace p: it holds the project folder p; choose a folder of its own with -o"
rm "$tmp/w/p/manifest.json"
refuse . "charta: error: -o . does not name a report folder of its own; name one, for example -o ./report"
refuse p/data "charta: error: cannot replace p/data: it holds the input p/data/bevoelkerung_genesis.csv; choose a folder of its own with -o"

# an empty folder may be used; a report charta wrote is replaced, again and again
mkdir "$tmp/w/rep"
publish rep
publish rep
grep -q '"generator": "charta ' "$tmp/w/rep/manifest.json" || fail "the manifest has no generator"

# a file a user added to a real report, anywhere in it, keeps the report from being replaced
echo mine > "$tmp/w/rep/notes.txt"
refuse rep "charta: error: cannot replace rep: rep/notes.txt was not written by charta$tail"
rm "$tmp/w/rep/notes.txt"
echo mine > "$tmp/w/rep/charts/zz-mine.svg"
refuse rep "charta: error: cannot replace rep: rep/charts/zz-mine.svg was not written by charta$tail"
rm "$tmp/w/rep/charts/zz-mine.svg"
mkdir "$tmp/w/rep/drafts"
refuse rep "charta: error: cannot replace rep: rep/drafts was not written by charta$tail"
rmdir "$tmp/w/rep/drafts"
# a listed name that is now a symbolic link or a folder is not charta's file
csv=rep/data/indicators.csv
mv "$tmp/w/$csv" "$tmp/w/saved.csv" && ln -s ../../saved.csv "$tmp/w/$csv"
refuse rep "charta: error: cannot replace rep: $csv was not written by charta$tail"
rm "$tmp/w/$csv" && mv "$tmp/w/saved.csv" "$tmp/w/$csv"
# a listed file that a user removed is no reason to refuse
rm "$tmp/w/rep/data/progress.csv"
publish rep
# a report written before the manifest had its generator key is still charta's
grep -v '"generator"' "$tmp/w/rep/manifest.json" > "$tmp/w/m" && mv "$tmp/w/m" "$tmp/w/rep/manifest.json"
publish rep
# a folder of the same name is not a file
echo text > "$tmp/w/afile"
refuse afile "charta: error: afile exists and is not a folder; choose another name with -o"
echo "ownership_test: OK"
