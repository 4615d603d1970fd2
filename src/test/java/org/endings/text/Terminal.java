package org.endings.text;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.endings.core.Navigator;

/**
 * Runs {@link TextMode#run} as a user at a terminal would see it: each typed line is echoed into
 * the output at the moment the program reads it, as the terminal's echo puts it after the prompt.
 */
final class Terminal {
    /** What the session wrote, as bytes and as text, and its exit code. */
    record Run(byte[] bytes, int exitCode) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Terminal() {
    }

    /** The session with the typed lines echoed, as a person at a terminal sees it. */
    static Run typed(Navigator explorer, TextOptions options, List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // Hands out one line a read, echoing it as it goes, so that each echo comes before its answer.
        java.io.Reader in = new java.io.Reader() {
            private int next;
            private String pending = "";

            @Override
            public int read(char[] buffer, int off, int len) {
                if (pending.isEmpty()) {
                    if (next == lines.size()) {
                        return -1;
                    }
                    pending = lines.get(next++) + "\n";
                    out.print(pending);
                }
                int n = Math.min(len, pending.length());
                pending.getChars(0, n, buffer, off);
                pending = pending.substring(n);
                return n;
            }

            @Override
            public void close() {
            }
        };
        int code = TextMode.run(explorer, in, out, options);
        return new Run(bytes.toByteArray(), code);
    }

    /** The session with input from a pipe: nothing echoed. */
    static Run piped(Navigator explorer, TextOptions options, String input) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = TextMode.run(explorer, new StringReader(input), out, options);
        return new Run(bytes.toByteArray(), code);
    }
}
