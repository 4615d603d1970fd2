package org.endings.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Clusters and widths against the Unicode Consortium's own test data (src/test/resources/unicode/). */
class GraphemesTest {

    /** A line of a Unicode test file: its text, and what the file says of it. */
    record Case(int line, String text, List<Integer> ends, String comment) {}

    static boolean knownToJava(String text) {
        return text.codePoints().allMatch(Character::isDefined);
    }

    /** "÷ 0020 × 0308 ÷ 0020 ÷": the text and the end of every cluster, or null for a comment. */
    static Case graphemeCase(int number, String line) {
        int hash = line.indexOf('#');
        String body = (hash < 0 ? line : line.substring(0, hash)).trim();
        if (body.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        for (String token : body.split("\\s+")) {
            if (token.equals("\u00F7")) {
                if (text.length() > 0) {
                    ends.add(text.length());
                }
            } else if (!token.equals("\u00D7")) {
                text.appendCodePoint(Integer.parseInt(token, 16));
            }
        }
        return new Case(number, text.toString(), ends, hash < 0 ? "" : line.substring(hash + 1).trim());
    }

    static List<Integer> ends(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            i = Graphemes.end(text, i, text.length());
            ends.add(i);
        }
        return ends;
    }

    @Test
    void everyLineOfGraphemeBreakTestThatJavaKnowsSplitsAsItSays() throws IOException {
        List<String> lines = UnicodeData.lines("GraphemeBreakTest.txt");
        assertTrue(lines.get(0).startsWith("# GraphemeBreakTest-15.0.0.txt"), lines.get(0));
        int checked = 0;
        int unknown = 0;
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            Case c = graphemeCase(n + 1, lines.get(n));
            if (c == null) {
                continue;
            }
            if (!knownToJava(c.text())) {
                unknown++;   // a character of Unicode 14 or 15: Java 17 knows Unicode 13
                continue;
            }
            checked++;
            List<Integer> got = ends(c.text());
            if (!got.equals(c.ends())) {
                failures.add("line " + c.line() + ": " + c.comment() + " — cluster ends " + got + ", not " + c.ends());
            }
            // the width of a run is the sum of its clusters' widths, whichever way it is measured
            int sum = 0;
            int start = 0;
            for (int end : c.ends()) {
                sum += Graphemes.width(c.text(), start, end);
                start = end;
            }
            assertEquals(sum, DisplayWidth.of(c.text(), 0, c.text().length()), "line " + c.line());
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(536, checked, "lines of characters Java 17 knows");
        assertEquals(66, unknown, "lines left out: characters after Unicode 13");
    }

    @Test
    void everyFullyQualifiedEmojiOfEmojiTestIsOneClusterOfTwoColumns() {
        assertTrue(UnicodeData.lines("emoji-test.txt").contains("# Version: 15.0"));
        List<UnicodeData.Emoji> all = UnicodeData.fullyQualifiedEmoji();
        List<String> failures = new ArrayList<>();
        for (UnicodeData.Emoji e : all) {
            String emoji = e.text();
            int end = Graphemes.end(emoji, 0, emoji.length());
            int width = DisplayWidth.of(emoji);
            if (end != emoji.length() || width != 2) {
                failures.add(e.name() + ": " + (end != emoji.length() ? "split after " + end + " chars" : width + " columns"));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + all.size() + ":\n" + String.join("\n", failures));
        assertTrue(all.size() > 3000, all.size() + " emoji checked");
    }

    @Test
    void scriptsTakeTheColumnsATerminalGivesThem() {
        // as tmux 3.3a advances its cursor over each
        assertEquals(10, DisplayWidth.of("नमस्ते दुनिया"), "Devanagari: letters and spacing vowel signs 1, virama and signs above 0");
        assertEquals(List.of(1, 2, 4, 6, 7, 9, 11, 13), ends("नमस्ते दुनिया"));
        assertEquals(4, DisplayWidth.of("שָׁלוֹם"), "Hebrew points take no column");
        assertEquals(5, DisplayWidth.of("مَرْحَبًا"), "Arabic vowel marks take no column");
        assertEquals(7, DisplayWidth.of("می\u200Cخواهم"), "the Persian non-joiner takes no column and stays");
        assertEquals(2, DisplayWidth.of("👨‍👩‍👧"), "a family is one emoji");
        assertEquals(2, DisplayWidth.of("🇰🇷"), "a flag is one emoji");
        assertEquals(3, DisplayWidth.of("🇰🇷🇰"), "a flag, and a lone regional indicator of one column");
        assertEquals(2, DisplayWidth.of("👍🏽"), "a skin tone joins its hand");
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(2, DisplayWidth.of("☀\uFE0F"), "the emoji presentation selector makes two columns");
        assertEquals(1, DisplayWidth.of("☀"));
    }
}
