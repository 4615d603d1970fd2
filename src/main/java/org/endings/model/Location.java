package org.endings.model;

/** A place in a model file: 1-based line and column (columns count UTF-16 characters, as editors do). */
public record Location(int line, int column) {
    /** The start of a file. */
    public static final Location START = new Location(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
