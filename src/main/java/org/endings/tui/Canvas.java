package org.endings.tui;


import org.endings.terminal.DisplayWidth;
import org.endings.terminal.Graphemes;
import org.endings.tui.terminal.Display;
import org.endings.tui.terminal.MeasuredCharacter;

/**
 * A frame being drawn: puts sanitised one-line text on a row, grapheme cluster by cluster
 * ({@link Graphemes}: a letter with its marks, an emoji sequence, a flag are each one cell), as
 * wide as a terminal makes each, clipped to the columns it is given. Every cell of the frame is written,
 * so what the last frame left behind never shows through.
 */
final class Canvas {
    private final Display display;
    private final Glyphs glyphs;
    private final int columns;
    private final int rows;
    /** The characters of the text being put, where it is short enough: one array for every put of a frame. */
    private final char[] scratch = new char[512];
    /** The address the text being put links to, and the link's number; null when it links nowhere. */
    private String link;
    private int linkId;

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
        MeasuredCharacter blank = glyphs.ascii(' ', Glyphs.styleId(role, reverse));
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
        char[] chars = n <= scratch.length ? scratch : new char[n];
        text.getChars(0, n, chars, 0);
        int i = 0;
        while (i < n && col < end) {
            char c = chars[i];
            if (c < 0x80 && (i + 1 == n || chars[i + 1] < 0x300)) {
                if (link != null) {
                    display.set(col, row, linked(glyphs.ascii(c, style)));
                    col++;
                    i++;
                    continue;
                }
                // a run of ASCII characters, none with a mark after it, put at once
                MeasuredCharacter[] cells = glyphs.asciiRow(style);
                if (cells[c] == null) {
                    glyphs.ascii(c, style);
                }
                int j = i + 1;
                while (j < n && col + (j - i) < end && chars[j] < 0x80 && (j + 1 == n || chars[j + 1] < 0x300)) {
                    if (cells[chars[j]] == null) {
                        glyphs.ascii(chars[j], style);
                    }
                    j++;
                }
                display.setRun(col, row, cells, chars, i, j);
                col += j - i;
                i = j;
                continue;
            }
            int next = Graphemes.end(text, i, n);
            int width = Graphemes.width(text, i, next);
            if (width == 0) {
                i = next;   // marks with nothing to sit on
                continue;
            }
            if (width > 2) {
                // A cluster wider than a cell (a letter and two spacing vowel signs): one cell per
                // code point that advances the cursor, with the marks after it, as a terminal puts them.
                int k = i;
                while (k < next && col < end) {
                    int unit = unitEnd(text, k, next);
                    int w = DisplayWidth.of(text.codePointAt(k));
                    if (w == 0) {
                        k = unit;
                        continue;
                    }
                    if (col + w > end) {
                        return col;
                    }
                    put(row, col, text.substring(k, unit), w, style);
                    col += w;
                    k = unit;
                }
                i = next;
                continue;
            }
            if (col + width > end) {
                break;
            }
            if (next == i + 1 && !glyphs.ascii()) {
                // one character alone (’ “ ‑ …): its cell without a string made for it
                MeasuredCharacter tc = linked(glyphs.bmp(c, width, style));
                display.set(col, row, tc);
                col += width;
                i = next;
                continue;
            }
            put(row, col, text.substring(i, next), width, style);
            col += width;
            i = next;
        }
        return col;
    }

    private void put(int row, int col, String cluster, int width, int style) {
        MeasuredCharacter tc = linked(glyphs.cluster(cluster, width, style));
        display.set(col, row, tc);
        if (glyphs.ascii() && width == 2) {
            display.set(col + 1, row, tc);
        }
    }

    /** As {@link #put(int, int, String, Role, boolean, int)}, the text a link to {@code address} (link number {@code id}). */
    int put(int row, int col, String text, Role role, boolean reverse, int limit, String address, int id) {
        link = address;
        linkId = id;
        try {
            return put(row, col, text, role, reverse, limit);
        } finally {
            link = null;
        }
    }

    private MeasuredCharacter linked(MeasuredCharacter cell) {
        return link != null ? cell.linkedTo(link, linkId) : cell;
    }

    /** The end of the code point at {@code k} and the zero-width ones after it, within a cluster. */
    private static int unitEnd(String text, int k, int limit) {
        int end = k + Character.charCount(text.codePointAt(k));
        while (end < limit && DisplayWidth.of(text.codePointAt(end)) == 0) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    int put(int row, int col, String text, Role role, boolean reverse) {
        return put(row, col, text, role, reverse, columns);
    }
}
