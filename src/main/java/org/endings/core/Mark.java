package org.endings.core;

import org.endings.model.Stance;

/**
 * What a phrase of a page is, beyond its words, so that a front end can style it without reading
 * the words back: a stance, the mark of a contested quote, or plain text.
 */
public enum Mark {
    PLAIN,
    SUPPORTS,
    COMPLICATES,
    CHALLENGES,
    CONTESTED;

    /** The mark of a stance; PLAIN for none. */
    public static Mark of(Stance stance) {
        if (stance == null) {
            return PLAIN;
        }
        return switch (stance) {
            case SUPPORTS -> SUPPORTS;
            case COMPLICATES -> COMPLICATES;
            case CHALLENGES -> CHALLENGES;
        };
    }
}
