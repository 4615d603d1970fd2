package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The footer's rows are kept from the frame before when its keys and width are the same: a screen
 * that has gone through pages, prompts and sizes shows the footer a fresh screen shows in its place.
 */
class FooterKeptTest {
    @Test
    void aFooterKeptFromBeforeIsTheFooterOfANewScreen() {
        String[][] steps = {
            {"j", "120x50"}, {"<Tab>", "120x50"}, {"j", "120x50"}, {"", "80x24"}, {"/", "80x24"}, {"so", "80x24"},
            {"<Enter>", "80x24"}, {"j", "60x19"}, {"<Esc>", "60x19"}, {"m", "60x19"}, {"", "100x30"}, {"w", "100x30"},
            {"?", "100x30"}, {"?", "100x30"}, {"c", "100x30"}, {"r", "72x22"}, {"s", "72x22"}, {"o", "72x22"},
            {"3", "72x22"}, {"t", "72x22"}, {"<Esc>", "72x22"}, {"M", "120x50"}, {"<Esc>", "120x50"},
        };
        VirtualScreen lived = new VirtualScreen(TuiModels.bundled(), 120, 50);
        StringBuilder typed = new StringBuilder();
        for (String[] step : steps) {
            int columns = Integer.parseInt(step[1].substring(0, step[1].indexOf('x')));
            int rows = Integer.parseInt(step[1].substring(step[1].indexOf('x') + 1));
            lived.resize(columns, rows).press(step[0]);
            typed.append(step[0]);
            VirtualScreen fresh = new VirtualScreen(TuiModels.bundled(), columns, rows).press(typed.toString());
            for (int r = rows - 2; r < rows; r++) {
                assertEquals(fresh.row(r), lived.row(r), "after " + typed + " at " + step[1] + ", row " + r);
            }
        }
    }
}
