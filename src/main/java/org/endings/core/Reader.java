package org.endings.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the reader's own notebook: marking a stance, keeping a note, spreading credence, and
 * where the reader was. Pure, like the navigator that uses it; the notebook it makes is saved at the
 * edge through {@link Effect.Save}.
 */
final class Reader {
    /** The longest note kept, in characters. */
    static final int NOTE_LIMIT = 4000;

    private final Queries queries;
    private final Names names;
    private final QuoteLists lists;

    Reader(Queries queries, Names names, QuoteLists lists) {
        this.queries = queries;
        this.names = names;
        this.lists = lists;
    }

    /**
     * The beat the reader is on, as the page shows it: in a reading walk, the beat of the quote under
     * the cursor; on an open quote, the beat it was listed at, or its first beat when it came from a
     * page of no beat (a source's, a person's, a search).
     */
    int beat(State s) {
        if (s.view() == View.WALK) {
            List<Queries.WalkItem> walk = queries.walk(s.reading());
            if (s.focus() >= 0 && s.focus() < walk.size()) {
                return walk.get(s.focus()).beat();
            }
        }
        if (s.view() == View.QUOTE && s.quote() >= 0) {
            List<String> beats = queries.quote(s.quote()).beats();
            if (!beats.contains(queries.beat(s.beat()).id())) {
                for (String id : beats) {
                    int b = queries.beatIndex(id);
                    if (b >= 0) {
                        return b;
                    }
                }
            }
        }
        return s.beat();
    }

    /** The reading the page is seen through: the lens, or for a quote from compare's other side, that one. */
    int reading(State s) {
        return s.view() == View.QUOTE ? lists.readingOfOpenQuote(s) : s.reading();
    }

    private String beatId(State s) {
        return queries.beat(beat(s)).id();
    }

    private String readingId(State s) {
        return queries.reading(reading(s)).id();
    }

    /** "Consent at The refused kiss". */
    String about(State s) {
        return queries.reading(reading(s)).title() + " at " + queries.beat(beat(s)).title();
    }

    /**
     * Why nothing is kept. The store has several reasons for a notebook it only reads (another Endings
     * has it open, its folder cannot be written, it could not be read) and says which at the start.
     */
    private static final String READ_ONLY = "This Endings only reads your notebook, as it said when it started, "
            + "so nothing you change here would be kept.";

    /** Marks a standing; the same again, or null, clears it. */
    State mark(State s, Standing standing) {
        if (!s.notebook().writable()) {
            return s.withStatus(Status.error(READ_ONLY));
        }
        String beat = beatId(s);
        String reading = readingId(s);
        if (standing == null && s.notebook().standing(beat, reading) == null) {
            return s.withStatus(Status.info("You have marked no stance on " + about(s) + "."));
        }
        boolean same = standing == null || s.notebook().standing(beat, reading) == standing;
        Notebook next = s.notebook().withStanding(beat, reading, same ? null : standing);
        String message = same ? "Your stance on " + about(s) + " is cleared."
                : Words.yours(standing, about(s)) + ".";
        return s.withNotebook(next).withStatus(Status.info(message));
    }

    /** Keeps a note; blank text removes it, null says it. */
    State note(State s, String text) {
        if (text == null) {
            String note = s.notebook().note(beatId(s), readingId(s));
            return s.withStatus(Status.info(note == null ? "You have no note on " + about(s) + "."
                    : "Your note on " + about(s) + ": " + note));
        }
        if (!s.notebook().writable()) {
            return s.withStatus(Status.error(READ_ONLY));
        }
        String note = text.strip();
        if (note.length() > NOTE_LIMIT) {
            return s.withStatus(Status.error("That note is " + note.length() + " characters; a note keeps "
                    + NOTE_LIMIT + " at most. Nothing was changed."));
        }
        String beat = beatId(s);
        String reading = readingId(s);
        boolean had = s.notebook().note(beat, reading) != null;
        if (note.isEmpty() && !had) {
            return s.withStatus(Status.info("You have no note on " + about(s) + "."));
        }
        return s.withNotebook(s.notebook().withNote(beat, reading, note))
                .withStatus(Status.info(note.isEmpty() ? "Your note on " + about(s) + " is removed."
                        : "Your note on " + about(s) + " is kept."));
    }

