package org.endings.tui.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.endings.terminal.Sanitizer;

/**
 * Puts text on the clipboard of the terminal the reader sits at, through OSC 52, as tmux and
 * neovim do: the terminal (or tmux with set-clipboard on) takes it; one that does not ignores it.
 * The text is sanitised first and sent as base64, so nothing in it can reach the terminal raw.
 */
public final class Clipboard {
    private Clipboard() {
    }

    /** A terminal that can be sent bytes outside its cells. */
    public interface Raw extends Display.RowEraser {
        /** Writes with the frame being sent, flushed with it. */
        void escape(byte[] bytes) throws IOException;

        /**
         * Writes characters in the cells, as the terminal's putCharacter would one by one (encoded
         * alike, the same left out), in one write: a frame sends its text a run at a time.
         */
        void characters(CharSequence text) throws IOException;

        /**
         * Whether {@link #characters} encodes UTF-8: then a frame's cells may be sent as the bytes
         * each cell keeps ({@link #escape} with them is the same as {@link #characters} with their text).
         */
        default boolean utf8() {
            return false;
        }

        /** Sends what was written (a Lanterna terminal's own flush). */
        void flush() throws IOException;

        /** A terminal that takes raw bytes blanks the rest of a row with the code itself. */
        @Override
        default void eraseRestOfRow() throws IOException {
            escape(ERASE_REST_OF_ROW);
        }

        /** Writes and flushes at once. */
        default void raw(byte[] bytes) throws IOException {
            escape(bytes);
            flush();
        }
    }

    /** The bytes that ask the terminal to put {@code text} on its clipboard. */
    static byte[] osc52(String text) {
        String payload = Base64.getEncoder().encodeToString(Sanitizer.clean(text).getBytes(StandardCharsets.UTF_8));
        return ("\u001b]52;c;" + payload + "\u0007").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends {@code text} to the clipboard of {@code terminal}; false where it cannot be sent that way. */
    public static boolean copy(Object terminal, String text) throws IOException {
        if (terminal instanceof Raw raw) {
            raw.raw(osc52(text));
            return true;
        }
        return false;
    }
}
