package org.endings.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The loop makes the same hyphens unbreakable as the regular expression it stands for, and letters outside the first plane count. */
class HyphensTest {
    private static final Pattern WORD_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    @Test
    void aHyphenBetweenTwoLettersOnly() {
        assertEquals("writer\u2011director", Hyphens.unbreakable("writer-director"));
        assertEquals("a\u2011b\u2011c", Hyphens.unbreakable("a-b-c"));
        assertEquals("- 1-2 a- -b --", Hyphens.unbreakable("- 1-2 a- -b --"));
        assertEquals("\u00e9t\u00e9\u2011\u00e9t\u00e9", Hyphens.unbreakable("\u00e9t\u00e9-\u00e9t\u00e9"));
        // a letter outside the first plane is a letter on either side (the expression's look-behind,
        // one UTF-16 unit long, missed it before the hyphen)
        assertEquals("\ud835\udc00\u2011\ud835\udc01", Hyphens.unbreakable("\ud835\udc00-\ud835\udc01"));
        String none = "no hyphen here";
        assertSame(none, Hyphens.unbreakable(none));
    }

    @Test
    void theSameAsTheRegularExpressionOnRandomText() {
        // letters of several scripts, digits, marks, spaces, hyphens, an emoji
        String[] pieces = {"a", "Z", "\u00e9", "\u0416", "\u05d0", "\u6f22", "1", "\u0301", " ", "-", "-", "-",
            "\u2011", "_", "\ud83d\ude00"};
        Random random = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertEquals(WORD_HYPHEN.matcher(text).replaceAll("\u2011"), Hyphens.unbreakable(text), text);
        }
    }
}
