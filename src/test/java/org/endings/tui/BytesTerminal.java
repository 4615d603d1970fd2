package org.endings.tui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;

import org.endings.tui.terminal.CharacterEncoder;
import org.endings.tui.terminal.Clipboard;
import org.endings.tui.terminal.TerminalOutput;

/**
 * An ANSI terminal whose output is kept as bytes, encoded as the real one encodes, for tests of
 * what reaches a terminal; public for the benchmark, which times frames on its way to bytes.
 */
public final class BytesTerminal extends ANSITerminal implements Clipboard.Raw {
    private final TerminalSize size;
    private final CharacterEncoder encoder;

    BytesTerminal(OutputStream out, Charset charset, TerminalSize size) {
        super(new ByteArrayInputStream(new byte[0]), out, charset);
        this.size = size;
        this.encoder = new CharacterEncoder(charset);
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

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        return size;
    }

    @Override
    protected byte[] translateCharacter(char c) {
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
}
