package org.endings.core;

/** Where a reader stands on a reading at a beat, in their own notebook. */
public enum Standing {
    CONVINCED,
    UNSURE,
    UNCONVINCED;

    /** "convinced", "unsure", "unconvinced": the word a reader types and reads. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The standing a word names, or null. */
    public static Standing of(String word) {
        for (Standing s : values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        return null;
    }
}
