#!/usr/bin/env bash
# ./wearline bench hostile: a generated corpus of hostile inputs run through the product's headless commands,
# one line per case and a summary "N passed, M failed". A case passes when the command ends within 60 s with the
# exit code it should have (never 3; never 0 for input that must be refused), prints no stack trace and no raw
# control character, leaves no temporary file, keeps the files that were there (md5) and writes nothing outside
# its folder. Usage: tests/hostile-bench.sh <wearline-launch>   (the wearline script passes the product's)
set -uo pipefail
LAUNCH="$1"
# the launcher takes java from JAVA_HOME; the wearline script sets it to a JDK 21+
[ -n "${JAVA_HOME:-}" ] || { echo "set JAVA_HOME to a JDK 21 or newer (./wearline bench hostile does)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2
passed=0
failed=0

wl() { WEARLINE_CWD="$WORK" timeout 60 "$LAUNCH" -nosplash -application io.wearline.batch.app "$@"; }

# case <name> <expected exit codes, e.g. 1|2> <command words...>
case_() {
  local name="$1" expected="$2"
  shift 2
  local before after code problem=""
  before="$(find . -type f ! -name '*.out' -print0 | sort -z | xargs -0 -r md5sum)"
  wl "$@" > "case.out" 2>&1
  code=$?
  after="$(find . -type f ! -name '*.out' -print0 | sort -z | xargs -0 -r md5sum)"
  [ "$code" = 124 ] && problem="hung past 60 s"
  [ -z "$problem" ] && ! [[ "|$expected|" == *"|$code|"* ]] && problem="exit $code, expected $expected"
  [ -z "$problem" ] && grep -q $'\tat ' case.out && problem="stack trace"
  [ -z "$problem" ] && grep -q -e 'java\.lang\.' -e 'Exception' case.out && problem="Java internals in the output"
  [ -z "$problem" ] && LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' case.out && problem="raw control character"
  [ -z "$problem" ] && [ -n "$(find . -name '*.tmp' -o -name '.*.tmp*')" ] && problem="temporary file left"
  [ -z "$problem" ] && [ "$(printf '%s\n' "$before" | grep -v -e ' \./case\.out$' -e "${KEEP_NEW:-^$}")" != \
    "$(printf '%s\n' "$after" | grep -v -e ' \./case\.out$' -e "${KEEP_NEW:-^$}")" ] && problem="files changed"
  if [ -z "$problem" ]; then
    passed=$((passed + 1)); printf 'ok     %-58s exit %s\n' "$name" "$code"
  else
    failed=$((failed + 1)); printf 'FAILED %-58s %s: %s\n' "$name" "$problem" "$(head -c 300 case.out | tr '\n' ' ')"
  fi
}

profile() { # a valid profile with one replacement
  sed "$1" <<'MACHINE'
machine m1 "Motor 1" {
  type motor
  sensor bearing_temp "Drive-end bearing temperature" {
    kind temperature
    unit "°C"
    range 20 to 120
    nominal 55
    noise 0.8
    wear rises by 35
  }
  life 150 to 400 cycles
  dataset {
    train 3000 rows
    validation 600 rows
    test 600 rows
  }
}
MACHINE
}

# --- profiles: validate and seed refuse each with exit 1 (invalid) or 2 (not a profile file)
profile 's/life 150 to 400/life 1000000000 to 2000000000/' > huge_life.machine
profile 's/nominal 55/nominal NaN/' > nan.machine
profile 's/sensor bearing_temp/sensor \x1b[2J\x00evil/' > escape.machine
profile 's/machine m1/machine ..\/evil/' > traversal.machine
profile 's/range 20 to 120/range 120 to 20/' > reversed.machine
{ echo 'machine big "Big" {'; for i in $(seq 1 10000); do echo "  sensor s$i { kind other range 0 to 1 nominal 0.5 }"; done
  echo '  life 10 to 20 cycles'; echo '}'; } > ten_thousand.machine
printf '' > empty.machine
head -c 4096 /dev/urandom > garbage.machine
printf '{"id": "m1", "sensors": %s%s}' "$(printf '[%.0s' $(seq 1 10000))" "$(printf ']%.0s' $(seq 1 10000))" > deep.json
printf 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n' > laughs.yaml
printf '{"id": "../../evil", "name": "x", "sensors": []}' > traversal.json
head -c 4096 /dev/urandom > garbage.xlsx
python3 - <<'PY'
import zipfile
spaces = b' ' * (200 * 1024 * 1024)
for name, streamed in (('bomb_declared.xlsx', False), ('bomb_streamed.xlsx', True)):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        if streamed:
            with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=False) as f:
                f.write(spaces)
        else:
            z.writestr('xl/worksheets/sheet1.xml', spaces)
