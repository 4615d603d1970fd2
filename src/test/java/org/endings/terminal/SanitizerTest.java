package org.endings.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SanitizerTest {

    static Stream<Arguments> examples() {
        return Stream.of(
            Arguments.of("an OSC title sequence shows its ESC and BEL instead of renaming the window",
                "\u001b]0;pwned\u0007", "\u241b]0;pwned\u2407"),
            Arguments.of("a CSI colour shows as text instead of turning the screen red",
                "\u001b[31mred\u001b[0m", "\u241b[31mred\u241b[0m"),
            Arguments.of("a BEL shows as ␇ instead of ringing", "ding\u0007", "ding\u2407"),
            Arguments.of("a NUL shows as ␀", "a\u0000b", "a\u2400b"),
            Arguments.of("a carriage return shows as ␍ instead of overwriting the line", "a\rb", "a\u240db"),
            Arguments.of("a DEL shows as ␡", "a\u007fb", "a\u2421b"),
            Arguments.of("a C1 CSI shows as its code point", "a\u009b31mb", "a\u27e8U+009B\u27e931mb"),
            Arguments.of("a right-to-left override shows as its code point instead of reversing the text",
                "abc\u202egnp.exe", "abc\u27e8U+202E\u27e9gnp.exe"),
            Arguments.of("a left-to-right isolate shows as its code point", "\u2066x\u2069",
                "\u27e8U+2066\u27e9x\u27e8U+2069\u27e9"),
            Arguments.of("an Arabic letter mark shows as its code point", "a\u061cb", "a\u27e8U+061C\u27e9b"),
            Arguments.of("LRM and RLM show as code points", "\u200e\u200f", "\u27e8U+200E\u27e9\u27e8U+200F\u27e9"),
            Arguments.of("line and paragraph separators show as code points", "a\u2028b\u2029c",
                "a\u27e8U+2028\u27e9b\u27e8U+2029\u27e9c"),
            Arguments.of("a lone high surrogate shows as its code point", "a\ud83d", "a\u27e8U+D83D\u27e9"),
            Arguments.of("a lone low surrogate shows as its code point", "\ude00b", "\u27e8U+DE00\u27e9b"),
            Arguments.of("a tab at the start of a line fills 8 columns", "\tx", "        x"),
            Arguments.of("a tab after one letter fills to column 8", "a\tb", "a       b"),
            Arguments.of("a tab at column 8 fills to column 16", "abcdefgh\tb", "abcdefgh        b"),
            Arguments.of("a tab after a wide character counts the character as two columns",
                "\u6f22\tx", "\u6f22      x"),
            Arguments.of("a tab after an emoji counts the emoji as two columns",
                "\ud83d\ude00a\tx", "\ud83d\ude00a     x"),
            Arguments.of("a tab after e and a combining accent counts one column",
                "e\u0301\tx", "e\u0301       x"),
            Arguments.of("a tab counts columns from the last newline", "abc\n\tx", "abc\n        x"),
            Arguments.of("a tab after a control counts the placeholder's one column",
                "\u001b\tx", "\u241b       x"),
            Arguments.of("consecutive tabs each fill to the next stop", "a\t\tb", "a" + " ".repeat(15) + "b"),
            Arguments.of("a newline is kept", "one\ntwo", "one\ntwo"),
            Arguments.of("null becomes empty text", null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void cleanShowsEveryControlAsAVisiblePlaceholder(String what, String in, String expected) {
        assertEquals(expected, Sanitizer.clean(in), what);
    }

    @Test
    @DisplayName("in a one-line context a newline shows as ␤")
    void newlineShownInOneLineContext() {
        assertEquals("one\u2424two", Sanitizer.cleanLine("one\ntwo"));
        assertEquals("bad \u241b[2J\u2424", Sanitizer.cleanLine("bad \u001b[2J\n"));
    }

    @Test
    @DisplayName("in a one-line context a tab after ␤ lines up with what is shown")
    void tabAfterNewlineInOneLineContext() {
        assertEquals("x\u2424      y", Sanitizer.cleanLine("x\n\ty"));
    }

    @ParameterizedTest(name = "\"{0}\" is shown as it is")
    @ValueSource(strings = {
        "plain ASCII, with punctuation: (a) [b] {c} ~!@#$%^&*",
        "Ani\u2019s \u201cending\u201d\u2026 \u2014 typographic quotes and dashes",
        "caf\u00e9 and cafe\u0301, na\u00efve, \u00c5ngstr\u00f6m",
        "\u6f22\u5b57 \u3072\u3089\u304c\u306a \uac00\ub098\ub2e4 \uff21",
        "\ud83d\ude00 \ud83c\udfac \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 \u2764\ufe0f",
        "Arabic \u0645\u0631\u062d\u0628\u0627 and Hebrew \u05e9\u05dc\u05d5\u05dd without controls",
        "line one\nline two\n",
        "" })
    void safeTextIsReturnedUntouchedAndUncopied(String s) {
        assertTrue(Sanitizer.isSafe(s));
        assertSame(s, Sanitizer.clean(s));
    }

    @Test
    @DisplayName("a string with a tab, a control or a lone surrogate is not safe; null is not safe")
    void unsafeTextIsRecognised() {
        assertFalse(Sanitizer.isSafe("a\tb"));
        assertFalse(Sanitizer.isSafe("\u001b"));
        assertFalse(Sanitizer.isSafe("\ud800"));
        assertFalse(Sanitizer.isSafe("\u0085"));
        assertFalse(Sanitizer.isSafe(null));
        assertTrue(Sanitizer.isSafe("a\nb"));
        assertFalse(Sanitizer.isSafeLine("a\nb"));
    }

    // --- property: no dangerous character survives, and cleaning twice changes nothing ---

    private static final int[] BIDI_AND_SEPARATORS = {
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029 };

    @Test
    @DisplayName("10,000 random strings never let a control, bidi override or lone surrogate through")
    void randomStringsComeOutSafe() {
        long seed = Long.getLong("endings.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int run = 0; run < 10_000; run++) {
            String in = randomString(random);
            String where = "seed " + seed + " (rerun with -Dendings.seed=" + seed + "), run " + run
                    + ", input " + codePoints(in);
            String cleaned = Sanitizer.clean(in);
            String line = Sanitizer.cleanLine(in);
            assertNothingDangerous(cleaned, true, where);
            assertNothingDangerous(line, false, where);
            assertEquals(cleaned, Sanitizer.clean(cleaned), "clean is not idempotent, " + where);
            assertEquals(line, Sanitizer.cleanLine(line), "cleanLine is not idempotent, " + where);
            assertTrue(Sanitizer.isSafe(cleaned), "clean output is not safe, " + where);
            assertTrue(Sanitizer.isSafeLine(line), "cleanLine output is not safe, " + where);
            assertEquals(in.equals(cleaned), Sanitizer.isSafe(in), "isSafe disagrees with clean, " + where);
        }
    }

    private static String randomString(Random r) {
        StringBuilder b = new StringBuilder();
        int length = r.nextInt(40);
        for (int k = 0; k < length; k++) {
            switch (r.nextInt(12)) {
                case 0 -> b.append((char) r.nextInt(0x20));                         // C0
                case 1 -> b.append((char) (0x7F + r.nextInt(0x21)));                 // DEL, C1
                case 2 -> b.append((char) BIDI_AND_SEPARATORS[r.nextInt(BIDI_AND_SEPARATORS.length)]);
                case 3 -> b.append((char) (0xD800 + r.nextInt(0x800)));              // surrogate halves
                case 4 -> b.append("\t\n ".charAt(r.nextInt(3)));
                case 5 -> b.appendCodePoint(0x20 + r.nextInt(0x5F));                 // printable ASCII
                case 6 -> b.appendCodePoint(0x4E00 + r.nextInt(0x5000));             // CJK
                case 7 -> b.appendCodePoint(0x1F300 + r.nextInt(0x800));             // emoji
                case 8 -> b.appendCodePoint(0x0300 + r.nextInt(0x70));               // combining marks
                case 9 -> b.appendCodePoint(0x2000 + r.nextInt(0x70));               // general punctuation
                case 10 -> b.appendCodePoint(r.nextInt(0x10000));                    // anywhere in the BMP
                default -> b.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1)); // any plane
            }
        }
        return b.toString();
    }

    private static void assertNothingDangerous(String s, boolean newlineAllowed, String where) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean dangerous = (c < 0x20 && !(c == '\n' && newlineAllowed))
                    || (c >= 0x7F && c <= 0x9F)
                    || Character.isSurrogate(c);
            for (int d : BIDI_AND_SEPARATORS) {
                dangerous |= c == d;
            }
            if (dangerous) {
                fail(String.format("U+%04X at %d in output %s, %s", (int) c, i, codePoints(s), where));
            }
        }
    }

    private static String codePoints(String s) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            b.append(i == 0 ? "" : " ").append(String.format("%04X", (int) s.charAt(i)));
        }
        return b.append(']').toString();
    }

    @Test
    void isControlNamesExactlyTheCharactersCleanReplaces() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c) || c == '\n' || c == '\t') {
                continue;
            }
            String one = String.valueOf(c);
            assertEquals(!Sanitizer.clean(one).equals(one), Sanitizer.isControl(c), "U+" + Integer.toHexString(c));
        }
    }
}
