#!/usr/bin/env bash
# End-to-end test of the explorer's start-up against signals: a signal at any moment must give the
# terminal back.
#
# Runs ./run.sh in a detached tmux pane and, from a launcher inside the pane, sends it SIGTERM,
# SIGHUP or SIGINT (kill on the program's pid) or presses Ctrl-C (tmux send-keys, a real key press
# through the terminal) a given number of milliseconds after the launcher started. After each trial
# `stty -g` in the pane must be what it was before, the alternate screen off, the cursor visible,
# and the exit code 128 + the signal's number (or 1 when the JVM itself fails: a signal during its
# own initialisation can end it with "Error occurred during initialization of VM", before any of
# the program runs; run.sh gives the explorer -XX:-DisplayVMOutput, which keeps a thread dump off the
# screen and silences that message too, so an exit 1 is taken as the JVM's when the program said
# nothing: every failure of the program's own says "endings: …").
#
# usage: src/test/e2e/startup-race.sh       (from anywhere; runs ./run.sh from the repo root)
# env:   RACE_KINDS   what to send (default: TERM HUP INT C-c stty-INT; stty-INT: the stty that takes the
#                     terminal sends SIGINT to the whole job, the delay does not apply)
#        RACE_DELAYS  milliseconds after the launcher starts (default: 30 40 … 110: on a quiet machine
#                     the first is during the JVM's start, the middle ones while the terminal is being
#                     taken, the last around the first frame; on a loaded one they move later)
#        RACE_ROUNDS  how many times over (default 1)
#        RACE_COUNT=1 count the failures by kind and go on, rather than print each one's pane: for
#                     reproducing a race over many trials
#        RACE_BIG=1   the explorer on a big model (the bundled one padded past the 256 KB under which
#                     a model is taken to load in a blink): it reads the model before it takes the
#                     terminal, and takes it once the model is valid, so the signals land in other steps
#        TUI_CMD, TUI_TIMEOUT, TUI_START_TIMEOUT as in tui-e2e.sh
# Exits 0 when every trial gave the terminal back; otherwise prints the failures and exits 1.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../../.." && pwd -P)
cmd=${TUI_CMD:-./run.sh}
timeout=${TUI_TIMEOUT:-20}
start_timeout=${TUI_START_TIMEOUT:-240}
kinds=${RACE_KINDS:-TERM HUP INT C-c stty-INT}
delays=${RACE_DELAYS:-30 40 50 60 70 80 90 110}
rounds=${RACE_ROUNDS:-1}
count_only=${RACE_COUNT:-0}
big=${RACE_BIG:-0}

work=$(mktemp -d "${TMPDIR:-/tmp}/startup-race.XXXXXX")
sock="startup-race-$$"
T=(tmux -L "$sock" -f /dev/null)
pane="race:0.0"

# shellcheck source=tmux-session.sh
. "$here/tmux-session.sh"

# Waits until a line of the pane is the text, up to $2 seconds.
wait_for() {
    local text=$1 limit=$2
    local deadline=$((SECONDS + limit))
    while ((SECONDS < deadline)); do
        if screen | grep -qxF -- "$text"; then
            return 0
        fi
        sleep 0.05
    done
    return 1
}

# A fresh pane with a plain shell: after a trial that left the terminal taken, nothing of it stays.
new_pane() {
    open_session race
    # The settings and the exit code are read before each prompt: an interactive shell drops the rest
    # of a command line whose program was killed by SIGINT (the launcher, before java starts).
    keys "PROMPT_COMMAND='s=\$?; stty -g > $work/after; echo \"EXIT=\$s\"; echo DONE-\$trial'; trial=0" Enter
    keys "PS1='ready\$ '; cd $(printf '%q' "$repo"); clear" Enter
    wait_for 'ready$' 10 || { say "FAIL: the pane's shell did not start"; exit 1; }
}

if ((big)); then
    { cat "$repo/data/anora.json"; head -c 300000 /dev/zero | tr '\0' ' '; } >"$work/big.json"
    cmd="$cmd --model $(printf '%q' "$work/big.json")"
fi

