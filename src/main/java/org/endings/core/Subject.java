package org.endings.core;

import java.util.List;

/**
 * What a list item, or a whole page, stands for: a front end words, styles and opens it from this
 * structure, never by reading its label back. Indexes are the model's, counted from 0.
 */
public sealed interface Subject {
    /** A beat of the scene; {@code yours} is where the reader stands on the lens there, or null. */
    record OfBeat(int beat, Standing yours) implements Subject {}

    /** The scene as a whole: where and what, and its beats. */
    record OfScene(int beats) implements Subject {}

    /** A reading; {@code lens} when it is the reading the pages are seen through. */
    record OfReading(int reading, boolean lens) implements Subject {}

    /**
     * A quote, as listed under a reading: its speaker ({@code person}, -1 for the article's own voice
     * or an unknown speaker) and source (-1 when unknown), the reading it is seen under and its stance
     * on it ({@link Mark#PLAIN} for none), whether it is a remark about the whole scene that bears on
     * no reading, whether it is contested, and its other wordings.
     */
    record OfQuote(int quote, int person, int source, int reading, Mark stance, boolean sceneRemark,
                   boolean contested, List<Integer> variants) implements Subject {
        public OfQuote {
            variants = List.copyOf(variants);
        }
    }

    /** A source the quotes come from. */
    record OfSource(int source) implements Subject {}

    /** A person who speaks in the sources or appears in the scene. */
    record OfPerson(int person) implements Subject {}

    /** A match of a search. */
    record OfMatch(Match match) implements Subject {}
}
