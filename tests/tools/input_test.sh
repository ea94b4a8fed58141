#!/usr/bin/env bash
# Inputs that are not plain files, or too large: each run ends at once with a
# clear first message naming the file, and changes nothing outside its output
# folder. A FIFO (no writer) must not block, /dev/zero behind a symlink must
# not be read, a file over the caps of `city { limits = ... }` is refused
# unread, a logo larger than 4096 x 4096 pixels is never decoded.
# usage: input_test.sh CHARTA ERRORS_BASE_PROJECT
set -u
charta=$1 base=$2
tmp=$(mktemp -d)
mkdir "$tmp/w"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "input_test: $*"; exit 1; }
export CHARTA_PATH=${CHARTA_PATH:-$(cd "$base/../../../indicators" && pwd)}

# names, sizes, times and kinds of everything but the output (and the run's lock
# beside it), and the bytes of the regular files (never opening a FIFO or a device)
tree_sum() {
  (cd "$tmp/w" && find . -mindepth 1 \( -path ./out -o -path ./out.lock \) -prune -o -print0 | sort -z | xargs -0 stat -c '%n %s %Y %F' &&
   find . \( -path ./out -o -path ./out.lock \) -prune -o -type f -print0 | sort -z | xargs -0 -r sha256sum) | sha256sum
}

# fresh project in $tmp/w/p; the case's setup runs inside it
fresh() { rm -rf "$tmp/w/p" "$tmp/w/out"; cp -r "$base" "$tmp/w/p"; }

# expect NAME RC FIRST_LINE [COMMAND]: run, compare exit and first line, check the tree
expect() {
  local name=$1 want_rc=$2 want_line=$3 cmd=${4:-check}
  local before after rc line
  before=$(tree_sum)
  (cd "$tmp/w/p" && timeout -k 5 60 "$charta" $cmd . -o "$tmp/w/out" --date 2025-03-31 \
     >/dev/null 2>"$tmp/err")
  rc=$?
  after=$(tree_sum)
  line=$(sed -n 1p "$tmp/err")
  [ "$rc" = "$want_rc" ] || fail "$name: exit $rc, expected $want_rc: $(head -3 "$tmp/err")"
  [ "$line" = "$want_line" ] || fail "$name: first line
  expected: $want_line
  got:      $line"
  [ "$before" = "$after" ] || fail "$name: something outside the output folder changed"
  if [ "$want_rc" != 0 ] && [ -e "$tmp/w/out" ]; then fail "$name: a failed run left $tmp/w/out"; fi
  echo "ok   $name"
}

src_line=$(grep -n '^source "einwohner"' "$base/city.lua" | cut -d: -f1)
areas_line=$(grep -n '^areas {' "$base/city.lua" | cut -d: -f1)

fresh
rm "$tmp/w/p/data/einwohner.csv" && mkfifo "$tmp/w/p/data/einwohner.csv"
expect fifo_data_file 66 \
  "city.lua:$src_line: error: source 'einwohner': 'data/einwohner.csv' is a FIFO (named pipe), not a regular file"

fresh
printf 'code,name,parent\nC,Fehlerstadt,\n1,Nord,C\n2,Süd,C\n' > "$tmp/w/p/data/areas.csv"
sed -i "${areas_line},/^} }/c\\areas { file = \"data/areas.csv\", code = \"code\", name = \"name\", parent = \"parent\" }" "$tmp/w/p/city.lua"
(cd "$tmp/w/p" && "$charta" check . >/dev/null 2>&1) || fail "the areas file project does not check"
rm "$tmp/w/p/data/areas.csv" && mkfifo "$tmp/w/p/data/areas.csv"
expect fifo_areas_file 66 \
  "city.lua:$areas_line: error: areas: 'data/areas.csv' is a FIFO (named pipe), not a regular file"

fresh
mkfifo "$tmp/w/p/indicators/pipe.lua"
expect fifo_included_script 66 \
  "indicators/pipe.lua: error: 'indicators/pipe.lua' is a FIFO (named pipe), not a regular file"

fresh
ln -s /dev/zero "$tmp/w/p/indicators/z.lua"
expect dev_zero_script 66 \
  "indicators/z.lua: error: 'indicators/z.lua' is a character device, not a regular file"

# a data file of 2 MB against a cap of 1 MB per file
fresh
sed -i 's/seconds = 20 }/seconds = 20, max_file_mb = 1 }/' "$tmp/w/p/city.lua"
{ head -1 "$base/data/einwohner.csv"; yes '1,2020,1000,10.5' | head -c 2100000; } \
  > "$tmp/w/p/data/einwohner.csv"
size=$(stat -c %s "$tmp/w/p/data/einwohner.csv")
expect file_over_max_file_mb 65 \
  "city.lua:$src_line: error: source 'einwohner': 'data/einwohner.csv' has $size bytes, more than the limit of 1 MB per file; raise it with city { limits = { max_file_mb = ... } }"

# the same file against a cap of 1 MB for the whole run
sed -i 's/max_file_mb = 1 }/max_input_mb = 1 }/' "$tmp/w/p/city.lua"
expect file_over_max_input_mb 65 \
  "city.lua:$src_line: error: source 'einwohner': 'data/einwohner.csv' has $size bytes, more than the 1.0 MB left of the limit of 1 MB for all input files of a run; raise it with city { limits = { max_input_mb = ... } }"

# the logo: a FIFO, then a 20000 x 20000 PNG of 0.4 MB (2.1 GB decoded)
logo_case() {
  local name=$1 want=$2
  local rc before after
  before=$(tree_sum)
  (cd "$tmp/w/p" && timeout -k 5 60 "$charta" run . -o "$tmp/w/out" --formats pdf --date 2025-03-31 \
     >/dev/null 2>"$tmp/err")
  rc=$?
  after=$(tree_sum)
  [ $rc = 0 ] || fail "$name: exit $rc: $(head -3 "$tmp/err")"
  grep -qF -- "$want" "$tmp/err" || fail "$name: no warning '$want': $(cat "$tmp/err")"
  [ "$before" = "$after" ] || fail "$name: something outside the output folder changed"
  echo "ok   $name"
}
fresh
echo 'report { logo = "logo.png" }' >> "$tmp/w/p/city.lua"
mkfifo "$tmp/w/p/logo.png"
logo_case fifo_logo \
  "report: the logo 'logo.png' is a FIFO (named pipe), not a regular file; the PDF goes without it"
rm -f "$tmp/w/p/logo.png"
python3 - "$tmp/w/p/logo.png" <<'PY' || fail "cannot write the PNG"
import struct, sys, zlib
w = h = 20000
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
z = zlib.compressobj(9)
row = bytes(w + 1)
idat = b"".join(z.compress(row) for _ in range(h)) + z.flush()
with open(sys.argv[1], "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
PY
rm -rf "$tmp/w/out"
logo_case huge_logo \
  "report: the logo 'logo.png' is 20000 x 20000 pixels, larger than 4096 x 4096; the PDF goes without it"
echo "input_test: OK"
