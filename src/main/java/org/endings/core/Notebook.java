package org.endings.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reader's own reading of one model: where they stand on each reading at each beat, their notes,
 * how they spread 100 points of credence across the readings (revised at any beat), and where they
 * were. Everything is keyed by the model's ids, never by position, so that a notebook outlives an
 * edit of its model: what names a beat or reading the model no longer has is kept, and shown as
 * orphaned. Immutable; the navigator makes the next one, and the edge saves it.
 *
 * <p>{@code model} is the notebook's key: the work, the scene and the format version (see
 * {@link #keyOf}). {@code writable} is false when another Endings holds the notebook; it is not
 * saved. {@code rounds} are the rounds of blind reading the reader finished, oldest first.
 */
public record Notebook(String model, Map<String, Map<String, Standing>> standings,
                       Map<String, Map<String, String>> notes, Map<String, Map<String, Integer>> credence,
                       Resume resume, boolean writable, List<Taken> rounds) {

    /** How many rounds of blind reading a notebook keeps: the newest, the oldest dropped first. */
    public static final int ROUNDS_KEPT = 20;

    /** Where the reader was, by ids: the view's name, the beat, the lens and the open quote (null when none). */
    public record Resume(String view, String beat, String reading, String quote) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Resume r && Objects.equals(view, r.view) && Objects.equals(beat, r.beat)
                    && Objects.equals(reading, r.reading) && Objects.equals(quote, r.quote);
        }

        @Override
        public int hashCode() {
            return Objects.hash(view, beat, reading, quote);
        }
    }

    /**
     * A round of blind reading the reader finished: its rules as typed again ("size 10 reading hope
     * speaker", by ids), its seed, and each reply, in the order the quotes were asked.
     */
    public record Taken(String rules, long seed, List<Given> replies) {
        public Taken {
            Objects.requireNonNull(rules, "rules");
            replies = List.copyOf(replies);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Taken t && seed == t.seed && rules.equals(t.rules) && replies.equals(t.replies);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rules, seed, replies);
        }
    }

    /** One reply of a round, by ids: the quote, the reading and the way (both null for "none"). */
    public record Given(String quote, String reading, String stance) {
        public Given {
            Objects.requireNonNull(quote, "quote");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Given g && quote.equals(g.quote) && Objects.equals(reading, g.reading)
                    && Objects.equals(stance, g.stance);
        }

        @Override
        public int hashCode() {
            return Objects.hash(quote, reading, stance);
        }
    }

    public Notebook {
        Objects.requireNonNull(model, "model");
        standings = frozen(standings);
        notes = frozen(notes);
        credence = frozen(credence);
        rounds = List.copyOf(rounds);
    }

    /** A notebook with no rounds of blind reading (as notebooks were before them). */
    public Notebook(String model, Map<String, Map<String, Standing>> standings, Map<String, Map<String, String>> notes,
                    Map<String, Map<String, Integer>> credence, Resume resume, boolean writable) {
        this(model, standings, notes, credence, resume, writable, List.of());
    }

    // equals and hashCode by hand, here and in the records above: a record's own are made at their first
    // call through ObjectMethods' method handles (spun at run time, never in the start-up archive), and
    // the explorer compares notebooks and places on every key: ~15 ms of the first key's answer.
    @Override
    public boolean equals(Object o) {
        return o instanceof Notebook n && writable == n.writable && model.equals(n.model) && standings.equals(n.standings)
                && notes.equals(n.notes) && credence.equals(n.credence) && Objects.equals(resume, n.resume)
                && rounds.equals(n.rounds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, standings, notes, credence, resume, writable, rounds);
    }

    /** An empty notebook for a model. */
    public static Notebook empty(String model) {
        return new Notebook(model, Map.of(), Map.of(), Map.of(), null, true, List.of());
    }

    /**
     * A model's key: its work's title and year, its scene's title and its format version, as
     * "Anora|2024|The final car scene|endings/1". Editing anything else in the model (a beat, a
     * reading, a quote) keeps the notebook; renaming the film or the scene starts another.
     */
    public static String keyOf(org.endings.model.Model model) {
        return model.work().title() + "|" + model.work().year() + "|" + model.scene().title() + "|" + model.format();
    }

    public Standing standing(String beat, String reading) {
        return standings.getOrDefault(beat, Map.of()).get(reading);
    }

    public String note(String beat, String reading) {
        return notes.getOrDefault(beat, Map.of()).get(reading);
    }

    /** The credence set at this beat, reading id to points, or an empty map. */
    public Map<String, Integer> credenceAt(String beat) {
        return credence.getOrDefault(beat, Map.of());
    }

    public boolean isEmpty() {
        return standings.isEmpty() && notes.isEmpty() && credence.isEmpty() && rounds.isEmpty();
    }

    /** This notebook with a finished round kept, the oldest dropped past {@link #ROUNDS_KEPT}. */
    Notebook withRound(Taken round) {
        List<Taken> next = new java.util.ArrayList<>(rounds);
        next.add(round);
        if (next.size() > ROUNDS_KEPT) {
            next = next.subList(next.size() - ROUNDS_KEPT, next.size());
        }
        return new Notebook(model, standings, notes, credence, resume, writable, next);
    }

    Notebook withStanding(String beat, String reading, Standing standing) {
        return new Notebook(model, put(standings, beat, reading, standing), notes, credence, resume, writable, rounds);
    }

    Notebook withNote(String beat, String reading, String note) {
        return new Notebook(model, standings, put(notes, beat, reading, note == null || note.isBlank() ? null : note),
                credence, resume, writable, rounds);
    }

    Notebook withCredence(String beat, Map<String, Integer> points) {
        Map<String, Map<String, Integer>> next = new LinkedHashMap<>(credence);
        if (points.isEmpty()) {
            next.remove(beat);
        } else {
            next.put(beat, points);
        }
        return new Notebook(model, standings, notes, next, resume, writable, rounds);
    }

    Notebook withResume(Resume resume) {
        return new Notebook(model, standings, notes, credence, resume, writable, rounds);
    }

    private static <V> Map<String, Map<String, V>> put(Map<String, Map<String, V>> outer, String beat, String reading,
                                                        V value) {
        Map<String, Map<String, V>> next = new LinkedHashMap<>(outer);
        Map<String, V> inner = new LinkedHashMap<>(next.getOrDefault(beat, Map.of()));
        if (value == null) {
            inner.remove(reading);
        } else {
            inner.put(reading, value);
        }
        if (inner.isEmpty()) {
            next.remove(beat);
        } else {
            next.put(beat, inner);
        }
        return next;
    }

    /** An unmodifiable copy that keeps the order entries were made in. */
    private static <V> Map<String, Map<String, V>> frozen(Map<String, Map<String, V>> map) {
        Map<String, Map<String, V>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, V>> e : map.entrySet()) {
            out.put(Objects.requireNonNull(e.getKey()), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
