#!/usr/bin/env bash
# End-to-end test of the text mode as a person uses it: through a pipe, and at a real terminal.
#
# 1. The pipe from the issue, byte for byte: printf 'n\nn\n=\nquit\n' | ./run.sh --text
#    exits 0, answers every command, and sends no ESC or C1 byte.
# 2. No terminal at all (stdin and stdout piped, no --text): the text mode with a one-line notice.
# 3. At a terminal in tmux: the prompt "> " appears, a command is answered, q leaves, exit 0.
# 4. At a terminal, lines wrap at its width, between words; --wrap 0 leaves it to the terminal.
# 5. Output that cannot be written: a full disk is an error, a closed pipe a quiet end.
# 6. A round of blind reading through a pipe: endings test --seed 1, the same for two readers.
#
# usage: src/test/e2e/text-e2e.sh   (from anywhere); TEXT_CMD overrides ./run.sh
# Exits 0 when every check passes; otherwise says what it saw and exits 1.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd "$here/../../.." && pwd -P)
cmd=${TEXT_CMD:-./run.sh}
cd "$repo" || exit 1
failures=0
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
work=$(mktemp -d "${TMPDIR:-/tmp}/text-e2e.XXXXXX")
sock="text-e2e-$$"
T=(tmux -L "$sock" -f /dev/null)
trap '"${T[@]}" kill-server 2>/dev/null; rm -rf "$work"' EXIT
# Each check is a new reader: a notebook folder of its own, so that none resumes where another left off.
fresh() { XDG_DATA_HOME=$(mktemp -d "$work/data.XXXXXX"); export XDG_DATA_HOME; }
fresh

# 1. The pipe.
printf 'n\nn\n=\nquit\n' | $cmd --text >"$work/out" 2>"$work/err"
code=$?
[ "$code" = 0 ] || fail "the pipe exited $code: $(cat "$work/err")"
grep -qx 'Beat 3 of 4, The refused kiss. Reading 1 of 9: Reclaimed power. View: beat. Quote 1 of [0-9]*\.' "$work/out" \
    || fail "= did not say where the reader is; the output was: $(cat "$work/out")"
head -1 "$work/out" | grep -q '^Endings, text mode' || fail "no opening sentence: $(head -1 "$work/out")"
grep -q '> ' "$work/out" && fail "a prompt was printed into a pipe"
LC_ALL=C grep -q $'\e' "$work/out" && fail "ESC in the text mode's output"
LC_ALL=C grep -qP '\xc2[\x80-\x9f]' "$work/out" && fail "a C1 control in the text mode's output"
# (run.sh's one-line build notice is allowed: the jar may be older than the sources)
grep -v 'building the program' "$work/err" | grep -q . && fail "the pipe with --text wrote to stderr: $(cat "$work/err")"

# 2. No terminal, no flag: the text mode, and a notice saying so.
fresh
printf 'q\n' | $cmd >"$work/out2" 2>"$work/err2"
code=$?
[ "$code" = 0 ] || fail "without a terminal it exited $code"
grep -q 'here is the text mode' "$work/err2" || fail "no notice on stderr: $(cat "$work/err2")"
[ "$(grep -vc 'building the program' "$work/err2")" = 1 ] || fail "the notice is not one line: $(cat "$work/err2")"

# 3. At a terminal.
fresh
"${T[@]}" new-session -d -s e2e -x 80 -y 24 "bash --norc --noprofile"
"${T[@]}" send-keys -t e2e "cd '$repo' && $cmd --text; echo EXIT=\$?" Enter
seen() { local deadline=$((SECONDS + ${2:-60})); while ((SECONDS < deadline)); do
    "${T[@]}" capture-pane -p -t e2e | grep -q -- "$1" && return 0; sleep 0.1; done; return 1; }
# (capture-pane drops the prompt's trailing space)
seen '^>' 240 || fail "no prompt at a terminal; the pane showed: $("${T[@]}" capture-pane -p -t e2e)"
"${T[@]}" send-keys -t e2e "3" Enter
seen '^Beat 3 of 4, The refused kiss' || fail "beat 3 was not shown"
"${T[@]}" send-keys -t e2e "q" Enter
seen '^EXIT=0' || fail "q did not leave with 0; the pane showed: $("${T[@]}" capture-pane -p -t e2e)"
# one closing line, where the reader was, then the shell's own line at the start of the next
"${T[@]}" capture-pane -p -t e2e | sed -n '/^> q$/,/^EXIT=0$/p' | tr '\n' ' ' \
    | grep -q '^> q Goodbye\. Beat 3 of 4, The refused kiss\. [^>]* Quote 1 of 19\. EXIT=0 $' \
    || fail "q did not say one closing line; the pane showed: $("${T[@]}" capture-pane -p -t e2e)"

