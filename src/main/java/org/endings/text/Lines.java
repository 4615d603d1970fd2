package org.endings.text;

import java.io.IOException;
import java.io.Reader;

/**
 * The text mode's input, a line at a time, each at most {@link #MAX_CHARS} characters: a longer line
 * is read to its end and dropped, costing no more memory than the limit (BufferedReader.readLine
 * would hold it whole: a 400 MB line took 4.7 GB). The reader is told it was too long.
 */
final class Lines {
    /** The longest line kept: far more than any command, with a search text in it, can need. */
    static final int MAX_CHARS = 64 * 1024;

    /** What {@link #next} gives for a line longer than the limit. */
    static final String TOO_LONG = "\u0000too long";

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int start;
    private int end;
    private boolean carriageReturn;

    Lines(Reader in) {
        this.in = in;
    }

    /** The next line without its ending (\n, \r\n or \r), {@link #TOO_LONG}, or null at the end of input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (start == end) {
                end = in.read(buffer, 0, buffer.length);
                start = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? (tooLong ? TOO_LONG : line.toString()) : null;
                }
            }
            if (carriageReturn) {
                carriageReturn = false;
                if (buffer[start] == '\n') {
                    start++;
                    continue;
                }
            }
            any = true;
            int i = start;
            while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            if (!tooLong) {
                if (line.length() + (i - start) > MAX_CHARS) {
                    tooLong = true;
                    line = null;
                } else {
                    line.append(buffer, start, i - start);
                }
            }
            if (i < end) {
                carriageReturn = buffer[i] == '\r';
                start = i + 1;
                return tooLong ? TOO_LONG : line.toString();
            }
            start = end;
        }
    }
}
