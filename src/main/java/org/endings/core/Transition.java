package org.endings.core;

import java.util.List;
import java.util.Objects;

/** What {@link Navigator#update} returns: the next state, and the effects it asks the edge to carry out. */
public record Transition(State state, List<Effect> effects) {
    public Transition {
        Objects.requireNonNull(state, "state");
        effects = List.copyOf(effects);
    }

    /** A transition that only changes the state. */
    public static Transition to(State state) {
        return new Transition(state, List.of());
    }

    /** True when the transition asks to end the session. */
    public boolean quits() {
        for (Effect e : effects) {
            if (e instanceof Effect.Quit) {
                return true;
            }
        }
        return false;
    }
}
