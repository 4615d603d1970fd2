package org.endings.terminal;

/**
 * The one sanitiser for untrusted text (model files, command-line arguments, error messages)
 * before it reaches a terminal, because Lanterna's putString throws on ESC, BEL and NUL and passes
 * C1 and bidi controls through, and Jackson and Picocli echo raw ESC in their messages.
 *
 * <p>What changes: C0 controls other than newline and tab become their Unicode Control Pictures
 * (ESC → ␛, BEL → ␇, NUL → ␀, CR → ␍), DEL becomes ␡, tabs become spaces up to the next multiple
 * of 8 columns, and C1 controls, bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), the line and paragraph separators U+2028 and U+2029 and lone surrogates become
 * {@code ⟨U+XXXX⟩}. Everything else, typographic punctuation, emoji and CJK included, is kept.
 * Text that needs no change comes back as the same instance, so the common case allocates nothing.
 */
public final class Sanitizer {
    private Sanitizer() {}

    private static final int TAB_STOP = 8;
    private static final char OPEN = '\u27E8';   // ⟨
    private static final char CLOSE = '\u27E9';  // ⟩
    private static final char SYMBOL_FOR_NEWLINE = '\u2424';  // ␤
    private static final char SYMBOL_FOR_DELETE = '\u2421';   // ␡

    /** The text made safe for a terminal, newlines kept; null gives "". */
    public static String clean(String s) {
        return clean(s, false);
    }

    /** As {@link #clean}, but a newline too becomes ␤: for one-line places like errors and headers. */
    public static String cleanLine(String s) {
        return clean(s, true);
    }

    /** Whether {@link #clean} would give back the text unchanged; false for null. Allocates nothing. */
    public static boolean isSafe(String s) {
        return s != null && firstUnsafe(s, false) < 0;
    }

    /** Whether {@link #cleanLine} would give back the text unchanged; false for null. */
    public static boolean isSafeLine(String s) {
        return s != null && firstUnsafe(s, true) < 0;
    }

    private static String clean(String s, boolean oneLine) {
        if (s == null) {
            return "";
        }
        int first = firstUnsafe(s, oneLine);
        if (first < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 16);
        out.append(s, 0, first);
        // Tab stops count display columns from the last newline written; the columns of what has
        // been written since are measured lazily, only when a tab turns up.
        int measured = oneLine ? 0 : s.lastIndexOf('\n', first - 1) + 1;
        int column = 0;
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else if (c == '\n') {
                if (oneLine) {
                    out.append(SYMBOL_FOR_NEWLINE);
                } else {
                    out.append(c);
                    measured = out.length();
                    column = 0;
                }
            } else if (c == '\t') {
                column += DisplayWidth.of(out, measured, out.length());
                int spaces = TAB_STOP - column % TAB_STOP;
                for (int k = 0; k < spaces; k++) {
                    out.append(' ');
                }
                column += spaces;
                measured = out.length();
            } else if (c < 0x20) {
                out.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                out.append(SYMBOL_FOR_DELETE);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (isPlaceholdered(c)) {
                appendCodePoint(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Index of the first char that clean would change, or -1. */
    private static int firstUnsafe(String s, boolean oneLine) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\n' || oneLine) {
                    return i;
                }
            } else if (c == 0x7F) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (isPlaceholdered(c)) {
                return i;   // includes a lone low surrogate
            }
        }
        return -1;
    }

    /**
     * Whether a terminal would act on this character rather than show it: C0 controls, DEL, C1
     * controls, bidi controls and U+2028/U+2029. The one list of them: printers that escape rather
     * than replace (compiler-style messages, JSON lines) ask it too.
     */
    public static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F || (isPlaceholdered(c) && !Character.isSurrogate(c));
    }

    /** C1 controls, bidi controls, U+2028/U+2029 and (unpaired) surrogates. */
    private static boolean isPlaceholdered(char c) {
        if (c < 0x00A0) {
            return c >= 0x0080;
        }
        if (c < 0x061C) {
            return false;
        }
        return c == 0x061C
                || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate(c);
    }

    private static void appendCodePoint(StringBuilder out, int cp) {
        out.append(OPEN).append("U+");
        String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        for (int k = hex.length(); k < 4; k++) {
            out.append('0');
        }
        out.append(hex).append(CLOSE);
    }
}
