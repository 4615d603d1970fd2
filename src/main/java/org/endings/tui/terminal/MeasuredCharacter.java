package org.endings.tui.terminal;

import java.util.EnumSet;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

/**
 * A cell of the screen: its text, colours, attributes and width, worked out once, when the glyph
 * is made. Its text is a whole grapheme cluster (a letter with its marks, a ZWJ emoji sequence, a
 * flag), which Lanterna would split into several cells or measure by its own guess (it takes "स्"
 * for two columns); its width is the one the explorer measured, which the {@link Display} trusts.
 *
 * <p>A class of its own, not Lanterna's {@code TextCharacter}: each of those checks its text with a
 * new {@code java.text.BreakIterator} and interns it, and the first one in a program loads the
 * break rules (~8 ms of the explorer's start, on the thread drawing the first frame, and ~200 more
 * of them for its cells), answers {@code isDoubleWidth} through {@code Character.UnicodeBlock.of}
 * and {@code getModifiers} with a new copy of its set. Glyphs are cached, so each is made once per
 * glyph and style.
 */
public final class MeasuredCharacter {
    private static final SGR[] SGRS = SGR.values();

    private final String text;
    private final TextColor foreground;
    private final TextColor background;
    private final boolean doubleWidth;
    /** The attributes as bits, 1 << {@link SGR#ordinal()} each. */
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
    /** Equal to no other cell: what a cleared terminal shows, which any cell put there is written over. */
    private final boolean alone;
    /** A space in the terminal's own colours, no attribute, no link: what an erase leaves. */
    private final boolean blank;
    /** The text as a UTF-8 terminal is sent it, made at its first frame (see {@link #utf8()}). */
    private volatile byte[] utf8;

    private MeasuredCharacter(String text, TextColor foreground, TextColor background, int attributes,
            boolean doubleWidth, String link, int linkId, boolean canonical, boolean alone) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a cell holds at least one character");
        }
        this.text = text;
        this.foreground = java.util.Objects.requireNonNull(foreground);
        this.background = java.util.Objects.requireNonNull(background);
        this.attributes = attributes;
        this.doubleWidth = doubleWidth;
        this.link = link;
        this.linkId = linkId;
        this.canonical = canonical;
        this.alone = alone;
        this.blank = text.equals(" ") && foreground == TextColor.ANSI.DEFAULT && background == TextColor.ANSI.DEFAULT
                && attributes == 0 && link == null;
    }

    /** A space in these colours and attributes: the style the glyph table makes its cells from. */
    public static MeasuredCharacter styled(TextColor foreground, TextColor background, EnumSet<SGR> attributes) {
        return new MeasuredCharacter(" ", foreground, background, bits(attributes), false, null, 0, false, false);
    }

    /** A cell of {@code text}, one column wide, in these colours and attributes. */
    public static MeasuredCharacter of(String text, TextColor foreground, TextColor background, SGR... attributes) {
        return new MeasuredCharacter(text, foreground, background, bits(java.util.Arrays.asList(attributes)), false, null, 0,
                false, false);
    }

    /** A space in the terminal's own colours, equal to no other cell, not even another space like it. */
    static MeasuredCharacter alone() {
        return new MeasuredCharacter(" ", TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, 0, false, null, 0, false, true);
    }

    /**
     * A cell of {@code text} in the colours and attributes of {@code styled}, 2 columns or 1, for a
     * table of glyphs that makes this cell once and hands out that one object for its text, width
     * and style (see {@link #canonical}).
     */
    public static MeasuredCharacter canonical(MeasuredCharacter styled, String text, boolean doubleWidth) {
        return new MeasuredCharacter(text, styled.foreground, styled.background, styled.attributes, doubleWidth, null, 0,
                true, false);
    }

    /** Whether two cells are known to differ without comparing them: both canonical and not the same. */
    static boolean distinctCanonical(MeasuredCharacter a, MeasuredCharacter b) {
        return a != b && a.canonical && b.canonical;
    }

    /** The same cell, linking to {@code address}: one of the cells of link {@code id}. */
    public MeasuredCharacter linkedTo(String address, int id) {
        return new MeasuredCharacter(text, foreground, background, attributes, doubleWidth, address, id, false, false);
    }

    /** The same colours and attributes around another character, one column wide. */
    public MeasuredCharacter withCharacter(char character) {
        return new MeasuredCharacter(String.valueOf(character), foreground, background, attributes, false, link, linkId,
                false, false);
    }

    /** The address the cell links to, or null. */
    String link() {
        return link;
    }

    int linkId() {
        return linkId;
    }

    /** The cell's text: one grapheme cluster. */
    public String getCharacterString() {
        return text;
    }

    public TextColor getForegroundColor() {
        return foreground;
    }

    public TextColor getBackgroundColor() {
        return background;
    }

    /** The attributes, as a set of their own. */
    public EnumSet<SGR> getModifiers() {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR sgr : SGRS) {
            if ((attributes & 1 << sgr.ordinal()) != 0) {
                set.add(sgr);
            }
        }
        return set;
    }

    public boolean isDoubleWidth() {
        return doubleWidth;
    }

    /** The cell's attributes as bits, 1 << {@link SGR#ordinal()} each. */
    int attributes() {
        return attributes;
    }

    /** A space in the terminal's own colours, with no attribute and no link: what an erase leaves. */
    boolean blank() {
        return blank;
    }

    /**
     * The bytes a UTF-8 terminal is sent for this cell, as {@link CharacterEncoder} makes them from
     * its text: made once, the first time the cell is sent, since cells are kept and sent again and
     * again. (Two threads may both make them; either's are the same.)
     */
    byte[] utf8() {
        byte[] bytes = utf8;
        if (bytes == null) {
            bytes = new CharacterEncoder(java.nio.charset.StandardCharsets.UTF_8).encode(text);
            utf8 = bytes;
        }
        return bytes;
    }

    private static int bits(Iterable<SGR> attributes) {
        int bits = 0;
        for (SGR sgr : attributes) {
            bits |= 1 << sgr.ordinal();
        }
        return bits;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        return other instanceof MeasuredCharacter m && !alone && !m.alone && m.doubleWidth == doubleWidth
                && m.attributes == attributes && m.text.equals(text) && m.foreground.equals(foreground)
                && m.background.equals(background) && java.util.Objects.equals(m.link, link) && m.linkId == linkId;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + attributes;
    }

    @Override
    public String toString() {
        return "MeasuredCharacter{" + text + ", " + foreground + " on " + background + ", " + getModifiers()
                + (doubleWidth ? ", 2 columns" : "") + (link != null ? ", link " + linkId : "") + "}";
    }
}
