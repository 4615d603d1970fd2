package org.endings.tui.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;

import org.junit.jupiter.api.Test;

/** The cursor moves and colours the display writes itself are the very bytes Lanterna's terminal sends for them. */
class DisplayEscapesTest {
    private static final class Capture extends OffScreen {
        final ByteArrayOutputStream bytes;

        Capture(ByteArrayOutputStream bytes) throws java.io.IOException {
            super(new TerminalSize(80, 24), StandardCharsets.UTF_8, new byte[0], bytes);
            this.bytes = bytes;
        }

        byte[] take() throws java.io.IOException {
            flush();
            byte[] b = bytes.toByteArray();
            bytes.reset();
            return b;
        }
    }

    @Test
    void cursorMovesAreLanternasOwn() throws Exception {
        Capture lanterna = new Capture(new ByteArrayOutputStream());
        lanterna.take();
        for (int row : new int[] {0, 1, 8, 9, 10, 49, 99, 999, 1000, 12345}) {
            for (int column : new int[] {0, 5, 9, 10, 119, 998, 9999, 10000}) {
                lanterna.setCursorPosition(column, row);
                assertArrayEquals(lanterna.take(), Display.position(column, row), column + "," + row);
            }
        }
    }

    @Test
    void coloursAreLanternasOwn() throws Exception {
        Capture lanterna = new Capture(new ByteArrayOutputStream());
        lanterna.take();
        TextColor[] colours = {TextColor.ANSI.DEFAULT, TextColor.ANSI.RED, TextColor.ANSI.WHITE_BRIGHT,
            new TextColor.Indexed(8), new TextColor.Indexed(214), new TextColor.RGB(12, 200, 7)};
        for (TextColor c : colours) {
            lanterna.setForegroundColor(c);
            assertArrayEquals(lanterna.take(), Display.sgr(c.getForegroundSGRSequence()), "foreground " + c);
            lanterna.setBackgroundColor(c);
            assertArrayEquals(lanterna.take(), Display.sgr(c.getBackgroundSGRSequence()), "background " + c);
        }
    }
}
