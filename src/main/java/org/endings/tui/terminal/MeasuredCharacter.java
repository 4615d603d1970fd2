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
    /**
     * Made by a table that hands out one cell for each text, width and style: two such cells that
     * are not the same object are taken to differ, and the {@link Display} asks no equals (most of a
     * frame's changed cells, and a seventh of its time). Where two are equal after all (an ASCII
     * stand-in and the character itself), the cell is only written again.
     */
    private final boolean canonical;

    public MeasuredCharacter(TextCharacter made) {
        this(made, made.getCharacterString(), made.isDoubleWidth());
    }

    /** A cell of {@code text} in the colours and attributes of {@code styled}, 2 columns or 1. */
    private MeasuredCharacter(TextCharacter styled, String text, boolean doubleWidth) {
        this(styled, text, doubleWidth, null, 0, false);
    }

    private MeasuredCharacter(TextCharacter styled, String text, boolean doubleWidth, String link, int linkId,
            boolean canonical) {
        super(styled);
        this.text = text;
        this.doubleWidth = doubleWidth;
        this.attributes = attributesOf(styled);
        this.link = link;
        this.linkId = linkId;
        this.canonical = canonical;
    }

    /**
     * A cell of {@code text} in the colours and attributes of {@code styled}, 2 columns or 1, for a
     * table of glyphs that makes this cell once and hands out that one object for its text, width
     * and style (see {@link #canonical}).
     */
    public static MeasuredCharacter canonical(TextCharacter styled, String text, boolean doubleWidth) {
        return new MeasuredCharacter(styled, text, doubleWidth, null, 0, true);
    }

    /** Whether two cells are known to differ without comparing them: both canonical and not the same. */
    static boolean distinctCanonical(TextCharacter a, TextCharacter b) {
        return a != b && a instanceof MeasuredCharacter m && m.canonical && b instanceof MeasuredCharacter n && n.canonical;
    }

    /** The same cell, linking to {@code address}: one of the cells of link {@code id}. */
    public MeasuredCharacter linkedTo(String address, int id) {
        return new MeasuredCharacter(this, text, doubleWidth, address, id, false);
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
        return new MeasuredCharacter(this, String.valueOf(character), false, link, linkId, false);
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
