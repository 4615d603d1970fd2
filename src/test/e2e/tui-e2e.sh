#!/usr/bin/env bash
# End-to-end test of the full-screen explorer in a real terminal: tmux.
#
# Runs the program in a detached 80x24 tmux pane, presses keys with send-keys, reads the screen
# with capture-pane, and polls for text instead of sleeping. Checks that the reader can navigate,
# search and open the matrix; that q, Ctrl-C (idle and busy) and SIGTERM all give the terminal
# back (`stty -g`, run inside the pane, is the same before and after); and that a hostile model
# changes neither the pane title nor tmux's paste buffers (OSC 0/2 and OSC 52).
#
# Also: Ctrl-Z gives the terminal back and fg takes it again (after bg too); kill %1 ends the stopped explorer;
# Ctrl-\ quits like Ctrl-C (no JVM thread dump); SIGHUP and an uncaught exception (a test hook,
# -Dendings.tui.crashOnKey) give it back too; so do SIGINT and SIGQUIT sent with kill (issue 17's
# exit matrix), and after every ending the alternate screen is off. A big model (read before the
# terminal is taken) opens and quits the same, and with an error never shows the explorer's screen. Signals during start-up: startup-race.sh.
#
# usage: src/test/e2e/tui-e2e.sh            (from anywhere; runs ./run.sh from the repo root)
# env:   TUI_CMD      the command that starts the explorer (default ./run.sh); it must accept
#                     --model FILE. For Ctrl-C while busy it runs with JAVA_TOOL_OPTIONS set to
#                     -Dendings.tui.stepDelayMillis=3000, which makes each key take three seconds.
#        TUI_TIMEOUT  seconds to wait for any one thing (default 20); the first start waits
#                     TUI_START_TIMEOUT (default 240: ./run.sh may build the jar first).
# Exits 0 when every check passes; otherwise prints what the pane showed and exits 1.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../../.." && pwd -P)
cmd=${TUI_CMD:-./run.sh}
busy_cmd="JAVA_TOOL_OPTIONS=-Dendings.tui.stepDelayMillis=3000 $cmd"
timeout=${TUI_TIMEOUT:-20}
start_timeout=${TUI_START_TIMEOUT:-240}

work=$(mktemp -d "${TMPDIR:-/tmp}/tui-e2e.XXXXXX")
sock="tui-e2e-$$"
T=(tmux -L "$sock" -f /dev/null)
pane="e2e:0.0"
failures=0
started_once=0

# shellcheck source=tmux-session.sh
. "$here/tmux-session.sh"

# The line the terminal cursor is on, and the cursor's column.
cursor_line() { screen | sed -n "$(("$("${T[@]}" display -p -t "$pane" '#{cursor_y}')" + 1))p"; }
cursor_x() { "${T[@]}" display -p -t "$pane" '#{cursor_x}'; }

# Waits until the cursor's line starts with the text.
wait_cursor() {
    local text=$1
    local deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        if cursor_line | grep -q "^$text"; then
            return 0
        fi
        sleep 0.1
    done
    fail "waited ${timeout}s for the cursor on a line starting: $text (it is on: $(cursor_line))"
}

# Fails the current scenario: prints why and what the pane showed.
fail() {
    say "FAIL: $*"
    say "----- the pane showed:"
    screen | sed 's/^/| /'
    say "-----"
    failures=$((failures + 1))
    return 1
}

# Waits until the pane shows the text (a fixed string), up to $2 seconds.
wait_for() {
    local text=$1 limit=${2:-$timeout}
    local deadline=$((SECONDS + limit))
    while ((SECONDS < deadline)); do
        if screen | grep -qF -- "$text"; then
            return 0
        fi
        sleep 0.1
    done
    fail "waited ${limit}s for: $text"
}

# Waits until the pane's first line starts with the text.
wait_header() {
    local text=$1
    local deadline=$((SECONDS + timeout))
    while ((SECONDS < deadline)); do
        if screen | head -1 | grep -qF -- "$text"; then
            return 0
        fi
        sleep 0.1
    done
    fail "waited ${timeout}s for a header starting: $text"
}

type_text() { "${T[@]}" send-keys -t "$pane" -l "$1"; }

# A fresh pane with a plain shell, and the marker the shell prints when it is ready.
new_pane() {
    open_session e2e
    "${T[@]}" set-option -g set-clipboard on >/dev/null
    "${T[@]}" set-option -g allow-rename on >/dev/null
    keys "PS1='ready\$ '; cd $(printf '%q' "$repo"); clear" Enter
    wait_for 'ready$' 10
}