PY
mkfifo pipe.machine
ln -s /dev/zero zero.machine
for file in huge_life.machine nan.machine escape.machine traversal.machine reversed.machine ten_thousand.machine \
    empty.machine garbage.machine deep.json laughs.yaml traversal.json garbage.xlsx bomb_declared.xlsx \
    bomb_streamed.xlsx; do
  case_ "validate $file" 1 validate "$file"
  case_ "seed $file" "1|2" seed "$file" --units 1 --out "$file.seed.parquet"
done
for file in pipe.machine zero.machine; do
  case_ "validate $file" 2 validate "$file"
  case_ "seed $file" 2 seed "$file" --units 1
done

# --- tables: inspect and score refuse unreadable ones (exit 1) and note non-finite values (exit 0)
profile 's/x/x/' > good.machine
wl seed good.machine --units 3 --out real.csv > /dev/null 2>&1 || { echo "could not seed real.csv"; exit 2; }
printf 'a,b\n1,2\n3\n4,5,6\n' > ragged.csv
printf 'a\x1b[2J,b\n1,x\x1b]0;title\x07\n' > escape.csv
printf '' > empty.csv
printf '{"a": 1}\n{"a": [1, 2]}\n' > nested.jsonl
printf '{"a": 1}\n{"a": \n' > broken.jsonl
head -c 4096 /dev/urandom > garbage.parquet
head -c 100 real.csv > truncated.parquet
cp garbage.xlsx garbage_table.xlsx
cp bomb_declared.xlsx bomb_table.xlsx
for file in ragged.csv empty.csv nested.jsonl broken.jsonl garbage.parquet truncated.parquet garbage_table.xlsx \
    bomb_table.xlsx; do
  case_ "inspect $file" 1 inspect "$file"
  case_ "score real.csv $file" 1 score real.csv "$file" --out reports
done
case_ "inspect escape.csv" "0|1" inspect escape.csv
{ echo 'bearing_temp'; for i in $(seq 1 200); do echo 1e400; echo -Infinity; done; } > infinite.csv
case_ "inspect infinite.csv (noted, not numbers)" 0 inspect infinite.csv
grep -q "non-finite" case.out || { failed=$((failed + 1)); echo "FAILED inspect infinite.csv: no note"; }
echo taken > taken
case_ "score --out <a file>" 2 score real.csv real.csv --out taken

# --- URIs: every scheme but file:, hdfs:, s3a: is refused by name; hdfs: without its client is refused
for uri in ftp://example.org/x.parquet http://example.org/x.parquet https://example.org/x.csv \
    jar:file:/x.jar!/x.parquet har://h/x.parquet; do
  case_ "inspect $uri" 2 inspect "$uri"
  case_ "seed --out $uri" 2 seed good.machine --units 1 --out "$uri"
  case_ "score real.csv $uri" 2 score real.csv "$uri" --out reports
done
case_ "seed --out hdfs:// (no client)" 1 seed good.machine --units 1 --out hdfs://namenode/x.parquet

echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