# The launcher, run in the pane: schedules the signal or the key press, then becomes the program
# (run.sh execs java, so $$ is the explorer's pid once java runs; a kill waits for that).
cat >"$work/launch" <<EOF
#!/usr/bin/env bash
kind=\$1
seconds=\$(printf '0.%03d' "\$2")
if [ "\$kind" = C-c ]; then
    (sleep "\$seconds"; tmux -L $(printf '%q' "$sock") send-keys -t $pane C-c) &
elif [ "\$kind" = stty-INT ]; then
    export JAVA_TOOL_OPTIONS=-Dcom.googlecode.lanterna.terminal.UnixTerminal.sttyCommand=$(printf '%q' "$work/stty-int")
else
    # To java itself: a bash still running run.sh outlives a SIGINT that its child of the moment survives.
    (sleep "\$seconds"; for _ in \$(seq 400); do [ "\$(cat /proc/\$\$/comm 2>/dev/null)" = java ] && break; sleep 0.005; done
        kill -"\$kind" \$\$) &
fi
exec $cmd
EOF
chmod +x "$work/launch"
# stty-INT: the stty the terminal's set-up runs sends SIGINT to the whole job, the program included, as
# a Ctrl-C pressed at that moment does; the set-up fails at once, before the JVM has begun to end.
printf '#!/bin/sh\nkill -INT 0\nexit 1\n' >"$work/stty-int"
chmod +x "$work/stty-int"

declare -A code_of=([TERM]=143 [HUP]=129 [INT]=130 [C-c]=130 [stty-INT]=130)
declare -A tried failed
trial=0
mark=0
failures=0

# One trial: the launcher with a kind and a delay; true when the terminal came back whole.
run_trial() {
    local kind=$1 delay=$2 limit=$3
    trial=$((trial + 1))
    # The pane's marker is never used twice, the warm-up's included: a trial must not take the line
    # a trial before it left on the screen (until its own "clear" runs) for its own end.
    mark=$((mark + 1))
    keys "clear; trial=$mark; stty -g > $work/before; $work/launch $kind $delay" Enter
    if ! wait_for "DONE-$mark" "$limit"; then
        why="the program did not end within ${limit}s"
        return 1
    fi
    local state
    state=$("${T[@]}" display -p -t "$pane" '#{alternate_on} #{cursor_flag}')
    if ! cmp -s "$work/before" "$work/after"; then
        why="stty -g differs: before $(cat "$work/before"), after $(cat "$work/after")"
    elif [ "$state" != "0 1" ]; then
        why="the alternate screen or the hidden cursor stayed (alternate_on cursor_flag: $state)"
    elif ! screen | grep -q "EXIT=${code_of[$kind]}$" \
            && ! { screen | grep -q "EXIT=1$" && ! screen | grep -qF "endings:"; }; then
        why="expected exit code ${code_of[$kind]}: $(screen | grep -o 'EXIT=[0-9]*')"
    else
        return 0
    fi
    return 1
}

command -v tmux >/dev/null || { say "FAIL: tmux is not installed"; exit 1; }
cd "$repo" || exit 1
say "startup-race: $cmd in tmux; kinds: $kinds; delays (ms): $delays; rounds: $rounds"
new_pane
# A first run builds the jar if needed and warms the file cache; it is not a trial.
run_trial TERM 900 "$start_timeout" >/dev/null || true
trial=0
for ((round = 1; round <= rounds; round++)); do
    for delay in $delays; do
        for kind in $kinds; do
            why=""
            tried[$kind]=$((${tried[$kind]:-0} + 1))
            if run_trial "$kind" "$delay" "$timeout"; then
                ((count_only)) || say "ok: $kind at ${delay} ms (stty -g unchanged)"
                continue
            fi
            failed[$kind]=$((${failed[$kind]:-0} + 1))
            failures=$((failures + 1))
            say "FAIL: $kind at ${delay} ms: $why"
            if ! ((count_only)); then
                say "----- the pane showed:"
                screen | sed 's/^/| /'
                say "-----"
            fi
            new_pane
        done
    done
done
for kind in $kinds; do
    say "$kind: ${failed[$kind]:-0} of ${tried[$kind]:-0} left the terminal taken or did not end"
done
if ((failures > 0)); then
    say "startup-race: $failures of $trial trial(s) failed"
    exit 1
fi
say "startup-race: all $trial trials gave the terminal back"
