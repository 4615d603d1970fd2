package org.endings.tui;

import java.util.Objects;

/**
 * How the full-screen explorer looks: {@code color} is false under NO_COLOR, --no-color or
 * TERM=dumb; {@code theme} is "default" or "high-contrast"; {@code ascii} draws no box-drawing
 * or other non-ASCII decoration, for a locale that is not UTF-8; {@code debug} (--debug) adds a
 * stack trace to the one line that reports an internal error; {@code links} writes a source's
 * address as a terminal hyperlink (OSC 8), where the terminal is known to show them.
 */
public record TuiOptions(boolean color, String theme, boolean ascii, boolean debug, boolean links) {
    public static final String DEFAULT_THEME = "default";
    public static final String HIGH_CONTRAST = "high-contrast";

    /** Colour, the default theme, Unicode. */
    public static final TuiOptions DEFAULT = new TuiOptions(true, DEFAULT_THEME, false);

    /** Options without --debug: an internal error is told in one line, without a stack trace. */
    public TuiOptions(boolean color, String theme, boolean ascii) {
        this(color, theme, ascii, false, false);
    }

    /** Options without hyperlinks. */
    public TuiOptions(boolean color, String theme, boolean ascii, boolean debug) {
        this(color, theme, ascii, debug, false);
    }

    public TuiOptions {
        Objects.requireNonNull(theme, "theme");
        if (!theme.equals(DEFAULT_THEME) && !theme.equals(HIGH_CONTRAST)) {
            throw new IllegalArgumentException("Unknown theme \"" + theme + "\": use " + DEFAULT_THEME + " or " + HIGH_CONTRAST + ".");
        }
    }
}
