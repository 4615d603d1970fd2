package org.endings.tui;

import com.googlecode.lanterna.TextCharacter;

import org.endings.terminal.DisplayWidth;
import org.endings.tui.terminal.Display;

/**
 * A frame being drawn: puts sanitised one-line text on a row, cluster by cluster, measured by
 * {@link DisplayWidth}, clipped to the columns it is given. Every cell of the frame is written,
 * so what the last frame left behind never shows through.
 */
final class Canvas {
    private final Display display;
    private final Glyphs glyphs;
    private final int columns;
    private final int rows;

    Canvas(Display display, Glyphs glyphs, int columns, int rows) {
        this.display = display;
        this.glyphs = glyphs;
        this.columns = columns;
        this.rows = rows;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    boolean ascii() {
        return glyphs.ascii();
    }

    /** Blanks every cell. */
    void clear() {
        display.clear(glyphs.ascii(' ', Glyphs.styleId(Role.TEXT, false)));
    }

    /** Spaces from {@code from} up to (not including) {@code to}. */
    void fill(int row, int from, int to, Role role, boolean reverse) {
        if (row < 0 || row >= rows) {
            return;
        }
        TextCharacter blank = glyphs.ascii(' ', Glyphs.styleId(role, reverse));
        for (int c = Math.max(0, from); c < Math.min(to, columns); c++) {
            display.set(c, row, blank);
        }
    }

    /** Text from column {@code col}, not past {@code limit}; returns the column after it. */
    int put(int row, int col, String text, Role role, boolean reverse, int limit) {
        if (row < 0 || row >= rows || text == null) {
            return col;
        }
        int end = Math.min(limit, columns);
        int style = Glyphs.styleId(role, reverse);
        int n = text.length();
        int i = 0;
        while (i < n && col < end) {
            char c = text.charAt(i);
            if (c < 0x80 && (i + 1 == n || text.charAt(i + 1) < 0x300)) {
                display.set(col, row, glyphs.ascii(c, style));
                col++;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            while (next < n) {
                int mark = text.codePointAt(next);
                if (DisplayWidth.of(mark) != 0) {
                    break;
                }
                next += Character.charCount(mark);
            }
            int width = DisplayWidth.of(text, i, next);
            if (width == 0) {
                i = next;   // marks with nothing to sit on
                continue;
            }
            if (width > 2) {
                width = 2;
            }
            if (col + width > end) {
                break;
            }
            TextCharacter tc = glyphs.cluster(text.substring(i, next), width, style);
            display.set(col, row, tc);
            if (glyphs.ascii() && width == 2) {
                display.set(col + 1, row, tc);
            }
            col += width;
            i = next;
        }
        return col;
    }

    int put(int row, int col, String text, Role role, boolean reverse) {
        return put(row, col, text, role, reverse, columns);
    }
}
