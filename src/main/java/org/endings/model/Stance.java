package org.endings.model;

/** Which way a quote bears on a reading. */
public enum Stance {
    SUPPORTS("supports"),
    COMPLICATES("complicates"),
    CHALLENGES("challenges");

    private final String word;

    Stance(String word) {
        this.word = word;
    }

    /** The word used in model files and in what the reader sees. */
    public String word() {
        return word;
    }

    /** The stance named by {@code word}, or null when there is none. */
    public static Stance fromWord(String word) {
        for (Stance stance : values()) {
            if (stance.word.equals(word)) {
                return stance;
            }
        }
        return null;
    }
}
