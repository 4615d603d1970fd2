package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import org.junit.jupiter.api.Test;

import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.tui.terminal.CharacterEncoder;
import org.endings.tui.terminal.Display;
import org.endings.tui.terminal.TerminalOutput;

class TerminalOutputTest {
    /** Counts the writes that reach the terminal. */
    static final class Counting extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;

        @Override
        public void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }
    }

    @Test
    void nothingReachesTheTerminalUntilAFlush() throws IOException {
        Counting terminal = new Counting();
        TerminalOutput out = new TerminalOutput(terminal);
        for (char c : "Hello, a frame of many small writes".toCharArray()) {
            out.write(c);
        }
        out.write("\u001b[1;1H".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, terminal.writes);
        out.flush();
        assertEquals(1, terminal.writes);
    }

    @Test
    void theCursorPositionQueryIsFlushedAtOnce() throws IOException {
        Counting terminal = new Counting();
        TerminalOutput out = new TerminalOutput(terminal);
        out.write("\u001b[s\u001b[5000;5000H".getBytes(StandardCharsets.US_ASCII));
        out.write(0x1b);
        out.write('[');
        out.write('6');
        assertEquals(0, terminal.writes);
        out.write('n');
        assertEquals(1, terminal.writes);
        assertArrayEquals("\u001b[s\u001b[5000;5000H\u001b[6n".getBytes(StandardCharsets.US_ASCII), terminal.bytes.toByteArray());
    }

    @Test
    void theQueryIsFoundAcrossWritesAndAfterAFalseStart() throws IOException {
        Counting terminal = new Counting();
        TerminalOutput out = new TerminalOutput(terminal);
        out.write("x\u001b[\u001b[".getBytes(StandardCharsets.US_ASCII));
        out.write("6nmore".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, terminal.writes);
    }

    @Test
    void aFrameBiggerThanTheBufferStillGoesOutInOneWrite() throws IOException {
        Counting terminal = new Counting();
        TerminalOutput out = new TerminalOutput(terminal);
        byte[] chunk = new byte[1000];
        for (int i = 0; i < 500; i++) {
            out.write(chunk);
        }
        out.flush();
        assertEquals(1, terminal.writes);
        assertEquals(500_000, terminal.bytes.size());
    }

    @Test
    void afterMutingNothingMoreIsWritten() throws IOException {
        Counting terminal = new Counting();
        TerminalOutput out = new TerminalOutput(terminal);
        out.write('a');
        out.mute();
        out.write("\u001b[6n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertEquals(0, terminal.writes);
    }

    /** The explorer on the bundled model, its first frame drawn, writing through a TerminalOutput. */
    private static ExplorerApp explorerWritingTo(Counting terminal, int columns, int rows) throws IOException {
        BytesTerminal ansi = new BytesTerminal(new TerminalOutput(terminal), StandardCharsets.UTF_8,
                new TerminalSize(columns, rows));
        Display screen = new Display(ansi);
        screen.start();
        ExplorerApp app = new ExplorerApp(new Navigator(new Queries(TuiModels.bundled())), screen, TuiOptions.DEFAULT);
        app.draw(true);
        return app;
    }

    @Test
    void eachKeyIsOneWriteToTheTerminal() throws IOException {
        Counting terminal = new Counting();
        ExplorerApp app = explorerWritingTo(terminal, 120, 50);
        for (char key : "jjk\tjjmlw?q".toCharArray()) {
            int before = terminal.writes;
            KeyStroke stroke = key == '\t' ? VirtualScreen.named("Tab") : new KeyStroke(key, false, false);
            if (!app.step(stroke)) {
                break;
            }
            assertEquals(before + 1, terminal.writes, "key " + key);
        }
    }

    /**
     * A screen reader on a pseudo-terminal (Fenrir's pty driver) reads up to 4,095 bytes at once and
     * takes what comes later as a new screen update: a frame bigger than that is heard chopped.
     */
    @Test
    void everyFrameOfATourThroughEveryViewIsOneWriteThatAPtyHandsOnWhole() throws IOException {
        Counting terminal = new Counting();
        ExplorerApp app = explorerWritingTo(terminal, 80, 24);
        assertTrue(terminal.bytes.size() < 4096, "the first frame: " + terminal.bytes.size() + " bytes");
        for (String k : "l l Tab j Enter j BS c v j BS m l j BS w BS r j BS s j BS 2 ? BS".split(" ")) {
            int before = terminal.bytes.size();
            int writes = terminal.writes;
            app.step(k.length() > 1 ? VirtualScreen.named(k) : new KeyStroke(k.charAt(0), false, false));
            assertEquals(writes + 1, terminal.writes, "key " + k);
            assertTrue(terminal.bytes.size() - before < 4096, "key " + k + ": " + (terminal.bytes.size() - before) + " bytes");
        }
    }

    @Test
    void anEmojiReachesTheTerminalWholeAndNoNulByte() {
        CharacterEncoder encoder = new CharacterEncoder(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : "é😀“".toCharArray()) {
            out.writeBytes(encoder.encode(c));
        }
        assertArrayEquals("é😀“".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
