package org.endings.core;

/**
 * Something a transition asks the world outside the core to do, as data: the core does no I/O, and
 * a runner at the edge ({@code org.endings.run.EffectRunner}) carries effects out for every front end.
 */
public sealed interface Effect {
    /** End the session. */
    record Quit() implements Effect {}
}
