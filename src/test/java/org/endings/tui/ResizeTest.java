package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.endings.model.Model;

class ResizeTest {
    private static final Model MODEL = TuiModels.bundled();

    @Test
    void belowFortyByTwelveOnlyTheMessageShowsDownToOneByOne() {
        VirtualScreen screen = new VirtualScreen(MODEL, 80, 24).press("j<Tab>");
        screen.resize(39, 11);
        assertEquals("Terminal too small: needs 40\u00D712\n" + "\n".repeat(10), screen.text());
        screen.resize(40, 11);
        assertTrue(screen.row(0).startsWith("Terminal too small"));
        screen.resize(39, 12);
        assertTrue(screen.row(0).startsWith("Terminal too small"));
        screen.resize(1, 1);
        assertEquals("T\n", screen.text());
        screen.resize(12, 3);
        assertEquals("Terminal too\nsmall: needs\n40\u00D712\n", screen.text());
    }

    @Test
    void atFortyByTwelveAndBackTheExplorerIsWhereTheReaderLeftIt() {
        VirtualScreen screen = new VirtualScreen(MODEL, 80, 24).press("j<Tab>j");
        String header = screen.row(0);
        screen.resize(1, 1).resize(39, 11).resize(40, 12);
        // at 40 columns the lens comes before the position, which the cut would take
        assertTrue(screen.row(0).startsWith("The intimacy \u00B7 Reading: Reclaimed power"), screen.text());
        assertTrue(screen.row(screen.cursor().getRow()).strip().startsWith("2 Supports Reclaimed power."), screen.text());
        screen.resize(80, 24);
        assertEquals(header, screen.row(0));
        assertTrue(screen.row(screen.cursor().getRow()).strip().startsWith("2 Supports Reclaimed power."), screen.text());
        String row = screen.row(screen.cursor().getRow());
        assertEquals(row.indexOf('2'), screen.cursor().getColumn(), "the cursor on the item's number");
    }

    @Test
    void keysStillWorkWhileTheTerminalIsTooSmall() {
        VirtualScreen screen = new VirtualScreen(MODEL, 20, 5).press("jj");
        screen.resize(80, 24);
        assertTrue(screen.row(0).startsWith("The refused kiss"), screen.text());
    }

    @Test
    void everyScreenSurvivesEverySize() {
        int[][] sizes = {{1, 1}, {2, 2}, {39, 11}, {40, 12}, {41, 13}, {60, 15}, {200, 60}, {80, 24}};
        for (String keys : new String[] {"", "j<Tab>", "w", "m", "c", "j<Tab><Enter>", "r", "s", "?", "/ring<Enter>", "/ri"}) {
            VirtualScreen screen = new VirtualScreen(MODEL, 80, 24).press(keys);
            for (int[] size : sizes) {
                screen.resize(size[0], size[1]);
                screen.press("jk");
            }
        }
    }
}
