package org.endings.core;

import java.util.List;
import java.util.Objects;

/** A run of words on a page and what it is: a list item's label is a list of these. */
public record Phrase(String text, Mark mark) {
    public Phrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mark, "mark");
    }

    public static Phrase plain(String text) {
        return new Phrase(text, Mark.PLAIN);
    }

    /** The words of the phrases, joined. */
    public static String text(List<Phrase> phrases) {
        if (phrases.size() == 1) {
            return phrases.get(0).text();
        }
        StringBuilder out = new StringBuilder();
        for (Phrase p : phrases) {
            out.append(p.text());
        }
        return out.toString();
    }
}
