package org.endings.tui;

import com.googlecode.lanterna.TextCharacter;

/**
 * A cell whose width is worked out once, when the glyph is made. Lanterna 3.1.5 asks every cell
 * whether it is double width on every set and again on every refresh, and answers through
 * {@code Character.UnicodeBlock.of} and an emoji check each time: about half of a frame's work
 * at 120×50 before this. Glyphs are cached, so the question is asked once per glyph and style.
 */
final class MeasuredCharacter extends TextCharacter {
    private static final long serialVersionUID = 1L;

    private final boolean doubleWidth;

    MeasuredCharacter(TextCharacter made) {
        super(made);
        this.doubleWidth = made.isDoubleWidth();
    }

    @Override
    public boolean isDoubleWidth() {
        return doubleWidth;
    }
}
