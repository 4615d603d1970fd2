#!/usr/bin/env bash
# Runs Endings with every argument passed through, and returns its exit code.
# Builds the jar first when it is missing or older than the sources: a one-line notice on
# stderr, Maven's own output only when the build fails. Works from any working directory.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
jar="$here/target/endings.jar"

stale() {
    [ ! -f "$jar" ] && return 0
    [ -n "$(find "$here/pom.xml" "$here/src/main" "$here/data" -newer "$jar" -print -quit 2>/dev/null)" ]
}

if stale; then
    mkdir -p "$here/target"
    # One build at a time, even when two shells start the program at once.
    exec 9>"$here/target/.build.lock"
    flock 9
    if stale; then
        echo "endings: building the program (first run, or the sources changed)…" >&2
        log=$(mktemp)
        if ! (cd "$here" && mvn -q -B -DskipTests package) >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            echo "endings: the build failed; Maven's output is above." >&2
            exit 1
        fi
        rm -f "$log"
    fi
    exec 9>&-
fi

# Java can only ask whether stdin and stdout are both terminals; the text mode's prompt needs stdin alone.
if [ -t 0 ]; then stdin_tty=true; else stdin_tty=false; fi
exec java -XX:+UseSerialGC -Dendings.stdin.tty=$stdin_tty -jar "$jar" "$@"
