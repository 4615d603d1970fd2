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
