package org.endings.model;

/** What kind of thing a source is. */
public enum SourceKind {
    INTERVIEW("interview"),
    PODCAST("podcast"),
    ARTICLE("article");

    private final String word;

    SourceKind(String word) {
        this.word = word;
    }

    /** The word used in model files and in what the reader sees. */
    public String word() {
        return word;
    }

    /** The kind named by {@code word}, or null when there is none. */
    public static SourceKind fromWord(String word) {
        for (SourceKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        return null;
    }
}
