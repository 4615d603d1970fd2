package org.endings.core;

import java.util.Map;

import org.endings.model.Stance;

/** How a reader's reply to a quote stands against the model's stances on it. */
public enum Verdict {
    /** The reader named a reading the model has, the same way. */
    SAME,
    /** Neither finds a stance in the words. */
    BOTH_NONE,
    /** The reader named a reading the model has, but the other way. */
    OTHER_WAY,
    /** The reader named a reading the model finds no stance on here: their reading went beyond the words. */
    BEYOND,
    /** The reader found no stance; the model finds one. */
    MISSED;

    /** Whether the reader and the model agree. */
    public boolean agrees() {
        return this == SAME || this == BOTH_NONE;
    }

    /**
     * The verdict on {@code reply} given the model's stances on the quote, by reading index, counting only
     * the readings the round asks about.
     */
    public static Verdict of(Round.Reply reply, Map<Integer, Stance> model) {
        if (reply.isNone()) {
            return model.isEmpty() ? BOTH_NONE : MISSED;
        }
        Stance theirs = model.get(reply.reading());
        if (theirs == null) {
            return BEYOND;
        }
        return theirs == reply.stance() ? SAME : OTHER_WAY;
    }
}
