package org.endings.core;

import java.util.List;

/**
 * Which page a state shows, by the one rule every front end uses: a move within a page (the focus,
 * the matrix's cursor) keeps its key; anything else makes another page. The full-screen explorer
 * keeps its scroll position while the key stays; the text mode then says only what moved.
 */
public record PageKey(View view, int beat, int reading, int other, int quote, int subject, String query,
                      List<State.Visit> history) {

    /** The key of the page a state shows. */
    public static PageKey of(State s) {
        View v = s.view();
        return switch (v) {
            case BEAT -> new PageKey(v, s.beat(), s.reading(), -1, -1, -1, null, List.of());
            case WALK -> new PageKey(v, -1, s.reading(), -1, -1, -1, null, List.of());
            case COMPARE -> new PageKey(v, s.beat(), s.reading(), s.other(), -1, -1, null, List.of());
            // a quote is another page when reached another way: its list, and so its position, differ;
            // a search's matches follow from its query, the model being immutable
            case QUOTE -> new PageKey(v, -1, s.reading(), -1, s.quote(), -1, null, s.history());
            case SEARCH -> new PageKey(v, -1, -1, -1, -1, -1, s.search() == null ? null : s.search().query(), List.of());
            case SOURCE, PERSON, AGAINST -> new PageKey(v, -1, -1, -1, -1, s.subject(), null, List.of());
            // each question, answer and summary of a round is a page of its own: the quote's place and the step
            case TEST -> s.round() == null ? new PageKey(v, -1, -1, -1, -1, -1, null, List.of())
                    : new PageKey(v, -1, -1, -1, s.round().at(), s.round().step().ordinal(), null, List.of());
            case SCENE, MATRIX, READINGS, SOURCES, HELP, MINE -> new PageKey(v, -1, -1, -1, -1, -1, null, List.of());
        };
    }

    // Written by hand: a record's own equals and hashCode are spun at their first call (~12 ms of
    // method-handle classes, measured in the text mode's start), and every front end compares keys.

    @Override
    public boolean equals(Object o) {
        return o instanceof PageKey k && view == k.view && beat == k.beat && reading == k.reading && other == k.other
                && quote == k.quote && subject == k.subject && java.util.Objects.equals(query, k.query)
                && history.equals(k.history);
    }

    @Override
    public int hashCode() {
        int h = view.hashCode();
        h = 31 * h + beat;
        h = 31 * h + reading;
        h = 31 * h + other;
        h = 31 * h + quote;
        h = 31 * h + subject;
        h = 31 * h + java.util.Objects.hashCode(query);
        return 31 * h + history.hashCode();
    }
}
