package org.endings.core;

/**
 * One place a search found its text. {@code beat}, {@code reading}, {@code quote} and {@code subject}
 * (a person's or a source's index) are model indexes, -1 where the match has none; {@code where}
 * says in words what matched; the matched words are {@code snippet}'s chars from {@code markFrom}
 * to {@code markTo} (none when they are equal), for a front end to mark as it marks things;
 * {@code otherForm} is those words when they are not what was typed ("refused" for "refuses",
 * "déjà" for "deja"), for a reader who cannot see them marked, and otherwise "".
 */
public record Match(Kind kind, int beat, int reading, int quote, int subject, String where, String snippet,
                    int markFrom, int markTo, String otherForm) {
    /** What kind of thing matched; the scene is its title, where and what happens in it. */
    public enum Kind { SCENE, BEAT, READING, GLOSS, QUOTE, PERSON, SOURCE }

    /** A match whose snippet is still to be cut. */
    Match(Kind kind, int beat, int reading, int quote, int subject, String where) {
        this(kind, beat, reading, quote, subject, where, null, 0, 0, "");
    }

    /** The words of the snippet the search matched, or "". */
    public String marked() {
        return snippet == null ? "" : snippet.substring(markFrom, markTo);
    }

    Match withSnippet(String text, int from, int to, String other) {
        return new Match(kind, beat, reading, quote, subject, where, text, from, to, other);
    }
}
