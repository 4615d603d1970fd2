package org.endings.tui.terminal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.googlecode.lanterna.TerminalTextUtils;

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
    private final boolean utf8;
    private char pendingHigh;

    public CharacterEncoder(Charset charset) {
        this.charset = charset;
        this.encoder = charset.newEncoder();
        this.utf8 = StandardCharsets.UTF_8.equals(charset);
    }

    /**
     * A run of characters as {@link #encode(char)} gives them one by one, in one array, leaving out
     * what Lanterna's putCharacter leaves out (a control character other than tab, line feed and
     * backspace): a frame's text goes to the terminal a run at a time, not a call per character.
     */
    public byte[] encode(CharSequence text) {
        int n = text.length();
        byte[] out = new byte[n + 8];
        int at = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!TerminalTextUtils.isPrintableCharacter(c)) {
                continue;
            }
            if (utf8 && pendingHigh == 0 && c >= 128 && !Character.isSurrogate(c)) {
                // a character of the BMP in UTF-8, written in place: a typographic quote, a dash, an ellipsis
                if (at + 3 > out.length) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, at + 3));
                }
                if (c < 0x800) {
                    out[at++] = (byte) (0xC0 | c >> 6);
                } else {
                    out[at++] = (byte) (0xE0 | c >> 12);
                    out[at++] = (byte) (0x80 | (c >> 6 & 0x3F));
                }
                out[at++] = (byte) (0x80 | (c & 0x3F));
                continue;
            }
            byte[] bytes = c < 128 && pendingHigh == 0 ? null : encode(c);
            int more = bytes == null ? 1 : bytes.length;
            if (at + more > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, at + more));
            }
            if (bytes == null) {
                out[at++] = (byte) c;
            } else {
                System.arraycopy(bytes, 0, out, at, bytes.length);
                at += bytes.length;
            }
        }
        return at == out.length ? out : Arrays.copyOf(out, at);
    }

    /** Whether this encodes UTF-8. */
    public boolean utf8() {
        return utf8;
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
        if (!utf8 && !encoder.canEncode(s)) {
            return QUESTION;
        }
        return s.getBytes(charset);
    }
}
