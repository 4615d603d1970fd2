# Sourced by the tmux end-to-end scripts, once they have set T (the tmux command, with its own server),
# pane (the pane they drive) and work (a directory to remove at the end).

cleanup() {
    "${T[@]}" kill-server 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

say() { printf '%s\n' "$*"; }

# What the pane shows now.
screen() { "${T[@]}" capture-pane -p -t "$pane"; }

keys() { "${T[@]}" send-keys -t "$pane" "$@"; }

# open_session NAME: a fresh 80x24 session NAME running a plain bash with a clean environment (the
# reader's notebooks kept in a folder of the session's own, so that no session resumes where another
# left off); exits 1
# when tmux cannot start.
open_session() {
    "${T[@]}" kill-server 2>/dev/null
    local tries=0 data
    data=$(mktemp -d "$work/data.XXXXXX")
    # A server being killed can take a moment to go; try again rather than fail.
    until "${T[@]}" new-session -d -s "$1" -x 80 -y 24 \
            "env -i HOME=\"$HOME\" XDG_DATA_HOME=\"$data\" PATH=\"$PATH\" TERM=xterm-256color LANG=C.UTF-8 bash --norc --noprofile" 2>/dev/null; do
        tries=$((tries + 1))
        if ((tries > 20)); then
            printf '%s\n' "FAIL: cannot start tmux"
            exit 1
        fi
        sleep 0.2
    done
}

# watch_title_and_buffers NAME TITLE: first shows that this tmux would notice a program setting the pane
# title or a paste buffer (OSC 2 and OSC 52 printed in the pane), then sets the title to TITLE and empties
# the buffers, so that a check afterwards proves something; fails (with the caller's fail) otherwise.
watch_title_and_buffers() {
    local name=$1 want=$2 title buffers
    keys "printf '\\033]2;leaked\\007\\033]52;c;bGVha2Vk\\007'; clear" Enter
    sleep 0.5
    title=$("${T[@]}" display -p -t "$pane" '#{pane_title}')
    buffers=$("${T[@]}" list-buffers 2>/dev/null | wc -l)
    if [ "$title" != leaked ] || [ "$buffers" -lt 1 ]; then
        fail "$name: this tmux does not let a program set the title ($title) or a buffer ($buffers): the check would prove nothing"
        return 1
    fi
    "${T[@]}" select-pane -t "$pane" -T "$want"
    "${T[@]}" delete-buffer 2>/dev/null
    [ -z "$("${T[@]}" list-buffers 2>/dev/null)" ] || { fail "$name: cannot empty the buffers"; return 1; }
}
