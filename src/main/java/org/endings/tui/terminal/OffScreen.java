package org.endings.tui.terminal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;

/**
 * A terminal of a given size whose output goes nowhere, through the same code as the real one's
 * (ANSI codes, characters encoded whole, the frame buffered and sent a run at a time): the
 * explorer's rehearsal draws on it.
 */
public final class OffScreen extends ANSITerminal implements Clipboard.Raw {
    private final TerminalSize size;
    private final CharacterEncoder encoder;

    public OffScreen(TerminalSize size, Charset charset) {
        this(size, charset, new byte[0]);
    }

    /** With {@code typed} as what the keyboard sent, for {@link #pollInput} to decode as the real terminal's keys are. */
    public OffScreen(TerminalSize size, Charset charset, byte[] typed) {
        super(new ByteArrayInputStream(typed), new TerminalOutput(OutputStream.nullOutputStream()), charset);
        this.size = size;
        this.encoder = new CharacterEncoder(charset);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
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
}
