package org.endings.terminal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User-perceived characters: Unicode's extended grapheme clusters (UAX #29), the unit the explorer
 * draws and wraps by, so that a letter keeps its combining marks (Hindi "स्", Hebrew "שָׁ"), a ZWJ
 * emoji sequence (👨‍👩‍👧) and a flag (🇰🇷) stay one character, and the columns a terminal gives one.
 *
 * <p>The segmentation is the JDK's own {@code \X} in {@link Pattern}, which in Java 17 implements
 * the extended grapheme cluster rules of Unicode 13 and passes every line of Unicode's
 * GraphemeBreakTest whose characters Java 17 knows ({@code GraphemesTest}); java.text.BreakIterator
 * fails a third of them (it joins no emoji sequence and splits flags). Text of plain letters and
 * punctuation never reaches the regex.
 */
public final class Graphemes {
    private Graphemes() {}

    private static final Pattern CLUSTER = Pattern.compile("\\X");
    private static final ThreadLocal<Matcher> MATCHER = ThreadLocal.withInitial(() -> CLUSTER.matcher(""));

    private static final int ZWJ = 0x200D;
    private static final int VS16 = 0xFE0F;

    /** The end (exclusive) of the cluster that starts at {@code start}, not past {@code limit}. */
    public static int end(CharSequence s, int start, int limit) {
        if (start >= limit) {
            return limit;
        }
        char c = s.charAt(start);
        if (plain(c) && (start + 1 == limit || plain(s.charAt(start + 1)))) {
            return start + 1;
        }
        Matcher m = MATCHER.get();
        m.reset(s).region(start, limit);
        int end = m.lookingAt() ? m.end() : start + 1;
        m.reset("");   // keeps no reference to the text
        return end > start ? end : start + 1;
    }

    /**
     * A character that is a whole cluster when the next one is plain too: none of them extends a
     * cluster or is extended (no combining mark, joiner, Hangul jamo, regional indicator, prepended
     * mark, CR). Latin, Greek, Cyrillic letters below U+0300 and general punctuation.
     */
    private static boolean plain(char c) {
        return (c < 0x0300 && c != '\r') || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E);
    }

    /**
     * Columns a terminal gives the cluster from {@code start} to {@code end}: an emoji sequence
     * (two regional indicators, an emoji with the emoji presentation selector U+FE0F, a skin tone,
     * or emoji joined by U+200D) takes 2, as UTS #51 presents it and as terminals that join emoji
     * draw it; anything else the sum of its code points' {@link DisplayWidth}s, as a terminal
     * advances its cursor over them: a letter with its marks 1, a wide letter 2, a Devanagari
     * letter with a spacing vowel sign 2.
     */
    public static int width(CharSequence s, int start, int end) {
        int first = Character.codePointAt(s, start);
        int next = start + Character.charCount(first);
        if (next >= end) {
            return DisplayWidth.of(first);
        }
        if (emoji(s, first, next, end)) {
            return 2;
        }
        int width = DisplayWidth.of(first);
        for (int i = next; i < end; ) {
            int cp = Character.codePointAt(s, i);
            width += DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Whether a cluster of more than one code point is an emoji sequence: a pair of regional
     * indicators (a flag), or anything carrying the emoji presentation selector, a skin tone, a
     * keycap, or a joiner with more after it (the JDK's {@code \X} joins across U+200D only from a
     * pictograph, so a Persian or Indic joiner ends its cluster).
     */
    private static boolean emoji(CharSequence s, int first, int next, int end) {
        if (isRegionalIndicator(first)) {
            return isRegionalIndicator(Character.codePointAt(s, next));
        }
        for (int i = next; i < end; ) {
            int cp = Character.codePointAt(s, i);
            if (cp == VS16 || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3 || (cp == ZWJ && i + 1 < end)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
