package org.endings.model;

import java.util.Objects;

/**
 * One thing wrong with a model: how bad it is, where it is (an RFC 6901 JSON pointer into the
 * model file, such as {@code /quotes/3/speaker}) and what it is, in one short sentence.
 */
public record Problem(Severity severity, String pointer, String message) {
    /** An error makes a model unfit to explore; a warning is worth a look but does not. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** An error at {@code pointer}. */
    public static Problem error(String pointer, String message) {
        return new Problem(Severity.ERROR, pointer, message);
    }

    /** A warning at {@code pointer}. */
    public static Problem warning(String pointer, String message) {
        return new Problem(Severity.WARNING, pointer, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The pointer as a message shows it: a part longer than 60 characters is cut to its start and "...". */
    public String shownPointer() {
        if (pointer.length() <= ModelException.QUOTE_LIMIT) {
            return pointer;
        }
        StringBuilder out = new StringBuilder();
        String[] parts = pointer.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 ? "" : "/").append(ModelException.shorten(parts[i]));
        }
        return out.toString();
    }
}
