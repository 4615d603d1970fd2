package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import com.googlecode.lanterna.TerminalSize;

import org.endings.tui.terminal.Display;
import org.endings.tui.terminal.MeasuredCharacter;
import org.junit.jupiter.api.Test;

/**
 * A run of ASCII cells put at once leaves the next frame exactly as putting them one by one does,
 * wide characters around and under it included (their halves freed or kept alike).
 */
class DisplayRunTest {
    @Test
    void aRunPutAtOnceIsTheRunPutCellByCell() throws Exception {
        TerminalSize size = new TerminalSize(17, 3);
        Display byRun = new Display(BytesTerminal.discarding(size));
        Display byCell = new Display(BytesTerminal.discarding(size));
        Glyphs glyphs = new Glyphs(Theme.standard(), false);
        Random random = new Random(18);
        String wide = "中文字";
        for (int round = 0; round < 20_000; round++) {
            int style = Glyphs.styleId(Role.values()[random.nextInt(3)], random.nextBoolean());
            int row = random.nextInt(4) - (random.nextInt(20) == 0 ? 1 : 0);   // now and then off the screen
            int column = random.nextInt(size.getColumns() + 2);
            if (random.nextInt(3) == 0) {
                // a wide character, for a run to land on or beside
                MeasuredCharacter w = glyphs.cluster(String.valueOf(wide.charAt(random.nextInt(3))), 2, style);
                byRun.set(column, row, w);
                byCell.set(column, row, w);
            } else {
                char[] chars = new char[1 + random.nextInt(8)];
                for (int k = 0; k < chars.length; k++) {
                    chars[k] = (char) (random.nextInt(10) == 0 ? random.nextInt(0x20) : 0x20 + random.nextInt(0x5F));
                }
                int from = random.nextInt(chars.length);
                int to = from + random.nextInt(chars.length - from + 1);
                for (char ch : chars) {
                    glyphs.ascii(ch, style);   // as Canvas makes sure of before a run
                }
                MeasuredCharacter[] cells = glyphs.asciiRow(style);
                byRun.setRun(column, row, cells, chars, from, to);
                for (int k = from; k < to; k++) {
                    byCell.set(column + k - from, row, glyphs.ascii(chars[k], style));
                }
            }
            for (int r = 0; r < size.getRows(); r++) {
                for (int c = 0; c < size.getColumns(); c++) {
                    assertEquals(byCell.cell(c, r), byRun.cell(c, r), "round " + round + ", cell " + c + "," + r);
                }
            }
        }
    }
}
