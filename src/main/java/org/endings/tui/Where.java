package org.endings.tui;

import java.util.EnumSet;
import java.util.Set;

/** Where the reader's keys go: a view, or on the beat page one of its two lists, or the prompt. */
public enum Where {
    BEATS("the beat list"),
    QUOTES("the quote list"),
    WALK("the reading walk"),
    MATRIX("the matrix"),
    COMPARE("compare"),
    QUOTE("a quote"),
    READINGS("the readings"),
    SOURCES("the sources"),
    SEARCH("search results"),
    HELP("help"),
    PROMPT("the prompt");

    private final String label;

    Where(String label) {
        this.label = label;
    }

    /** The place in words, as help names it. */
    public String label() {
        return label;
    }

    /** Every place but the prompt, where typed keys are text. */
    public static final Set<Where> ANYWHERE = Set.copyOf(EnumSet.complementOf(EnumSet.of(PROMPT)));

    /** The places whose body is a list the reader moves through. */
    public static final Set<Where> LISTS = Set.copyOf(EnumSet.of(QUOTES, WALK, READINGS, SOURCES, SEARCH));

    /** Every place but the prompt and these. */
    public static Set<Where> anywhereBut(Where first, Where... rest) {
        EnumSet<Where> out = EnumSet.copyOf(ANYWHERE);
        out.remove(first);
        for (Where w : rest) {
            out.remove(w);
        }
        return Set.copyOf(out);
    }

    /** Just these places. */
    public static Set<Where> only(Where first, Where... rest) {
        return Set.copyOf(EnumSet.of(first, rest));
    }
}
