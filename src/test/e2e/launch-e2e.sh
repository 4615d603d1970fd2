#!/usr/bin/env bash
# Issue 17's launch findings, end to end through ./run.sh and the built jar:
#   6  a 400 MB line to the text mode under a 64 MB heap: said to be too long, no OutOfMemoryError
#   7  run.sh through a symbolic link in another directory: no stray target/ beside the link
#   8  the text mode with stdin closed (<&-): one line saying so, not the JDK's module image as commands
#   9  a read-only checkout that needs a build: one clear line, no "flock: Bad file descriptor";
#      no java on the PATH: JAVA_HOME is used, and without it one clear line
#  10  a copied checkout and a path with a space: the start-up archive is used (ENDINGS_DEBUG_START)
#  11  the same java by another path (the PATH's link, then JAVA_HOME as Maven sets it) keeps the
#      start-up archive; a new jar makes it again
# usage: src/test/e2e/launch-e2e.sh   (from anywhere). Exits 0 when every check passes.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../../.." && pwd -P)
cd "$repo" || exit 1
failures=0
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
work=$(mktemp -d "${TMPDIR:-/tmp}/launch-e2e.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
# the reader's notebook in the run's own folder: no check resumes where another reader left off
export XDG_DATA_HOME="$work/data"
./run.sh --version >/dev/null 2>&1 || fail "./run.sh --version failed"
java_bin=$(command -v java)

# 6. A 400 MB line, then a command.
{ head -c 400000000 /dev/zero | tr '\0' a; printf '\n=\n'; } \
    | JAVA_TOOL_OPTIONS=-Xmx64m ./run.sh --text >"$work/long.out" 2>"$work/long.err"
code=$?
[ "$code" = 0 ] || fail "6: the 400 MB line exited $code: $(head -c 300 "$work/long.err")"
grep -q 'That line was too long' "$work/long.out" || fail "6: not said to be too long: $(head -c 300 "$work/long.out")"
grep -q '^Beat 1 of 4, .*View: beat' "$work/long.out" || fail "6: the command after the long line was not answered"
grep -q 'OutOfMemoryError' "$work/long.err" && fail "6: OutOfMemoryError: $(head -c 300 "$work/long.err")"

# 7. Through a link in another directory.
mkdir -p "$work/bin" "$work/elsewhere"
ln -s "$repo/run.sh" "$work/bin/endings"
(cd "$work/elsewhere" && "$work/bin/endings" validate "$repo/data/anora.json") >"$work/link.out" 2>&1 \
    || fail "7: through a link: $(cat "$work/link.out")"
[ -e "$work/bin/target" ] && fail "7: a stray target/ beside the link"

# 8. Stdin closed.
./run.sh --text <&- >"$work/closed.out" 2>&1
code=$?
[ "$code" = 1 ] || fail "8: stdin closed exited $code"
[ "$(wc -c <"$work/closed.out")" -lt 2000 ] || fail "8: stdin closed wrote $(wc -c <"$work/closed.out") bytes"
grep -q 'Could not read the input (standard input is closed)' "$work/closed.out" \
    || fail "8: stdin closed said: $(tail -3 "$work/closed.out")"

# 9. A read-only checkout that needs a build (as another user: root writes anywhere).
copy="$work/ro"
mkdir "$copy" && tar --exclude=./target -cf - . | tar -xf - -C "$copy"
chmod -R a-w "$copy" && chmod a+x "$work"
if command -v setpriv >/dev/null; then
    setpriv --reuid=65534 --regid=65534 --clear-groups bash "$copy/run.sh" --version >"$work/ro.out" 2>&1
    code=$?
    [ "$code" = 1 ] || fail "9: read-only checkout exited $code"
    grep -q 'needs building, but .* cannot be written to' "$work/ro.out" || fail "9: read-only said: $(cat "$work/ro.out")"
    grep -qi 'flock\|Permission denied' "$work/ro.out" && fail "9: read-only said: $(cat "$work/ro.out")"
fi
chmod -R u+w "$copy"
# No java on the PATH: JAVA_HOME, else one clear line.
env -i HOME="$HOME" PATH=/nonexistent JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java_bin")")")" /bin/bash ./run.sh --version \
    >"$work/jh.out" 2>&1 || fail "9: JAVA_HOME was not used: $(cat "$work/jh.out")"
env -i HOME="$HOME" PATH=/nonexistent /bin/bash ./run.sh --version >"$work/nojava.out" 2>&1
code=$?
[ "$code" = 127 ] || fail "9: no java exited $code"
grep -q '^endings: no java found' "$work/nojava.out" || fail "9: no java said: $(cat "$work/nojava.out")"

# 10. The start-up archive in a copied checkout and in a path with a space.
for dir in "$work/copied" "$work/with space"; do
    cp -rp "$repo" "$dir" 2>/dev/null
    "$dir/run.sh" --version >/dev/null 2>&1
    ENDINGS_DEBUG_START=1 "$dir/run.sh" --version >"$work/cds.out" 2>&1
    grep -q 'checking shared classpath entry: .*endings.*\.jar' "$work/cds.out" \
        || fail "10: the archive is not used in '$dir': $(grep -v '^\[' "$work/cds.out" | head -5)"
    rm -rf "$dir"
done

# 11. The archive is kept for the same java reached by another path, and made again for a new jar.
real_java=$(readlink -f "$(command -v java)")
dir="$work/archive"
cp -rp "$repo" "$dir" 2>/dev/null
env -u JAVA_HOME "$dir/run.sh" --version >/dev/null 2>&1
made=$(stat -c %Y.%y "$dir/target/endings.jsa" 2>/dev/null)
[ -n "$made" ] || fail "11: no start-up archive was made"
JAVA_HOME=$(dirname "$(dirname "$real_java")") "$dir/run.sh" --version >/dev/null 2>&1
[ "$(stat -c %Y.%y "$dir/target/endings.jsa" 2>/dev/null)" = "$made" ] \
    || fail "11: the archive was made again for the same java named by JAVA_HOME"
env -u JAVA_HOME "$dir/run.sh" --version >/dev/null 2>&1
[ "$(stat -c %Y.%y "$dir/target/endings.jsa" 2>/dev/null)" = "$made" ] \
    || fail "11: the archive was made again for the same java found on the PATH"
sleep 1.1
touch "$dir/target/endings.jar"
env -u JAVA_HOME "$dir/run.sh" --version >/dev/null 2>&1
[ "$(stat -c %Y.%y "$dir/target/endings.jsa" 2>/dev/null)" != "$made" ] \
    || fail "11: a new jar did not make the archive again"
rm -rf "$dir"

if [ "$failures" = 0 ]; then echo "launch e2e: every check passed"; exit 0; fi
echo "launch e2e: $failures check(s) failed"; exit 1