# Starts the explorer in the pane, with stty -g saved before and after it and its exit code shown.
start() {
    local name=$1
    shift
    keys "clear; stty -g > $work/$name.before; $*; echo \"EXIT=\$?\"; stty -g > $work/$name.after; echo STTY-\$((1+1))-SAVED" Enter
    local limit=$timeout
    if ((started_once == 0)); then
        limit=$start_timeout
    fi
    wait_for "Beat 1 of" "$limit" || return 1
    started_once=1
}

# After the explorer has ended: the exit code, the where-line, and the terminal settings.
finish() {
    local name=$1 code=$2
    wait_for "STTY-2-SAVED" || return 1
    screen | grep -qF "EXIT=$code" || { fail "$name: expected exit code $code"; return 1; }
    # the shell's next line at the left edge: the where-line left no cursor in its last column
    screen | grep -qx "EXIT=$code" || { fail "$name: the shell's next line does not start at the left"; return 1; }
    screen | grep -qE "^Beat [0-9]+ of [0-9]+, " || { fail "$name: no line saying where the reader was"; return 1; }
    if ! cmp -s "$work/$name.before" "$work/$name.after"; then
        fail "$name: stty -g differs: before $(cat "$work/$name.before"), after $(cat "$work/$name.after")"
        return 1
    fi
    [ "$("${T[@]}" display -p -t "$pane" '#{alternate_on}')" = 0 ] || { fail "$name: the alternate screen is still on"; return 1; }
    say "ok: $name (exit $code, stty -g unchanged, alternate screen off)"
}

# The pid of the explorer's java process: the java among the pane shell's descendants.
java_pid() {
    local shell pids p
    shell=$("${T[@]}" display -p -t "$pane" '#{pane_pid}')
    pids=$shell
    for _ in 1 2 3 4; do
        local next=""
        for p in $pids; do
            for c in $(pgrep -P "$p"); do
                if [ "$(ps -o comm= -p "$c" 2>/dev/null)" = java ]; then
                    echo "$c"
                    return 0
                fi
                next="$next $c"
            done
        done
        pids=$next
    done
    return 1
}

scenario_navigate_search_matrix_quit() {
    new_pane
    start quit "$cmd" || return 1
    wait_cursor " 1 The ring returned" || return 1
    [ "$(cursor_x)" = 1 ] || { fail "the cursor is not on the first beat's first character"; return 1; }
    keys j
    wait_header "The intimacy · Beat 2 of 4" || return 1
    wait_cursor " 2 The intimacy" || return 1
    keys Tab
    # quote numbers are padded to the widest number: 1–9 quotes, no leading space
    wait_cursor " \{0,1\}1 " || return 1
    keys j
    wait_cursor " \{0,1\}2 " || return 1
    keys /
    wait_for "Search:" || return 1
    type_text "ring"
    wait_for "Search: ring" || return 1
    keys Enter
    wait_for "matches for “ring”" || return 1
    keys n
    wait_for "Match 2 of" || return 1
    keys m
    wait_for "Each cell counts the quotes" || return 1
    keys l j
    wait_for ", read as " || return 1
    keys q
    finish quit 0 || return 1
    screen | grep -qF "View: matrix." || fail "quit: the where-line does not say the matrix"
}

scenario_ctrl_c() {
    new_pane
    start ctrl-c "$cmd" || return 1
    keys l
    wait_header "The intimacy" || return 1
    keys C-c
    finish ctrl-c 130
}

# A reader who moved the interrupt key gets it back where it was, not reset to Ctrl-C.
scenario_custom_interrupt() {
    new_pane
    keys "stty intr ^X" Enter
    start custom-interrupt "$cmd" || return 1
    keys q
    finish custom-interrupt 0 || return 1
    # the where-line, wider than the pane, wrapped between words
    screen | grep -qx "Beat 1 of 4, The ring returned. Reading 1 of 9: Reclaimed power. View: beat." \
        && screen | grep -qE "^Quote 1 of [0-9]+\.$" \
        || fail "custom-interrupt: the where-line is not wrapped between words"
}

