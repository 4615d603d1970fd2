package org.endings.terminal;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON that is safe to print on a terminal: JSON escapes C0 controls already; these escapes add
 * DEL, C1 controls and bidi controls ({@link Sanitizer#isControl}), which JSON allows raw but a
 * terminal would act on. The text reads back the same.
 */
public final class JsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = deleteEscaped();

    /** JSON's own escapes, and DEL, which JSON allows raw. */
    private static int[] deleteEscaped() {
        int[] table = standardAsciiEscapesForJSON();
        table[0x7F] = ESCAPE_CUSTOM;
        return table;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch <= Character.MAX_VALUE && Sanitizer.isControl((char) ch)
                ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
