package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.endings.terminal.DisplayWidth;

/** The line left on the screen after quitting: where the reader was, wrapped between words. */
class QuitLineTest {
    private static final String QUOTE = "Beat 3 of 4, The refused kiss. Reading 2 of 9: Consent. View: quote. Quote 1 of 19.";

    private static List<String> rows(String printed) {
        assertTrue(printed.endsWith("\r\n"), "the last row ends the line: " + printed);
        return List.of(printed.substring(0, printed.length() - 2).split("\r\n", -1));
    }

    @Test
    void aWhereLineWiderThanTheTerminalBreaksBetweenWordsEachRowStartingAtTheLeft() {
        List<String> rows = rows(FullScreen.quitLines(QUOTE, 80));
        assertEquals(List.of("Beat 3 of 4, The refused kiss. Reading 2 of 9: Consent. View: quote. Quote 1 of",
                "19."), rows);
        assertEquals(QUOTE, String.join(" ", rows));
    }

    @Test
    void noRowIsAsWideAsTheTerminalSoTheCursorNeverWaitsInTheLastColumn() {
        // 80 columns exactly: at 80 it would fill the row; it breaks before the last word instead
        String exact = "Beat 3 of 4, The refused kiss. Reading 2 of 9: Consent. View: compare. Compared.";
        assertEquals(80, DisplayWidth.of(exact), exact);
        for (int columns : new int[] {40, 79, 80, 81, 120}) {
            for (String row : rows(FullScreen.quitLines(exact, columns))) {
                assertTrue(DisplayWidth.of(row) < columns, columns + ": " + row);
                assertTrue(!row.startsWith(" ") && !row.endsWith(" "), columns + ": [" + row + "]");
            }
        }
        assertEquals(2, rows(FullScreen.quitLines(exact, 80)).size());
        assertEquals(List.of(exact), rows(FullScreen.quitLines(exact, 81)));
    }

    @Test
    void aShortLineIsOneRowEndedByCarriageReturnAndLineFeed() {
        assertEquals("Beat 1 of 4, The ring returned.\r\n", FullScreen.quitLines("Beat 1 of 4, The ring returned.", 80));
    }
}