# A broken model at a terminal: the explorer has begun taking the terminal while the model loads; it
# gives it back as it was, and the one error line is all the reader sees.
scenario_broken_model() {
    new_pane
    printf '{\n "format": "endings/1",\n "work": 3\n}\n' >"$work/broken.json"
    keys "clear; stty -g > $work/broken.before; $cmd --model $work/broken.json; echo \"EXIT=\$?\"; stty -g > $work/broken.after; echo STTY-\$((1+1))-SAVED" Enter
    wait_for "STTY-2-SAVED" "$start_timeout" || return 1
    screen | grep -qF "EXIT=1" || { fail "broken-model: expected exit code 1"; return 1; }
    screen | grep -qF "broken.json:3:10: error: /work: expected an object" \
        || { fail "broken-model: no error line"; return 1; }
    if ! cmp -s "$work/broken.before" "$work/broken.after"; then
        fail "broken-model: stty -g differs"
        return 1
    fi
    say "ok: broken-model (exit 1, the error line, stty -g unchanged)"
}

# A terminal stty cannot read (a stty that fails, told to the program as Lanterna's stty command): one
# line says why the explorer cannot run, the exit code is 70, and nothing of the terminal has changed.
scenario_stty_fails() {
    new_pane
    printf '#!/bin/sh\nexit 1\n' >"$work/stty-fails"
    chmod +x "$work/stty-fails"
    keys "clear; stty -g > $work/stty-fails.before; JAVA_TOOL_OPTIONS=-Dcom.googlecode.lanterna.terminal.UnixTerminal.sttyCommand=$work/stty-fails $cmd; echo \"EXIT=\$?\"; stty -g > $work/stty-fails.after; echo STTY-\$((1+1))-SAVED" Enter
    wait_for "STTY-2-SAVED" "$start_timeout" || return 1
    screen | grep -qx "EXIT=70" || { fail "stty-fails: expected exit code 70"; return 1; }
    screen | grep -qF "endings: cannot use this terminal full screen: stty cannot read" \
        || { fail "stty-fails: no line saying why"; return 1; }
    cmp -s "$work/stty-fails.before" "$work/stty-fails.after" || { fail "stty-fails: stty -g differs"; return 1; }
    [ "$("${T[@]}" display -p -t "$pane" '#{alternate_on}')" = 0 ] || { fail "stty-fails: the alternate screen is on"; return 1; }
    say "ok: stty-fails (exit 70, the line saying why, stty -g unchanged)"
}

# The bundled model padded with white space past the 256 KB under which a model is taken to load in a
# blink (cli/Models.QUICK_BYTES): the explorer reads such a model before it takes the terminal, then
# takes it once the model is valid. $1: the file; $2, when given, a beat id to misspell (an error).
big_model() {
    { sed "${2:+s/\"beats\": \[\"$2\"/\"beats\": [\"$2-misspelt\"/}" data/anora.json
      head -c 300000 /dev/zero | tr '\0' ' '; } >"$1"
}

# A big model: the first frame, a key, Ctrl-C; and a big model with an error, which never gets as far
# as the explorer: the error line, exit 1, the terminal as it was and never switched to the explorer's
# screen (the pane's output, piped out by tmux, holds no switch to the alternate screen).
scenario_big_model() {
    new_pane
    big_model "$work/big.json"
    start big-model "$cmd --model $work/big.json" || return 1
    keys j
    wait_header "The intimacy" || return 1
    keys C-c
    finish big-model 130 || return 1
    new_pane
    big_model "$work/big-broken.json" kiss
    grep -q '"kiss-misspelt"' "$work/big-broken.json" || { fail "big-broken: the model was not misspelt"; return 1; }
    "${T[@]}" pipe-pane -O -t "$pane" "cat >> $work/big-broken.bytes"
    keys "clear; stty -g > $work/big-broken.before; $cmd --model $work/big-broken.json; echo \"EXIT=\$?\"; stty -g > $work/big-broken.after; echo STTY-\$((1+1))-SAVED" Enter
    wait_for "STTY-2-SAVED" "$timeout" || return 1
    "${T[@]}" pipe-pane -t "$pane"
    screen | grep -qF "EXIT=1" || { fail "big-broken: expected exit code 1"; return 1; }
    screen | grep -qF "error: /quotes/" || { fail "big-broken: no error line"; return 1; }
    cmp -s "$work/big-broken.before" "$work/big-broken.after" || { fail "big-broken: stty -g differs"; return 1; }
    if grep -qF $'\e[?1049h' "$work/big-broken.bytes"; then
        fail "big-broken: the explorer's screen was shown for a model with an error"
        return 1
    fi
    say "ok: big-model (first frame, a key, Ctrl-C; with an error: exit 1, the error line, stty -g unchanged, no screen)"
}

