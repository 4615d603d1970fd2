package org.endings.terminal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Word wrapping and truncation by display width (see {@link DisplayWidth}). Both run the text
 * through {@link Sanitizer} first (free when it is already clean), so what they return is safe to
 * put on a terminal and its measured width is what the terminal shows.
 */
public final class Wrap {
    private Wrap() {}

    private static final char ZERO_WIDTH_JOINER = '\u200D';
    /** Stands in for a character wider than the whole line (a wide character when width is 1). */
    private static final String TOO_WIDE = "\u2026";

    /**
     * The text wrapped into lines of at most {@code width} columns (less than 1 counts as 1).
     * Each {@code \n} starts a new paragraph and an empty paragraph stays as an empty line; lines
     * break at spaces, a word wider than the line is broken between characters (never inside a
     * grapheme cluster: a letter and its marks, an emoji sequence, a flag), spaces at a break and at
     * the end of a line are dropped, and a paragraph's leading spaces are kept when they fit.
     * Null gives no lines.
     */
    public static List<String> lines(String text, int width) {
        if (text == null) {
            return List.of();
        }
        int w = Math.max(1, width);
        List<String> last = WRAPPED.get(text, w);
        return last != null ? last : WRAPPED.put(text, w, Collections.unmodifiableList(wrap(text, w)));
    }

    /** The texts wrapped last, by text and width. */
    private static final Recent<List<String>> WRAPPED = new Recent<>(512);

    private static List<String> wrap(String text, int w) {
        List<String> result = new ArrayList<>();
        String s = Sanitizer.clean(text);
        int start = 0;
        while (true) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                paragraph(s, start, s.length(), w, result);
                break;
            }
            paragraph(s, start, end, w, result);
            start = end + 1;
        }
        return result;
    }

    private static void paragraph(String s, int from, int to, int width, List<String> out) {
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int i = from;
        while (i < to) {
            // The spaces before the next word, then the word itself.
            int spacesStart = i;
            while (i < to && s.charAt(i) == ' ') {
                i++;
            }
            int spaces = i - spacesStart;
            if (i == to) {
                break;   // trailing spaces are dropped
            }
            int wordStart = i;
            while (i < to && s.charAt(i) != ' ') {
                i++;
            }
            int wordWidth = DisplayWidth.of(s, wordStart, i);
            if (lineWidth + spaces + wordWidth <= width) {
                appendSpaces(line, spaces);
                line.append(s, wordStart, i);
                lineWidth += spaces + wordWidth;
                continue;
            }
            if (lineWidth > 0) {
                out.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= width) {
                line.append(s, wordStart, i);
                lineWidth = wordWidth;
                continue;
            }
            // A word wider than a whole line: break it between characters.
            int k = wordStart;
            while (k < i) {
                int clusterEnd = clusterEnd(s, k, i);
                int clusterWidth = DisplayWidth.of(s, k, clusterEnd);
                if (lineWidth + clusterWidth > width && lineWidth > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (clusterWidth > width) {
                    line.append(TOO_WIDE);
                    lineWidth += 1;
                } else {
                    line.append(s, k, clusterEnd);
                    lineWidth += clusterWidth;
                }
                k = clusterEnd;
            }
        }
        out.add(stripTrailingSpaces(line));
    }

    /**
     * The text cut to at most {@code width} columns, ending in {@code marker} (for instance "…")
     * when it had to be cut; unchanged (but sanitised, newlines shown as ␤) when it fits. If even
     * the marker does not fit, as much of the marker as fits.
     */
    public static String truncate(String s, int width, String marker) {
        String text = Sanitizer.cleanLine(s);
        int w = Math.max(0, width);
        if (DisplayWidth.of(text) <= w) {
            return text;
        }
        String mark = Sanitizer.cleanLine(marker);
        int markWidth = DisplayWidth.of(mark);
        if (markWidth > w) {
            return prefix(mark, w);
        }
        return prefix(text, w - markWidth) + mark;
    }

    /** The longest prefix of whole clusters at most {@code width} columns wide. */
    private static String prefix(String s, int width) {
        int used = 0;
        int k = 0;
        int n = s.length();
        while (k < n) {
            int end = clusterEnd(s, k, n);
            int cw = DisplayWidth.of(s, k, end);
            if (used + cw > width) {
                break;
            }
            used += cw;
            k = end;
        }
        // A joiner left dangling at the cut would glue the marker onto the last emoji.
        while (k > 0 && s.charAt(k - 1) == ZERO_WIDTH_JOINER) {
            k--;
        }
        return s.substring(0, k);
    }

    /** End of the grapheme cluster at {@code k}: a letter with its marks, an emoji sequence, a flag. */
    private static int clusterEnd(String s, int k, int limit) {
        return Graphemes.end(s, k, limit);
    }

    private static void appendSpaces(StringBuilder b, int n) {
        for (int k = 0; k < n; k++) {
            b.append(' ');
        }
    }

    private static String stripTrailingSpaces(StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }
}
