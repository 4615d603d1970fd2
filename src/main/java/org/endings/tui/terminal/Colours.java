package org.endings.tui.terminal;

import java.util.Locale;

import com.googlecode.lanterna.TextColor;

/**
 * Lanterna's sixteen colours, made once, under {@link Locale#US}.
 *
 * <p>Lanterna makes each colour's escape bytes with {@code String.format("%d%d", …)} in the
 * default format locale. Under a locale whose digits are not ASCII (ar, fa, hi-IN-u-nu-deva, …)
 * those bytes are not an escape a terminal reads ({@code ESC [ ٣١ m}), and under any locale but
 * en-US the first format loads the locale's number symbols, ~8 ms of the explorer's start on the
 * thread drawing its first frame. Made here under en-US, whose digits are ASCII and which the
 * formatter takes without looking anything up. The {@link Display} does not rely on it for what
 * it writes: it turns any digit into ASCII itself (a colour first touched elsewhere).
 */
public final class Colours {
    private static boolean made;

    private Colours() {
    }

    /**
     * Makes Lanterna's colours now, unless they are made: call before anything touches
     * {@link TextColor.ANSI}. Thread-safe; only the default format locale
     * changes, for the moment it takes, and it is put back.
     */
    public static synchronized void ready() {
        if (made) {
            return;
        }
        made = true;
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        try {
            TextColor.ANSI.DEFAULT.hashCode();
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
