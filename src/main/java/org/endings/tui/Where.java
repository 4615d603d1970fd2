package org.endings.tui;

import java.util.EnumSet;
import java.util.Set;

/** Where the reader's keys go: a view, or on the beat page one of its two lists, or a prompt. */
public enum Where {
    BEATS("the beat list"),
    QUOTES("the quote list"),
    SCENE("the scene"),
    WALK("the reading walk"),
    MATRIX("the matrix"),
    COMPARE("compare"),
    QUOTE("a quote"),
    READINGS("the readings"),
    SOURCES("the sources"),
    SOURCE("a source"),
    PERSON("a person"),
    SEARCH("search results"),
    HELP("help"),
    MINE("your reading"),
    TEST("a blind reading question"),
    RESULT("a blind reading answer or summary"),
    AGAINST("the quotes against your lean"),
    SEARCH_PROMPT("the search prompt"),
    BEAT_PROMPT("the beat number prompt"),
    ITEM_PROMPT("the number prompt"),
    NOTE_PROMPT("the note prompt"),
    CREDENCE_PROMPT("the credence prompt"),
    EXPORT_PROMPT("the export prompt"),
    TEST_PROMPT("the round prompt");

    private final String label;

    Where(String label) {
        this.label = label;
    }

    /** The place in words, as help names it. */
    public String label() {
        return label;
    }

    /** The one-line prompts, where typed keys are text. */
    public static final Set<Where> PROMPTS = Set.copyOf(EnumSet.of(SEARCH_PROMPT, BEAT_PROMPT, ITEM_PROMPT,
            NOTE_PROMPT, CREDENCE_PROMPT, EXPORT_PROMPT, TEST_PROMPT));

    /** Every place but the prompts. */
    public static final Set<Where> ANYWHERE = Set.copyOf(EnumSet.complementOf(EnumSet.of(SEARCH_PROMPT, BEAT_PROMPT,
            ITEM_PROMPT, NOTE_PROMPT, CREDENCE_PROMPT, EXPORT_PROMPT, TEST_PROMPT)));

    /** Whether typed keys are text here. */
    public boolean isPrompt() {
        return PROMPTS.contains(this);
    }

    /** The places whose body is a list the reader moves through. */
    public static final Set<Where> LISTS = Set.copyOf(EnumSet.of(QUOTES, SCENE, WALK, READINGS, SOURCES, SEARCH, SOURCE,
            PERSON, AGAINST));

    /** Every place but the prompts and these. */
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
