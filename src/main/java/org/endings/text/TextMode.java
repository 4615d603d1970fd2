package org.endings.text;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.endings.core.Navigator;
import org.endings.edge.Keeping;

/**
 * The screen-reader text mode: reads one command a line and answers in plain lines, never moving
 * the cursor, never redrawing, no colour unless asked. Every core action has a command; see
 * {@link Commands}.
 */
public final class TextMode {
    private TextMode() {
    }

    /**
     * Runs a session until end of input or quit, both giving 0; 1 when the input cannot be read or
     * the output cannot be written. Each answer is written and flushed in one piece, so that a
     * screen reader gets it as one update.
     */
    public static int run(Navigator explorer, Reader in, PrintStream out, TextOptions options) {
        return run(explorer, in, out, options, null);
    }

    /**
     * The same, wrapping each answer at the width {@code columns} gives at that moment (the terminal's,
     * which a reader may change by resizing the window or zooming); null keeps {@code options}' width.
     */
    public static int run(Navigator explorer, Reader in, PrintStream out, TextOptions options, IntSupplier columns) {
        return run(explorer, in, out, options, columns, Keeping.nothing(explorer.start()));
    }

    /** The same, keeping the reader's notebook as {@code keeping} says. */
    public static int run(Navigator explorer, Reader in, PrintStream out, TextOptions options, IntSupplier columns,
                          Keeping keeping) {
        return run(explorer, in, out, options, columns, keeping, null);
    }

    /** The same, answering the command {@code first} in place of the first page (endings test: a round). */
    public static int run(Navigator explorer, Reader in, PrintStream out, TextOptions options, IntSupplier columns,
                          Keeping keeping, String first) {
        TextSession session = new TextSession(explorer, options, keeping.start(), keeping.save(), keeping.editor());
        Lines lines = new Lines(in);
        String prompt = options.prompt() ? "> " : "";
        if (!write(out, session.opening(first) + prompt)) {
            return 1;
        }
        AtomicBoolean typed = new AtomicBoolean();
        if (options.prompt()) {
            TextRehearsal.start(explorer, options, typed::get);
        }
        while (true) {
            String line;
            try {
                line = lines.next();
                typed.set(true);
            } catch (IOException e) {
                write(out, (options.prompt() ? "\n" : "") + new Answer()
                        .error("Could not read the input (" + e.getMessage() + "); leaving.").render(options));
                return 1;
            }
            if (line == null) {
                // after a prompt, end the line so that the closing line and the shell's prompt start on their own
                return write(out, options.prompt() ? "\n" + session.closing() : "") ? 0 : 1;
            }
            if (line == Lines.TOO_LONG) {
                if (!write(out, new Answer().error("That line was too long (more than " + Lines.MAX_CHARS
                        + " characters); it was skipped.").render(options) + prompt)) {
                    return 1;
                }
                continue;
            }
            if (columns != null) {
                session.wrapAt(columns.getAsInt());
            }
            TextSession.Reply reply = session.handle(line);
            if (reply.quit()) {
                return write(out, reply.text()) ? 0 : 1;
            }
            if (!write(out, reply.text() + prompt)) {
                return 1;
            }
        }
    }

    /** Writes and flushes; false once the output is gone, for instance a closed pipe. */
    private static boolean write(PrintStream out, String text) {
        if (!text.isEmpty()) {
            out.print(text);
        }
        out.flush();
        return !out.checkError();
    }
}
