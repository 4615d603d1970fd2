package org.endings.tui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.Charset;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

/**
 * Lanterna's Unix terminal, made to fit a screen reader and a terminal that does not answer:
 *
 * <ul>
 *   <li>the size comes from {@code stty size} (the kernel's answer), so the terminal is never asked
 *       with ESC [ 6 n and nothing ever waits Lanterna's five seconds for a reply;</li>
 *   <li>characters are encoded whole: Lanterna encodes each UTF-16 unit alone, which turns an
 *       emoji into "??" and pads some characters with a NUL byte;</li>
 *   <li>it can give the terminal back and take it again, for Ctrl-Z and fg;</li>
 *   <li>Ctrl-C comes in as a key (the explorer quits cleanly on it, and at once when busy).</li>
 * </ul>
 */
final class TtyTerminal extends UnixTerminal {
    private final CharacterEncoder encoder;

    TtyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.encoder = new CharacterEncoder(charset);
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize size = sttySize();
        if (size != null) {
            return size;
        }
        int columns = env("COLUMNS", 80);
        int rows = env("LINES", 24);
        return new TerminalSize(columns, rows);
    }

    private TerminalSize sttySize() {
        try {
            String[] parts = runSTTYCommand("size").trim().split("\\s+");
            if (parts.length == 2) {
                int rows = Integer.parseInt(parts[0]);
                int columns = Integer.parseInt(parts[1]);
                if (rows > 0 && columns > 0) {
                    return new TerminalSize(columns, rows);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static int env(String name, int otherwise) {
        try {
            int n = Integer.parseInt(System.getenv().getOrDefault(name, ""));
            return n > 0 ? n : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    @Override
    protected byte[] translateCharacter(char c) {
        // Null only while Lanterna's constructor runs, which writes no characters.
        return encoder == null ? super.translateCharacter(c) : encoder.encode(c);
    }

    /** Gives the terminal back as it was found (for Ctrl-Z): normal screen, cooked mode, echo, Ctrl-C. */
    void suspend() throws IOException {
        restoreTerminalSettings();
        keyStrokeSignalsEnabled(true);
    }

    /** Takes the terminal again after fg: raw keys, no echo, Ctrl-C as a key. */
    void resume() throws IOException {
        canonicalMode(false);
        keyEchoEnabled(false);
        keyStrokeSignalsEnabled(false);
    }

    /**
     * Takes Lanterna's own shutdown hook away: the explorer's hook gives the terminal back in the
     * right order (screen, then settings, then the line saying where the reader was), and two hooks
     * running at once would interleave their output.
     */
    void dropLanternaShutdownHook() {
        try {
            Field f = UnixLikeTerminal.class.getDeclaredField("shutdownHook");
            f.setAccessible(true);
            Runtime.getRuntime().removeShutdownHook((Thread) f.get(this));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Lanterna's hook stays; it restores the same settings, so nothing is lost.
        }
    }
}
