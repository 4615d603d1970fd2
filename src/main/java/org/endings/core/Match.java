package org.endings.core;

/**
 * One place a search found its text. {@code beat}, {@code reading}, {@code quote} and {@code subject}
 * (a person's or a source's index) are model indexes, -1 where the match has none; {@code where}
 * says in words what matched.
 */
public record Match(Kind kind, int beat, int reading, int quote, int subject, String where, String snippet) {
    /** What kind of thing matched. */
    public enum Kind { BEAT, READING, GLOSS, QUOTE, PERSON, SOURCE }
}
