package org.endings.core;

/**
 * Something a transition asks the world outside the core to do, as data: the core does no I/O, and
 * a runner at the edge ({@code org.endings.edge.EffectRunner}) carries effects out for every front end.
 */
public sealed interface Effect {
    /** End the session. */
    record Quit() implements Effect {}

    /**
     * Give the reader {@code citation} (a quote's words, who said them and where) to take away: the
     * clipboard in the explorer, a line of its own in the text mode; {@code what} names it ("quote 3").
     */
    record Cite(String citation, String what) implements Effect {}

    /**
     * Write an export: {@code format} ("html", "markdown", "text"), the reading and beat it shows
     * (numbers from 1; 0 for every one), to a file named {@code name} (without its extension) in the
     * reader's working folder; {@code what} says what it holds ("the reading Consent").
     */
    record Export(String format, int reading, int beat, String name, String what) implements Effect {}

    /**
     * Choose a seed for a round of blind reading asked for without one (the core has no dice): the
     * edge sends {@code Action.Test(spec, seed)} back.
     */
    record Shuffle(String spec) implements Effect {}

    /** Keep the reader's notebook: save it, atomically, off the thread that draws. */
    record Save(Notebook notebook) implements Effect {}

    /**
     * Let the reader edit {@code text}, their note on {@code about}, in their own editor; what they
     * write comes back as {@link Action.Note}.
     */
    record EditNote(String text, String about) implements Effect {}
}