# Ctrl-\ quits like Ctrl-C: the terminal would send SIGQUIT, and the JVM would print a thread dump
# over the screen and go on.
scenario_ctrl_backslash() {
    new_pane
    start ctrl-backslash "$cmd" || return 1
    keys j
    wait_header "The intimacy" || return 1
    keys 'C-\'
    finish ctrl-backslash 130 || return 1
    if screen | grep -qF "Full thread dump"; then fail "ctrl-backslash: a JVM thread dump on the screen"; fi
}

scenario_ctrl_c_busy() {
    new_pane
    start ctrl-c-busy "$busy_cmd" || return 1
    keys l
    sleep 0.3
    keys C-c
    local t0=$SECONDS
    finish ctrl-c-busy 130 || return 1
    ((SECONDS - t0 <= 2)) || fail "Ctrl-C while busy took $((SECONDS - t0))s: it waited for the key before"
}

scenario_sigterm() {
    new_pane
    start sigterm "$cmd" || return 1
    keys j
    wait_header "The intimacy" || return 1
    local pid
    pid=$(java_pid) || { fail "sigterm: no java process under the pane"; return 1; }
    kill -TERM "$pid"
    finish sigterm 143
}

scenario_sighup() {
    new_pane
    start sighup "$cmd" || return 1
    keys j
    wait_header "The intimacy" || return 1
    local pid
    pid=$(java_pid) || { fail "sighup: no java process under the pane"; return 1; }
    kill -HUP "$pid"
    finish sighup 129
}

# SIGINT sent with kill, not typed: the same ending as Ctrl-C.
scenario_sigint() {
    new_pane
    start sigint "$cmd" || return 1
    keys j
    wait_header "The intimacy" || return 1
    local pid
    pid=$(java_pid) || { fail "sigint: no java process under the pane"; return 1; }
    kill -INT "$pid"
    finish sigint 130
}

# SIGQUIT sent with kill: Java keeps it for its thread dump, which must not land on the screen; the
# explorer goes on, and q then leaves as ever.
scenario_sigquit() {
    new_pane
    start sigquit "$cmd" || return 1
    keys j
    wait_header "The intimacy" || return 1
    local pid
    pid=$(java_pid) || { fail "sigquit: no java process under the pane"; return 1; }
    kill -QUIT "$pid"
    sleep 0.5
    if screen | grep -qF "Full thread dump"; then fail "sigquit: a JVM thread dump on the screen"; return 1; fi
    keys q
    finish sigquit 0
}

scenario_crash() {
    new_pane
    start crash "JAVA_TOOL_OPTIONS=-Dendings.tui.crashOnKey=X $cmd" || return 1
    keys j
    wait_header "The intimacy" || return 1
    keys X
    finish crash 70 || return 1
    screen | grep -qF "something went wrong inside the explorer" || fail "crash: no message on stderr"
    if screen | grep -qE '^\s+at [a-z]'; then fail "crash: a stack trace without --debug"; fi
}

# The start every Ctrl-Z scenario shares: the settings saved to $work/TAG.before, the explorer on
# beat 2, then Ctrl-Z until the shell says it stopped. $2, when given, is how long the start may take.
stop_on_beat_two() {
    local tag=$1
    new_pane
    keys "clear; stty -g > $work/$tag.before; $cmd" Enter
    wait_for "Beat 1 of" ${2:+"$2"} || return 1
    keys j
    wait_header "The intimacy" || return 1
    keys C-z
    wait_for "Stopped" || return 1
}

# The end of a Ctrl-Z scenario whose explorer is in front again on beat 2: a key still moves it, q
# quits with the line saying where, and the settings are those saved before it started.
move_quit_and_compare() {
    local tag=$1
    keys l
    wait_header "The refused kiss · Beat 3 of 4" || return 1
    keys q
    wait_for "Beat 3 of 4, The refused kiss." || return 1
    keys "stty -g > $work/$tag.after; echo STTY-SAVED-\$((40 + 2))" Enter
    wait_for "STTY-SAVED-42" || return 1
    if ! cmp -s "$work/$tag.before" "$work/$tag.after"; then
        fail "$tag: stty -g after fg and q differs from before"
        return 1
    fi
}

