package org.endings.tui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.googlecode.lanterna.SGR;

import org.endings.terminal.DisplayWidth;
import org.endings.tui.terminal.MeasuredCharacter;

/**
 * The screen cells the painter puts down, made once and kept: even our own cells, which need no
 * BreakIterator as Lanterna's did, cost a cluster's measure and a style's colours to make.
 *
 * <p>A cell holds a whole grapheme cluster, unchanged (every combining mark and joiner kept), and
 * is as wide as {@link org.endings.terminal.Graphemes#width} says, the measure the wrapping used:
 * Lanterna's own guess (a letter with a combining mark for two columns, a watch emoji for one) is
 * never asked. Text arrives sanitised; a control character that slipped through still never
 * reaches the terminal.
 */
final class Glyphs {
    private static final int STYLES = Role.values().length * 2;
    private static final char REPLACEMENT = '\uFFFD';

    private final Theme theme;
    private final boolean ascii;
    private final MeasuredCharacter[][] single = new MeasuredCharacter[STYLES][128];
    private final List<Map<String, MeasuredCharacter>> clusters = new ArrayList<>(STYLES);


    /**
     * A hyphen between two letters ("writer-director") as a non-breaking hyphen, U+2011: it looks
     * the same, no line breaks there, and a screen reader does not read it out as "dash". The
     * model's text is not changed; only what the screen shows of it (an ASCII terminal gets "-").
     */
    static String heard(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        String last = HEARD.get(text, 0);
        return last != null ? last : HEARD.put(text, 0, org.endings.terminal.Hyphens.unbreakable(text));
    }

    /** The texts with hyphens made unbreakable last. */
    private static final org.endings.terminal.Recent<String> HEARD = new org.endings.terminal.Recent<>(256);

    Glyphs(Theme theme, boolean ascii) {
        this.theme = theme;
        this.ascii = ascii;
        for (int i = 0; i < STYLES; i++) {
            clusters.add(new HashMap<>());
        }
    }

    boolean ascii() {
        return ascii;
    }

    static int styleId(Role role, boolean reverse) {
        return role.ordinal() * 2 + (reverse ? 1 : 0);
    }

    /**
     * The cells {@link #ascii} has made in one style, by character below 128; null where none is
     * made yet ({@link #ascii} makes it). Cells are made as they are first drawn: the first frame
     * draws in a dozen styles, and making every character of each cost it milliseconds.
     */
    MeasuredCharacter[] asciiRow(int style) {
        return single[style];
    }

    /** The cell for a printable ASCII character (a space for anything else below 128). */
    MeasuredCharacter ascii(char c, int style) {
        MeasuredCharacter[] row = single[style];
        MeasuredCharacter tc = row[c];
        if (tc == null) {
            int i = c < 0x20 || c == 0x7F ? ' ' : c;
            tc = row[i];
            if (tc == null) {
                tc = make(String.valueOf((char) i), style);
                row[i] = tc;
            }
            row[c] = tc;   // a control character: the space's own cell
        }
        return tc;
    }

    /**
     * The cell for one character of the BMP past ASCII, alone, {@code width} columns wide: as
     * {@link #cluster} gives it for the same character as a string, without making that string
     * (a typographic quote or dash on every row of a frame). Kept in a small table a style, by
     * character and width, the last cell made winning a slot.
     */
    MeasuredCharacter bmp(char c, int width, int style) {
        int key = c | width << 16;
        int slot = (c * 0x9E3779B1 >>> 26) ^ width;   // 64 slots
        int[] keys = bmpKeys[style];
        MeasuredCharacter[] cells = bmpCells[style];
        if (keys[slot] == key && cells[slot] != null) {
            return cells[slot];
        }
        MeasuredCharacter tc = cluster(String.valueOf(c), width, style);
        keys[slot] = key;
        cells[slot] = tc;
        return tc;
    }

    private final int[][] bmpKeys = new int[STYLES][64];
    private final MeasuredCharacter[][] bmpCells = new MeasuredCharacter[STYLES][64];

    /**
     * The cell for one character and the zero-width marks after it, {@code width} columns wide (1
     * or 2, as DisplayWidth measured it). In ASCII mode, a cell of one column from a stand-in.
     */
    MeasuredCharacter cluster(String cluster, int width, int style) {
        Map<String, MeasuredCharacter> map = clusters.get(style);
        String key = width == 2 ? cluster + '\u0002' : cluster;
        MeasuredCharacter tc = map.get(key);
        if (tc == null) {
            tc = fit(cluster, width, style);
            map.put(key, tc);
        }
        return tc;
    }

    private MeasuredCharacter fit(String cluster, int width, int style) {
        if (ascii) {
            return make(String.valueOf(Transliteration.of(cluster)), style);
        }
        for (int i = 0; i < cluster.length(); i++) {
            char c = cluster.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                return make(String.valueOf(REPLACEMENT), style);   // sanitised text has none
            }
        }
        return MeasuredCharacter.canonical(styled(style), cluster, width == 2);
    }

    /** A cell of one ASCII character in a style. */
    private MeasuredCharacter make(String s, int style) {
        return MeasuredCharacter.canonical(styled(style), s, false);
    }

    /** A space in a style: Lanterna's colours and attributes for the cells we make; made once a style. */
    private MeasuredCharacter styled(int style) {
        MeasuredCharacter made = styles[style];
        if (made == null) {
            made = makeStyled(style);
            styles[style] = made;
        }
        return made;
    }

    private final MeasuredCharacter[] styles = new MeasuredCharacter[STYLES];

    private MeasuredCharacter makeStyled(int style) {
        Theme.Style st = theme.style(Role.values()[style / 2]);
        EnumSet<SGR> sgr = st.attributes().isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(st.attributes());
        if ((style & 1) != 0) {
            sgr.add(SGR.REVERSE);
        }
        return MeasuredCharacter.styled(st.foreground(), st.background(), sgr);
    }

    /** One-column ASCII stand-ins for what a non-UTF-8 terminal cannot show. */
    static final class Transliteration {
        private Transliteration() {}

        static char of(String cluster) {
            char c = cluster.charAt(0);
            if (c >= 0x20 && c < 0x7F) {
                return c;
            }
            String composed = Normalizer.normalize(cluster, Normalizer.Form.NFD);
            char first = composed.charAt(0);
            if (first >= 0x20 && first < 0x7F) {
                return first;   // é -> e
            }
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2500' -> '-';
                case '\u2026', '\u00B7', '\u2022' -> '.';
                case '\u00D7' -> 'x';
                case '\u2502' -> '|';
                case '\u25B2', '\u2191' -> '^';
                case '\u25BC', '\u2193' -> 'v';
                case '\u25C0', '\u2190', '\u27E8' -> '<';
                case '\u25B6', '\u2192', '\u27E9' -> '>';
                case '\u00A0' -> ' ';
                default -> '?';
            };
        }
    }
}
