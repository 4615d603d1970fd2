package org.endings.tui.terminal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.Charset;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import org.endings.terminal.Signals;

/**
 * Lanterna's Unix terminal, made to fit a screen reader and a terminal that does not answer:
 *
 * <ul>
 *   <li>the size comes from {@code stty size} (the kernel's answer), so the terminal is never asked
 *       with ESC [ 6 n and nothing ever waits Lanterna's five seconds for a reply;</li>
 *   <li>it takes the terminal with one stty process, not six, and gives it back with one, exactly as
 *       it was found (Lanterna's extra "intr ^C" would undo a custom interrupt key);</li>
 *   <li>characters are encoded whole: Lanterna encodes each UTF-16 unit alone, which turns an
 *       emoji into "??" and pads some characters with a NUL byte;</li>
 *   <li>it can give the terminal back and take it again, for Ctrl-Z and fg;</li>
 *   <li>Ctrl-C and Ctrl-\ come in as keys (the explorer quits cleanly on them, and at once when
 *       busy), not as SIGINT and SIGQUIT: the JVM answers SIGQUIT with a thread dump over the screen;</li>
 *   <li>in the background (after Ctrl-Z, or a {@code kill %1} of the stopped job) it leaves the
 *       terminal's settings alone: they are the shell's then, and stty would stop the program.</li>
 * </ul>
 */
public final class TtyTerminal extends UnixTerminal implements Clipboard.Raw {
    /** The settings the explorer needs: a key at a time, not echoed, Ctrl-C and Ctrl-\ as keys (Ctrl-Z stops it). */
    private static final String KEYS = "-icanon min 1 -echo intr undef quit undef";

    private final CharacterEncoder encoder;
    // Set while Lanterna's constructor runs, so without initialisers (they would run after it and undo them).
    /** The terminal's settings as found, from stty -g, to give back. */
    private String saved;
    /** The size read with the settings, used once instead of asking stty again. */
    private TerminalSize sizeAtStart;
    /** The settings Lanterna sets next are set already. */
    private boolean keysSet;
    /** The settings were just given back whole: Lanterna's own reset of Ctrl-C would only undo a custom one. */
    private boolean restored;

    /** The settings found by the take under way on this thread, for {@link #open} if Lanterna's constructor fails. */
    private static final ThreadLocal<String> FOUND = new ThreadLocal<>();

