package org.endings.text;

/**
 * How the text mode speaks: {@code prompt} prints "> " before each command (only when a person
 * types at a terminal, so that piped output stays clean), {@code color} allows colour (only with
 * --color), {@code wrap} hard-wraps lines at that many columns (0: never, the terminal or braille
 * display wraps).
 */
public record TextOptions(boolean prompt, boolean color, int wrap) {
    public TextOptions {
        if (wrap < 0) {
            throw new IllegalArgumentException("wrap must be 0 (no wrapping) or a number of columns, not " + wrap);
        }
    }

    /** No prompt, no colour, no wrapping: what a pipe gets. */
    public static TextOptions plain() {
        return new TextOptions(false, false, 0);
    }
}
