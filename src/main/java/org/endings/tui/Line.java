package org.endings.tui;

import java.util.List;

/**
 * One row of a page's body as laid out: pieces of text at columns. {@code itemFrom} is the column
 * a list item starts at (its selection is drawn from there to the edge), -1 for a row that is not
 * part of an item; {@code cursor} is the column the real cursor goes to when this row holds the
 * focus, or -1.
 */
record Line(List<Span> spans, int itemFrom, int cursor) {
    static final Line BLANK = new Line(List.of(), -1, -1);

    Line {
        spans = List.copyOf(spans);
    }

    static Line of(int col, String text, Role role) {
        return new Line(List.of(new Span(col, text, role)), -1, -1);
    }

    /** Text at a column in a role. */
    record Span(int col, String text, Role role, String link) {
        /** Text that links nowhere. */
        Span(int col, String text, Role role) {
            this(col, text, role, null);
        }
    }
}