    Transition editNote(State s) {
        if (!s.notebook().writable()) {
            return Transition.to(s.withStatus(Status.error(READ_ONLY)));
        }
        String note = s.notebook().note(beatId(s), readingId(s));
        return new Transition(s, List.of(new Effect.EditNote(note == null ? "" : note, about(s))));
    }

    /** "consent 40 hope 30", "clear", or "" to hear it. */
    State credence(State s, String spec) {
        String typed = spec == null ? "" : spec.strip();
        String beat = beatId(s);
        String here = queries.beat(beat(s)).title();
        if (typed.isEmpty()) {
            Map<String, Integer> now = s.notebook().credenceAt(beat);
            return s.withStatus(Status.info(now.isEmpty() ? "You have spread no credence at " + here + "."
                    : "Your credence at " + here + ": " + spread(now) + "."));
        }
        if (!s.notebook().writable()) {
            return s.withStatus(Status.error(READ_ONLY));
        }
        if (typed.equalsIgnoreCase("clear")) {
            return s.withNotebook(s.notebook().withCredence(beat, Map.of()))
                    .withStatus(Status.info("Your credence at " + here + " is cleared."));
        }
        int n = queries.readingCount();
        int[] points = new int[n];
        boolean[] named = new boolean[n];
        List<String> words = new ArrayList<>();
        int total = 0;
        List<String> tokens = new ArrayList<>();
        for (String token : typed.replace(',', ' ').split("\\s+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            // a number is points when it ends a reading's name: the line ends, or a name follows it;
            // a number followed by another is a reading's number ("1 40 2 60")
            boolean number = !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
            boolean givesPoints = number && (t + 1 == tokens.size() || !isNumber(tokens.get(t + 1)) || !words.isEmpty());
            if (!givesPoints) {
                words.add(token);
                continue;
            }
            if (words.isEmpty()) {
                return s.withStatus(Status.error("Name a reading before its points, for example credence consent 40 hope 30."));
            }
            Names.Found found = names.find(Names.Kind.READING, String.join(" ", words));
            words.clear();
            if (!found.ok()) {
                return s.withStatus(Status.error(found.problem()));
            }
            if (found.number() < 1 || found.number() > n) {
                return s.withStatus(Status.error("No reading " + found.number() + ": there are " + n + " readings."));
            }
            String digits = token.replaceFirst("^0+(?=.)", "");
            if (digits.length() > 3 || Integer.parseInt(digits) > 100) {
                return s.withStatus(Status.error("Points run from 0 to 100; " + token + " is more. Nothing was changed."));
            }
            int value = Integer.parseInt(digits);
            int r = found.number() - 1;
            if (named[r]) {
                return s.withStatus(Status.error(queries.reading(r).title() + " is named twice; give each reading once."));
            }
            named[r] = true;
            points[r] = value;
            total += value;
        }
        if (!words.isEmpty()) {
            return s.withStatus(Status.error("“" + String.join(" ", words) + "” has no points after it, for example "
                    + "credence consent 40 hope 30."));
        }
        if (total > 100) {
            return s.withStatus(Status.error("Those points come to " + total + "; spread 100 at most. Nothing was changed."));
        }
        List<Integer> rest = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (!named[r]) {
                rest.add(r);
            }
        }
        int left = 100 - total;
        if (left > 0 && rest.isEmpty()) {
            return s.withStatus(Status.error("Those points come to " + total + " and every reading is named: give 100 "
                    + "in all. Nothing was changed."));
        }
        for (int i = 0; i < rest.size(); i++) {
            points[rest.get(i)] = left / rest.size() + (i < left % rest.size() ? 1 : 0);
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            kept.put(queries.reading(r).id(), points[r]);
        }
        String spreadNote = left > 0 ? " The " + left + " points left are spread over the "
                + Words.count(rest.size(), "reading", "readings") + " not named." : "";
        return s.withNotebook(s.notebook().withCredence(beat, kept))
                .withStatus(Status.info("Your credence at " + here + ": " + spread(kept) + "." + spreadNote));
    }

