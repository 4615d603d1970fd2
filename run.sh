#!/usr/bin/env bash
# Runs Endings with every argument passed through, and returns its exit code.
# Builds the jar first when it is missing or older than the sources: a one-line notice on
# stderr, Maven's own output only when the build fails. Works from any working directory.
#
# Start-up: after each build a training run (org.endings.Training) writes a class-data-sharing
# archive, target/endings.jsa, of every class the program loads; each run then maps it instead of
# loading and verifying those classes from the jar. It is made again, silently, whenever it is older
# than the jar or was made by another java. Every mode runs on the quick compiler only
# (-XX:TieredStopAtLevel=1); the explorer's session also gets a small young generation and fewer
# malloc arenas, for its memory. bench/run measures all of it.
set -u
# The script's own directory, resolved (the start-up archive names the jar by this path), in one
# subshell and without running dirname.
case ${BASH_SOURCE[0]} in */*) here=${BASH_SOURCE[0]%/*} ;; *) here=. ;; esac
here=$(CDPATH='' cd -P -- "${here:-/}" && pwd) || { echo "endings: cannot find the directory run.sh is in" >&2; exit 1; }
jar="$here/target/endings.jar"
jsa="$here/target/endings.jsa"
stamp="$jsa.stamp"              # the java the archive was made for, written after each training

# Any file or directory of the sources newer than the jar (a directory is newer when a file in it
# was added or removed). Bash's own globbing and -nt: find, a process, cost ~2 ms of every run.
stale() {
    [ ! -f "$jar" ] && return 0
    local f
    shopt -s globstar nullglob dotglob
    for f in "$here/pom.xml" "$here/src/main" "$here"/src/main/** "$here/data" "$here"/data/**; do
        if [ "$f" -nt "$jar" ]; then
            shopt -u globstar nullglob dotglob
            return 0
        fi
    done
    shopt -u globstar nullglob dotglob
    return 1
}

# Which java runs the program, found without a fork (BASH_CMDS is the shell's own lookup table).
hash java 2>/dev/null
java_bin=${BASH_CMDS[java]:-java}

# The archive is made again when the jar or java (its real file: -nt follows links) changed since.
archive_stale() {
    [ -f "$jar" ] && [ -w "$here/target" ] || return 1
    local made=""
    [ -f "$stamp" ] && read -r made <"$stamp"
    [ "$made" != "$java_bin" ] || [ "$jar" -nt "$stamp" ] || [ "$java_bin" -nt "$stamp" ]
}

# The training run; a failure only means no archive (the program runs without it).
train() {
    local tmp="$jsa.$$.tmp"
    rm -f "$jsa"
    if java -XX:ArchiveClassesAtExit="$tmp" -XX:+UseSerialGC -Xlog:all=off -cp "$jar" org.endings.Training \
            </dev/null >/dev/null 2>&1 && [ -s "$tmp" ]; then
        mv -f "$tmp" "$jsa"
    fi
    rm -f "$tmp"
    printf '%s\n' "$java_bin" >"$stamp"
}

if stale || archive_stale; then
    mkdir -p "$here/target"
    # One build at a time, even when two shells start the program at once.
    exec 9>"$here/target/.build.lock"
    flock 9
    if stale; then
        echo "endings: building the program (first run, or the sources changed)…" >&2
        log=$(mktemp)
        if ! (cd "$here" && mvn -q -B -Dmaven.test.skip=true package) >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            echo "endings: the build failed; Maven's output is above." >&2
            exit 1
        fi
        rm -f "$log"
    fi
    if archive_stale; then
        train
    fi
    exec 9>&-
fi

# The mode decides the flags; the program itself decides the mode, and this guess only tunes the JVM.
explorer=1
command=explore
text=""
for arg in "$@"; do
    case "$arg" in
        validate|quotes|--help|-h|--version|-V) explorer=0; command=other ;;
        --text) text=1 ;;
        --no-text) text=0 ;;
    esac
done
if [ ! -t 0 ] || [ ! -t 1 ] || [ "${TERM-}" = dumb ] || [ "$text" = 1 ] \
        || { [ -z "$text" ] && [ -n "${ENDINGS_ACCESSIBLE-}${ACCESSIBLE-}" ]; }; then
    explorer=0
fi
# ENDINGS_SHOW_JVM_FLAGS=explorer|short prints that mode's flags instead of running (for bench/run).
case "${ENDINGS_SHOW_JVM_FLAGS-}" in explorer) explorer=1 ;; short) explorer=0 ;; esac

# Java can only ask whether stdin and stdout are both terminals (and from JDK 22 System.console()
# answers even when they are not); say what each is, as the shell knows it.
if [ -t 0 ]; then stdin_tty=true; else stdin_tty=false; fi
if [ -t 1 ]; then stdout_tty=true; else stdout_tty=false; fi

# Every mode: SerialGC (least start-up and memory for one thread of work), no hsperfdata file, and the
# archives mapped where they were made (ArchiveRelocationMode=0: this JDK 17 build relocates them by
# default, which costs ~5 ms and dirties ~15 MB of otherwise shared pages); IgnoreUnrecognizedVMOptions
# lets an older or newer java skip a flag it lacks rather than refuse to start.
flags=(-XX:+UseSerialGC -XX:-UsePerfData -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions
    -XX:ArchiveRelocationMode=0 -Dendings.stdin.tty=$stdin_tty -Dendings.stdout.tty=$stdout_tty)
# The text mode at a terminal wraps its lines at the terminal's width, which Java cannot ask for.
if [ "$explorer" = 0 ] && [ "$command" = explore ] && [ "$stdout_tty" = true ]; then
    { size=$(stty size <&3 2>/dev/null) || size=""; } 3>&1
    case "${size#* }" in
        [1-9]*) flags+=(-Dendings.columns="${size#* }") ;;
    esac
fi
if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ]; then
    # -Xlog:cds*=off: an archive the JVM cannot use is skipped without a word on stdout
    flags+=(-XX:SharedArchiveFile="$jsa" -Xlog:cds*=off)
fi
# Every mode runs on the quick compiler only (C1): C2 costs ~14 ms of every start (its thread and
# stubs compete with the main thread on two cores) and its working memory peaks at 10-27 MB, kept by
# malloc afterwards. The explorer once needed C2 (Lanterna's screen drew 3× slower without it); its
# own Display draws a frame in 0.17 ms with C2 and 0.36 ms with C1 (p99 0.69 and 1.07 ms, bench's
# Harness at 120×50), well inside the 3 ms a key may take, and the session's peak RSS falls by ~10 MB.
flags+=(-XX:TieredStopAtLevel=1)
if [ "$explorer" = 1 ]; then
    # A young generation of 8 MB for the session: the default eden (a third of 1/64 of RAM) is touched
    # page by page until its first collection, and RSS grows with it: 400 keys at 120×50 peaked at
    # 180 MB RSS with the default, 83 MB with -Xmn8m (a key allocates 0.1-0.2 MB).
    flags+=(-Xmn8m)
    # Two malloc arenas at most instead of 8 per core (one per thread that mallocs: main, the
    # compiler, the key thread, …), so that memory freed by one thread is reused by another rather
    # than kept in arenas of its own. A value the user set is kept.
    export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
fi

if [ -n "${ENDINGS_SHOW_JVM_FLAGS-}" ]; then
    printf '%s\n' "${flags[@]}" | grep -v -e '^-Dendings' -e '^-XX:SharedArchiveFile'
    exit 0
fi

exec java "${flags[@]}" -jar "$jar" "$@"
