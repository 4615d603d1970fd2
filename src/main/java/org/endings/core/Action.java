package org.endings.core;

/**
 * Everything a reader can do, as data. Front ends turn keys or typed commands into actions and
 * hand them to {@link Navigator#update}; numbers are 1-based, as the reader sees them.
 */
public sealed interface Action {
    /** The next beat in film order. */
    record NextBeat() implements Action {}

    /** The previous beat in film order. */
    record PrevBeat() implements Action {}

    /** Beat number {@code number}, counted from 1. */
    record GoToBeat(int number) implements Action {}

    /** The next reading (the lens). */
    record NextReading() implements Action {}

    /** The previous reading (the lens). */
    record PrevReading() implements Action {}

    /** Reading number {@code number}, counted from 1, becomes the lens. */
    record ChooseReading(int number) implements Action {}

    /** The next item of the view's list: a quote, a source, a match; a row in the matrix. */
    record NextItem() implements Action {}

    /** The previous item of the view's list. */
    record PrevItem() implements Action {}

    /** The first item of the view's list; the first beat where the view has no list. */
    record First() implements Action {}

    /** The last item of the view's list; the last beat where the view has no list. */
    record Last() implements Action {}

    /** Opens the focused item: a quote, a matrix cell, a reading, a source, a match. */
    record Open() implements Action {}

    /**
     * Opens item {@code number} of the current page's list: a quote on a beat, in a reading walk, in
     * compare, on a source's or a person's page; a match of the search results; a reading of the
     * readings list; a source of the sources list.
     */
    record OpenItem(int number) implements Action {}

    /** On a beat page, moves the cursor between the list of beats and the beat's quotes. */
    record SwitchList() implements Action {}

    /** Opens the page of the person who speaks the quote in focus (the open one, or the one under the cursor). */
    record OpenSpeaker() implements Action {}

    /** Opens the page of the source of the quote in focus. */
    record OpenSource() implements Action {}

    /** Opens the page of source {@code number}, counted from 1 as the sources list numbers them. */
    record ShowSource(int number) implements Action {}

    /** Opens the page of person {@code number}, counted from 1 in the model's order. */
    record ShowPerson(int number) implements Action {}

    /** Marks where the reader stands on the lens at this beat; the same standing again, or null, clears it. */
    record Mark(Standing standing) implements Action {}

    /** Keeps {@code text} as the reader's note on the lens at this beat; blank text removes it, null says it. */
    record Note(String text) implements Action {}

    /** Asks for the note on the lens at this beat to be edited in the reader's editor (an effect). */
    record EditNote() implements Action {}

    /**
     * Spreads 100 points of credence across the readings at this beat, as typed: "consent 40 hope 30"
     * (names or numbers, each followed by its points; the rest spread over the readings not named),
     * "clear" to remove it, or nothing to hear it.
     */
    record Credence(String spec) implements Action {}

    /**
     * Cites quote {@code number} of the page's list, or for 0 the quote in focus: its words, who said
     * them and where. The explorer puts the citation on the clipboard; the text mode says it.
     */
    record Cite(int number) implements Action {}

    /**
     * Exports what is in view to a file, as typed: a format (html, markdown, text; html when none) and
     * what to export (reading: the lens's walk through the beats, the default; beat: this beat under
     * every reading; all: the whole model).
     */
    record Export(String spec) implements Action {}

    /** Ends the session: the transition carries {@link Effect.Quit}. */
    record Quit() implements Action {}

    /** Back to where the reader was before the last view change. */
    record Back() implements Action {}

    /** Switches to another view. */
    record Show(View view) implements Action {}

    /** Compares reading {@code first} with reading {@code second} on the current beat. */
    record Compare(int first, int second) implements Action {}

    /** Searches beats, readings and quotes for {@code query}; a blank query ends the search. */
    record Search(String query) implements Action {}

    /** Goes to the next match of the active search. */
    record NextMatch() implements Action {}

    /** Goes to the previous match of the active search. */
    record PrevMatch() implements Action {}

    /** Says where the reader is: beat, reading, view and quote position. */
    record WhereAmI() implements Action {}

    /**
     * Starts a round of blind reading, as typed: its size, the beats and readings it draws on, whether
     * the speaker is shown, its seed ("5 beat 3 reading hope speaker seed 7"; "" for a round of 10 from
     * everything). Without a seed, in {@code spec} or {@code seed}, the edge is asked for one
     * ({@link Effect.Shuffle}) and sends the action back with it.
     */
    record Test(String spec, Long seed) implements Action {
        public Test(String spec) {
            this(spec, null);
        }
    }

    /**
     * Answers the question of the round in view, as typed: a reading by number or name and a way
     * ("hope supports", "3 c"), a way alone once the reading is chosen, or "none".
     */
    record Answer(String answer) implements Action {}

    /**
     * Lists the quotes that complicate or challenge a reading, strongest first: the one named, or for
     * "" the one the reader leans to (their credence, else their last round's lean).
     */
    record Challenge(String reading) implements Action {}
}
