package org.endings.core;

/** A one-line message for the reader after an action: what happened, or what went wrong and what would work. */
public record Status(String text, boolean error) {
    public static final Status NONE = new Status("", false);

    public static Status info(String text) {
        return new Status(text, false);
    }

    public static Status error(String text) {
        return new Status(text, true);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
