package org.endings.model;

import java.util.Objects;

import org.endings.terminal.Sanitizer;

/**
 * A model file that cannot be read: where, and what was expected there. {@link #getMessage()} is one line
 * in the style of a compiler, {@code file:line:col: error: /json/pointer: detail}; the pointer part is
 * left out for the document root, and the line and column for problems with the file as a whole
 * ({@code line() == 0}). Every control or bidi character taken from the file is shown as a
 * {@code \}{@code uXXXX} escape, so the message is safe to print on a terminal.
 */
public final class ModelException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The longest a value from the file is shown in a message. */
    static final int QUOTE_LIMIT = 60;

    private final String file;
    private final int line;
    private final int column;
    private final String pointer;
    private final String detail;

    /**
     * @param line    1-based, or 0 when the problem is with the file as a whole
     * @param column  1-based, or 0 with line 0
     * @param pointer RFC 6901 JSON pointer of the offending value, "" for the root
     * @param detail  what is wrong and what was expected, lower case, no full stop
     */
    public ModelException(String file, int line, int column, String pointer, String detail) {
        super(null, null, false, false);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.detail = escape(Objects.requireNonNull(detail, "detail"));
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The JSON pointer as found in the file (not escaped for display); "" for the root. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong and what was expected, safe to print. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        StringBuilder b = new StringBuilder(file.length() + pointer.length() + detail.length() + 24);
        b.append(file);
        if (line > 0) {
            b.append(':').append(line).append(':').append(column);
        }
        b.append(": error: ");
        if (!pointer.isEmpty()) {
            b.append(pointer).append(": ");
        }
        b.append(detail);
        return escape(b);
    }

    /** True for the characters a message must never carry raw: C0 and C1 controls, DEL and bidi controls. */
    static boolean unsafe(char c) {
        return Sanitizer.isControl(c);
    }

    /** {@code s} with every unsafe character replaced by a {@code \}{@code uXXXX} escape. */
    static String escape(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                appendUnicodeEscape(b, c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Text from the file in double quotes, as JSON would write it: quote and backslash escaped, unsafe
     * characters as {@code \}{@code uXXXX}; cut to about 60 characters with "..." when longer.
     */
    static String quote(String s) {
        String shown = shorten(s);
        StringBuilder b = new StringBuilder(shown.length() + 8).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (unsafe(c)) {
                appendUnicodeEscape(b, c);
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /**
     * A value as a message shows it: one longer than 60 characters cut to its start and "...", never
     * between the two halves of a character. The loader's words, the validator's ids and the parts
     * of a pointer are all cut so.
     */
    static String shorten(String s) {
        if (s.length() <= QUOTE_LIMIT) {
            return s;
        }
        int end = QUOTE_LIMIT - 3;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "...";
    }

    private static void appendUnicodeEscape(StringBuilder b, char c) {
        String hex = Integer.toHexString(c);
        b.append("\\u");
        for (int k = hex.length(); k < 4; k++) {
            b.append('0');
        }
        b.append(hex);
    }
}
