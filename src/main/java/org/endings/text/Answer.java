package org.endings.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.endings.core.Words;
import org.endings.terminal.Sanitizer;
import org.endings.terminal.Wrap;

/**
 * What the text mode says in reply to one command: a few lines, each marked as the header (where
 * the reader is), plain text or an error. Rendering is the one place output is made safe: every line,
 * model text and echoed input alike, goes through {@link Sanitizer} before it is written, then is
 * hard-wrapped when asked; colour, when asked, is added only after that.
 */
final class Answer {
    enum Kind { HEADER, TEXT, ERROR }

    /**
     * One line as the program means it: {@code lead} is how much of its start is a heading ("What
     * happens: ") that a page never ends after; an item of a numbered list names what it is,
     * {@code one} and {@code many} ("quote", "quotes"), and null otherwise.
     */
    record Line(Kind kind, String text, int lead, String one, String many) {
        boolean item() {
            return one != null;
        }

        /** The part of this line from {@code from} on, a line of its own: no heading, no longer an item. */
        Line rest(int from) {
            return new Line(kind, text.substring(from).stripLeading(), 0, null, null);
        }

        /** Words a listener hears: those with a letter or a digit. */
        int words() {
            return Answer.words(text);
        }
    }

    private final List<Line> lines = new ArrayList<>();

    Answer header(String text) {
        return add(Kind.HEADER, text);
    }

    Answer line(String text) {
        return add(Kind.TEXT, text);
    }

    /** A heading and its paragraph as one line, "What happens: Igor…", never parted by a page's end. */
    Answer headed(String heading, String text) {
        if (text != null && !text.isBlank()) {
            String line = joined(heading, text);
            lines.add(new Line(Kind.TEXT, line, line.length() - text.length(), null, null));
        }
        return this;
    }

    /** A heading and its paragraph as one line: "What happens: Igor…", "Beat 1 of 4: The ring. Igor…". */
    static String joined(String heading, String text) {
        return heading.contains(":") ? Words.sentence(heading) + " " + text : heading + ": " + text;
    }

    /** Item of a numbered list of {@code many}: a page may end before it, once it has said some. */
    Answer item(String text, String one, String many) {
        if (text != null && !text.isBlank()) {
            lines.add(new Line(Kind.TEXT, text, 0, one, many));
        }
        return this;
    }

    /** An item that opens a group under a heading, "Moving: 1. next…": a page may end before it, never inside its heading. */
    Answer headedItem(String heading, String text, String one, String many) {
        String line = joined(heading, text);
        lines.add(new Line(Kind.TEXT, line, line.length() - text.length(), one, many));
        return this;
    }

    Answer error(String text) {
        return add(Kind.ERROR, text);
    }

    Answer append(Answer other) {
        lines.addAll(other.lines);
        return this;
    }

    private Answer add(Kind kind, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(new Line(kind, text, 0, null, null));
        }
        return this;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The lines as said, for paging. */
    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** An answer of these lines. */
    static Answer of(List<Line> lines) {
        Answer out = new Answer();
        out.lines.addAll(lines);
        return out;
    }

    /** Words a listener hears in {@code text}: those with a letter or a digit in them. */
    static int words(String text) {
        int n = 0;
        for (String word : text.split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /** How many words the answer says. */
    int words() {
        int n = 0;
        for (Line line : lines) {
            n += line.words();
        }
        return n;
    }

    /** Whether some line already says {@code text}, ignoring case and a full stop at its end. */
    boolean says(String text) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return true;
        }
        for (Line line : lines) {
            if (normal(line.text).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * A hyphen between two letters ("writer-director"), which a screen reader reads out as "dash":
     * for a person at a terminal it is written as a non-breaking hyphen, U+2011, which looks the
     * same and which Fenrir passes over as it does a space; nor does a line break there. A pipe
     * gets the model's own hyphen.
     */

    /** One line as written: already made safe and wrapped, not yet coloured. */
    record Written(Kind kind, String text) {
        String coloured(boolean color) {
            return colour(kind, text, color);
        }
    }

    /** The lines as the reader gets them, each safe to write and wrapped when asked. */
    List<Written> written(TextOptions options) {
        return written(lines, options);
    }

    /** These lines as the reader gets them. */
    static List<Written> written(List<Line> lines, TextOptions options) {
        List<Written> out = new ArrayList<>();
        for (Line line : lines) {
            // a newline inside model text starts a new line; blank ones would only be read out as "blank"
            for (String part : Sanitizer.clean(line.text).split("\n")) {
                if (part.isBlank()) {
                    continue;
                }
                if (options.prompt()) {
                    part = org.endings.terminal.Hyphens.unbreakable(part);
                }
                for (String piece : options.wrap() > 0 ? Wrap.lines(part, options.wrap()) : List.of(part)) {
                    out.add(new Written(line.kind, piece));
                }
            }
        }
        return out;
    }

    /** The answer as the reader gets it: one line per line, each ending in a newline; "" when empty. */
    String render(TextOptions options) {
        return join(written(options), options.color());
    }

    static String join(List<Written> lines, boolean color) {
        StringBuilder out = new StringBuilder();
        for (Written line : lines) {
            out.append(line.coloured(color)).append('\n');
        }
        return out.toString();
    }

    private static final String ESC = "\u001B[";

    private static String colour(Kind kind, String text, boolean color) {
        if (!color) {
            return text;
        }
        return switch (kind) {
            case HEADER -> ESC + "1m" + text + ESC + "22m";
            case ERROR -> ESC + "31m" + text + ESC + "39m";
            case TEXT -> text;
        };
    }
}
