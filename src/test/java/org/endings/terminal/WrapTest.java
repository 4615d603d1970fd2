package org.endings.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    @DisplayName("words that fit are kept whole and lines break at spaces")
    void wordsThatFitAreKeptWhole() {
        assertEquals(List.of("She keeps the", "ring and drives", "away."),
                Wrap.lines("She keeps the ring and drives away.", 15));
    }

    @Test
    @DisplayName("a word longer than the line is broken across lines")
    void aLongWordIsBroken() {
        assertEquals(List.of("a", "abcdefghij", "klmno z"), Wrap.lines("a abcdefghijklmno z", 10));
    }

    @Test
    @DisplayName("a long run of CJK is broken by columns and never puts a wide character across the edge")
    void wideCharactersAreNeverSplitAcrossTheEdge() {
        assertEquals(List.of("\u6f22\u5b57", "\u6f22\u5b57", "\u6f22"), Wrap.lines("\u6f22\u5b57\u6f22\u5b57\u6f22", 5));
    }

    @Test
    @DisplayName("an emoji is never split between its two halves")
    void surrogatePairsStayTogether() {
        List<String> lines = Wrap.lines("\ud83d\ude00\ud83d\ude00\ud83d\ude00", 3);
        assertEquals(List.of("\ud83d\ude00", "\ud83d\ude00", "\ud83d\ude00"), lines);
    }

    @Test
    @DisplayName("a combining accent stays with its letter when a word is broken")
    void combiningMarksStayWithTheirLetter() {
        assertEquals(List.of("abe\u0301", "cd"), Wrap.lines("abe\u0301cd", 3));
    }

    @Test
    @DisplayName("paragraphs are kept and an empty line stays empty")
    void paragraphsAreKept() {
        assertEquals(List.of("one two", "three", "", "four"), Wrap.lines("one two three\n\nfour", 7));
    }

    @Test
    @DisplayName("trailing spaces are removed and indentation that fits is kept")
    void trailingSpacesRemoved() {
        assertEquals(List.of("  indented", "text"), Wrap.lines("  indented   text   ", 10));
        assertEquals(List.of(""), Wrap.lines("     ", 3));
    }

    @Test
    @DisplayName("a width below 1 wraps as if it were 1")
    void widthBelowOne() {
        assertEquals(List.of("a", "b"), Wrap.lines("ab", 0));
        assertEquals(List.of("a", "b"), Wrap.lines("ab", -5));
    }

    @Test
    @DisplayName("wrapped text comes out sanitised")
    void wrappedTextIsSanitised() {
        assertEquals(List.of("\u241b[2J"), Wrap.lines("\u001b[2J", 10));
    }

    @Test
    @DisplayName("no line is ever wider than the width, for random text with CJK and emoji")
    void noLineExceedsTheWidth() {
        long seed = Long.getLong("endings.seed", System.nanoTime());
        Random r = new Random(seed);
        String[] pieces = { "a", "word", "longerword", " ", " ", "  ", "\n", "\u6f22", "\u5b57\u5b57",
            "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69", "e\u0301", "\uff21", "\u2026", "\t", "\u001b" };
        for (int run = 0; run < 5_000; run++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(30);
            for (int k = 0; k < n; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int width = r.nextInt(25) - 2;
            for (String line : Wrap.lines(text, width)) {
                String where = "seed " + seed + " (rerun with -Dendings.seed=" + seed + "), run " + run
                        + ", width " + width + ", text \"" + text + "\", line \"" + line + "\"";
                assertTrue(DisplayWidth.of(line) <= Math.max(1, width), "too wide: " + where);
                assertFalse(line.endsWith(" "), "trailing space: " + where);
                assertTrue(Sanitizer.isSafeLine(line), "unsafe: " + where);
            }
            String cut = Wrap.truncate(text, width, "\u2026");
            assertTrue(DisplayWidth.of(cut) <= Math.max(0, width),
                    "truncate too wide: seed " + seed + ", run " + run + ", text \"" + text + "\"");
        }
    }

    @Test
    @DisplayName("truncate shows the marker only when it had to cut")
    void truncateShowsTheMarkerOnlyWhenItCut() {
        assertEquals("Anora", Wrap.truncate("Anora", 5, "\u2026"));
        assertEquals("Anora", Wrap.truncate("Anora", 9, "\u2026"));
        assertEquals("Ano\u2026", Wrap.truncate("Anora", 4, "\u2026"));
        assertEquals("\u2026", Wrap.truncate("Anora", 1, "\u2026"));
        assertEquals("", Wrap.truncate("Anora", 0, "\u2026"));
    }

    @Test
    @DisplayName("truncate never cuts a wide character in half")
    void truncateRespectsWideCharacters() {
        assertEquals("\u6f22\u2026", Wrap.truncate("\u6f22\u5b57\u6f22", 4, "\u2026"));
        assertEquals("\ud83d\ude00\u2026", Wrap.truncate("\ud83d\ude00\ud83d\ude00", 3, "\u2026"));
        // a ZWJ sequence is one character of two columns: kept whole or left out whole
        assertEquals("\ud83d\udc68\u200d\ud83d\udc69", Wrap.truncate("\ud83d\udc68\u200d\ud83d\udc69", 3, "\u2026"));
        assertEquals("\ud83d\udc68\u200d\ud83d\udc69\u2026",
                Wrap.truncate("\ud83d\udc68\u200d\ud83d\udc69\ud83d\udc68\u200d\ud83d\udc69", 3, "\u2026"));
        assertEquals("\u2026", Wrap.truncate("\ud83d\udc68\u200d\ud83d\udc69\ud83d\udc68", 1, "\u2026"));
    }

    /**
     * Texts wrapped before are remembered (a frame wraps the texts of the frame before): whatever
     * was wrapped in between, from however many threads, a text at a width gets its own lines, and
     * nobody can change the lines another caller was given.
     */
    @Test
    void aRememberedWrappingIsAlwaysTheTextsOwnAtItsOwnWidth() throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            texts.add("quote " + i + " " + "word ".repeat(i % 37) + "end");
        }
        java.util.Map<String, java.util.List<String>> first = new java.util.HashMap<>();
        for (String t : texts) {
            first.put(t + "@" + 11, List.copyOf(Wrap.lines(t, 11)));
            first.put(t + "@" + 30, List.copyOf(Wrap.lines(t, 30)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int seed = thread;
                done.add(pool.submit(() -> {
                    java.util.Random random = new java.util.Random(seed);
                    for (int k = 0; k < 40_000; k++) {
                        String t = texts.get(random.nextInt(texts.size()));
                        int width = random.nextBoolean() ? 11 : 30;
                        assertEquals(first.get(t + "@" + width), Wrap.lines(t, width), t + " at " + width);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotEquals(Wrap.lines(texts.get(36), 11), Wrap.lines(texts.get(36), 30));
        String wide = texts.get(36);
        assertEquals(1, Wrap.lines(wide, 11 + 512).size(), "a width that shares its slot with 11: its own lines");
        assertEquals(first.get(wide + "@11"), Wrap.lines(wide, 11));
        assertThrows(UnsupportedOperationException.class, () -> Wrap.lines(texts.get(5), 11).add("x"));
    }
}
