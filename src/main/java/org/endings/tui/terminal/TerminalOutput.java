package org.endings.tui.terminal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The terminal's output, kept until Lanterna flushes at the end of a frame, so that each frame
 * goes out in one write: Lanterna writes every character and escape code on its own, and a screen
 * reader then reads stale, chopped text. The buffer grows rather than flush mid-frame.
 *
 * <p>Lanterna asks for the cursor position with ESC [ 6 n and then waits for the answer without
 * flushing; the bytes of that question are flushed as soon as they are written, or the terminal
 * never sees it and Lanterna waits five seconds. Once {@link #mute muted} (the terminal has been
 * given back), nothing more is written.
 */
public final class TerminalOutput extends BufferedOutputStream {
    private static final byte[] CURSOR_QUERY = {0x1b, '[', '6', 'n'};
    private static final int MAX_BUFFER = 16 << 20;

    private int matched;
    private volatile boolean muted;
    private long writes;

    public TerminalOutput(OutputStream out) {
        super(out, 1 << 16);
    }

    /** Drops everything written from now on. */
    public synchronized void mute() {
        muted = true;
        count = 0;
    }

    boolean muted() {
        return muted;
    }

    /** How many times bytes went to the terminal, for tests of one write per frame. */
    synchronized long writes() {
        return writes;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (muted) {
            return;
        }
        ensure(1);
        buf[count++] = (byte) b;
        if (track((byte) b)) {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (muted) {
            return;
        }
        if (len > MAX_BUFFER) {
            flush();
            out.write(b, off, len);
            writes++;
            return;
        }
        ensure(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
        boolean query = false;
        for (int i = off; i < off + len; i++) {
            query |= track(b[i]);
        }
        if (query) {
            flush();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (muted) {
            return;
        }
        if (count > 0) {
            out.write(buf, 0, count);
            writes++;
            count = 0;
        }
        out.flush();
    }

    /** Whether this byte completes ESC [ 6 n. */
    private boolean track(byte b) {
        if (b == CURSOR_QUERY[matched]) {
            matched++;
            if (matched == CURSOR_QUERY.length) {
                matched = 0;
                return true;
            }
            return false;
        }
        matched = b == CURSOR_QUERY[0] ? 1 : 0;
        return false;
    }

    private void ensure(int more) throws IOException {
        if (count + more <= buf.length) {
            return;
        }
        if (count + more > MAX_BUFFER) {
            // A frame this big goes out in pieces rather than without end.
            if (count > 0) {
                out.write(buf, 0, count);
                writes++;
                count = 0;
            }
            if (more > buf.length) {
                buf = new byte[Math.min(MAX_BUFFER, Math.max(more, buf.length))];
            }
            return;
        }
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
    }
}
