package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The header and the footer's rows are kept from the frame before when what they are made from is
 * the same: a screen that has gone through pages, prompts and sizes shows the header and footer a
 * fresh screen shows in its place.
 */
class KeptFromBeforeTest {
    @Test
    void aHeaderAndFooterKeptFromBeforeAreThoseOfANewScreen() {
        String[][] steps = {
            {"j", "120x50"}, {"<Tab>", "120x50"}, {"j", "120x50"}, {"", "80x24"}, {"/", "80x24"}, {"so", "80x24"},
            {"<Enter>", "80x24"}, {"j", "60x19"}, {"<Esc>", "60x19"}, {"m", "60x19"}, {"", "100x30"}, {"w", "100x30"},
            {"?", "100x30"}, {"?", "100x30"}, {"c", "100x30"}, {"r", "72x22"}, {"s", "72x22"}, {"o", "72x22"},
            {"3", "72x22"}, {"t", "72x22"}, {"<Esc>", "72x22"}, {"M", "120x50"}, {"<Esc>", "120x50"},
            {"w", "120x50"}, {"j", "120x50"}, {"l", "120x50"}, {"]", "120x50"}, {"<Tab>", "40x20"}, {"q", "40x20"},
        };
        VirtualScreen lived = new VirtualScreen(TuiModels.bundled(), 120, 50);
        StringBuilder typed = new StringBuilder();
        for (String[] step : steps) {
            int columns = Integer.parseInt(step[1].substring(0, step[1].indexOf('x')));
            int rows = Integer.parseInt(step[1].substring(step[1].indexOf('x') + 1));
            lived.resize(columns, rows).press(step[0]);
            typed.append(step[0]);
            VirtualScreen fresh = new VirtualScreen(TuiModels.bundled(), columns, rows).press(typed.toString());
            assertEquals(fresh.row(0), lived.row(0), "after " + typed + " at " + step[1] + ", the header");
            for (int r = rows - 2; r < rows; r++) {
                assertEquals(fresh.row(r), lived.row(r), "after " + typed + " at " + step[1] + ", row " + r);
            }
        }
    }
}