    private static boolean isNumber(String token) {
        return token.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** "Consent 40, Hope 30, Despair 30", largest first, readings with no points left out. */
    String spread(Map<String, Integer> points) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(points.entrySet());
        entries.removeIf(e -> e.getValue() == 0);
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries) {
            int r = queries.readingIndex(e.getKey());
            parts.add((r < 0 ? e.getKey() + " (no longer in the model)" : queries.reading(r).title()) + " " + e.getValue());
        }
        return parts.isEmpty() ? "no points" : String.join(", ", parts);
    }

    /** The reading a reader leans to: its points of 100 at the beat where they last spread credence. */
    record Lean(int reading, int points, int beat) {}

    /**
     * Where the reader's credence leans: at the last beat, in film order, where they spread it, the
     * reading with the most points; reading -1 when the most are shared or name a reading the model
     * no longer has; null when they spread none.
     */
    Lean lean(Notebook notebook) {
        for (int b = queries.beatCount() - 1; b >= 0; b--) {
            Map<String, Integer> points = notebook.credenceAt(queries.beat(b).id());
            if (points.isEmpty()) {
                continue;
            }
            String best = null;
            int most = -1;
            boolean tie = false;
            for (Map.Entry<String, Integer> e : points.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                    tie = false;
                } else if (e.getValue() == most) {
                    tie = true;
                }
            }
            return new Lean(tie ? -1 : queries.readingIndex(best), most, b);
        }
        return null;
    }

    /** Where the reader is, by ids, as the notebook keeps it. */
    Notebook.Resume resumeOf(State s) {
        String quote = s.view() == View.QUOTE && s.quote() >= 0 ? queries.quote(s.quote()).id() : null;
        return new Notebook.Resume(s.view().id(), beatId(s), queries.reading(s.reading()).id(),
                quote);
    }

    /**
     * The state a reader comes back to: the notebook, and unless {@code atStart}, the place it kept,
     * said in one line; what the model no longer has is left at the start, and said.
     */
    State resume(State start, Notebook notebook, boolean atStart) {
        State s = start.withNotebook(notebook);
        Notebook.Resume r = notebook.resume();
        if (atStart || r == null) {
            return s;
        }
        int beat = Math.max(0, queries.beatIndex(r.beat()));
        int reading = Math.max(0, queries.readingIndex(r.reading()));
        int other = reading == s.other() ? s.reading() : s.other();
        State at = s.withBeat(beat, 0).withReading(reading, other, 0);
        View view = viewNamed(r.view());
        if (view == View.COMPARE && queries.readingCount() < 2) {
            view = View.BEAT;
        }
        int quote = r.quote() == null ? -1 : queries.quoteIndex(r.quote());
        if (view == View.QUOTE && quote >= 0) {
            // back in the beat page's list, where the quote stands, so that j and k go on through it
            int inList = queries.beatPageQuotes(beat, reading).indexOf(quote);
            State list = inList < 0 ? at : at.withBeatList(false).withFocus(inList);
            at = list.remembered().withView(View.QUOTE, 0).withQuote(quote);
        } else if (view == View.WALK) {
            int first = queries.walkStart(reading, beat);
            at = at.remembered().withView(View.WALK, Math.min(first, Math.max(0, queries.walk(reading).size() - 1)));
        } else if (view != View.BEAT && view != View.QUOTE) {
            at = at.remembered().withView(view, view == View.READINGS ? reading : view == View.SCENE ? beat : 0);
        }
        String lost = queries.beatIndex(r.beat()) < 0 || queries.readingIndex(r.reading()) < 0
                ? " (the model has changed: the beat or reading you were on is gone)" : "";
        return at.withStatus(Status.info("Back where you left off: " + about(at) + lost
                + ". The option --start opens at the beginning."));
    }

    private static View viewNamed(String name) {
        for (View v : new View[] {View.BEAT, View.SCENE, View.WALK, View.MATRIX, View.COMPARE, View.QUOTE, View.READINGS,
            View.SOURCES, View.MINE}) {
            if (v.id().equals(name)) {
                return v;
            }
        }
        return View.BEAT;
    }
}
