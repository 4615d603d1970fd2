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

    View(String label) {
        this.label = label;
    }

    /** The view's name as a reader hears it. */
    public String label() {
        return label;
    }
}
