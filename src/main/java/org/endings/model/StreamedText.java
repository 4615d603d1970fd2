package org.endings.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A big model file read and decoded on a thread of its own while the quick pass parses the characters
 * decoded so far, so that reading the file and decoding its UTF-8 no longer come before the parse
 * (the generated 7 MB model: ~12 ms and ~19 ms of the ~135 ms its load took on one thread), and its
 * bytes are never all in memory at once. The decoding is the strict one {@link ModelBytes} does, the
 * same JDK decoder, so the characters are the same. Anything else (bytes that are not UTF-8, a
 * byte-order mark, a file that is not the size it was, a problem the quick pass meets) gives no model
 * here: the loader then reads the file the plain way, which says what is wrong, where.
 */
final class StreamedText extends Reader implements Runnable {
    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final long size;
    /** The text: a character for every byte at most; those up to {@link #decoded} are the file's. */
    final char[] chars;
    /** Where the parser reads next (the parser's thread only). */
    private int position;
    // Guarded by this.
    private int decoded;
    private boolean finished;
    private boolean failed;
    private boolean closed;

    private StreamedText(Path file, long size) {
        this.file = file;
        this.size = size;
        this.chars = new char[(int) size];
    }

    /**
     * The model in {@code file}, a regular file of {@code size} bytes, read the quick way on two
     * threads; null when there is anything to say about it, which the plain way then says.
     */
    static Loaded load(String name, Path file, long size) {
        StreamedText text = new StreamedText(file, size);
        Thread reading = new Thread(text, "endings-read");
        reading.setDaemon(true);
        reading.start();
        try {
            Model model = ModelReader.model(name, text);
            int length = text.length();
            return length < 0 ? null : new Loaded(model, SourceMap.later(name, text.chars, length));
        } catch (ModelException | RuntimeException e) {
            // whatever it is, the plain way meets it again and says it as it always has
            return null;
        } finally {
            text.close();
        }
    }

    /** Reads and decodes the file, chunk by chunk, making each chunk's characters readable as it goes. */
    @Override
    public void run() {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.allocate(CHUNK);
            CharBuffer out = CharBuffer.wrap(chars);
            long total = 0;
            boolean end = false;
            while (!end) {
                int n = channel.read(in);
                end = n < 0;
                total += Math.max(n, 0);
                if (total > size || isClosed()) {
                    throw new IOException("the file is not the size it was, or the parse has ended");
                }
                in.flip();
                check(decoder.decode(in, out, end));
                if (end) {
                    check(decoder.flush(out));
                }
                in.compact();
                // a byte-order mark is the only way to U+FEFF as the first character
                if (out.position() > 0 && chars[0] == '\uFEFF') {
                    throw new CharacterCodingException();
                }
                publish(out.position(), end && total == size);
            }
            if (total != size) {
                throw new IOException("the file is not the size it was");
            }
        } catch (IOException | RuntimeException e) {
            fail();
        }
    }

    private static void check(CoderResult result) throws CharacterCodingException {
        if (result.isError() || result.isOverflow()) {
            throw new CharacterCodingException();
        }
    }

    private synchronized void publish(int count, boolean last) {
        decoded = count;
        finished = last;
        notifyAll();
    }

    private synchronized void fail() {
        failed = true;
        notifyAll();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** The characters the parser has not read yet, as they are decoded; -1 at the end of the file. */
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int available;
        synchronized (this) {
            while (decoded <= position && !finished && !failed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading the model");
                }
            }
            if (failed) {
                throw new IOException("the model file could not be read or decoded");
            }
            available = decoded - position;
        }
        if (available <= 0) {
            return -1;
        }
        int n = Math.min(length, available);
        System.arraycopy(chars, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** How many characters the file decoded to, once all of it is; -1 when it could not be read or decoded. */
    private synchronized int length() {
        while (!finished && !failed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return failed ? -1 : decoded;
    }

    /** Stops the reading thread, if it is still reading. */
    @Override
    public synchronized void close() {
        closed = true;
    }
}