# 4. At a terminal 50 columns wide, lines are wrapped at its width, between words: no row is one the
# terminal wrapped (capture-pane -J joins those), so a screen reader never hears a word in halves.
# --wrap 0 turns that off, and then the terminal wraps.
# (wc -L measures display width; Debian's awk is mawk, whose length() counts bytes)
widest() { "${T[@]}" capture-pane -p -J -t e2e | sed 's/ *$//' | LC_ALL=C.UTF-8 wc -L; }
"${T[@]}" resize-window -t e2e -x 50 -y 24 2>/dev/null || "${T[@]}" kill-server
# (waiting for the opening line, not a prompt: the last run's "> q" may still be on the screen)
"${T[@]}" send-keys -t e2e "clear; $cmd --text; echo EXITED" Enter
seen '^Endings, text mode' 240 && seen '^> *$' || fail "no prompt at 50 columns: $("${T[@]}" capture-pane -p -t e2e)"
"${T[@]}" send-keys -t e2e "2" Enter
seen '^Beat 2 of 4, The intimacy' || fail "beat 2 was not shown at 50 columns: $("${T[@]}" capture-pane -p -t e2e)"
[ "$(widest)" -le 50 ] || fail "a line the terminal had to wrap at 50 columns: $("${T[@]}" capture-pane -p -J -t e2e)"
# The window made narrower (a resize, or a zoomed font): the next answer wraps at the new width.
"${T[@]}" resize-window -t e2e -x 36 -y 24
sleep 0.5
"${T[@]}" send-keys -t e2e "3" Enter
seen '^Beat 3 of 4, The refused' || fail "beat 3 was not shown at 36 columns"
sleep 0.3
after=$("${T[@]}" capture-pane -p -J -t e2e | awk '/^> 3$/ { n = NR } { line[NR] = $0 } END { for (i = n + 1; i <= NR; i++) print line[i] }' \
    | sed 's/ *$//' | LC_ALL=C.UTF-8 wc -L)
[ "$after" -le 36 ] || fail "after a resize to 36 columns a line was $after wide: $("${T[@]}" capture-pane -p -J -t e2e)"
"${T[@]}" resize-window -t e2e -x 50 -y 24
"${T[@]}" send-keys -t e2e "q" Enter
seen '^EXITED' || fail "q did not leave at 50 columns"
"${T[@]}" send-keys -t e2e "clear; $cmd --text --wrap 0" Enter
seen '^Endings, text mode' 240 && seen '^> *$' || fail "no prompt with --wrap 0: $("${T[@]}" capture-pane -p -t e2e)"
"${T[@]}" send-keys -t e2e "2" Enter
seen '^Beat 2 of 4, The intimacy' || fail "beat 2 was not shown with --wrap 0: $("${T[@]}" capture-pane -p -t e2e)"
[ "$(widest)" -gt 50 ] || fail "--wrap 0 still wrapped: $("${T[@]}" capture-pane -p -J -t e2e)"
"${T[@]}" send-keys -t e2e "q" Enter

# 5. Output that cannot be written: a full disk is said and is not a success; a reader that goes
# away (head) ends the program quietly, with the status of a native tool killed by SIGPIPE.
if [ -w /dev/full ]; then
    $cmd quotes --format jsonl >/dev/full 2>"$work/full"
    code=$?
    [ "$code" = 1 ] || fail "quotes into a full disk exited $code"
    grep -q '^endings: could not write the output: No space left on device\.$' "$work/full" \
        || fail "quotes into a full disk said: $(cat "$work/full")"
    $cmd validate data/anora.json >/dev/full 2>/dev/null
    code=$?
    [ "$code" = 1 ] || fail "validate into a full disk exited $code"
fi
# (the reader is gone before the program's first write: | true, not | head, which may read it all)
$cmd quotes 2>"$work/pipe" | true
code=${PIPESTATUS[0]}
[ "$code" = 141 ] || fail "quotes into a closed pipe exited $code"
grep -v 'building the program' "$work/pipe" | grep -q . && fail "quotes into a closed pipe said: $(cat "$work/pipe")"

# 6. A round of blind reading through a pipe, as the README plays it: the same seed deals the same
#    round to two readers, the round ends in its summary, and the reader's notebook keeps it.
fresh
printf 'hope supports\nnext\nnone\nnext\n3\nch\nnext\n' | $cmd test --seed 1 --size 3 >"$work/round1" 2>"$work/round-err"
code=$?
[ "$code" = 0 ] || fail "the round through a pipe exited $code: $(cat "$work/round-err")"
grep -qx 'Blind reading. Summary of a round of 3.' "$work/round1" || fail "the round had no summary: $(cat "$work/round1")"
grep -q 'Beyond the words' "$work/round1" || fail "no answer said where the reading went beyond the words"
$cmd notebook show 2>/dev/null | grep -q 'Round 1 (size 3, seed 1)' || fail "the notebook did not keep the round"
fresh
printf 'hope supports\nnext\nnone\nnext\n3\nch\nnext\n' | $cmd test --seed 1 --size 3 >"$work/round2" 2>/dev/null
cmp -s "$work/round1" "$work/round2" || fail "one seed dealt two readers different rounds"
LC_ALL=C grep -q $'\e' "$work/round1" && fail "ESC in the round's output"

if [ "$failures" = 0 ]; then echo "text e2e: every check passed"; exit 0; fi
echo "text e2e: $failures check(s) failed"; exit 1
