package org.endings.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Which quotes a page lists, in the order "quote N" numbers them, and the list an open quote stands
 * in: the one rule the navigator, the presenter and every front end share.
 */
final class QuoteLists {
    private final Queries queries;

    QuoteLists(Queries queries) {
        this.queries = queries;
    }

    /** True for a view that lists quotes, which quote N opens: a beat, a walk, compare, a source, a person, against a reading. */
    static boolean listsQuotes(View view) {
        return view == View.BEAT || view == View.WALK || view == View.COMPARE || view == View.SOURCE
                || view == View.PERSON || view == View.AGAINST;
    }

    /**
     * The quotes a view lists, numbered from 1 in this order: a beat page's, a reading walk's, in
     * compare the first reading's then the other's, a source's or a person's; empty for a view with none.
     */
    List<Integer> of(State s, View view, int subject) {
        switch (view) {
            case BEAT:
                return queries.beatPageQuotes(s.beat(), s.reading());
            case WALK: {
                List<Queries.WalkItem> walk = queries.walk(s.reading());
                return Lazy.list(walk.size(), i -> walk.get(i).quote());
            }
            case COMPARE: {
                List<Integer> both = new ArrayList<>(queries.quotesFor(s.beat(), s.reading()));
                if (s.other() != s.reading()) {
                    both.addAll(queries.quotesFor(s.beat(), s.other()));
                }
                return both;
            }
            case SOURCE:
                return subject < 0 ? List.of() : queries.quotesFrom(subject);
            case PERSON:
                return subject < 0 ? List.of() : queries.quotesBy(subject);
            case AGAINST:
                return subject < 0 ? List.of() : queries.against(subject);
            default:
                return List.of();
        }
    }

    /** The quotes the state's own view lists. */
    List<Integer> of(State s) {
        return of(s, s.view(), s.subject());
    }

    /**
     * The visit the open quote was opened from and stands in (a list of quotes), or null: a quote
     * reached from a search match, or one whose list no longer holds it there.
     */
    State.Visit listOfOpenQuote(State s) {
        State.Visit from = s.lastVisit();
        if (s.view() != View.QUOTE || from == null) {
            return null;
        }
        List<Integer> list = of(s, from.view(), from.subject());
        return from.focus() >= 0 && from.focus() < list.size() && list.get(from.focus()) == s.quote() ? from : null;
    }

    /**
     * The state whose page lists the quotes that quote N opens: this one, or for an open quote the
     * list it came from; null where no quotes are listed.
     */
    State listState(State s) {
        if (listsQuotes(s.view())) {
            return s;
        }
        State.Visit from = s.lastVisit();
        if (s.view() == View.QUOTE && from != null && listsQuotes(from.view())) {
            return s.forgetLast().at(from);
        }
        return null;
    }

    /**
     * The reading an open quote is seen under: the lens, but for a quote opened from the other
     * reading's part of a comparison, that reading.
     */
    int readingOfOpenQuote(State s) {
        State.Visit from = listOfOpenQuote(s);
        if (from != null && from.view() == View.COMPARE && s.other() != s.reading()
                && from.focus() >= queries.quotesFor(s.beat(), s.reading()).size()) {
            return s.other();
        }
        return s.reading();
    }
}
