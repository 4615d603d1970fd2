package org.endings.tui;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import org.endings.terminal.Graphemes;

/**
 * A terminal screen rebuilt from the bytes the explorer sends, for the codes it sends: cursor moves
 * ({@code CSI row;col H}), colours and attributes ({@code CSI … m}), erase to the end of the row
 * ({@code CSI K}), clear ({@code CSI 2 J}); private modes and OSC strings (links) are read past. Text
 * goes in a cluster a cell (two for a wide one), as {@link Graphemes} splits and measures it: what a
 * reader would see, to compare with the cells the display meant to show.
 */
final class AnsiScreen {
    /** One cell: its text (null: the right half of a wide character), colours and attributes. */
    record Cell(String text, TextColor foreground, TextColor background, Set<SGR> attributes) { }

    private final int columns;
    private final int rows;
    private final Cell[] cells;
    private int row;
    private int column;
    private TextColor foreground = TextColor.ANSI.DEFAULT;
    private TextColor background = TextColor.ANSI.DEFAULT;
    private EnumSet<SGR> attributes = EnumSet.noneOf(SGR.class);

    AnsiScreen(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.cells = new Cell[columns * rows];
        clear(0, cells.length);
    }

    int columns() {
        return columns;
    }

    Cell at(int column, int row) {
        return cells[row * columns + column];
    }

    void feed(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == 27 && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < s.length() && (s.charAt(end) < 0x40 || s.charAt(end) > 0x7E)) {
                    end++;
                }
                csi(s.substring(i + 2, end), s.charAt(end));
                i = end + 1;
            } else if (c == 27 && i + 1 < s.length() && s.charAt(i + 1) == ']') {
                int end = i + 2;   // to BEL or ST
                while (s.charAt(end) != 7 && !(s.charAt(end) == 27 && s.charAt(end + 1) == '\\')) {
                    end++;
                }
                i = s.charAt(end) == 7 ? end + 1 : end + 2;
            } else if (c < 0x20) {
                throw new IllegalStateException("a control character reached the screen: U+" + Integer.toHexString(c));
            } else {
                int next = Graphemes.end(s, i, nextCode(s, i));
                put(s.substring(i, next), Graphemes.width(s, i, next));
                i = next;
            }
        }
    }

    private static int nextCode(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != 27) {
            i++;
        }
        return i;
    }

    private void put(String text, int width) {
        if (column + width > columns) {
            throw new IllegalStateException("text past the end of row " + (row + 1) + ": " + text);
        }
        int at = row * columns + column;
        if (column > 0 && cells[at].text() == null) {
            cells[at - 1] = blank();   // over the right half of a wide character: its left half goes too
        }
        int end = at + width;   // and over the left half of one, its right half
        if (column + width < columns && cells[end].text() == null) {
            cells[end] = blank();
        }
        cells[at] = new Cell(text, foreground, background, EnumSet.copyOf(attributes.isEmpty() ? EnumSet.noneOf(SGR.class) : attributes));
        if (width == 2) {
            cells[at + 1] = new Cell(null, foreground, background, Set.of());
        }
        column += width;
    }

    private Cell blank() {
        return new Cell(" ", TextColor.ANSI.DEFAULT, background, Set.of());
    }

    private void clear(int from, int to) {
        for (int i = from; i < to; i++) {
            cells[i] = blank();
        }
    }

    private void csi(String params, char command) {
        if (params.startsWith("?")) {
            return;   // private modes: the alternate screen, the cursor shown
        }
        String[] p = params.isEmpty() ? new String[0] : params.split(";", -1);
        switch (command) {
            case 'H' -> {
                row = p.length > 0 ? Integer.parseInt(p[0]) - 1 : 0;
                column = p.length > 1 ? Integer.parseInt(p[1]) - 1 : 0;
            }
            case 'K' -> {
                if (!params.isEmpty() && !params.equals("0")) {
                    throw new IllegalStateException("an erase the display does not send: " + params);
                }
                if (!attributes.isEmpty() || background != TextColor.ANSI.DEFAULT) {
                    // terminals differ in what an erase takes from the pen: the display erases in the default one
                    throw new IllegalStateException("an erase in the pen " + background + " " + attributes);
                }
                clear(row * columns + column, (row + 1) * columns);
            }
            case 'J' -> clear(0, cells.length);
            case 'm' -> sgr(p);
            default -> throw new IllegalStateException("a code the display does not send: CSI " + params + command);
        }
    }

    private void sgr(String[] p) {
        if (p.length == 0) {
            p = new String[] {"0"};
        }
        for (int i = 0; i < p.length; i++) {
            int n = Integer.parseInt(p[i]);
            if (n == 38 || n == 48) {
                TextColor color;
                if (p[i + 1].equals("5")) {
                    color = new TextColor.Indexed(Integer.parseInt(p[i + 2]));
                    i += 2;
                } else {
                    color = new TextColor.RGB(Integer.parseInt(p[i + 2]), Integer.parseInt(p[i + 3]), Integer.parseInt(p[i + 4]));
                    i += 4;
                }
                if (n == 38) {
                    foreground = color;
                } else {
                    background = color;
                }
                continue;
            }
            switch (n) {
                case 0 -> {
                    foreground = TextColor.ANSI.DEFAULT;
                    background = TextColor.ANSI.DEFAULT;
                    attributes = EnumSet.noneOf(SGR.class);
                }
                case 1 -> attributes.add(SGR.BOLD);
                case 3 -> attributes.add(SGR.ITALIC);
                case 4 -> attributes.add(SGR.UNDERLINE);
                case 5 -> attributes.add(SGR.BLINK);
                case 7 -> attributes.add(SGR.REVERSE);
                case 9 -> attributes.add(SGR.CROSSED_OUT);
                case 22 -> attributes.remove(SGR.BOLD);
                case 23 -> attributes.remove(SGR.ITALIC);
                case 24 -> attributes.remove(SGR.UNDERLINE);
                case 25 -> attributes.remove(SGR.BLINK);
                case 27 -> attributes.remove(SGR.REVERSE);
                case 29 -> attributes.remove(SGR.CROSSED_OUT);
                case 39 -> foreground = TextColor.ANSI.DEFAULT;
                case 49 -> background = TextColor.ANSI.DEFAULT;
                default -> {
                    if (n >= 30 && n <= 37) {
                        foreground = TextColor.ANSI.values()[n - 30];
                    } else if (n >= 40 && n <= 47) {
                        background = TextColor.ANSI.values()[n - 40];
                    } else if (n >= 90 && n <= 97) {
                        foreground = TextColor.ANSI.values()[n - 90 + 9];
                    } else if (n >= 100 && n <= 107) {
                        background = TextColor.ANSI.values()[n - 100 + 9];
                    } else {
                        throw new IllegalStateException("an SGR code the display does not send: " + n);
                    }
                }
            }
        }
    }
}
