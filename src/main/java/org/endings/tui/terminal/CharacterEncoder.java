package org.endings.tui.terminal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Encodes what Lanterna hands the terminal one UTF-16 unit at a time into whole characters: a
 * surrogate pair becomes one four-byte UTF-8 character (Lanterna's own encoding turns it into
 * "??"), ASCII costs no allocation, and what the charset cannot encode becomes "?".
 */
public final class CharacterEncoder {
    private static final byte[][] ASCII = new byte[128][];
    private static final byte[] NOTHING = new byte[0];
    private static final byte[] QUESTION = {'?'};

    static {
        for (int i = 0; i < 128; i++) {
            ASCII[i] = new byte[] {(byte) i};
        }
    }

    private final Charset charset;
    private final CharsetEncoder encoder;
    private char pendingHigh;

    public CharacterEncoder(Charset charset) {
        this.charset = charset;
        this.encoder = charset.newEncoder();
    }

    public byte[] encode(char c) {
        if (c < 128 && pendingHigh == 0) {
            return ASCII[c];
        }
        if (Character.isHighSurrogate(c)) {
            byte[] dropped = pendingHigh != 0 ? QUESTION : NOTHING;
            pendingHigh = c;
            return dropped;
        }
        String s;
        if (Character.isLowSurrogate(c) && pendingHigh != 0) {
            s = new String(new char[] {pendingHigh, c});
        } else if (Character.isSurrogate(c)) {
            s = "?";
        } else {
            s = (pendingHigh != 0 ? "?" : "") + c;
        }
        pendingHigh = 0;
        if (!StandardCharsets.UTF_8.equals(charset) && !encoder.canEncode(s)) {
            return QUESTION;
        }
        return s.getBytes(charset);
    }
}
