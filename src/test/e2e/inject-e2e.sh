#!/usr/bin/env bash
# Escape injection in a real terminal (issue 17): tmux with set-clipboard on and allow-rename on, every
# byte the program writes captured with pipe-pane.
#
# The payloads and the models are org.endings.testing.Injection's (run from target/test-classes): a valid
# model whose every text field holds all of them, under a file name that holds them too; a notebook
# whose notes and orphaned ids hold them; broken models whose bad values hold them. Then, in tmux:
#   1. the explorer on a broken model (the error path), then on the hostile model: every view, the search
#      and note prompts typed full of payloads (ESC-free: an ESC there is a key), your
#      reading (M); the bytes written may hold the explorer's own drawing (CSI) but no OSC, DCS, APC, PM,
#      SOS or ESC k, no C1 and no bidi control; the pane title is unchanged and no paste buffer appears.
#   2. the text mode (stty -echo -onlcr, NO_COLOR, so every byte is the program's) on a broken model, then
#      on the hostile model with every payload typed, ESC included, into commands and a note: 0 ESC, 0 C1,
#      0 bidi controls, no CR, no BS, no C0 but newline.
# Pipes (validate, quotes, export, notebook show): InjectionTest.
#
# usage: src/test/e2e/inject-e2e.sh   (from anywhere, after mvn test-compile); INJECT_CMD overrides ./run.sh
# Exits 0 when every check passes; otherwise says what it found and exits 1.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../../.." && pwd -P)
cmd=${INJECT_CMD:-./run.sh}
timeout=${INJECT_TIMEOUT:-30}
cd "$repo" || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/inject-e2e.XXXXXX")
sock="inject-e2e-$$"
T=(tmux -L "$sock" -f /dev/null)
pane="inject:0.0"
failures=0
# shellcheck source=tmux-session.sh
. "$here/tmux-session.sh"
fail() { say "FAIL: $*"; failures=$((failures + 1)); }

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
injection() { "$java" -cp "$repo/target/test-classes" org.endings.testing.Injection "$@"; }
[ -d "$repo/target/test-classes/org/endings/testing" ] || { say "FAIL: no target/test-classes: run mvn test-compile"; exit 1; }
mkdir -p "$work/model" "$work/broken"
injection model "$work/model" && injection broken "$work/broken" && injection notebook "$work/notebook.json" || exit 1
model=$(printf '%s\n' "$work"/model/*.json)
broken=$(find "$work/broken" -name '*-person-id.json' -print -quit)
read -r payloads fields < <(injection count)
cp "$work/notebook.json" "$work/notebook-text.json"

# run_in_pane NAME SCRIPT: a fresh session whose only program is SCRIPT, which waits until pipe-pane
# is capturing (the file go) before it starts, so that every byte of the pane is captured and no shell
# prompt or readline sequence is among them.
run_in_pane() {
    local name=$1 script=$2
    open_session inject
    "${T[@]}" set-option -g set-clipboard on >/dev/null
    "${T[@]}" set-option -g allow-rename on >/dev/null
    keys "PS1='ready\$ '; clear" Enter
    wait_screen 'ready\$' || return 1
    watch_title_and_buffers "$name" inject-title || return 1
    keys "exec bash $work/$script" Enter
    sleep 0.3
    : > "$work/$name.bytes"
    "${T[@]}" pipe-pane -O -t "$pane" "cat >> $work/$name.bytes"
    touch "$work/go"
}

# wait_screen REGEX [SECONDS]: until the pane shows it.
wait_screen() { wait_in screen "$@"; }

# wait_joined REGEX [SECONDS]: until the pane shows it, lines the terminal wrapped joined again. For the
# shell's lines after the text mode: under stty -onlcr a newline does not return to the first column, so
# each line starts where the one before it ended, and a line that starts near the right edge (after a
# long last line, such as the closing line) is wrapped by the terminal in the middle of a word.
wait_joined() { wait_in joined "$@"; }
joined() { "${T[@]}" capture-pane -p -J -t "$pane"; }

# wait_in CAPTURE REGEX [SECONDS]: until what CAPTURE prints holds REGEX.
wait_in() {
    local deadline=$((SECONDS + ${3:-$timeout}))
    while ((SECONDS < deadline)); do
        "$1" | grep -q -- "$2" && return 0
        sleep 0.1
    done
    fail "waited for $2; the pane showed:"; "$1" | sed 's/^/| /'; return 1
}

# The bytes of TYPED, hex, as tmux send-keys -H takes them.
typed_hex() { injection typed-hex "$1"; }
type_payloads() { local hex; hex=$(typed_hex "$1"); # shellcheck disable=SC2086
    "${T[@]}" send-keys -t "$pane" -H $hex; }

# Counts in FILE: ESC sequences other than CSI, C1 and bidi code points (UTF-8), raw ESC, CR, BS, other C0.
count() {
    perl -e 'local $/; my $s = <STDIN>; my %n;
        $n{"osc/dcs/apc/pm/sos/esc-k"} = () = $s =~ /\x1b[\]P_^Xk]/g;
        $n{"csi-report/title"} = () = $s =~ /\x1b\[(?:2[01]t|8;\d+;\d+t|\d*c)/g;
        $n{c1} = () = $s =~ /\xc2[\x80-\x9f]/g;
        $n{bidi} = () = $s =~ /\xe2\x80[\x8e\x8f\xaa-\xae\xa8\xa9]|\xe2\x81[\xa6-\xa9]|\xd8\x9c/g;
        $n{esc} = () = $s =~ /\x1b/g; $n{cr} = () = $s =~ /\r/g; $n{bs} = () = $s =~ /\x08/g;
        $n{c0} = () = $s =~ /[\x00-\x07\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]/g;
        printf "%d %s\n", length $s, join " ", map { "$_=$n{$_}" } sort keys %n' < "$1"
}

# After a run: the title and the buffers as they were.
title_and_buffers() {
    local title buffers
    title=$("${T[@]}" display -p -t "$pane" '#{pane_title}')
    [ "$title" = inject-title ] || fail "$1: the pane title changed to: $title"
    buffers=$("${T[@]}" list-buffers 2>/dev/null)
    [ -z "$buffers" ] || fail "$1: a tmux buffer appeared: $buffers"
}

# 1. The explorer.
cat > "$work/tui.sh" <<EOF
until [ -e "$work/go" ]; do sleep 0.05; done
rm -f "$work/go"
cd "$repo"
$cmd --model "$broken"
echo "BROKEN-EXIT=\$?"
$cmd --model "\$(printf '%s\n' "$work"/model/*.json)" --notebook "$work/notebook.json"
echo "DONE-EXIT=\$?"
exec sleep 600
EOF
run_in_pane tui tui.sh
wait_screen 'BROKEN-EXIT=1' 240 && wait_screen 'q quit' 240 && {
    for k in j Tab j Enter Escape w j m l c j r s Enter Escape '?' Escape M g Escape Escape Escape; do
        keys "$k"; sleep 0.15
    done
    # the note and the search prompts, typed full of payloads (the keys queue: each is drawn as it comes)
    keys e; sleep 0.3; keys -l "typed-note "; type_payloads false; keys Enter
    keys /; type_payloads false; keys Enter Escape
    keys M; keys j j q
    wait_screen "DONE-EXIT=0" 120
}
"${T[@]}" pipe-pane -t "$pane"
read -r tui_bytes tui_counts < <(count "$work/tui.bytes")
say "explorer: $tui_bytes bytes: $tui_counts"
for bad in "osc/dcs/apc/pm/sos/esc-k" "csi-report/title" c1 bidi; do
    case " $tui_counts " in *" $bad=0 "*) ;; *) fail "explorer: $bad found in what it wrote";; esac
done
title_and_buffers explorer
grep -q 'typed-note' "$work/notebook.json" || fail "the note typed in the explorer was not kept"

# 2. The text mode.
lines=(look beats readings quotes "quote 1" person source sources walk matrix "compare 1 2" 2 mine note)
cat > "$work/text.sh" <<EOF
until [ -e "$work/go" ]; do sleep 0.05; done
rm -f "$work/go"
cd "$repo"
stty -echo -onlcr
export NO_COLOR=1
$cmd --text --model "$broken"
echo "BROKEN-EXIT=\$?"
$cmd --text --model "\$(printf '%s\n' "$work"/model/*.json)" --notebook "$work/notebook-text.json"
echo "DONE-EXIT=\$?"
exec sleep 600
EOF
run_in_pane text text.sh
# (at a terminal a long answer stops after a screenful; an empty line says the rest: three after each command)
more() { for _ in 1 2 3; do keys Enter; sleep 0.1; done; }
wait_joined 'BROKEN-EXIT=1' 240 && wait_screen '^ *>$' 240 && {
    for line in "${lines[@]}"; do keys -l "$line"; keys Enter; sleep 0.1; more; done
    for command in "note " "/" "reading " "" "help " "compare 1 " "quote " "person " "source " "credence " "beat "; do
        keys -l "$command"; type_payloads true; keys Enter; sleep 0.2; more
    done
    for line in note mine q; do keys -l "$line"; keys Enter; sleep 0.2; done
    wait_joined "DONE-EXIT=0"
}
"${T[@]}" pipe-pane -t "$pane"
read -r text_bytes text_counts < <(count "$work/text.bytes")
say "text mode: $text_bytes bytes: $text_counts"
for bad in esc c1 bidi cr bs c0; do
    case " $text_counts " in *" $bad=0 "*) ;; *) fail "text mode: $bad found in what it wrote";; esac
done
title_and_buffers "text mode"

typed=$(typed_hex true | wc -w)
say "inject-e2e: $payloads payloads in each of $fields text fields, the file name, the notebook, a broken model and $typed typed bytes per prompt; $((tui_bytes + text_bytes)) bytes checked"
if ((failures == 0)); then say "inject-e2e: every check passed"; exit 0; fi
say "inject-e2e: $failures check(s) failed"; exit 1
