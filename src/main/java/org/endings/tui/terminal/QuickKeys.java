package org.endings.tui.terminal;

import java.io.IOException;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A key typed on its own (a letter, a digit, Space, Enter, Tab, Backspace) taken straight from the
 * terminal's bytes, without Lanterna's decoder, which tries every one of its ~100 patterns on each
 * character: 0.1 ms of a key's 1.2 in the explorer, measured from the read to the decoded key on a
 * machine that had been idle between keys. Anything else (an escape sequence, a character of more
 * than one byte, several bytes at once as from a paste) goes to the decoder as before.
 *
 * <p>The quick way is taken only while the decoder holds nothing: from the start, and after it last
 * said there is no key, which it says only when it has taken every byte there was and holds no
 * part of a sequence. Every sequence but one begins with ESC, which is a key of its own when alone,
 * so no part of one is left behind; the one is CR NUL (Enter on some terminals), whose CR the
 * decoder keeps, waiting for the NUL: after a CR it is the decoder's turn again. The keys made are
 * those the decoder makes for the same byte ({@code QuickKeysTest} holds them to it).
 */
public final class QuickKeys {
    /** The bytes taken the quick way when alone: Tab, Enter (LF), Backspace (DEL), Space and the printable ASCII characters. */
    private static final boolean[] SIMPLE = new boolean[128];

    static {
        SIMPLE['\t'] = true;
        SIMPLE['\n'] = true;   // Enter, as the terminal's settings leave it (icrnl)
        SIMPLE[0x7F] = true;
        for (int c = 0x20; c < 0x7F; c++) {
            SIMPLE[c] = true;
        }
    }

    /** What decodes every other key: Lanterna's decoder, through the terminal. */
    public interface Decoder {
        KeyStroke next() throws IOException;
    }

    private final TtyInput input;
    /** The decoder holds no byte: it has taken none yet, or last said there was no key. */
    private boolean decoderEmpty = true;

    public QuickKeys(TtyInput input) {
        this.input = input;
    }

    /** The next key, or null when none is there yet. */
    public KeyStroke poll(Decoder decoder) throws IOException {
        if (decoderEmpty) {
            int b = input.takeLone(SIMPLE);
            if (b >= 0) {
                return key(b);
            }
        }
        KeyStroke key = decoder.next();
        decoderEmpty = key == null && input.lastTaken() != '\r';
        return key;
    }

    /**
     * The key the quick way, when a lone key is all there is and the decoder holds nothing; null
     * otherwise, and then nothing is taken (the decoder is not asked).
     */
    public KeyStroke pollLone() {
        if (decoderEmpty) {
            int b = input.takeLone(SIMPLE);
            if (b >= 0) {
                return key(b);
            }
        }
        return null;
    }

    /** After a blocking read through the decoder, which may leave bytes in it. */
    public void decoderUsed() {
        decoderEmpty = false;
    }

    /** The key Lanterna's decoder makes of the byte {@code b} alone. */
    static KeyStroke key(int b) {
        switch (b) {
            case '\t':
                return new KeyStroke(KeyType.Tab);
            case '\n':
                return new KeyStroke(KeyType.Enter);
            case 0x7F:
                return new KeyStroke(KeyType.Backspace);
            default:
                return new KeyStroke((char) b, false, false);
        }
    }

    /** Whether {@link #poll} may take {@code b} the quick way; for tests. */
    static boolean simple(int b) {
        return b >= 0 && b < SIMPLE.length && SIMPLE[b];
    }
}
