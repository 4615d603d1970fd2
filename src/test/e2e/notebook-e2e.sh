#!/usr/bin/env bash
# The reader's notebook, as a person meets it, in tmux at 80x24:
# 1. a stance marked with +, a note written in $EDITOR (a script standing in for the reader), both on
#    "Your reading" (M); the terminal handed to the editor and taken back, stty -g the same after q;
# 2. the next start opens where the reader left off, and says so; --start opens at the beginning;
# 3. a second Endings on the same notebook reads it only, says so, and keeps nothing it is asked to;
# 4. the notebook's folder is 0700 and its file 0600;
# 5. y copies a quote's citation to the clipboard (tmux's paste buffer), nothing unasked.
# usage: src/test/e2e/notebook-e2e.sh (from anywhere); NOTEBOOK_CMD overrides ./run.sh
set -u
repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo" || exit 1
cmd=${NOTEBOOK_CMD:-./run.sh}
timeout=20
start_timeout=${TUI_START_TIMEOUT:-240}
failures=0
work=$(mktemp -d "${TMPDIR:-/tmp}/notebook-e2e.XXXXXX")
sock="notebook-e2e-$$"
T=(tmux -L "$sock" -f /dev/null)
pane=nb
data="$work/data"
# shellcheck source=tmux-session.sh
. "$(dirname "$0")/tmux-session.sh"

fail() { say "FAIL: $*"; failures=$((failures + 1)); }

wait_for() {
    local text=$1 limit=${2:-$timeout} target=${3:-$pane}
    local deadline=$((SECONDS + limit))
    while ((SECONDS < deadline)); do
        if "${T[@]}" capture-pane -p -t "$target" | grep -qF -- "$text"; then
            return 0
        fi
        sleep 0.1
    done
    fail "waited ${limit}s for: $text; the pane showed: $("${T[@]}" capture-pane -p -t "$target")"
    return 1
}

# The editor: what a reader would type into their note, appended to the file it is given.
editor="$work/editor.sh"
printf '#!/bin/sh\nprintf "%%s\\n" "Noted in the editor." >> "$1"\n' >"$editor"
chmod +x "$editor"

"${T[@]}" kill-server 2>/dev/null
"${T[@]}" new-session -d -s "$pane" -x 80 -y 24 \
    "env -i HOME=\"$HOME\" XDG_DATA_HOME=\"$data\" EDITOR=\"$editor\" PATH=\"$PATH\" TERM=xterm-256color LANG=C.UTF-8 bash --norc --noprofile" \
    || { say "FAIL: cannot start tmux"; exit 1; }
keys "PS1='ready\$ '; clear" Enter
wait_for 'ready$' 10 || exit 1

say "notebook-e2e: $cmd in tmux $(tmux -V | cut -d' ' -f2), 80x24"

# 1. A stance, a note from the editor, and both on "Your reading".
keys "clear; stty -g > $work/before; $cmd; echo \"EXIT=\$?\"; stty -g > $work/after; echo DONE-\$((40 + 2))" Enter
wait_for "The ring returned ·" "$start_timeout" || exit 1
keys j
wait_for "The intimacy ·" || exit 1
keys +
wait_for "You are convinced by Reclaimed power at The intimacy." || exit 1
keys e
wait_for "Your note on Reclaimed power at The intimacy is kept." || exit 1
keys M
wait_for "The intimacy, read as Reclaimed power: Noted in the editor." || exit 1
wait_for "Beat 2 of 4, The intimacy: Reclaimed power, convinced." || exit 1
keys Escape
wait_for "The intimacy ·" || exit 1
keys q
wait_for "DONE-42" || exit 1
"${T[@]}" capture-pane -p -t "$pane" | grep -qF "EXIT=0" || fail "q did not end with 0"
cmp -s "$work/before" "$work/after" || fail "stty -g differs after the editor and q"
((failures == 0)) && say "ok: a stance and a note from \$EDITOR kept; the terminal given back (exit 0, stty -g unchanged)"

# 2. Back where the reader left off; --start opens at the beginning.
keys "clear; $cmd; echo \"EXIT=\$?\"" Enter
wait_for "Back where you left off: Reclaimed power at The intimacy." || exit 1
"${T[@]}" capture-pane -p -t "$pane" | head -1 | grep -q "^The intimacy ·" || fail "did not open on The intimacy"
keys M
wait_for "Noted in the editor." || exit 1
keys q
wait_for "EXIT=0" || exit 1
keys "clear; $cmd --start; echo \"EXIT=\$?\"" Enter
wait_for "The ring returned ·" || exit 1
keys q
wait_for "EXIT=0" || exit 1
((failures == 0)) && say "ok: the next start opens where the reader left off and says so; --start at the beginning"

# 3. A second Endings on the same notebook reads it only.
keys "clear; $cmd; echo \"EXIT=\$?\"" Enter
wait_for "The ring returned ·" || exit 1
"${T[@]}" new-window -d -t "$pane" -n second \
    "env -i HOME=\"$HOME\" XDG_DATA_HOME=\"$data\" PATH=\"$PATH\" TERM=xterm-256color LANG=C.UTF-8 bash --norc --noprofile"
"${T[@]}" send-keys -t "$pane:second" "cd $(printf '%q' "$repo"); clear; $cmd; echo \"SECOND=\$?\"" Enter
wait_for "open in another Endings" "$timeout" "$pane:second" || exit 1
"${T[@]}" send-keys -t "$pane:second" -- "-"
wait_for "This Endings only reads your notebook, as" "$timeout" "$pane:second" || exit 1
"${T[@]}" send-keys -t "$pane:second" q
wait_for "SECOND=0" "$timeout" "$pane:second" || exit 1
keys q
wait_for "EXIT=0" || exit 1
file=$(ls "$data"/endings/*.json 2>/dev/null | head -1)
grep -q '"convinced"' "$file" || fail "the first Endings' stance is gone from $file"
grep -q '"unconvinced"' "$file" && fail "the second Endings wrote its stance into $file"
((failures == 0)) && say "ok: a second Endings reads the notebook only, says so, and writes nothing"

# 5. y copies the quote under the cursor, with who said it and where, to the clipboard (OSC 52, which
#    tmux takes into a paste buffer with set-clipboard on); nothing is put there unasked.
"${T[@]}" set-option -g set-clipboard on >/dev/null
keys "clear; $cmd --start; echo \"EXIT=\$?\"" Enter
wait_for "The ring returned ·" || exit 1
[ -z "$("${T[@]}" list-buffers 2>/dev/null)" ] || fail "a paste buffer before anything was copied"
keys j Tab
wait_for "The intimacy ·" || exit 1
keys y
wait_for "Cited this quote, with who said it and where." || exit 1
"${T[@]}" show-buffer 2>/dev/null | grep -q " — .*writer-director, .*as reported by" \
    || fail "y put no citation on the clipboard: $("${T[@]}" show-buffer 2>&1 | head -c 300)"
keys q
wait_for "EXIT=0" || exit 1
((failures == 0)) && say "ok: y copies the quote with who said it and where to the clipboard"

# 4. Private to the reader.
[ "$(stat -c %a "$data/endings")" = 700 ] || fail "the notebook folder is $(stat -c %a "$data/endings"), not 700"
[ "$(stat -c %a "$file")" = 600 ] || fail "the notebook file is $(stat -c %a "$file"), not 600"
((failures == 0)) && say "ok: the folder 0700, the file 0600"

if ((failures > 0)); then
    say "notebook-e2e: $failures check(s) failed"
    exit 1
fi
say "notebook-e2e: all checks passed"
