package org.endings.terminal;

/**
 * A hyphen between two letters ("writer-director") as a non-breaking hyphen, U+2011: it looks the
 * same, no line breaks there, and a screen reader does not read it out as "dash". What the regular
 * expression {@code (?<=\p{L})-(?=\p{L})} replaced, by a loop: a pattern's first use in a fresh JVM
 * wakes its lambdas, a few milliseconds before the first page. (A letter outside the first plane
 * counts on either side, where the expression's one-unit look-behind missed it.)
 */
public final class Hyphens {
    /** The non-breaking hyphen. */
    public static final char NON_BREAKING = '\u2011';

    private Hyphens() {
    }

    /** {@code text} with each hyphen that has a letter on both sides made non-breaking; the same string when there is none. */
    public static String unbreakable(String text) {
        int at = text.indexOf('-');
        if (at < 0) {
            return text;
        }
        char[] out = null;
        for (; at >= 0; at = text.indexOf('-', at + 1)) {
            if (at > 0 && at + 1 < text.length() && Character.isLetter(text.codePointBefore(at))
                    && Character.isLetter(text.codePointAt(at + 1))) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[at] = NON_BREAKING;
            }
        }
        return out == null ? text : new String(out);
    }
}