    private TtyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.encoder = new CharacterEncoder(charset);
        this.quick = in instanceof TtyInput keys ? new QuickKeys(keys) : null;
    }

    /** A key typed alone, taken without Lanterna's decoder; null until the constructor is done. */
    private final QuickKeys quick;
    private final QuickKeys.Decoder lanterna = new QuickKeys.Decoder() {
        @Override
        public KeyStroke next() throws IOException {
            return decoded();
        }
    };

    private KeyStroke decoded() throws IOException {
        return super.pollInput();
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        return quick == null ? super.pollInput() : quick.poll(lanterna);
    }

    /** A key typed alone, taken without Lanterna's decoder; null, taking nothing, for anything else. */
    public KeyStroke pollLone() {
        return quick == null ? null : quick.pollLone();
    }

    @Override
    public KeyStroke readInput() throws IOException {
        KeyStroke key = super.readInput();
        if (quick != null) {
            quick.decoderUsed();
        }
        return key;
    }

    /**
     * Takes the terminal. Lanterna's constructor adds its shutdown hook after the settings have
     * changed, which fails once a signal is ending the program: then they are given back here, as
     * nothing else knows them yet.
     */
    public static TtyTerminal open(InputStream in, OutputStream out, Charset charset) throws IOException {
        try {
            return new TtyTerminal(in, out, charset);
        } catch (IOException | RuntimeException e) {
            String found = FOUND.get();
            if (found != null && Signals.foreground()) {
                try {
                    new ProcessBuilder(sttyCommand(), found).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start().waitFor();
                } catch (IOException | RuntimeException stty) {
                    // no terminal to give back
                } catch (InterruptedException stty) {
                    Thread.currentThread().interrupt();
                }
            }
            throw e;
        } finally {
            FOUND.remove();
        }
    }

    private static String sttyCommand() {
        return System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty");
    }

    /**
     * Takes the terminal in one process: Lanterna runs stty five times for this and once more for the
     * size, a process each (~8 ms apiece, most of the explorer's start after the model); one shell
     * saves the settings, sets those for keys and tells the size.
     */
    @Override
    protected void saveTerminalSettings() throws IOException {
        String stty = sttyCommand();
        String out = exec("/bin/sh", "-c", stty + " -g && " + stty + " " + KEYS + " && echo ' ' && " + stty + " size");
        String[] parts = words(out);
        if (parts[0].isEmpty()) {
            throw new IOException("stty cannot read this terminal's settings");
        }
        saved = parts[0];
        FOUND.set(saved);
        keysSet = parts.length >= 2;
        if (parts.length == 3) {
            sizeAtStart = size(parts[1], parts[2]);
        }
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null && Signals.foreground()) {
            runSTTYCommand(saved);
            restored = true;
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled || !keysSet) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !keysSet) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled && restored) {
            restored = false;
            return;
        }
        if (enabled || !keysSet) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }

    /**
     * Lanterna's last step in taking the terminal: from here on, settings asked for are set. SIGWINCH
     * is caught through {@link Signals}, without Lanterna's reflection and dynamic proxy.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        keysSet = false;
        Signals.on("WINCH", onResize);
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        if (sizeAtStart != null) {
            TerminalSize size = sizeAtStart;
            sizeAtStart = null;
            return size;
        }
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
            String[] parts = words(runSTTYCommand("size"));
            return parts.length == 2 ? size(parts[0], parts[1]) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The words of what stty printed, split at white space; {"" } for none, as String.split gives.
     * By hand: a regular expression's first use loads and links the regex engine's lambdas (~1 ms),
     * on the thread that takes the terminal for the first frame.
     */
    static String[] words(String text) {
        java.util.List<String> words = new java.util.ArrayList<>(3);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words.isEmpty() ? new String[] {""} : words.toArray(new String[0]);
    }

    /** The size stty printed as rows and columns, or null. */
    private static TerminalSize size(String rows, String columns) {
        try {
            int r = Integer.parseInt(rows);
            int c = Integer.parseInt(columns);
            return r > 0 && c > 0 ? new TerminalSize(c, r) : null;
        } catch (NumberFormatException e) {
            return null;
        }
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

    @Override
    public void escape(byte[] bytes) throws IOException {
        writeToTerminal(bytes);
    }

    @Override
    public void characters(CharSequence text) throws IOException {
        writeToTerminal(encoder.encode(text));
    }

    @Override
    public boolean utf8() {
        return encoder.utf8();
    }

    /** Gives the terminal back as it was found (for Ctrl-Z): normal screen, cooked mode, echo, Ctrl-C. */
    public void suspend() throws IOException {
        restoreTerminalSettings();
    }

    /** Takes the terminal again after fg: raw keys, no echo, Ctrl-C as a key. */
    public void resume() throws IOException {
        runSTTYCommand(KEYS.split(" "));
        restored = false;
    }

    /**
     * Takes Lanterna's own shutdown hook away: the explorer's hook gives the terminal back in the
     * right order (screen, then settings, then the line saying where the reader was), and two hooks
     * running at once would interleave their output.
     */
    public void dropLanternaShutdownHook() {
        try {
            Field f = UnixLikeTerminal.class.getDeclaredField("shutdownHook");
            f.setAccessible(true);
            Runtime.getRuntime().removeShutdownHook((Thread) f.get(this));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Lanterna's hook stays; it restores the same settings, so nothing is lost.
        }
    }
}
