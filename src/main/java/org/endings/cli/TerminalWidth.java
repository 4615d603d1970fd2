package org.endings.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.endings.terminal.Signals;

/**
 * The width of the terminal the text mode writes to, kept up to date: on SIGWINCH (the window was
 * resized, or its font zoomed) it asks {@code stty size} again, on the signal's thread, so that the
 * next answer wraps at the new width. Java itself cannot ask a terminal its size.
 */
final class TerminalWidth implements IntSupplier {
    private volatile int columns;

    private TerminalWidth(int columns) {
        this.columns = columns;
    }

    /** Starts following the terminal from {@code columns}, its width when the program started. */
    static TerminalWidth follow(int columns) {
        TerminalWidth width = new TerminalWidth(columns);
        Signals.on("WINCH", width::refresh);
        return width;
    }

    @Override
    public int getAsInt() {
        return columns;
    }

    /** One at a time: while a window is dragged, each asks in turn, so the last to ask sees the last size. */
    private synchronized void refresh() {
        int asked = ask();
        if (asked > 0) {
            columns = asked;
        }
    }

    /** The columns {@code stty size} reports for the controlling terminal, or 0. */
    static int ask() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(2, TimeUnit.SECONDS)) {
                stty.destroy();
                return 0;
            }
            String out = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            return stty.exitValue() == 0 ? columnsOf(out) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The columns of stty's "rows columns", or 0. */
    static int columnsOf(String size) {
        String[] parts = size.strip().split("\\s+");
        if (parts.length != 2) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