scenario_ctrl_z_fg() {
    stop_on_beat_two ctrl-z || return 1
    keys "stty -g > $work/ctrl-z.stopped; echo STOPPED-SAVED-\$((40 + 2))" Enter
    wait_for "STOPPED-SAVED-42" || return 1
    if ! cmp -s "$work/ctrl-z.before" "$work/ctrl-z.stopped"; then
        fail "ctrl-z: stty -g while stopped differs from before"
        return 1
    fi
    # A resize while stopped reaches the shell, not the explorer: after fg it must draw at the new size.
    "${T[@]}" resize-window -t "$pane" -x 60 -y 20
    keys "clear; fg" Enter
    wait_header "The intimacy · Beat 2 of 4" || return 1
    sleep 0.3
    # drawn at 60 columns: the rule under the beat list is 60 wide
    if [ "$(screen | sed -n 6p | tr -d '\n' | wc -m)" != 60 ] || ! screen | sed -n 2p | grep -q "^ 1 The ring returned"; then
        fail "ctrl-z: after a resize while stopped, fg did not draw at 60x20"
        return 1
    fi
    move_quit_and_compare ctrl-z || return 1
    say "ok: ctrl-z and fg (stty -g unchanged while stopped and after)"
}

# Ctrl-Z, bg, then fg: bg continues the explorer in the background (it must not touch the terminal
# the shell has), and fg sends no SIGCONT to a job already running, so the explorer itself must see
# that it is in front again and take the terminal back.
scenario_ctrl_z_bg_fg() {
    stop_on_beat_two ctrl-z-bg || return 1
    keys "clear; bg; sleep 0.5; stty -g > $work/ctrl-z-bg.background; echo IN-BACKGROUND-\$((40 + 2))" Enter
    wait_for "IN-BACKGROUND-42" || return 1
    if ! cmp -s "$work/ctrl-z-bg.before" "$work/ctrl-z-bg.background"; then
        fail "ctrl-z-bg: stty -g changed while the explorer ran in the background"
        return 1
    fi
    keys "clear; fg" Enter
    wait_header "The intimacy · Beat 2 of 4" || { fail "ctrl-z-bg: fg after bg did not take the terminal back"; return 1; }
    move_quit_and_compare ctrl-z-bg || return 1
    say "ok: ctrl-z, bg and fg (the terminal taken back at fg; stty -g unchanged)"
}

# A stopped explorer ended with kill %1 (SIGTERM, then SIGCONT from the shell) ends, in the
# background, without touching the terminal the shell has now.
scenario_ctrl_z_kill() {
    stop_on_beat_two ctrl-z-kill "$start_timeout" || return 1
    # Up to ten seconds for the job to end; the shell reports its exit code, at once or under jobs.
    keys "clear; p=\$(jobs -p %1); kill %1; for i in \$(seq 100); do kill -0 \$p 2>/dev/null || break; sleep 0.1; done; " \
        "if kill -0 \$p 2>/dev/null; then echo STILL-THERE; fi; jobs; " \
        "stty -g > $work/ctrl-z-kill.after; echo KILLED-\$((40 + 2))" Enter
    wait_for "KILLED-42" || return 1
    if screen | grep -qF "STILL-THERE"; then
        fail "ctrl-z-kill: the stopped explorer did not end on kill %1"
        "${T[@]}" send-keys -t "$pane" "kill -KILL %1" Enter
        return 1
    fi
    screen | grep -qE "Exit 143 " || { fail "ctrl-z-kill: expected the job to end with exit code 143"; return 1; }
    if ! cmp -s "$work/ctrl-z-kill.before" "$work/ctrl-z-kill.after"; then
        fail "ctrl-z-kill: stty -g differs: before $(cat "$work/ctrl-z-kill.before"), after $(cat "$work/ctrl-z-kill.after")"
        return 1
    fi
    say "ok: ctrl-z and kill %1 (the job ended, exit 143, stty -g unchanged)"
}

scenario_hostile_model() {
    new_pane
    write_hostile_model "$work/hostile.json"
    watch_title_and_buffers hostile e2e-title || return 1

    start hostile "$cmd --model $work/hostile.json" || return 1
    # The screen draws a hyphen between letters as U+2011, which a screen reader does not call "dash".
    wait_for "The ring␛]0;PWNED‑TITLE␇ · Beat 1 of 2" || return 1
    for k in j Tab j Enter Escape w j m l c j r s '?' ' ' g; do
        keys "$k"
        sleep 0.15
    done
    keys /
    wait_for "Search:" || return 1
    type_text "PWNED"
    keys Enter
    sleep 0.3
    keys q
    finish hostile 0 || return 1
    title=$("${T[@]}" display -p -t "$pane" '#{pane_title}')
    [ "$title" = e2e-title ] || { fail "hostile: the pane title changed to: $title"; return 1; }
    buffers=$("${T[@]}" list-buffers 2>/dev/null)
    [ -z "$buffers" ] || { fail "hostile: a tmux buffer appeared: $buffers"; return 1; }
    say "ok: hostile model (pane title and buffers untouched)"
}

