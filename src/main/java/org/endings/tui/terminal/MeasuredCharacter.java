package org.endings.tui.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;

/**
 * A cell whose text, width and attributes are worked out once, when the glyph is made. Its text
 * is a whole grapheme cluster (a letter with its marks, a ZWJ emoji sequence, a flag), which
 * Lanterna would split into several cells or measure by its own guess (it takes "स्" for two
 * columns); its width is the one the explorer measured, which the {@link Display} trusts. Lanterna 3.1.5
 * answers {@code isDoubleWidth} through {@code Character.UnicodeBlock.of} and an emoji check each
 * time it is asked, and {@code getModifiers} with a new copy of its set; the {@link Display} asks
 * both of every changed cell of every frame. Glyphs are cached, so each is worked out once per
 * glyph and style.
 */
public final class MeasuredCharacter extends TextCharacter {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final boolean doubleWidth;
    private final int attributes;
    /** The address the cell links to (OSC 8), or null; the same id for every cell of one link. */
    private final String link;
    private final int linkId;

    public MeasuredCharacter(TextCharacter made) {
        this(made, made.getCharacterString(), made.isDoubleWidth());
    }

    /** A cell of {@code text} in the colours and attributes of {@code styled}, 2 columns or 1. */
    public MeasuredCharacter(TextCharacter styled, String text, boolean doubleWidth) {
        this(styled, text, doubleWidth, null, 0);
    }

    private MeasuredCharacter(TextCharacter styled, String text, boolean doubleWidth, String link, int linkId) {
        super(styled);
        this.text = text;
        this.doubleWidth = doubleWidth;
        this.attributes = attributesOf(styled);
        this.link = link;
        this.linkId = linkId;
    }

    /** The same cell, linking to {@code address}: one of the cells of link {@code id}. */
    public MeasuredCharacter linkedTo(String address, int id) {
        return new MeasuredCharacter(this, text, doubleWidth, address, id);
    }

    /** The address the cell links to, or null. */
    String link() {
        return link;
    }

    int linkId() {
        return linkId;
    }

    @Override
    public String getCharacterString() {
        return text;
    }

    /** The same colours and attributes around another character, one column wide. */
    @Override
    public TextCharacter withCharacter(char character) {
        return new MeasuredCharacter(this, String.valueOf(character), false, link, linkId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeasuredCharacter m && m.doubleWidth == doubleWidth && m.attributes == attributes
                && m.text.equals(text) && m.getForegroundColor().equals(getForegroundColor())
                && m.getBackgroundColor().equals(getBackgroundColor())
                && java.util.Objects.equals(m.link, link) && m.linkId == linkId;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + attributes;
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
