package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a screen reader hears of the text mode: every answer whole (no row the same as one still on
 * the screen, which a screen reader that diffs the screen would pass over), long answers paused
 * between sentences or items, and nothing said again that the reader was just told.
 */
class HeardTest {
    private static final int SCREEN_ROWS = 24;

    /** Runs the typed lines at an 80-column terminal and gives the rows written, the echoed commands among them. */
    private static List<String> rows(List<String> typed) {
        String text = Terminal.typed(Fixtures.bundled(), new TextOptions(true, false, 80), typed).text();
        return List.of(text.split("\n", -1));
    }

    /** A row as Fenrir compares it: runs of spaces as one, none at the end (the screen pads each row). */
    private static String compared(String row) {
        return row.replaceAll(" +", " ").stripTrailing();
    }

    @Test
    void everyRowOfEveryAnswerInTheTourIsNewToTheScreenSoAScreenReaderReadsItAll() {
        List<String> rows = rows(Fixtures.GOLDEN.script("tour.script"));
        int checked = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).startsWith("> ") || rows.get(i).isEmpty()) {
                continue;
            }
            for (int j = Math.max(0, i - SCREEN_ROWS); j < i; j++) {
                int row = i;
                int above = j;
                assertNotEquals(compared(rows.get(above)), compared(rows.get(row)),
                        () -> "row " + row + " repeats row " + above + " still on a 24-row screen: " + rows.get(row));
            }
            checked++;
        }
        assertTrue(checked > 300, "the tour wrote " + checked + " rows");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3;quote 1;l", "3;quote 1;l;g", "3;quote 1;reading 2", "3;quote 1;reading 2;reading 1", "3;l", "3;l;g",
            "3;reading 2"})
    void lookAgainAndALensChangeAreHeardNotTakenForWhatIsOnTheScreen(String script) {
        List<String> typed = List.of(script.split(";"));
        String command = typed.get(typed.size() - 1);
        List<String> rows = rows(typed);
        int start = rows.lastIndexOf("> " + command);
        List<String> answer = rows.subList(start + 1, rows.size() - 1);
        assertFalse(answer.isEmpty());
        for (String row : answer) {
            for (String above : rows.subList(Math.max(0, start + 1 - SCREEN_ROWS), start + 1)) {
                assertNotEquals(compared(above), compared(row), row);
            }
        }
        // look and again say the quote's page whole, its words among them
        if (command.length() == 1 && script.contains("quote")) {
            assertTrue(String.join(" ", answer).contains("I do see it more of it being about her"), answer.toString());
        }
    }

    @Test
    void aRowAlreadyOnTheScreenIsWrittenWithANoBreakSpaceThatLooksAndReadsTheSame() {
        FreshRows screen = new FreshRows();
        screen.typed("> l");
        List<Answer.Written> first = screen.fresh(List.of(new Answer.Written(Answer.Kind.TEXT, "19 quotes.")), 80);
        List<Answer.Written> second = screen.fresh(List.of(new Answer.Written(Answer.Kind.TEXT, "19 quotes.")), 80);
        List<Answer.Written> third = screen.fresh(List.of(new Answer.Written(Answer.Kind.TEXT, "19 quotes.")), 80);
        assertEquals("19 quotes.", first.get(0).text());
        assertEquals("19 quotes.\u00A0", second.get(0).text());
        assertEquals("19 quotes.\u00A0\u00A0", third.get(0).text());
        // a row as wide as the screen has no room at its end: one of its spaces becomes a no-break space
        String full = "a".repeat(38) + " " + "b".repeat(41);
        screen.fresh(List.of(new Answer.Written(Answer.Kind.TEXT, full)), 80);
        String again = screen.fresh(List.of(new Answer.Written(Answer.Kind.TEXT, full)), 80).get(0).text();
        assertEquals("a".repeat(38) + "\u00A0" + "b".repeat(41), again);
        // the command typed is on the screen too
        assertEquals("> l\u00A0", screen.fresh(List.of(new Answer.Written(Answer.Kind.TEXT, "> l")), 80).get(0).text());
        // a row long gone from the screen is written as it is
        for (int i = 0; i < FreshRows.KEPT; i++) {
            screen.typed("> " + i);
        }
        assertEquals("19 quotes.", screen.fresh(List.of(new Answer.Written(Answer.Kind.TEXT, "19 quotes.")), 80).get(0).text());
    }

    @Test
    void throughAPipeNothingIsChangedToBeHeard() {
        String piped = Terminal.piped(Fixtures.bundled(), TextOptions.plain(), "3\nquote 1\nl\ng\n").text();
        assertFalse(piped.contains("\u00A0"));
    }

    /** The note that ends a page with more to come, wrapped or not. */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile(
            "(?<=\n)\\d+ more \\S+:\\s+press\\s+Enter(\\s+to\\s+hear\\s+(them|it))?\\.\u00A0*\n$");

    /** The pages of one answer at a terminal {@code wrap} columns wide: each without its note, and the notes. */
    private static List<String> pages(String command, int wrap, List<String> before) {
        TextSession session = new TextSession(Fixtures.bundled(), new TextOptions(true, false, wrap));
        for (String line : before) {
            session.handle(line);
        }
        List<String> pages = new ArrayList<>();
        String page = session.handle(command).text();
        while (NOTE.matcher(page).find()) {
            pages.add(NOTE.matcher(page).replaceFirst(""));
            page = session.handle("").text();
        }
        pages.add(page);
        return pages;
    }

    private static String oneLine(String text) {
        return Fixtures.asTyped(text).replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest(name = "{0} at {1} columns")
    @CsvSource({"2, 20", "2, 24", "walk, 24", "compare 1 2, 20", "4, 30", "help, 30", "quotes, 30", "matrix, 24"})
    void aLongAnswerPausesBetweenSentencesOrItemsNeverInsideOne(String command, int wrap) {
        List<String> pages = pages(command, wrap, List.of());
        assertTrue(pages.size() > 1, command + " fits on one screen at " + wrap + " columns: " + pages);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.lines().count() <= TextSession.ROWS, page);
            if (i < pages.size() - 1) {
                String text = oneLine(page);
                // a page ends at the end of a sentence, or of a list's item (a paraphrase may have no stop)
                String next = oneLine(pages.get(i + 1));
                assertTrue(text.matches("(?s).*[.?!…”’\"]") || next.matches("\\d+\\. .*"),
                        "a page ends inside a sentence: …" + text.substring(Math.max(0, text.length() - 60))
                                + " | " + next.substring(0, Math.min(60, next.length())));
                assertFalse(text.endsWith(":"), "a page ends after a heading: " + text);
            }
            all.append(page).append(' ');
        }
        TextSession piped = new TextSession(Fixtures.bundled(), TextOptions.plain());
        assertEquals(oneLine(piped.handle(command).text()), oneLine(all.toString()), "the pages say the whole answer");
    }

    @Test
    void aListPausesAfterAFewItemsAndSaysHowManyAreLeft() {
        List<String> pages = pages("quotes", 80, List.of("4"));
        assertTrue(pages.size() > 5, pages.toString());
        assertTrue(Fixtures.asTyped(pages.get(0)).startsWith("Beat 4 of 4, The breakdown.\n29 quotes.\n1. "));
        TextSession session = new TextSession(Fixtures.bundled(), new TextOptions(true, false, 80));
        session.handle("4");
        assertTrue(session.handle("quotes").text().matches("(?s).*\n\\d+ more quotes: press Enter\\.\n"));
    }

    private static List<String> said(String... typed) {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        session.opening();
        String last = "";
        for (String line : typed) {
            last = session.handle(line).text();
        }
        return last.lines().toList();
    }

    @Test
    void howManyQuotesTakeNoStanceIsSaidOnceAndOnLook() {
        String others = "other quotes and 9 about the whole scene take no stance on it.";
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        assertTrue(session.opening().contains("2 " + others));
        String two = session.handle("2").text();
        assertTrue(two.contains("Bearing on Reclaimed power here: 2 support, 1 complicates, 2 challenge.\n"), two);
        assertFalse(two.contains("no stance"), two);
        assertTrue(session.handle("look").text().contains("2 challenge; 3 " + others));
    }

    @Test
    void aLensChangeSaysWhatItChangedNotWhatHappensNorTheSetting() {
        assertEquals(List.of(
                "Beat 3 of 4, The refused kiss.",
                "Read as Consent: Igor's kiss goes past what she offered. Her refusal draws the line plainly: "
                        + "she, not he, decides what this moment is.",
                "Bearing on Consent here: 2 support."), said("3", "reading consent"));
        // on a quote: which way it bears on the new lens
        assertEquals(List.of("Quote 8 of 47 in the model. No stance on Consent. Contested."),
                said("3", "quote 1", "reading 2"));
    }

    @Test
    void aQuoteSaysWhoSaidItAndWhereOnce() {
        List<String> quote = said("3", "quote 1");
        assertEquals("Quote 1 of 19. Supports Reclaimed power. Contested.", quote.get(0));
        String all = String.join("\n", quote);
        assertEquals(1, all.split("writer-director", -1).length - 1, all);
        assertEquals(1, all.split("November 2024", -1).length - 1, all);
        assertFalse(all.contains("it supports one reading and challenges another"), all);
    }

    @Test
    void nThroughASearchSaysTheWordsMatchedWithoutTheCountOfAllMatchesEachTime() {
        List<String> inList = said("/ring", "n");
        assertEquals(List.of("Match 2 of 10. Beat 1, The ring returned. Matched “ring”: The ring returned"), inList);
        List<String> onPage = said("/ring", "open 3", "n");
        assertEquals("Match 4 of 10: Consent on beat 1, The ring returned.", onPage.get(0));
        assertEquals("Matched “ring”: …her back her wedding ring. Under this reading, what she gives…", onPage.get(1));
        assertFalse(String.join("\n", said("/ring", "n", "n")).contains("10 matches"));
    }

    @Test
    void backWithNothingToGoBackToSaysSoOnAnyBeat() {
        assertEquals(List.of("Nothing to go back to. q quits."), said("3", "back"));
        assertEquals(List.of("Nothing to go back to. q quits."), said("back"));
    }

    @Test
    void backToAPageHeardSaysWhereYouAreAndTheFocusAndLookSaysItWhole() {
        List<String> back = said("matrix", "walk", "back");
        assertEquals(List.of("Matrix. Beat 1 of 4, reading 1 of 9.",
                "The ring returned, read as Reclaimed power: none support, none complicate, none challenge."), back);
        assertTrue(said("matrix", "walk", "back", "look").size() > 4);
    }
}