write_hostile_model() {
    cat > "$1" <<'JSON'
{
  "format": "endings/1",
  "work": {"title": "\u001b]0;PWNED-TITLE\u0007Anora\u001b]52;c;UFdORUQ=\u0007", "year": 2024, "director": "Sean Baker\u0000\u0007"},
  "scene": {"title": "The final scene\u001b[2J\u001b[H", "where": "A car\u202e evil \u202c", "what": "The end\u001b]2;PWNED-TITLE2\u001b\\"},
  "people": [
    {"id": "baker", "name": "Sean Baker\u001b]52;c;UFdORUQtQ0xJUA==\u0007", "role": "writer-director\u009b1m"},
    {"id": "madison", "name": "Mikey Madison\u2066x\u2069", "role": "actor", "plays": "Ani\u001b[31m"}
  ],
  "sources": [
    {"id": "explainer", "kind": "article", "title": "What happens\u001b]0;PWNED-TITLE\u0007 at the end", "date": "2025-03-12"},
    {"id": "interview", "kind": "interview", "title": "Interview\u009d0;PWNED\u009c", "outlet": "IndieWire\u001b]52;c;UFdORUQ=\u001b\\", "date": "2024-11", "reportedBy": "explainer"}
  ],
  "beats": [
    {"id": "ring", "title": "The ring\u001b]0;PWNED-TITLE\u0007", "summary": "Igor gives Ani the ring.\u001b]52;c;UFdORUQ=\u0007\u0000", "setting": ["car\u200f"], "time": "dawn\u0007"},
    {"id": "kiss", "title": "The kiss\u202e", "summary": "She refuses the kiss.\u001b[2J", "setting": []}
  ],
  "readings": [
    {"id": "power", "title": "Power\u001b]0;PWNED-TITLE\u0007", "thesis": "She takes power back.\u001b]52;c;UFdORUQ=\u0007", "glosses": {"ring": "A gift.\u0007", "kiss": "A line.\u001b[31m"}},
    {"id": "hope", "title": "Hope\u202e", "thesis": "There is hope.\u0000", "glosses": {"ring": "Kindness.\u001b]2;x\u0007", "kiss": "Still.\u009b2J"}}
  ],
  "quotes": [
    {"id": "q1", "text": "I'm in control of this moment.\u001b]0;PWNED-TITLE\u0007\u001b]52;c;UFdORUQ=\u0007", "voice": "direct", "speaker": "baker", "source": "interview", "beats": ["ring", "kiss"], "stances": {"power": "supports", "hope": "challenges"}},
    {"id": "q2", "text": "I control this moment\u001b[2J\u0007", "voice": "direct", "speaker": "baker", "source": "explainer", "beats": ["kiss"], "stances": {"power": "complicates"}, "variantOf": "q1"},
    {"id": "q3", "text": "The article's view.\u202e\u0000", "voice": "editorial", "source": "explainer", "beats": ["kiss"], "stances": {"hope": "supports"}}
  ]
}
JSON
}

command -v tmux >/dev/null || { say "FAIL: tmux is not installed"; exit 1; }
cd "$repo" || exit 1
say "tui-e2e: $cmd in tmux $(tmux -V | cut -d' ' -f2), 80x24"
for s in ${TUI_SCENARIOS:-scenario_navigate_search_matrix_quit scenario_ctrl_c scenario_ctrl_backslash \
        scenario_custom_interrupt scenario_ctrl_c_busy scenario_broken_model scenario_stty_fails scenario_big_model scenario_sigterm scenario_sighup \
        scenario_sigint scenario_sigquit \
        scenario_crash scenario_ctrl_z_fg scenario_ctrl_z_bg_fg scenario_ctrl_z_kill scenario_hostile_model}; do
    "$s" || say "(in $s)"
done
if ((failures > 0)); then
    say "tui-e2e: $failures check(s) failed"
    exit 1
fi
say "tui-e2e: all checks passed"
