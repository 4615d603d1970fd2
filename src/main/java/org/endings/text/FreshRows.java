package org.endings.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.endings.terminal.DisplayWidth;

/**
 * Keeps every answer heard whole, even one written a second time. A console screen reader does not
 * read what a program writes: it compares the screen before and after and speaks the rows that are
 * new (Fenrir does it with a line diff, NVDA's console much the same). A row written again while its
 * twin is still on the screen is matched with the twin and never spoken: {@code look} on a page that
 * fills most of the screen was heard as the old page's last rows, or not at all.
 *
 * <p>So this remembers the rows the screen may still show, the answers and the typed commands
 * alike, and gives a row that would repeat one of them a no-break space (U+00A0) at its end, or,
 * where the row is full, in place of one of its spaces: it looks and is read the same, but is a row
 * the screen has not shown. Only at a terminal; a pipe gets the text as it is.
 */
final class FreshRows {
    /** Rows remembered: more than any screen shows; a row varied needlessly looks and reads the same. */
    static final int KEPT = 60;
    static final char NO_BREAK_SPACE = '\u00A0';

    private final ArrayDeque<String> shown = new ArrayDeque<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** A row the terminal shows without the program writing it: the prompt and the command typed after it. */
    void typed(String row) {
        remember(row);
    }

    /**
     * The lines to write, each row that would repeat one still on the screen (or one before it in
     * this answer) made new; rows are {@code width} columns wide, so that a line the terminal wraps is
     * checked row by row.
     */
    List<Answer.Written> fresh(List<Answer.Written> lines, int width) {
        List<Answer.Written> out = new ArrayList<>(lines.size());
        for (Answer.Written line : lines) {
            List<String> rows = rows(line.text(), width);
            StringBuilder text = new StringBuilder(line.text().length() + 2);
            for (int i = 0; i < rows.size(); i++) {
                String row = fresh(rows.get(i), width, i == rows.size() - 1);
                remember(row);
                text.append(row);
            }
            out.add(new Answer.Written(line.kind(), text.toString()));
        }
        return out;
    }

    /** {@code row}, or the first of its variants the screen does not show. */
    private String fresh(String row, int width, boolean last) {
        if (!counts.containsKey(key(row))) {
            return row;
        }
        for (int k = 1; k <= KEPT; k++) {
            String variant = variant(row, k, width, last);
            if (variant == null) {
                break;
            }
            if (!counts.containsKey(key(variant))) {
                return variant;
            }
        }
        return row;
    }

    /**
     * The k-th variant: k no-break spaces after the row when they fit (and the row ends its line, so
     * that nothing moves), else the k-th space from the end made a no-break space; null when there is
     * none.
     */
    private static String variant(String row, int k, int width, boolean last) {
        if (last && DisplayWidth.of(row) + k <= width) {
            return row + String.valueOf(NO_BREAK_SPACE).repeat(k);
        }
        int at = row.length();
        for (int i = 0; i < k; i++) {
            at = row.lastIndexOf(' ', at - 1);
            if (at < 0) {
                return null;
            }
        }
        return row.substring(0, at) + NO_BREAK_SPACE + row.substring(at + 1);
    }

    private void remember(String row) {
        String key = key(row);
        shown.addLast(key);
        counts.merge(key, 1, Integer::sum);
        if (shown.size() > KEPT) {
            String gone = shown.removeFirst();
            counts.computeIfPresent(gone, (k, n) -> n == 1 ? null : n - 1);
        }
    }

    /** A row as the screen reader compares it: runs of spaces as one, none at the end. */
    private static String key(String row) {
        return row.replaceAll(" +", " ").stripTrailing();
    }

    /** The text cut into rows of {@code width} columns, as a terminal wraps it. */
    static List<String> rows(String text, int width) {
        List<String> rows = new ArrayList<>();
        int start = 0;
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > width && used > 0) {
                rows.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += w;
            i += Character.charCount(cp);
        }
        rows.add(text.substring(start));
        return rows;
    }
}
