package org.endings.model;

import java.util.Objects;

/**
 * Where words were said or printed. {@code outlet}, {@code date} and {@code reportedBy} may be null:
 * a source is never given an outlet or a date its reporters do not state. {@code reportedBy} names
 * the article through which an interview or podcast is known; {@code url}, where it can be read (http or
 * https), or null.
 */
public record Source(String id, SourceKind kind, String outlet, String title, String date, String reportedBy,
                     String url) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }

    /** A source with no address. */
    public Source(String id, SourceKind kind, String outlet, String title, String date, String reportedBy) {
        this(id, kind, outlet, title, date, reportedBy, null);
    }
}
