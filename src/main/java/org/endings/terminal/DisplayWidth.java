package org.endings.terminal;

/**
 * How many terminal columns text takes: 0 for combining marks and other zero-width or format
 * characters, 2 for East Asian Wide and Fullwidth characters and emoji, 1 for everything else.
 *
 * <p>Control characters count 1: this class measures text that has already been through
 * {@link Sanitizer}, which turns each C0 control, DEL and tab into visible one-column
 * placeholders or spaces, so a raw control never reaches the screen. (The longer
 * {@code ⟨U+XXXX⟩} placeholders and lone surrogates are not measured here either: sanitise first.)
 *
 * <p>A run of text is measured by grapheme cluster ({@link Graphemes#width}), one code point by
 * {@link #of(int)}.
 *
 * <p>Fast by design: a fixed range table searched by bisection, with an early return for
 * everything below U+0300. It never calls {@code Character.UnicodeBlock.of}, which is what makes
 * Lanterna's own width test slow.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    /**
     * East Asian Wide (W) and Fullwidth (F) ranges, after Unicode's EastAsianWidth.txt, plus the
     * emoji blocks, as sorted inclusive [start, end] pairs.
     */
    private static final int[] WIDE = {
        0x1100, 0x115F,   // Hangul Jamo initial consonants
        0x231A, 0x231B,   // watch, hourglass
        0x2329, 0x232A,   // angle brackets
        0x23E9, 0x23EC,
        0x23F0, 0x23F0,
        0x23F3, 0x23F3,
        0x25FD, 0x25FE,
        0x2614, 0x2615,
        0x2648, 0x2653,   // zodiac
        0x267F, 0x267F,
        0x2693, 0x2693,
        0x26A1, 0x26A1,
        0x26AA, 0x26AB,
        0x26BD, 0x26BE,
        0x26C4, 0x26C5,
        0x26CE, 0x26CE,
        0x26D4, 0x26D4,
        0x26EA, 0x26EA,
        0x26F2, 0x26F3,
        0x26F5, 0x26F5,
        0x26FA, 0x26FA,
        0x26FD, 0x26FD,
        0x2705, 0x2705,
        0x270A, 0x270B,
        0x2728, 0x2728,
        0x274C, 0x274C,
        0x274E, 0x274E,
        0x2753, 0x2755,
        0x2757, 0x2757,
        0x2795, 0x2797,
        0x27B0, 0x27B0,
        0x27BF, 0x27BF,
        0x2B1B, 0x2B1C,
        0x2B50, 0x2B50,
        0x2B55, 0x2B55,
        0x2E80, 0x303E,   // CJK radicals, Kangxi, CJK symbols and punctuation
        0x3041, 0x3247,   // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, enclosed CJK
        0x3250, 0x4DBF,   // enclosed CJK, CJK compatibility, CJK extension A
        0x4E00, 0xA4CF,   // CJK unified ideographs, Yi
        0xA960, 0xA97F,   // Hangul Jamo extended A
        0xAC00, 0xD7A3,   // Hangul syllables
        0xF900, 0xFAFF,   // CJK compatibility ideographs
        0xFE10, 0xFE19,   // vertical forms
        0xFE30, 0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00, 0xFF60,   // fullwidth forms
        0xFFE0, 0xFFE6,   // fullwidth signs
        0x16FE0, 0x16FE4,
        0x16FF0, 0x16FF1,
        0x17000, 0x18CFF, // Tangut, Khitan
        0x18D00, 0x18D08,
        0x1AFF0, 0x1B2FF, // Kana supplements, Nushu
        0x1F004, 0x1F004, // mahjong red dragon
        0x1F0CF, 0x1F0CF, // joker
        0x1F18E, 0x1F18E,
        0x1F191, 0x1F19A, // squared words
        0x1F200, 0x1F202,
        0x1F210, 0x1F23B,
        0x1F240, 0x1F248,
        0x1F250, 0x1F251,
        0x1F260, 0x1F265,
        0x1F300, 0x1F64F, // misc symbols and pictographs, emoticons
        0x1F680, 0x1F6FF, // transport and map symbols
        0x1F7E0, 0x1F7EB, // coloured circles and squares
        0x1F7F0, 0x1F7F0,
        0x1F90C, 0x1F9FF, // supplemental symbols and pictographs
        0x1FA70, 0x1FAFF, // symbols and pictographs extended A
        0x20000, 0x2FFFD, // CJK extensions B and later
        0x30000, 0x3FFFD,
    };

    /** Columns one code point takes: 0, 1 or 2. */
    public static int of(int codePoint) {
        if (codePoint < 0x0300) {
            return 1;   // ASCII, Latin-1, Latin extended, IPA, spacing modifiers; controls (see above)
        }
        if (isZeroWidth(codePoint)) {
            return 0;
        }
        if (codePoint < 0x1100) {
            return 1;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** Columns a string takes; null counts 0. */
    public static int of(String s) {
        return s == null ? 0 : of(s, 0, s.length());
    }

    /**
     * Columns taken by the chars from {@code start} (inclusive) to {@code end} (exclusive),
     * cluster by cluster ({@link Graphemes}): a ZWJ emoji sequence or a flag counts 2, not the sum
     * of its pictographs.
     */
    public static int of(CharSequence s, int start, int end) {
        int width = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c < 0x0300 && (i + 1 == end || s.charAt(i + 1) < 0x0300)) {
                width++;
                i++;
                continue;
            }
            int next = Graphemes.end(s, i, end);
            width += Graphemes.width(s, i, next);
            i = next;
        }
        return width;
    }

    private static boolean isZeroWidth(int cp) {
        if (cp >= 0x1160 && cp <= 0x11FF) {
            return true;   // Hangul medial vowels and final consonants join the preceding syllable
        }
        if (cp >= 0xD7B0 && cp <= 0xD7FF) {
            return true;   // Hangul Jamo extended B, likewise
        }
        if (cp >= 0x200B && cp <= 0x200F) {
            return true;   // zero-width space, non-joiner, joiner; LRM and RLM
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:   // Mn, includes variation selectors FE00–FE0F
            case Character.ENCLOSING_MARK:     // Me
            case Character.FORMAT:             // Cf (U+00AD soft hyphen is below U+0300: 1 column)
                return true;
            default:
                return false;
        }
    }

    private static boolean isWide(int cp) {
        int[] t = WIDE;
        if (cp < t[0] || cp > t[t.length - 1]) {
            return false;
        }
        int lo = 0;
        int hi = t.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < t[2 * mid]) {
                hi = mid - 1;
            } else if (cp > t[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
