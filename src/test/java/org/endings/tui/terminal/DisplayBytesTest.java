package org.endings.tui.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;

import org.junit.jupiter.api.Test;

/**
 * A UTF-8 terminal is sent each cell's own bytes, kept with the cell; every other raw terminal its
 * text, encoded a run at a time. Both send the very same bytes for the same frames.
 */
class DisplayBytesTest {
    private static final TerminalSize SIZE = new TerminalSize(30, 6);

    private static class Capture extends OffScreen {
        final ByteArrayOutputStream bytes;

        Capture(ByteArrayOutputStream bytes) {
            super(SIZE, StandardCharsets.UTF_8, new byte[0], bytes);
            this.bytes = bytes;
        }
    }

    /** The same terminal, taken for one that encodes text itself. */
    private static final class ByText extends Capture {
        ByText(ByteArrayOutputStream bytes) {
            super(bytes);
        }

        @Override
        public boolean utf8() {
            return false;
        }
    }

    private static final String[] CLUSTERS = {"a", "Z", " ", "~", "’", "“", "—", "…", "é", "e\u0301", "ñ", "स्", "🎬",
        "👩‍👩‍👧", "🇺🇸"};
    private static final boolean[] WIDE = {false, false, false, false, false, false, false, false, false, false, false,
        false, true, true, true};

    @Test
    void cellsSentAsTheirOwnBytesAreTheBytesOfTheirTextEncoded() throws Exception {
        Capture byCell = new Capture(new ByteArrayOutputStream());
        ByText byText = new ByText(new ByteArrayOutputStream());
        assertTrue(byCell.utf8());
        assertFalse(byText.utf8());
        Display a = new Display(byCell);
        Display b = new Display(byText);
        a.start();
        b.start();
        MeasuredCharacter[] styles = {
            MeasuredCharacter.styled(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class)),
            MeasuredCharacter.styled(TextColor.ANSI.CYAN, TextColor.ANSI.DEFAULT, EnumSet.of(SGR.BOLD)),
            MeasuredCharacter.styled(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, EnumSet.of(SGR.REVERSE)),
        };
        Random random = new Random(7);
        int sent = 0;
        for (int frame = 0; frame < 300; frame++) {
            for (int k = random.nextInt(60); k > 0; k--) {
                int i = random.nextInt(CLUSTERS.length);
                MeasuredCharacter cell = MeasuredCharacter.canonical(styles[random.nextInt(styles.length)], CLUSTERS[i], WIDE[i]);
                int column = random.nextInt(SIZE.getColumns());
                int row = random.nextInt(SIZE.getRows());
                a.set(column, row, cell);
                b.set(column, row, cell);
            }
            boolean whole = random.nextInt(40) == 0;
            a.refresh(whole);
            b.refresh(whole);
            byte[] cells = byCell.bytes.toByteArray();
            assertArrayEquals(byText.bytes.toByteArray(), cells, "frame " + frame);
            sent += cells.length;
            byCell.bytes.reset();
            byText.bytes.reset();
        }
        assertTrue(sent > 10_000, "the frames sent text: " + sent + " bytes");
    }
}
