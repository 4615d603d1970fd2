package org.endings.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import org.endings.core.Navigator;
import org.endings.core.Notebook;
import org.endings.core.State;
import org.endings.edge.Editor;

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
        return run(explorer, in, out, options, columns, new Notebooks(explorer.start(), notebook -> { }, null));
    }

    /**
     * Where a session starts and how it keeps the reader's notebook: {@code start} (where they left
     * off), {@code save} for each notebook to keep, {@code editor} for notes (null when none is set).
     */
    public record Notebooks(State start, Consumer<Notebook> save, Editor editor) {}

    /** The same, with the reader's notebook. */
    public static int run(Navigator explorer, Reader in, PrintStream out, TextOptions options, IntSupplier columns,
                          Notebooks notebooks) {
        TextSession session = new TextSession(explorer, options, notebooks.start(), notebooks.save(),
                notebooks.editor());
        BufferedReader lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
        String prompt = options.prompt() ? "> " : "";
        if (!write(out, session.opening() + prompt)) {
            return 1;
        }
        while (true) {
            String line;
            try {
                line = lines.readLine();
            } catch (IOException e) {
                write(out, (options.prompt() ? "\n" : "") + new Answer()
                        .error("Could not read the input (" + e.getMessage() + "); leaving.").render(options));
                return 1;
            }
            if (line == null) {
                // after a prompt, end the line so that the shell's prompt starts on its own
                return write(out, options.prompt() ? "\n" : "") ? 0 : 1;
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
