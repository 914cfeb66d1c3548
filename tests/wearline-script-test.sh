#!/usr/bin/env bash
# Checks the entry script without Maven: in a scratch git checkout with a fake Maven and a fake product, that only
# tracked sources make the product stale, that a second build waits for (or, with WEARLINE_NO_WAIT, refuses) a
# running one, that the headless application's exit code comes through, and that the help is ours.
# Run: tests/wearline-script-test.sh (prints one line per check and exits 1 when one fails).
set -uo pipefail
SCRIPT="$(cd "$(dirname "$0")/.." && pwd)/wearline"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failed=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi; }

cd "$WORK" && git init -q && cp "$SCRIPT" . && echo 'target/' > .gitignore
PRODUCT=releng/io.wearline.product/target/products/io.wearline.product/linux/gtk/x86_64
mkdir -p bundles/b/src bundles/b/target "$PRODUCT/configuration" .tools/apache-maven-3.9.11/bin
echo 'class A {}' > bundles/b/src/A.java
git add -A && git -c user.email=t@t -c user.name=t commit -qm scratch
printf '#!/bin/sh\necho "maven $*" >> "%s/maven.log"; sleep "${FAKE_SLEEP:-0}"\n' "$WORK" > .tools/apache-maven-3.9.11/bin/mvn
printf '#!/bin/sh\necho "launched $*"; exit 7\n' > "$PRODUCT/wearline-launch"
chmod +x .tools/apache-maven-3.9.11/bin/mvn "$PRODUCT/wearline-launch"
stamp() { touch -d "@$(( $(date +%s) - 100 ))" "$PRODUCT/configuration/config.ini"; }
builds() { [ -f maven.log ] && wc -l < maven.log || echo 0; }

find bundles -type f -exec touch -d "@$(( $(date +%s) - 200 ))" {} +
stamp; touch bundles/b/target/.tycho-consumer-pom.xml
./wearline inspect x > out.txt 2>&1; code=$?
check "git-ignored build output does not start a build" '[ "$(builds)" = 0 ]'
check "the headless exit code comes through" '[ $code = 7 ] && grep -q "launched .* inspect x" out.txt'
touch bundles/b/src/A.java
./wearline inspect x > /dev/null 2>&1
check "a newer tracked source starts one build" '[ "$(builds)" = 1 ]'
stamp; echo 'class B {}' > bundles/b/src/B.java
./wearline inspect x > /dev/null 2>&1
check "a new file git would track starts a build" '[ "$(builds)" = 2 ]'

FAKE_SLEEP=3 ./wearline build -o verify > /dev/null 2>&1 &
sleep 1
WEARLINE_NO_WAIT=1 ./wearline build > refused.txt 2>&1; refused=$?
check "a second build with WEARLINE_NO_WAIT is refused" '[ $refused = 2 ] && grep -q "another build is running" refused.txt && [ "$(builds)" = 3 ]'
./wearline build -q > waited.txt 2>&1
check "a second build waits for the first, then runs" 'grep -q "waiting for it to end" waited.txt && [ "$(tail -n 1 maven.log)" = "maven -B -q" ]'
wait

./wearline build --help > help.txt 2>&1
check "build --help is ours, not Maven's" 'grep -q "^Usage: ./wearline build" help.txt && grep -q "launched .* build --help" help.txt && [ "$(builds)" = 4 ]'
./wearline help build > help2.txt 2>&1
check "help build explains build" 'cmp -s help.txt help2.txt'
./wearline help > list.txt 2>&1
check "the command list names each line once" '[ -z "$(cut -c1-22 list.txt | grep -v "^ *$" | sort | uniq -d)" ]'
exit $failed
