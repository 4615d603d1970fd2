package org.endings.tui.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The keys typed at the terminal, read as they come rather than asked for every few milliseconds:
 * a thread of its own blocks reading the terminal, so a key is taken up the moment it arrives and
 * an explorer left alone uses no CPU at all (polling stdin every 8 ms cost 0–8 ms on every key and
 * about 1.6% of a core while idle).
 *
 * <p>A blocked read of stdin cannot be called off in Java, and while the explorer hands the terminal
 * to the reader's editor, or to the shell at Ctrl-Z, nothing of ours may be waiting to read it: the
 * editor would lose keys to it, and a read from the background stops the program (SIGTTIN). So the
 * thread reads the terminal through a channel of its own on {@code /dev/tty}, which an interrupt
 * closes at once ({@link #pause}); {@link #resume} opens another. Where {@code /dev/tty} cannot be
 * opened, it falls back to asking stdin, as before.
 *
 * <p>To Lanterna it is the input stream: {@code available} is what has been read and not yet taken,
 * so its decoder, which asks before it reads, never blocks.
 */
public final class TtyInput extends InputStream {
    /** How long {@link #await} waits between looks at stdin, where it has to look (no /dev/tty). */
    private static final long POLL_MILLIS = 8;

    private final Path tty;
    private final InputStream fallback;
    private final Object lock = new Object();
    // Guarded by lock.
    private byte[] buffer = new byte[256];
    private int start;
    private int end;
    private boolean eof;
    private boolean paused;
    private boolean closed;
    /** The reader thread is in a read of the terminal, or about to be. */
    private boolean reading;
    private Thread reader;
    private boolean polling;
    /** The last byte {@link #read} gave out, or -1. */
    private int lastTaken = -1;
    /** {@link #wake} was called and no {@link #await} has returned since. */
    private boolean woken;
    /** Told, on the reading thread, of each read that brought Ctrl-C or Ctrl-\ (null: nobody). */
    private volatile Runnable interruptHeard;
    /** Asked, on the reading thread, to take what a read brought itself (null: nobody). */
    private volatile Taker taker;

    /** Who may take the keys a read brought on the thread that read them, instead of waking another. */
    public interface Taker {
        /** True when the keys were taken, or handed on: then nobody waiting in {@link #await} is woken for them. */
        boolean take();
    }

    private TtyInput(Path tty, InputStream fallback) {
        this.tty = tty;
        this.fallback = fallback;
    }

    /** The terminal's keys, read from {@code /dev/tty}, or from {@code stdin} where that cannot be opened. */
    public static TtyInput of(InputStream stdin) {
        return new TtyInput(Path.of("/dev/tty"), stdin);
    }

    /** For tests: the keys of another terminal device, or of a pipe. */
    static TtyInput of(Path device, InputStream fallback) {
        return new TtyInput(device, fallback);
    }

    /**
     * Who to tell, on the reading thread, when Ctrl-C or Ctrl-\ comes in: the keys are decoded by
     * the thread that takes them, and that thread may be busy with the key before.
     */
    public void onInterrupt(Runnable heard) {
        this.interruptHeard = heard;
    }

    /**
     * Who may take, on the reading thread, the keys a read brought (never Ctrl-C or Ctrl-\): a key
     * then reaches its frame without waking another thread, ~0.09 ms a key from outside.
     */
    public void onBytes(Taker taker) {
        this.taker = taker;
    }

    /** Starts reading (once); keys typed before are in the terminal's queue and are read first. */
    public void start() {
        synchronized (lock) {
            if (reader != null || closed) {
                return;
            }
            FileChannel channel = open();
            if (channel == null) {
                polling = true;
                return;
            }
            // A class rather than a lambda: a lambda is spun at its first call, before the first frame.
            reader = new Thread("endings-tty") {
                @Override
                public void run() {
                    readLoop(channel);
                }
            };
            reader.setDaemon(true);
            reader.start();
        }
    }

    private FileChannel open() {
        try {
            return FileChannel.open(tty, StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void readLoop(FileChannel first) {
        FileChannel channel = first;
        ByteBuffer bytes = ByteBuffer.allocate(1024);
        while (true) {
            synchronized (lock) {
                while (paused && !closed) {
                    reading = false;
                    lock.notifyAll();
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // an interrupt meant for a read that had not begun: the flags say what to do
                    }
                }
                if (closed) {
                    reading = false;
                    lock.notifyAll();
                    close(channel);
                    return;
                }
                // An interrupt meant for the last pause is spent; one from now on reaches the read below,
                // which a pending interrupt ends at once.
                Thread.interrupted();
                reading = true;
            }
            if (channel == null || !channel.isOpen()) {
                channel = open();
                if (channel == null) {
                    end(true);
                    return;
                }
            }
            int n;
            try {
                bytes.clear();
                n = channel.read(bytes);
            } catch (ClosedChannelException e) {   // ClosedByInterruptException: a pause
                channel = null;   // paused or closed: the loop's top waits or ends
                continue;
            } catch (IOException e) {
                close(channel);
                end(true);
                return;
            }
            if (n < 0) {
                close(channel);
                end(true);
                return;
            }
            bytes.flip();
            boolean interrupt = false;
            for (int i = 0; i < n; i++) {
                byte b = bytes.get(i);
                interrupt |= b == 3 || b == 28;   // Ctrl-C, Ctrl-\ (raw: the terminal sends them as bytes)
            }
            synchronized (lock) {
                if (end + n > buffer.length) {
                    compact(n);
                }
                bytes.get(buffer, end, n);
                end += n;
            }
            Taker take = taker;
            boolean taken = false;
            if (!interrupt && take != null) {
                try {
                    taken = take.take();
                } catch (Throwable t) {   // the reading thread goes on reading whatever happened there
                    taken = false;
                }
            }
            if (!taken) {
                synchronized (lock) {
                    lock.notifyAll();
                }
            }
            Runnable heard = interruptHeard;
            if (interrupt && heard != null) {
                heard.run();
            }
        }
    }

    private void compact(int more) {
        int held = end - start;
        if (held + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, held + more));
        }
        System.arraycopy(buffer, start, buffer, 0, held);
        start = 0;
        end = held;
    }

    private void end(boolean atEof) {
        synchronized (lock) {
            eof = atEof;
            reading = false;
            lock.notifyAll();
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was written to it
            }
        }
    }

    /**
     * Waits until there is something to take (a key, or the end of input), without spinning; false
     * when the input is paused (at once, while it stays paused) or closed, when {@link #wake} was
     * called, or when {@code millis} (0: no limit) went by.
     */
    public boolean await(long millis) throws InterruptedException, IOException {
        if (polling) {
            if (fallback.available() > 0) {
                return true;
            }
            synchronized (lock) {
                if (!woken) {
                    lock.wait(millis == 0 ? POLL_MILLIS : Math.min(millis, POLL_MILLIS));
                }
                woken = false;
            }
            return fallback.available() > 0;
        }
        long deadline = millis == 0 ? Long.MAX_VALUE : System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            try {
                while (start == end && !eof && !closed && !paused && !woken) {
                    long left = deadline == Long.MAX_VALUE ? 0 : (deadline - System.nanoTime()) / 1_000_000;
                    if (deadline != Long.MAX_VALUE && left <= 0) {
                        return false;
                    }
                    lock.wait(left);
                }
                return start != end || eof;
            } finally {
                woken = false;
            }
        }
    }

    /**
     * Waits {@code millis}, or less if {@link #wake} is called: what the explorer does while the
     * terminal is someone else's (the input paused, where {@link #await} returns at once).
     */
    public void idle(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(1, millis) * 1_000_000;
        synchronized (lock) {
            // (the lock is notified for other reasons too: bytes, a pause taking effect)
            while (!woken) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                lock.wait(left);
            }
            woken = false;
        }
    }

    /** True once the terminal is gone (the end of input) and every byte read from it has been taken. */
    public boolean ended() {
        if (polling) {
            return false;
        }
        synchronized (lock) {
            return eof && start == end;
        }
    }

    /** Ends the {@link #await} under way, or the next one, at once: something other than a key needs the thread that waits. */
    public void wake() {
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    /**
     * Stops reading the terminal and returns once nothing of ours is waiting to read it, for the
     * editor or the shell to have it; what was read already stays to be taken.
     */
    public void pause() {
        synchronized (lock) {
            if (paused || reader == null) {
                paused = true;
                return;
            }
            paused = true;
            lock.notifyAll();   // a thread awaiting keys goes back to see why
            reader.interrupt();
            long deadline = System.nanoTime() + 1_000_000_000L;
            while (reading && System.nanoTime() < deadline) {
                try {
                    lock.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (reading) {
                    reader.interrupt();   // the interrupt came before the read began: again
                }
            }
        }
    }

    /** Reads the terminal again after {@link #pause}. */
    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    @Override
    public int available() throws IOException {
        if (polling) {
            return fallback.available();
        }
        synchronized (lock) {
            return end - start;
        }
    }

    /**
     * The one byte there is, taken, when it is all there is and {@code simple[byte]} is true;
     * otherwise -1, and nothing is taken. For {@link QuickKeys}: a lone key that needs no decoder.
     */
    public int takeLone(boolean[] simple) {
        if (polling) {
            return -1;
        }
        synchronized (lock) {
            if (end - start != 1) {
                return -1;
            }
            int b = buffer[start] & 0xFF;
            if (b >= simple.length || !simple[b]) {
                return -1;
            }
            start++;
            return b;
        }
    }

    /** The last byte read from this stream (by {@link #read}, not {@link #takeLone}), or -1 before any. */
    public int lastTaken() {
        synchronized (lock) {
            return lastTaken;
        }
    }

    @Override
    public int read() throws IOException {
        if (polling) {
            return fallback.read();
        }
        synchronized (lock) {
            if (!waitForBytes()) {
                return -1;
            }
            lastTaken = buffer[start++] & 0xFF;
            return lastTaken;
        }
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (polling) {
            return fallback.read(into, offset, length);
        }
        if (length == 0) {
            return 0;
        }
        synchronized (lock) {
            if (!waitForBytes()) {
                return -1;
            }
            int n = Math.min(length, end - start);
            System.arraycopy(buffer, start, into, offset, n);
            start += n;
            lastTaken = buffer[start - 1] & 0xFF;
            return n;
        }
    }

    /** Blocks, as a stream's read does, until a byte is there; false at the end of input. Holds lock. */
    private boolean waitForBytes() throws IOException {
        while (start == end) {
            if (eof || closed) {
                return false;
            }
            if (reader == null) {
                throw new IOException("the terminal is not being read");
            }
            try {
                lock.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for a key");
            }
        }
        return true;
    }

    /** Stops reading for good: the terminal is the shell's again. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (reader != null && reader != Thread.currentThread()) {
                reader.interrupt();   // (the reader itself, telling of a Ctrl-C, is between two reads)
            }
            lock.notifyAll();
        }
    }
}
