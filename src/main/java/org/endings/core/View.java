package org.endings.core;

/** The screens a reader can be on. Every front end shows each of them. */
public enum View {
    BEAT("beat"),
    SCENE("scene"),
    WALK("reading walk"),
    MATRIX("matrix"),
    COMPARE("compare"),
    QUOTE("quote"),
    READINGS("readings"),
    SOURCES("sources"),
    SOURCE("source"),
    PERSON("person"),
    SEARCH("search results"),
    MINE("your reading"),
    TEST("blind reading"),
    AGAINST("against your lean"),
    HELP("help");

    private final String label;
    /** The view's name in lower case, as a notebook keeps where the reader was: made once, not on every key. */
    private final String id;

    View(String label) {
        this.label = label;
        this.id = name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The view's name in lower case ("beat", "walk"): how a notebook names where the reader was. */
    public String id() {
        return id;
    }

    /** The view's name as a reader hears it. */
    public String label() {
        return label;
    }
}
