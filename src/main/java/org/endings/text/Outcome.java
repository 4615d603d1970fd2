package org.endings.text;

import org.endings.core.Action;

/** What a command comes to: an action for the core, words to say, an error, or a repeat. */
sealed interface Outcome {
    /** How much to say after an action. */
    enum Extent {
        /** The whole page, even when nothing moved: the reader asked to see it. */
        PAGE,
        /** The whole page when the reader is on another page, else where they are and what is now in focus. */
        MOVE,
        /** The core's message alone. */
        STATUS
    }

    /** Hands an action to the core and says as much as {@code extent} says. */
    record Act(Action action, Extent extent) implements Outcome {}

    /** Says something without changing where the reader is. */
    record Say(Answer answer) implements Outcome {}

    /** Says what went wrong and what would work. */
    record Fail(String message) implements Outcome {}

    /** Says the rest of an answer too long for one screen. */
    record More() implements Outcome {}

    /** Runs the last command again. */
    record Again() implements Outcome {}
}
