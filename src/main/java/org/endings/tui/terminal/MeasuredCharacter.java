package org.endings.tui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;

/**
 * A cell whose width and attributes are worked out once, when the glyph is made. Lanterna 3.1.5
 * answers {@code isDoubleWidth} through {@code Character.UnicodeBlock.of} and an emoji check each
 * time it is asked, and {@code getModifiers} with a new copy of its set; the {@link Display} asks
 * both of every changed cell of every frame. Glyphs are cached, so each is worked out once per
 * glyph and style.
 */
public final class MeasuredCharacter extends TextCharacter {
    private static final long serialVersionUID = 1L;

    private final boolean doubleWidth;
    private final int attributes;

    public MeasuredCharacter(TextCharacter made) {
        super(made);
        this.doubleWidth = made.isDoubleWidth();
        this.attributes = attributesOf(made);
    }

    @Override
    public boolean isDoubleWidth() {
        return doubleWidth;
    }

    /** The cell's attributes as bits, 1 << {@link SGR#ordinal()} each. */
    int attributes() {
        return attributes;
    }

    static int attributesOf(TextCharacter cell) {
        int bits = 0;
        for (SGR sgr : cell.getModifiers()) {
            bits |= 1 << sgr.ordinal();
        }
        return bits;
    }
}
