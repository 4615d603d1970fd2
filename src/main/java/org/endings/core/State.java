package org.endings.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a reader is: the view, the current beat, the reading used as the lens, the reading it is
 * compared with, the focused item of the view's list, the open quote, the open source or person
 * ({@code subject}), on a beat page whether the cursor is in the beat list or the quotes, the
 * active search, the way back, the reader's own notebook, the last message, and the round of blind
 * reading under way or last finished (null when none). Immutable; {@link Navigator#update} makes the
 * next one.
 */
public record State(View view, int beat, int reading, int other, int focus, int quote, int subject,
                    boolean onBeatList, SearchState search, List<Visit> history, Notebook notebook, Status status,
                    Round round) {

    /** How many steps back a reader can go. */
    public static final int HISTORY_LIMIT = 64;

    /** A place to go back to. */
    public record Visit(View view, int focus, int quote, int subject, boolean onBeatList, int beat) {
        // Written by hand, as PageKey's: a page key compares its history of visits.
        @Override
        public boolean equals(Object o) {
            return o instanceof Visit v && view == v.view && focus == v.focus && quote == v.quote && subject == v.subject
                    && onBeatList == v.onBeatList && beat == v.beat;
        }

        @Override
        public int hashCode() {
            int h = view.hashCode();
            h = 31 * h + focus;
            h = 31 * h + quote;
            h = 31 * h + subject;
            h = 31 * h + (onBeatList ? 1 : 0);
            return 31 * h + beat;
        }
    }

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
        Objects.requireNonNull(notebook, "notebook");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
    }

    /** The first page: beat 1 under reading 1, the cursor in the beat list. */
    public static State start(Queries queries) {
        int other = queries.readingCount() > 1 ? 1 : 0;
        return new State(View.BEAT, 0, 0, other, 0, -1, -1, true, null, List.of(),
                Notebook.empty(Notebook.keyOf(queries.model())), Status.NONE, null);
    }

    /** Another view; arriving on a beat page, the cursor starts in the beat list. */
    State withView(View view, int focus) {
        return new State(view, beat, reading, other, focus, quote, subject, true, search, history, notebook, status, round);
    }

    State withBeat(int beat, int focus) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withReading(int reading, int other, int focus) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withFocus(int focus) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withQuote(int quote) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withSubject(int subject) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withBeatList(boolean onBeatList) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withSearch(SearchState search) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withStatus(Status status) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withNotebook(Notebook notebook) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withRound(Round round) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    State withHistory(List<Visit> history) {
        return new State(view, beat, reading, other, focus, quote, subject, onBeatList, search, history, notebook, status, round);
    }

    /** This state with the current place remembered, so that Back returns to it. */
    State remembered() {
        List<Visit> next = new ArrayList<>(Math.min(history.size() + 1, HISTORY_LIMIT));
        int from = history.size() + 1 > HISTORY_LIMIT ? 1 : 0;
        next.addAll(history.subList(from, history.size()));
        next.add(new Visit(view, focus, quote, subject, onBeatList, beat));
        return withHistory(next);
    }

    /** The place Back returns to, or null. */
    Visit lastVisit() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    State forgetLast() {
        return withHistory(history.subList(0, history.size() - 1));
    }

    /** The place a visit remembers, with this state's beat, lenses and search. */
    State at(Visit visit) {
        return new State(visit.view(), beat, reading, other, visit.focus(), visit.quote(), visit.subject(),
                visit.onBeatList(), search, history, notebook, Status.NONE, round);
    }
}
