package org.endings.tui.terminal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;

/**
 * A terminal of a given size with no screen behind it, through the same code as the real one's
 * (ANSI codes, characters encoded whole, sent a run at a time): the explorer's rehearsal draws on
 * it, its output dropped; tests read what it wrote.
 */
public class OffScreen extends ANSITerminal implements Clipboard.Raw {
    private final TerminalSize size;
    private final CharacterEncoder encoder;

    public OffScreen(TerminalSize size, Charset charset) {
        this(size, charset, new byte[0]);
    }

    /** With {@code typed} as what the keyboard sent, for {@link #pollInput} to decode as the real terminal's keys are. */
    public OffScreen(TerminalSize size, Charset charset, byte[] typed) {
        this(size, charset, typed, new TerminalOutput(OutputStream.nullOutputStream()));
    }

    /** Writing to {@code out}: the bytes a terminal of this size would get. */
    protected OffScreen(TerminalSize size, Charset charset, byte[] typed, OutputStream out) {
        super(new ByteArrayInputStream(typed), out, charset);
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

    @Override
    public boolean utf8() {
        return encoder.utf8();
    }
}
