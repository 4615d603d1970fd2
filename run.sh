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
# malloc arenas, for its memory, and compiles later, for its start. bench/run measures all of it.
set -u
# The script's own directory, resolved (the start-up archive names the jar by this path), in one
# subshell and without running dirname. Run through a symbolic link (~/bin/endings -> the checkout's
# run.sh), the link is followed to the real script first, or the build would look for a pom.xml
# beside the link.
script=${BASH_SOURCE[0]}
while [ -L "$script" ]; do
    link=$(readlink -- "$script") || break
    case $link in /*) script=$link ;; */*|*) case $script in */*) script=${script%/*}/$link ;; *) script=$link ;; esac ;; esac
done
case $script in */*) here=${script%/*} ;; *) here=. ;; esac
here=$(CDPATH='' cd -P -- "${here:-/}" && pwd) || { echo "endings: cannot find the directory run.sh is in" >&2; exit 1; }
jar="$here/target/endings.jar"
jsa="$here/target/endings.jsa"
stamp="$jsa.stamp"              # the java and the jar's path the archive was made for, written after each training
# ENDINGS_DEBUG_START=1 says on stderr whether the start-up archive is used, and if not, why.
debug_start=${ENDINGS_DEBUG_START-}
note() { [ -n "$debug_start" ] && printf 'endings: start-up archive: %s\n' "$*" >&2; return 0; }

# Any file or directory of the sources newer than the jar (a directory is newer when a file in it
# was added or removed), or the one file of data/ the jar bundles (pom.xml's <resources>): a model
# of your own kept in data/, beside the schema its "$schema" names, never sets off a build.
# Bash's own globbing and -nt: find, a process, cost ~2 ms of every run.
stale() {
    [ ! -f "$jar" ] && return 0
    local f
    shopt -s globstar nullglob dotglob
    for f in "$here/pom.xml" "$here/src/main" "$here"/src/main/** "$here/data/anora.json"; do
        if [ "$f" -nt "$jar" ]; then
            shopt -u globstar nullglob dotglob
            return 0
        fi
    done
    shopt -u globstar nullglob dotglob
    return 1
}

# Which java runs the program: $JAVA_HOME/bin/java when JAVA_HOME is set (as Maven does), else the
# one on the PATH, found without a fork (BASH_CMDS is the shell's own lookup table).
if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java_bin=$JAVA_HOME/bin/java
else
    hash java 2>/dev/null
    java_bin=${BASH_CMDS[java]-}
    if [ -z "$java_bin" ]; then
        echo "endings: no java found${JAVA_HOME:+ (none in JAVA_HOME=$JAVA_HOME)} and none on the PATH: install Java 17 or later, or set JAVA_HOME to where it is." >&2
        exit 127
    fi
fi

# The archive names the jar by its path, and java refuses it for a jar anywhere else: a checkout
# copied or moved keeps an archive it cannot use, and is trained again. And java 17 never uses an
# archive for a jar whose real path holds a space or another character a file: URL escapes (it
# resolves links); such a checkout runs a copy of its jar at a plain path, in a folder only this
# user can write to, refreshed when the jar changes.
jar_run=$jar
plain_jar() {
    local links=${XDG_RUNTIME_DIR:-/tmp}/endings-$UID copy
    { [ -d "$links" ] || mkdir -m 700 -- "$links" 2>/dev/null; } && [ -O "$links" ] && [ ! -L "$links" ] || return 1
    copy=$links/$(printf '%s' "$here" | cksum | tr ' ' -).jar
    if [ "$jar" -nt "$copy" ] || [ "$copy" -nt "$jar" ] || [ ! -f "$copy" ]; then
        cp -p -- "$jar" "$copy.$$" 2>/dev/null && mv -f -- "$copy.$$" "$copy" || { rm -f -- "$copy.$$"; return 1; }
    fi
    jar_run=$copy
}
# The archive is made again when the jar or java (its real file: -nt follows links) changed since,
# or when it was made for a jar at another path, or by another java. The same java reached another way
# (/usr/bin/java, a link, and $JAVA_HOME/bin/java, as under Maven) is the same file (-ef follows links):
# compared as names, each switch between the two made the archive again, a start of ~1.1 s instead of
# ~0.1 s (the 0.9-1.0 s first frames seen once in a while; bench/run --cold finds none otherwise).
archive_stale() {
    [ -f "$jar" ] && [ -w "$here/target" ] || return 1
    local made="" made_for=""
    [ -f "$stamp" ] && { read -r made; read -r made_for; } <"$stamp"
    ! [ "$made" -ef "$java_bin" ] || [ "$made_for" != "$jar_run" ] || [ "$jar" -nt "$stamp" ] || [ "$java_bin" -nt "$stamp" ]
}

# The training run; a failure only means no archive (the program runs without it).
train() {
    local tmp="$jsa.$$.tmp"
    rm -f "$jsa"
    if "$java_bin" -XX:ArchiveClassesAtExit="$tmp" -XX:+UseSerialGC -Xlog:all=off -cp "$jar_run" org.endings.Training \
            </dev/null >/dev/null 2>&1 && [ -s "$tmp" ]; then
        mv -f "$tmp" "$jsa"
    else
        note "the training run of $java_bin made none; the program runs without it"
    fi
    rm -f "$tmp"
    printf '%s\n%s\n' "$java_bin" "$jar_run" >"$stamp"
}

case $here in
    *[!A-Za-z0-9/._+-]*) plain_jar_needed=1 ;;
    *) plain_jar_needed="" ;;
esac
# (before a build as well as after: the stamp names the jar the archive was made for)
if [ -n "$plain_jar_needed" ] && [ -f "$jar" ]; then
    plain_jar || note "the path $here holds a character java's archive cannot take, and no plain copy of the jar could be made"
fi
if stale && { ! mkdir -p "$here/target" 2>/dev/null || [ ! -w "$here/target" ]; }; then
    if [ -f "$jar" ]; then
        echo "endings: the sources are newer than the program in $here/target, which is read-only: running the program as it was built." >&2
    else
        echo "endings: the program needs building, but $here/target cannot be written to; build it where it can be (mvn -B package), or copy the folder somewhere writable." >&2
        exit 1
    fi
elif stale || archive_stale; then
    # One build at a time, even when two shells start the program at once.
    if exec 9>"$here/target/.build.lock"; then
        flock 9
    fi 2>/dev/null
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
    if [ -n "$plain_jar_needed" ]; then
        plain_jar || note "the path $here holds a character java's archive cannot take, and no plain copy of the jar could be made"
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
    if [ -n "$debug_start" ]; then
        note "$jsa, for $jar_run (java's class,path lines below say whether it takes it)"
        flags+=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=warning:stderr -Xlog:class+path=info:stderr)
    else
        # -Xlog:cds*=off: an archive the JVM cannot use is skipped without a word on stdout
        flags+=(-XX:SharedArchiveFile="$jsa" -Xlog:cds*=off)
    fi
else
    note "none: $jsa is missing or older than the jar"
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
    # Methods compiled after twice the usual calls: during the start the quick compiler then takes
    # less of the two cores from the threads making the first frame (-4.5 ms, bench/run --frames).
    # What the reader's keys need is compiled after the first frame by the rehearsal of the keys
    # (tui/Rehearsal plays them twice as many times for it).
    flags+=(-XX:CompileThresholdScaling=2)
    # Two malloc arenas at most instead of 8 per core (one per thread that mallocs: main, the
    # compiler, the key thread, …), so that memory freed by one thread is reused by another rather
    # than kept in arenas of its own. A value the user set is kept.
    export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
    # kill -QUIT makes the JVM print a thread dump on stdout, over the full-screen UI, in cells never
    # repainted (Java cannot take SIGQUIT itself); the explorer keeps it off the screen. Ctrl-\ is a key.
    flags+=(-XX:-DisplayVMOutput)
fi

if [ -n "${ENDINGS_SHOW_JVM_FLAGS-}" ]; then
    printf '%s\n' "${flags[@]}" | grep -v -e '^-Dendings' -e '^-XX:SharedArchiveFile'
    exit 0
fi

exec "$java_bin" "${flags[@]}" -jar "$jar_run" "$@"
