package org.endings.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a reader is: the view, the current beat, the reading used as the lens, the reading it is
 * compared with, the focused item of the view's list, the open quote, the active search, the way
 * back, and the last message. Immutable; {@link Explorer#update} makes the next one.
 */
public record State(View view, int beat, int reading, int other, int focus, int quote,
                    SearchState search, List<Frame> history, Status status) {

    /** How many steps back a reader can go. */
    public static final int HISTORY_LIMIT = 64;

    /** A place to go back to. */
    public record Frame(View view, int focus, int quote, int beat) {}

    /** An active search: the query, its matches and the current one. */
    public record SearchState(String query, List<Match> matches, int current) {
        public SearchState {
            Objects.requireNonNull(query, "query");
            matches = Lazy.immutable(matches);
        }

        public Match currentMatch() {
            return matches.get(current);
        }
    }

    public State {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
    }

    /** The first page: beat 1 under reading 1. */
    public static State start(Queries queries) {
        int other = queries.readingCount() > 1 ? 1 : 0;
        return new State(View.BEAT, 0, 0, other, 0, -1, null, List.of(), Status.NONE);
    }

    State withView(View view, int focus) {
        return new State(view, beat, reading, other, focus, quote, search, history, status);
    }

    State withBeat(int beat, int focus) {
        return new State(view, beat, reading, other, focus, quote, search, history, status);
    }

    State withReading(int reading, int other, int focus) {
        return new State(view, beat, reading, other, focus, quote, search, history, status);
    }

    State withFocus(int focus) {
        return new State(view, beat, reading, other, focus, quote, search, history, status);
    }

    State withQuote(int quote) {
        return new State(view, beat, reading, other, focus, quote, search, history, status);
    }

    State withSearch(SearchState search) {
        return new State(view, beat, reading, other, focus, quote, search, history, status);
    }

    State withStatus(Status status) {
        return new State(view, beat, reading, other, focus, quote, search, history, status);
    }

    /** This state with the current place remembered, so that Back returns to it. */
    State remembered() {
        List<Frame> next = new ArrayList<>(Math.min(history.size() + 1, HISTORY_LIMIT));
        int from = history.size() + 1 > HISTORY_LIMIT ? 1 : 0;
        next.addAll(history.subList(from, history.size()));
        next.add(new Frame(view, focus, quote, beat));
        return new State(view, beat, reading, other, focus, quote, search, next, status);
    }

    /** The place Back returns to, or null. */
    Frame lastFrame() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    State forgetLast() {
        return new State(view, beat, reading, other, focus, quote, search,
                history.subList(0, history.size() - 1), status);
    }
}
