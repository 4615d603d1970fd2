package org.endings.model;

/** Whose words a quote's text is. */
public enum Voice {
    /** The speaker's own words, inside quotation marks in the source. */
    DIRECT("direct"),
    /** The source's words for what the speaker thinks: never shown as the speaker's own words. */
    PARAPHRASE("paraphrase"),
    /** The article's own reading, in its own voice: no speaker. */
    EDITORIAL("editorial");

    private final String word;

    Voice(String word) {
        this.word = word;
    }

    /** The word used in model files. */
    public String word() {
        return word;
    }

    /** The voice named by {@code word}, or null when there is none. */
    public static Voice fromWord(String word) {
        for (Voice voice : values()) {
            if (voice.word.equals(word)) {
                return voice;
            }
        }
        return null;
    }
}
