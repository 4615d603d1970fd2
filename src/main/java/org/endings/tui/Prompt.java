package org.endings.tui;

import java.util.Objects;

/** The one-line prompt at the bottom: what it asks for and what has been typed so far. */
public record Prompt(Kind kind, String text) {
    /** What the prompt is for. */
    public enum Kind {
        SEARCH("Search: ", "Type words to find; Enter searches, Esc or Backspace cancels."),
        BEAT("Go to beat: ", "Type a beat number; Enter goes there, Esc or Backspace cancels."),
        ITEM("Open number: ", "Type the number of a quote, match or reading on this page; Enter opens it, "
                + "Esc or Backspace cancels."),
        NOTE("Note: ", "Type your note on this reading at this beat; Enter keeps it (empty removes it), Esc cancels."),
        EXPORT("Export: ", "A format (html, markdown, text) and what: reading, beat or all; Enter writes the "
                + "file in this folder, Esc cancels."),
        CREDENCE("Credence: ", "Readings and their points, for example consent 40 hope 30; the rest go to the "
                + "others. Enter keeps them, Esc cancels."),
        TEST("Round: ", "Enter deals a round of 10 quotes, read blind; or type a size, beat and reading (5 beat 3 "
                + "reading hope), speaker to show who said each, seed and a number to deal a class the same round.");

        private final String label;
        private final String hint;

        Kind(String label, String hint) {
            this.label = label;
            this.hint = hint;
        }

        public String label() {
            return label;
        }

        public String hint() {
            return hint;
        }
    }

    /** The longest text a prompt takes; a note may be longer. */
    static final int MAX_LENGTH = 200;
    static final int MAX_NOTE = 1000;

    public Prompt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    Prompt type(char c) {
        boolean numbers = kind == Kind.BEAT || kind == Kind.ITEM;
        if (text.length() >= (kind == Kind.NOTE ? MAX_NOTE : MAX_LENGTH) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || (numbers && !Character.isDigit(c))) {
            return this;
        }
        return new Prompt(kind, text + c);
    }

    Prompt delete() {
        if (text.isEmpty()) {
            return this;
        }
        int cut = text.offsetByCodePoints(text.length(), -1);
        return new Prompt(kind, text.substring(0, cut));
    }
}
