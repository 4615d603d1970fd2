package org.endings.tui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.googlecode.lanterna.TerminalSize;

import org.endings.tui.terminal.OffScreen;
import org.endings.tui.terminal.TerminalOutput;

/**
 * An ANSI terminal whose output is kept as bytes, encoded and sent as the real one's are (the
 * rehearsal's {@link OffScreen}, writing where the test says), for tests of what reaches a
 * terminal; public for the benchmark, which times frames on its way to bytes.
 */
public final class BytesTerminal extends OffScreen {
    BytesTerminal(OutputStream out, Charset charset, TerminalSize size) {
        super(size, charset, new byte[0], out);
    }

    /**
     * The explorer's whole output path without a terminal at the end: ANSI codes, characters encoded
     * as UTF-8 and the frame buffered as {@link FullScreen} buffers it, then dropped.
     */
    public static BytesTerminal discarding(TerminalSize size) {
        return new BytesTerminal(new TerminalOutput(OutputStream.nullOutputStream()), StandardCharsets.UTF_8, size);
    }

    static ByteArrayOutputStream sink() {
        return new ByteArrayOutputStream();
    }
}
