package org.endings.tui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminal;

/**
 * The colours and attributes of a screen as a golden file holds them. First the plain style, the
 * most common one without attributes: "-- styles, plain = default". Then each row with any other
 * style, each style once with its runs of terminal columns (from 0, as the cursor's), in the order
 * they start: "11: reverse 0-16, 28-77; yellow reverse 17-27". A style names only what differs from
 * the plain one, so a change shows on the rows it touches and nowhere else.
 */
final class ScreenStyles {
    /** A cell's look, without its character. */
    private record Style(TextColor foreground, TextColor background, EnumSet<SGR> attributes) {
        static Style of(TextCharacter c) {
            EnumSet<SGR> attributes = EnumSet.noneOf(SGR.class);
            attributes.addAll(c.getModifiers());
            return new Style(c.getForegroundColor(), c.getBackgroundColor(), attributes);
        }

        /** The whole style: "bright white on black", "default". */
        String name() {
            return describe(new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class)));
        }

        /** What differs from {@code plain}: "bright cyan bold", "on black", "reverse". */
        String describe(Style plain) {
            List<String> words = new ArrayList<>();
            if (!foreground.equals(plain.foreground)) {
                words.add(colour(foreground));
            }
            if (!background.equals(plain.background)) {
                words.add("on " + colour(background));
            }
            attributes.forEach(a -> words.add(a.name().toLowerCase(Locale.ROOT)));
            return words.isEmpty() ? "default" : String.join(" ", words);
        }

        private static String colour(TextColor c) {
            if (c instanceof TextColor.ANSI ansi) {
                String n = ansi.name().toLowerCase(Locale.ROOT);
                return n.endsWith("_bright") ? "bright " + n.substring(0, n.length() - "_bright".length()) : n;
            }
            return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        }
    }

    private ScreenStyles() {
    }

    /** "-- styles, plain = default", then a line per row that has another style: " 7: green 10-17". */
    static String of(VirtualTerminal terminal) {
        TerminalSize size = terminal.getTerminalSize();
        Style[][] cells = new Style[size.getRows()][size.getColumns()];
        Map<Style, Integer> counts = new HashMap<>();
        Style plain = null;
        for (int r = 0; r < cells.length; r++) {
            for (int col = 0; col < cells[r].length; col++) {
                TextCharacter tc = terminal.getCharacter(col, r);
                Style s = Style.of(tc);
                cells[r][col] = s;
                if (tc.isDoubleWidth() && col + 1 < cells[r].length) {
                    cells[r][++col] = s;   // the right half looks as the character does
                }
                int n = counts.merge(s, 1, Integer::sum);
                if (s.attributes().isEmpty() && (plain == null || n > counts.get(plain))) {
                    plain = s;
                }
            }
        }
        if (plain == null) {
            plain = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class));
        }
        StringBuilder out = new StringBuilder("-- styles, plain = ").append(plain.name()).append('\n');
        for (int r = 0; r < cells.length; r++) {
            Map<Style, List<String>> runs = new LinkedHashMap<>();
            int col = 0;
            while (col < cells[r].length) {
                Style s = cells[r][col];
                int end = col;
                while (end + 1 < cells[r].length && cells[r][end + 1].equals(s)) {
                    end++;
                }
                if (!s.equals(plain)) {
                    runs.computeIfAbsent(s, k -> new ArrayList<>()).add(end == col ? "" + col : col + "-" + end);
                }
                col = end + 1;
            }
            if (!runs.isEmpty()) {
                List<String> styles = new ArrayList<>();
                Style p = plain;
                runs.forEach((style, columns) -> styles.add(style.describe(p) + " " + String.join(", ", columns)));
                out.append(String.format("%2d: ", r)).append(String.join("; ", styles)).append('\n');
            }
        }
        return out.toString();
    }
}
